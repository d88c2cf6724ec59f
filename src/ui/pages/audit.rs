//! "Dziennik dostępu": the audit log — who opened which card, exported or erased a person's
//! data, downloaded an export, closed the day or imported a file, and when.

use crate::domain::journal::{JournalAction, JournalEntry};
use crate::i18n::{Locale, Msg, fill, t, text, use_locale};
use crate::state::audit::entries;
use crate::state::records::use_records;
use crate::ui::pages::participants::participant_path;
use chrono_tz::Europe::Warsaw;
use leptos::prelude::*;
use leptos_router::components::A;

/// How many entries the page shows (the newest).
const SHOWN: usize = 500;

fn action_text(locale: Locale, action: &JournalAction) -> String {
    match action {
        JournalAction::Viewed => text(locale, Msg::AuditViewed).to_owned(),
        JournalAction::PersonExported => text(locale, Msg::AuditPersonExported).to_owned(),
        JournalAction::Erased => text(locale, Msg::AuditErased).to_owned(),
        JournalAction::FileDownloaded { file } => fill(text(locale, Msg::AuditDownloaded), &[("file", file)]),
        JournalAction::Exported { .. } => text(locale, Msg::AuditClosedDay).to_owned(),
        JournalAction::Imported { changed, .. } => {
            fill(text(locale, Msg::AuditImported), &[("changed", &changed.to_string())])
        }
        JournalAction::ProfileAdded { role, .. } => {
            fill(text(locale, Msg::AuditProfileAdded), &[("role", crate::ui::labels::role_label(locale, *role))])
        }
        JournalAction::PlainFileDownloaded { file } => fill(text(locale, Msg::AuditPlainDownloaded), &[("file", file)]),
        JournalAction::ProfileRemoved { .. } => text(locale, Msg::AuditProfileRemoved).to_owned(),
        JournalAction::DuplicateAccepted { .. } => text(locale, Msg::HistoryDuplicateAccepted).to_owned(),
        JournalAction::Created | JournalAction::Updated | JournalAction::Deleted => String::new(),
    }
}

/// The audit log section.
#[component]
pub fn AuditCard() -> impl IntoView {
    let locale = use_locale().0;
    let records = use_records();
    let log = LocalResource::new(move || {
        // Re-read when the records change (a save, an import).
        records.data.track();
        async move { entries(records).await.unwrap_or_default() }
    });
    let row = move |e: JournalEntry| {
        let l = locale.get();
        let when = e.at.with_timezone(&Warsaw).format("%d.%m.%Y %H:%M").to_string();
        let (who, person) = records.data.with(|d| {
            let who = e
                .staff
                .and_then(|s| d.staff.iter().find(|x| x.id == s))
                .map_or_else(|| "—".to_owned(), crate::domain::project::Staff::full_name);
            let person = e.record.map(|id| {
                let live = d.participants.iter().find(|p| p.id.0 == id && !p.meta.deleted);
                (id, live.map(|p| format!("{} {}", p.last_name, p.first_name)))
            });
            (who, person)
        });
        let about = match person {
            Some((id, Some(name))) => {
                view! { <A href=participant_path(crate::domain::ids::ParticipantId(id))>{name}</A> }.into_any()
            }
            Some((id, None)) => {
                view! { <span>{fill(text(l, Msg::AuditRemovedPerson), &[("id", &id.to_string()[..8])])}</span> }
                    .into_any()
            }
            None => view! { <span>"—"</span> }.into_any(),
        };
        view! {
            <tr>
                <td>{when}</td>
                <td>{who}</td>
                <td>{action_text(l, &e.action)}</td>
                <td>{about}</td>
            </tr>
        }
    };
    view! {
        <section class="card audit-card" aria-labelledby="audit-title">
            <h2 id="audit-title">{t(Msg::AuditTitle)}</h2>
            <p class="hint">{t(Msg::AuditHint)}</p>
            <Suspense fallback=|| view! { <p>{t(Msg::Loading)}</p> }>
                {move || log.get().map(|list| {
                    if list.is_empty() {
                        view! { <p class="hint">{t(Msg::AuditEmpty)}</p> }.into_any()
                    } else {
                        view! {
                            <div class="table-wrap">
                                <table class="list compact">
                                    <thead><tr>
                                        <th scope="col">{t(Msg::HistoryWhen)}</th>
                                        <th scope="col">{t(Msg::HistoryWho)}</th>
                                        <th scope="col">{t(Msg::HistoryWhat)}</th>
                                        <th scope="col">{t(Msg::AuditAbout)}</th>
                                    </tr></thead>
                                    <tbody>{list.into_iter().take(SHOWN).map(row).collect_view()}</tbody>
                                </table>
                            </div>
                        }
                            .into_any()
                    }
                })}
            </Suspense>
        </section>
    }
}
