//! The card's sessions (hours per support form, attendance) and the record's change history.

use crate::domain::attendance::{hours_by_form, sessions_of};
use crate::domain::ids::ParticipantId;
use crate::domain::journal::JournalAction;
use crate::domain::participant::Participant;
use crate::i18n::format::{date, hours};
use crate::i18n::{Msg, fill, t, text, use_locale};
use crate::state::errors::error_text;
use crate::state::participants::history;
use crate::state::records::use_records;
use crate::ui::labels::{journal_field, presence_label};
use crate::ui::pages::sessions::session_path;
use chrono_tz::Europe::Warsaw;
use leptos::prelude::*;
use leptos_router::components::A;

/// The person's sessions and total hours per form of support.
#[component]
pub fn SessionsCard(
    /// The person.
    id: ParticipantId,
) -> impl IntoView {
    let locale = use_locale().0;
    let records = use_records();
    let totals = Memo::new(move |_| {
        records.data.with(|d| {
            hours_by_form(id, d)
                .into_iter()
                .map(|h| {
                    let name =
                        d.support_forms.iter().find(|f| f.id == h.form).map(|f| f.name.clone()).unwrap_or_default();
                    (name, h.sessions, h.hours)
                })
                .collect::<Vec<_>>()
        })
    });
    let sessions = Memo::new(move |_| {
        records.data.with(|d| {
            sessions_of(id, d)
                .into_iter()
                .map(|s| {
                    let name = d
                        .support_forms
                        .iter()
                        .find(|f| f.id == s.session.form)
                        .map(|f| f.name.clone())
                        .unwrap_or_default();
                    (s.session.id, s.session.date, name, s.session.topic.clone(), s.presence, s.hours)
                })
                .collect::<Vec<_>>()
        })
    });
    view! {
        <section class="card wide" aria-labelledby="sessions-title">
            <h2 id="sessions-title">{t(Msg::PersonSessionsTitle)}</h2>
            <Show when=move || !sessions.with(Vec::is_empty) fallback=|| view! { <p class="hint">{t(Msg::PersonNoSessions)}</p> }>
                <Show when=move || !totals.with(Vec::is_empty)>
                <div class="table-wrap"><table class="list compact" aria-label=t(Msg::HoursByFormTitle)>
                    <caption>{t(Msg::HoursByFormTitle)}</caption>
                    <thead>
                        <tr>
                            <th scope="col">{t(Msg::FieldSessionForm)}</th>
                            <th scope="col">{t(Msg::ColumnSessionsAttended)}</th>
                            <th scope="col">{t(Msg::ColumnHours)}</th>
                        </tr>
                    </thead>
                    <tbody>
                        {move || totals.get().into_iter().map(|(name, n, h)| view! {
                            <tr><th scope="row">{name}</th><td>{n}</td><td>{hours(locale.get(), h)}</td></tr>
                        }).collect_view()}
                    </tbody>
                </table></div>
                </Show>
                <div class="table-wrap"><table class="list compact" aria-label=t(Msg::PersonSessionsTitle)>
                    <thead>
                        <tr>
                            <th scope="col">{t(Msg::FieldSessionDate)}</th>
                            <th scope="col">{t(Msg::FieldSessionForm)}</th>
                            <th scope="col">{t(Msg::FieldSessionTopic)}</th>
                            <th scope="col">{t(Msg::FieldAttendance)}</th>
                            <th scope="col">{t(Msg::ColumnHours)}</th>
                        </tr>
                    </thead>
                    <tbody>
                        {move || sessions.get().into_iter().map(|(sid, day, name, topic, presence, h)| view! {
                            <tr>
                                <td><A href=session_path(sid)>{date(day)}</A></td>
                                <td>{name}</td>
                                <td>{topic}</td>
                                <td>{presence_label(locale.get(), presence)}</td>
                                <td>{hours(locale.get(), h)}</td>
                            </tr>
                        }).collect_view()}
                    </tbody>
                </table></div>
            </Show>
        </section>
    }
}

/// Who changed what, and when.
#[component]
#[allow(clippy::needless_pass_by_value, reason = "a component's props are passed by value")]
pub fn HistoryCard(
    /// The person.
    person: Participant,
) -> impl IntoView {
    let locale = use_locale().0;
    let records = use_records();
    let id = person.id;
    let version = person.meta.version.clone();
    let entries = LocalResource::new(move || {
        let _ = &version;
        history(records, id)
    });
    let staff_name = move |staff: Option<crate::domain::ids::StaffId>| {
        records
            .data
            .with(|d| {
                staff.and_then(|s| d.staff.iter().find(|x| x.id == s)).map(crate::domain::project::Staff::full_name)
            })
            .unwrap_or_else(|| "—".into())
    };
    view! {
        <section class="card wide" aria-labelledby="history-title">
            <h2 id="history-title">{t(Msg::HistoryTitle)}</h2>
            {move || match entries.get() {
                None => view! { <p>{t(Msg::Loading)}</p> }.into_any(),
                Some(Err(error)) => view! { <p role="alert">{error_text(locale.get(), &error)}</p> }.into_any(),
                Some(Ok(list)) if !list.iter().any(|e| e.is_change() || matches!(e.action, JournalAction::DuplicateAccepted { .. })) => {
                    view! { <p class="hint">{t(Msg::HistoryEmpty)}</p> }.into_any()
                }
                Some(Ok(list)) => view! {
                    <div class="table-wrap">
                        <table class="list history">
                            <thead>
                                <tr>
                                    <th scope="col">{t(Msg::HistoryWhen)}</th>
                                    <th scope="col">{t(Msg::HistoryWho)}</th>
                                    <th scope="col">{t(Msg::HistoryWhat)}</th>
                                </tr>
                            </thead>
                            <tbody>
                                {list
                                    .into_iter()
                                    .rev()
                                    .filter(|e| e.is_change() || matches!(e.action, JournalAction::DuplicateAccepted { .. }))
                                    .map(|e| {
                                        let when = e.at.with_timezone(&Warsaw).format("%d.%m.%Y %H:%M").to_string();
                                        let what = match &e.action {
                                            JournalAction::Created => text(locale.get(), Msg::HistoryCreated).to_owned(),
                                            JournalAction::Deleted => text(locale.get(), Msg::HistoryDeleted).to_owned(),
                                            JournalAction::DuplicateAccepted { .. } => text(locale.get(), Msg::HistoryDuplicateAccepted).to_owned(),
                                            _ => fill(
                                                text(locale.get(), Msg::HistoryUpdated),
                                                &[("fields", &e.fields.iter().map(|f| journal_field(locale.get(), f)).collect::<Vec<_>>().join(", "))],
                                            ),
                                        };
                                        view! {
                                            <tr>
                                                <td>{when}</td>
                                                <td>{staff_name(e.staff)}</td>
                                                <td>{what}</td>
                                            </tr>
                                        }
                                    })
                                    .collect_view()}
                            </tbody>
                        </table>
                    </div>
                }
                    .into_any(),
            }}
        </section>
    }
}
