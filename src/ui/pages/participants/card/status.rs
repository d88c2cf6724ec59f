//! The card's recruitment status: the allowed next steps, and ending participation with the
//! exit data the status needs.

use crate::domain::participant::{Participant, RecruitmentStatus};
use crate::domain::status::{TransitionError, allowed_next};
use crate::domain::validation::Issue;
use crate::i18n::{Msg, fill, t, text, use_locale};
use crate::state::errors::{AppError, error_text, issue_text};
use crate::state::exit_form::ExitForm;
use crate::state::notices::{NoticeKind, use_notices};
use crate::state::participants::{EndOfParticipation, change_status};
use crate::state::records::use_records;
use crate::ui::components::TextField;
use crate::ui::labels::status_label;
use crate::ui::pages::participants::exit::ExitFields;
use crate::ui::pages::participants::participant_edit_path;
use leptos::prelude::*;
use leptos::task::spawn_local;
use leptos_router::components::A;

/// The current status, the allowed next steps, and what a refused step needs.
#[component]
#[allow(clippy::needless_pass_by_value, reason = "a component's props are passed by value")]
pub fn StatusPanel(
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
pub fn EndForm(
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
