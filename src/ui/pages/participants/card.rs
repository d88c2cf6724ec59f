//! The participant card: the person's data, documents with dates, the recruitment status with
//! only the allowed next steps, ending participation, the linked otoczenie, and the change history.

use crate::domain::attendance::{hours_by_form, sessions_of};
use crate::domain::dictionary::Kind;
use crate::domain::ids::ParticipantId;
use crate::domain::journal::JournalAction;
use crate::domain::participant::{Participant, PersonKind, RecruitmentStatus};
use crate::domain::status::{TransitionError, allowed_next};
use crate::domain::validation::Issue;
use crate::i18n::format::{date, hours};
use crate::i18n::{Locale, Msg, fill, t, text, use_locale};
use crate::state::errors::{AppError, error_text, issue_text};
use crate::state::exit_form::ExitForm;
use crate::state::notices::{NoticeKind, use_notices};
use crate::state::participants::{EndOfParticipation, change_status, delete_person, history, record_document, today};
use crate::state::records::use_records;
use crate::ui::components::{CheckboxField, ConfirmDialog, TextField};
use crate::ui::labels::{dict_label, journal_field, presence_label, sex_label, status_label};
use crate::ui::pages::participants::exit::{ExitFields, exit_card};
use crate::ui::pages::participants::privacy::PrivacyCard;
use crate::ui::pages::participants::{new_otoczenie_path, participant_edit_path, participant_path, participants_path};
use crate::ui::pages::sessions::session_path;
use chrono_tz::Europe::Warsaw;
use leptos::prelude::*;
use leptos::task::spawn_local;
use leptos_router::components::A;
use leptos_router::hooks::{use_navigate, use_params_map};

/// `/uczestnicy/:id`.
#[component]
pub fn ParticipantCardPage() -> impl IntoView {
    let records = use_records();
    let params = use_params_map();
    let id = Memo::new(move |_| params.with(|p| p.get("id").and_then(|s| ParticipantId::parse(&s).ok())));
    let person = Memo::new(move |_| {
        let id = id.get()?;
        records.data.with(|d| d.participants.iter().find(|p| p.id == id && !p.meta.deleted).cloned())
    });
    // The audit log notes each opening of a card (once per person shown, not per re-render).
    Effect::new(move |_| {
        if let Some(id) = id.get() {
            crate::state::audit::log_later(records, JournalAction::Viewed, Some(id));
        }
    });
    move || match person.get() {
        Some(p) => view! { <Card person=p/> }.into_any(),
        None => view! { <crate::ui::pages::NotFoundPage/> }.into_any(),
    }
}

fn dash(value: &str) -> String {
    if value.trim().is_empty() { "—".to_owned() } else { value.to_owned() }
}

#[component]
fn Card(
    /// The person shown.
    person: Participant,
) -> impl IntoView {
    let locale = use_locale().0;
    let records = use_records();
    let notices = use_notices();
    let navigate = use_navigate();
    let id = person.id;
    let confirm_delete = RwSignal::new(false);
    let on_delete = move |()| {
        confirm_delete.set(false);
        let navigate = navigate.clone();
        spawn_local(async move {
            match delete_person(records, id).await {
                Ok(()) => {
                    notices.push(NoticeKind::Success, text(locale.get_untracked(), Msg::PersonDeleted).to_owned());
                    navigate(&participants_path(), leptos_router::NavigateOptions::default());
                }
                Err(error) => notices.push(NoticeKind::Error, error_text(locale.get_untracked(), &error)),
            }
        });
    };
    let status = person.status;
    let name = person.full_name();
    let badges = (person.is_otoczenie(), person.incomplete);
    view! {
        <section class="page card-page" aria-labelledby="card-title">
            <div class="page-head">
                <h1 id="card-title">{name.clone()}</h1>
                <span class="badge status">{move || status_label(locale.get(), status)}</span>
                {badges.0.then(|| view! { <span class="badge">{t(Msg::BadgeOtoczenie)}</span> })}
                {badges.1.then(|| view! { <span class="badge warn">{t(Msg::BadgeIncomplete)}</span> })}
                <A href=participant_edit_path(id) attr:class="button">{t(Msg::Edit)}</A>
                <button type="button" class="button danger" on:click=move |_| confirm_delete.set(true)>{t(Msg::PersonDelete)}</button>
            </div>
            <StatusPanel person=person.clone()/>
            <div class="cards">
                <DataCard person=person.clone()/>
                <DocumentsCard person=person.clone()/>
                <OtoczenieCard person=person.clone()/>
            </div>
            {matches!(status, RecruitmentStatus::Zakonczyl | RecruitmentStatus::Przerwal).then(|| exit_card(&person))}
            <SessionsCard id=id/>
            <HistoryCard person=person.clone()/>
            {records.allows(crate::domain::access::Right::Erase).then(|| view! { <PrivacyCard person=person/> })}
            <ConfirmDialog
                open=confirm_delete
                title=t(Msg::PersonDeleteTitle)
                body=move || fill(text(locale.get(), Msg::PersonDeleteBody), &[("name", &name)])
                confirm_label=t(Msg::PersonDelete)
                cancel_label=t(Msg::Cancel)
                on_confirm=on_delete
                on_cancel=move |()| confirm_delete.set(false)
            />
        </section>
    }
}

/// The current status, the allowed next steps, and what a refused step needs.
#[component]
fn StatusPanel(
    /// The person.
    person: Participant,
) -> impl IntoView {
    let locale = use_locale().0;
    let records = use_records();
    let notices = use_notices();
    let id = person.id;
    let ending = RwSignal::new(None::<RecruitmentStatus>);
    let end = RwSignal::new(EndOfParticipation::default());
    let missing = RwSignal::new(Vec::<String>::new());
    let end_issues = RwSignal::new(Vec::<Issue>::new());
    let exit_values = RwSignal::new(ExitForm::default());
    let run = move |to: RecruitmentStatus| {
        let mut values = end.get_untracked();
        values.exit = exit_values.get_untracked();
        spawn_local(async move {
            match change_status(records, id, to, values).await {
                Ok(()) => {
                    // The card is rebuilt for the changed person, so these may be gone already.
                    missing.try_set(Vec::new());
                    ending.try_set(None);
                    notices.push(
                        NoticeKind::Success,
                        fill(
                            text(locale.get_untracked(), Msg::StatusChanged),
                            &[("status", status_label(locale.get_untracked(), to))],
                        ),
                    );
                }
                Err(AppError::Transition(TransitionError::Requirements(issues))) => {
                    missing.try_set(issues.iter().map(|i| issue_text(locale.get_untracked(), *i)).collect());
                    notices.push(
                        NoticeKind::Error,
                        text(locale.get_untracked(), Msg::ErrTransitionRequirements).to_owned(),
                    );
                }
                Err(AppError::Validation(found)) => {
                    end_issues.try_set(found.clone());
                    notices.push(NoticeKind::Error, error_text(locale.get_untracked(), &AppError::Validation(found)));
                }
                Err(error) => notices.push(NoticeKind::Error, error_text(locale.get_untracked(), &error)),
            }
        });
    };
    let steps = allowed_next(person.status);
    view! {
        <section class="card wide status-panel" aria-labelledby="status-title">
            <h2 id="status-title">{t(Msg::FieldStatus)}</h2>
            <p>{move || fill(text(locale.get(), Msg::CurrentStatus), &[("status", status_label(locale.get(), person.status))])}</p>
            {if steps.is_empty() {
                view! { <p class="hint">{t(Msg::NoFurtherSteps)}</p> }.into_any()
            } else {
                view! {
                    <div class="row-actions">
                        {steps
                            .iter()
                            .map(|&to| {
                                let label = move || fill(text(locale.get(), Msg::ChangeStatusTo), &[("status", status_label(locale.get(), to))]);
                                view! {
                                    <button
                                        type="button"
                                        class="button secondary"
                                        on:click=move |_| {
                                            missing.set(Vec::new());
                                            if matches!(to, RecruitmentStatus::Zakonczyl | RecruitmentStatus::Przerwal) {
                                                ending.set(Some(to));
                                            } else {
                                                run(to);
                                            }
                                        }
                                    >
                                        {label}
                                    </button>
                                }
                            })
                            .collect_view()}
                    </div>
                }
                    .into_any()
            }}
            {move || ending.get().map(|to| view! { <EndForm to=to end=end exit=exit_values issues=end_issues on_confirm=move |()| run(to) on_cancel=move |()| ending.set(None)/> })}
            <Show when=move || !missing.get().is_empty()>
                <div class="missing" role="alert">
                    <p>{t(Msg::StepNeeds)}</p>
                    <ul>{move || missing.get().into_iter().map(|m| view! { <li>{m}</li> }).collect_view()}</ul>
                    <A href=participant_edit_path(id)>{t(Msg::CompleteData)}</A>
                </div>
            </Show>
        </section>
    }
}

/// Ending participation: the end date and the exit data (zakończył) or the reason (przerwał).
#[component]
fn EndForm(
    /// The status being moved to.
    to: RecruitmentStatus,
    /// The values typed.
    end: RwSignal<EndOfParticipation>,
    /// The exit data typed.
    exit: RwSignal<ExitForm>,
    /// Issues from the last attempt.
    #[prop(into)]
    issues: Signal<Vec<Issue>>,
    /// Called on confirm.
    #[prop(into)]
    on_confirm: Callback<()>,
    /// Called on cancel.
    #[prop(into)]
    on_cancel: Callback<()>,
) -> impl IntoView {
    let finished = to == RecruitmentStatus::Zakonczyl;
    view! {
        <div class="end-form" role="group" aria-label=t(if finished { Msg::EndFinishedTitle } else { Msg::EndLeftTitle })>
            <h3>{t(if finished { Msg::EndFinishedTitle } else { Msg::EndLeftTitle })}</h3>
            <div class="grid-3">
                <TextField
                    id="end-date"
                    label=t(Msg::FieldParticipationEnd)
                    hint=t(Msg::DateHint)
                    inputmode="numeric"
                    value=Signal::derive(move || end.with(|e| e.end.clone()))
                    on_input=move |v| end.update(|e| e.end = v)
                />
                {(!finished).then(|| view! {
                    <TextField
                        id="leave-reason"
                        label=t(Msg::FieldLeaveReason)
                        value=Signal::derive(move || end.with(|e| e.reason.clone()))
                        on_input=move |v| end.update(|e| e.reason = v)
                    />
                })}
            </div>
            {finished.then(|| view! { <ExitFields form=exit issues=issues/> })}
            <div class="editor-actions">
                <button type="button" class="button" on:click=move |_| on_confirm.run(())>{t(Msg::ConfirmStatus)}</button>
                <button type="button" class="button secondary" on:click=move |_| on_cancel.run(())>{t(Msg::Cancel)}</button>
            </div>
        </div>
    }
}

fn row(locale: Locale, label: Msg, value: String) -> impl IntoView {
    view! {
        <div>
            <dt>{text(locale, label)}</dt>
            <dd>{value}</dd>
        </div>
    }
}

/// The person's sessions and total hours per form of support.
#[component]
fn SessionsCard(
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

/// The person's data.
#[component]
fn DataCard(
    /// The person.
    person: Participant,
) -> impl IntoView {
    let locale = use_locale().0;
    move || {
        let l = locale.get();
        let p = &person;
        let code = |kind: Kind, value: &Option<String>| {
            value.as_deref().map_or_else(|| "—".into(), |c| dict_label(l, kind, c))
        };
        let age = p.age_at_joining(today()).map_or_else(|| "—".into(), |a| a.to_string());
        let address = [
            p.address.street.as_str(),
            p.address.building.as_str(),
            p.address.postal_code.as_str(),
            p.address.locality.as_str(),
        ]
        .iter()
        .filter(|s| !s.trim().is_empty())
        .copied()
        .collect::<Vec<_>>()
        .join(" ");
        view! {
            <section class="card" aria-labelledby="data-title">
                <h2 id="data-title">{t(Msg::SectionPersonal)}</h2>
                <dl class="facts">
                    {row(l, Msg::FieldPesel, if p.no_pesel { text(l, Msg::FieldNoPesel).to_owned() } else { dash(&p.pesel) })}
                    {row(l, Msg::FieldSex, p.sex.map_or_else(|| "—".into(), |s| sex_label(l, s)))}
                    {row(l, Msg::FieldBirthDate, p.effective_birth_date(today()).map_or_else(|| "—".into(), date))}
                    {row(l, Msg::AgeAtJoiningLabel, age)}
                    {row(l, Msg::FieldEducation, code(Kind::Education, &p.education))}
                    {row(l, Msg::FieldLabourStatus, code(Kind::LabourStatus, &p.labour_status))}
                    {row(l, Msg::SectionAddress, dash(&address))}
                    {row(l, Msg::FieldGmina, dash(&p.address.gmina))}
                    {row(l, Msg::FieldPhone, dash(&p.phone))}
                    {row(l, Msg::FieldEmail, dash(&p.email))}
                    {row(l, Msg::FieldEligibility, if p.eligibility.is_empty() { "—".into() } else { p.eligibility.iter().map(|g| dict_label(l, Kind::EligibilityGround, g)).collect::<Vec<_>>().join("; ") })}
                    {row(l, Msg::FieldParticipationStart, p.start.map_or_else(|| "—".into(), date))}
                    {row(l, Msg::FieldParticipationEnd, p.end.map_or_else(|| "—".into(), date))}
                    {p.exit.as_ref().map(|e| row(l, Msg::FieldExitSituation, code(Kind::ExitSituation, &e.situation)))}
                    {(!p.leave_reason.is_empty()).then(|| row(l, Msg::FieldLeaveReason, p.leave_reason.clone()))}
                </dl>
            </section>
        }
    }
}

/// The documents checklist: each kind with its date, or a field to record it.
#[component]
fn DocumentsCard(
    /// The person.
    person: Participant,
) -> impl IntoView {
    let locale = use_locale().0;
    let records = use_records();
    let notices = use_notices();
    let required = Memo::new(move |_| {
        records.data.with(|d| d.current_project().map(|p| p.required_documents.clone()).unwrap_or_default())
    });
    let id = person.id;
    let person = StoredValue::new(person);
    let shown_kinds = ["deklaracja", "rodo", "kontrakt_socjalny", "diagnoza_potrzeb", "isr"];
    view! {
        <section class="card" aria-labelledby="docs-title">
            <h2 id="docs-title">{t(Msg::FieldDocuments)}</h2>
            <ul class="checklist">
                {move || {
                    let mut kinds: Vec<String> = required.get();
                    for k in shown_kinds {
                        if !kinds.iter().any(|x| x == k) {
                            kinds.push(k.to_owned());
                        }
                    }
                    for d in &person.get_value().documents {
                        if !kinds.contains(&d.kind) {
                            kinds.push(d.kind.clone());
                        }
                    }
                    kinds
                        .into_iter()
                        .map(|kind| {
                            let recorded = person.get_value().document(&kind).cloned();
                            let label = dict_label(locale.get(), Kind::DocumentKind, &kind);
                            let is_required = required.with(|r| r.contains(&kind));
                            let typed = RwSignal::new(String::new());
                            let guardian = RwSignal::new(false);
                            let k = kind.clone();
                            let save = move |_| {
                                let (kind, value, g) = (k.clone(), typed.get_untracked(), guardian.get_untracked());
                                spawn_local(async move {
                                    match record_document(records, id, kind, value, g).await {
                                        Ok(()) => notices.push(NoticeKind::Success, text(locale.get_untracked(), Msg::Saved).to_owned()),
                                        Err(error) => notices.push(NoticeKind::Error, error_text(locale.get_untracked(), &error)),
                                    }
                                });
                            };
                            let done = recorded.is_some();
                            view! {
                                <li class:done=done class:required=is_required>
                                    {if let Some(doc) = recorded { view! {
                                        <span>{"✓ "}{label.clone()}": "{date(doc.date)}{doc.signed_by_guardian.then(|| format!(" ({})", text(locale.get(), Msg::DocumentGuardianSigned)))}</span>
                                    }
                                        .into_any() } else {
                                        let open = RwSignal::new(false);
                                        let label_for_aria = label.clone();
                                        view! {
                                            <div class="doc-missing">
                                                <span>{label.clone()}": "<em>{t(Msg::DocumentMissing)}</em></span>
                                                " "
                                                <button
                                                    type="button"
                                                    class="button secondary small"
                                                    aria-expanded=move || if open.get() { "true" } else { "false" }
                                                    aria-label=fill(text(locale.get(), Msg::DocumentRecordNamed), &[("document", &label_for_aria)])
                                                    on:click=move |_| open.update(|o| *o = !*o)
                                                >
                                                    {t(Msg::DocumentRecord)}
                                                </button>
                                                <Show when=move || open.get()>
                                                    <div class="inline">
                                                        <TextField
                                                            id=format!("card-doc-{kind}")
                                                            label=fill(text(locale.get(), Msg::DocumentDateOf), &[("document", &label)])
                                                            hint=t(Msg::DateHint)
                                                            inputmode="numeric"
                                                            value=typed
                                                            on_input=move |v| typed.set(v)
                                                        />
                                                        <CheckboxField id=format!("card-doc-{kind}-guardian") label=t(Msg::DocumentGuardianSigned) checked=guardian on_change=move |v| guardian.set(v)/>
                                                        <button type="button" class="button small" aria-label=fill(text(locale.get(), Msg::DocumentSaveNamed), &[("document", &label)]) on:click=save.clone()>
                                                            {t(Msg::DocumentSave)}
                                                        </button>
                                                    </div>
                                                </Show>
                                            </div>
                                        }
                                        .into_any()
                                    }}
                                </li>
                            }
                        })
                        .collect_view()
                }}
            </ul>
        </section>
    }
}

/// The otoczenie linked to this person, or the participant this person belongs to.
#[component]
fn OtoczenieCard(
    /// The person.
    person: Participant,
) -> impl IntoView {
    let records = use_records();
    let id = person.id;
    let linked = Memo::new(move |_| {
        records.data.with(|d| {
            d.participants
                .iter()
                .filter(|p| !p.meta.deleted && p.kind == PersonKind::Otoczenie { of: id })
                .map(|p| (p.id, p.full_name()))
                .collect::<Vec<_>>()
        })
    });
    let belongs_to = match person.kind {
        PersonKind::Otoczenie { of } => records.data.with_untracked(|d| {
            d.participants.iter().find(|p| p.id == of && !p.meta.deleted).map(|p| (p.id, p.full_name()))
        }),
        PersonKind::Participant => None,
    };
    view! {
        <section class="card" aria-labelledby="otoczenie-title">
            <h2 id="otoczenie-title">{t(Msg::OtoczenieTitle)}</h2>
            {belongs_to.map(|(pid, name)| view! { <p>{t(Msg::OtoczenieBelongsTo)}" "<A href=participant_path(pid)>{name}</A></p> })}
            <ul>
                {move || linked.get().into_iter().map(|(pid, name)| view! { <li><A href=participant_path(pid)>{name}</A></li> }).collect_view()}
            </ul>
            {(!person.is_otoczenie()).then(|| view! { <A href=new_otoczenie_path(id) attr:class="button secondary">{t(Msg::OtoczenieAdd)}</A> })}
        </section>
    }
}

/// Who changed what, and when.
#[component]
fn HistoryCard(
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
