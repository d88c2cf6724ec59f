//! The first-run guide: start from a reference-project template or from blank, name the first
//! person working on this computer, review what will be created, and create the project.

use crate::domain::dictionary::{Kind, Period, dictionaries};
use crate::domain::project::StaffRole;
use crate::domain::templates::templates;
use crate::domain::validation::{Field, Issues};
use crate::i18n::{Locale, Msg, fill, t, text, use_locale};
use crate::state::errors::{AppError, error_text, field_label};
use crate::state::form_status::required_field_status;
use crate::state::notices::{NoticeKind, use_notices};
use crate::state::profiles::check_new;
use crate::state::project::{FirstPerson, StartChoice, create_protected, first_person_issues, preview};
use crate::state::project_form::ProjectForm;
use crate::state::records::use_records;
use crate::ui::components::{SelectField, TextField};
use crate::ui::labels::period_label;
use crate::ui::pages::Page;
use crate::ui::pages::lock::NewPassphrase;
use leptos::prelude::*;
use leptos_router::hooks::use_navigate;

/// "Do uzupełnienia w ustawieniach: …" for the chosen start.
fn review_text(locale: Locale, choice: &StartChoice) -> String {
    let new = preview(choice);
    let (_, issues) = ProjectForm::from_project(&new.project).apply(&new.project);
    let mut missing: Vec<&str> = issues.incomplete().iter().map(|i| text(locale, field_label(i.field))).collect();
    missing.dedup();
    let title = if new.project.title.is_empty() {
        text(locale, Msg::FirstRunUntitled).to_owned()
    } else {
        new.project.title.clone()
    };
    fill(
        text(locale, Msg::FirstRunReview),
        &[
            ("title", &title),
            ("units", &new.units.len().to_string()),
            ("tasks", &new.tasks.len().to_string()),
            ("forms", &new.forms.len().to_string()),
            ("missing", &missing.join(", ")),
        ],
    )
}

/// The first-run guide.
#[component]
pub fn FirstRunPage() -> impl IntoView {
    let locale = use_locale().0;
    let records = use_records();
    let notices = use_notices();
    let navigate = use_navigate();
    let choice = RwSignal::new(None::<StartChoice>);
    let join = RwSignal::new(false);
    let blank_period = RwSignal::new(Period::P2021_2027);
    let first_name = RwSignal::new(String::new());
    let last_name = RwSignal::new(String::new());
    let passphrase = RwSignal::new(String::new());
    let repeat = RwSignal::new(String::new());
    let passphrase_error = RwSignal::new(None::<AppError>);
    let tried = RwSignal::new(false);
    // The first person sets the project up: the coordinator, who later adds everyone else.
    let person = move || FirstPerson {
        first_name: first_name.get(),
        last_name: last_name.get(),
        role: Some(StaffRole::Coordinator),
    };
    let person_issues = move || first_person_issues(&person());

    // Reported from the action itself: once the project exists, the page showing this guide
    // may already have been replaced by the page it was guarding.
    let create = Action::new_local(move |(choice, person): &(StartChoice, FirstPerson)| {
        let (choice, person, navigate) = (choice.clone(), person.clone(), navigate.clone());
        async move {
            let (pass, again) = (passphrase.get_untracked(), repeat.get_untracked());
            match create_protected(records, choice, person, &pass, &again).await {
                Ok(()) => {
                    notices.push(NoticeKind::Success, text(locale.get_untracked(), Msg::FirstRunCreated).to_owned());
                    navigate(&Page::Project.path(), leptos_router::NavigateOptions::default());
                }
                Err(error) => notices.push(NoticeKind::Error, error_text(locale.get_untracked(), &error)),
            }
        }
    });
    let on_create = move |_| {
        tried.set(true);
        let Some(mut start) = choice.get_untracked() else { return };
        if let StartChoice::Blank(_) = start {
            start = StartChoice::Blank(blank_period.get_untracked());
        }
        passphrase_error
            .set(check_new(&passphrase.get_untracked(), &repeat.get_untracked()).err().map(AppError::Passphrase));
        if person_issues().is_empty() && passphrase_error.with_untracked(Option::is_none) {
            create.dispatch((start, person()));
        }
    };
    let status = move |field: Field| {
        Signal::derive(move || required_field_status(&person_issues(), field, locale.get(), tried.get()))
    };

    view! {
        <section class="page first-run" aria-labelledby="first-run-title">
            <h1 id="first-run-title">{t(Msg::FirstRunTitle)}</h1>
            <p class="lead">{t(Msg::FirstRunWhy)}</p>
            <TemplateChoices choice=choice blank_period=blank_period join=join/>
            <Show when=move || join.get()>
                <section class="card" aria-labelledby="join-title">
                    <h2 id="join-title">{t(Msg::FirstRunJoin)}</h2>
                    <crate::ui::pages::hand_off::ImportPanel/>
                </section>
            </Show>
            <Show when=move || choice.get().is_some()>
                <fieldset>
                    <legend>{t(Msg::FirstRunStepPerson)}</legend>
                    <p class="hint">{t(Msg::FirstRunPersonHint)}</p>
                    <div class="grid-2">
                        <TextField
                            id="person-first-name"
                            label=t(Msg::FieldStaffFirstName)
                            value=first_name
                            on_input=move |v| first_name.set(v)
                            status=status(Field::StaffFirstName)
                            required=true
                            autocomplete="given-name"
                        />
                        <TextField
                            id="person-last-name"
                            label=t(Msg::FieldStaffLastName)
                            value=last_name
                            on_input=move |v| last_name.set(v)
                            status=status(Field::StaffLastName)
                            required=true
                            autocomplete="family-name"
                        />
                    </div>
                    <p class="warning" role="note">{t(Msg::PassphraseWarning)}</p>
                    <NewPassphrase id="first" passphrase=passphrase repeat=repeat error=passphrase_error/>
                </fieldset>
                <section class="review" aria-labelledby="review-title">
                    <h2 id="review-title">{t(Msg::FirstRunStepReview)}</h2>
                    <p>{move || choice.get().map(|c| review_text(locale.get(), &c))}</p>
                    <button type="button" class="button" disabled=move || create.pending().get() on:click=on_create>
                        {t(Msg::FirstRunCreate)}
                    </button>
                </section>
            </Show>
        </section>
    }
}

/// The stable code of a role, for selects.
pub fn role_code(role: StaffRole) -> &'static str {
    match role {
        StaffRole::Coordinator => "coordinator",
        StaffRole::Animator => "animator",
        StaffRole::Specialist => "specialist",
        StaffRole::Volunteer => "volunteer",
    }
}

/// The role for a select's code (an unknown code reads as animator).
pub fn role_from_code(code: &str) -> StaffRole {
    StaffRole::ALL.into_iter().find(|r| role_code(*r) == code).unwrap_or(StaffRole::Animator)
}

/// Step 1: the five templates and the blank project (with its period).
#[component]
fn TemplateChoices(
    /// The chosen start.
    choice: RwSignal<Option<StartChoice>>,
    /// The period of a blank project.
    blank_period: RwSignal<Period>,
    /// "Dołącz z pliku" chosen instead.
    join: RwSignal<bool>,
) -> impl IntoView {
    let locale = use_locale().0;
    let period_options = Signal::derive(move || {
        dictionaries()
            .all(Kind::ProgrammePeriod)
            .iter()
            .map(|e| (e.code.clone(), period_label(locale.get(), &e.code)))
            .collect::<Vec<_>>()
    });
    view! {
    <fieldset class="choices">
        <legend>{t(Msg::FirstRunStepStart)}</legend>
        {templates()
            .iter()
            .map(|tpl| {
                let code = tpl.code.clone();
                let code_for_check = code.clone();
                let id = format!("start-{}", tpl.code);
                let name = tpl.name.clone();
                let summary = tpl.summary.clone();
                view! {
                    <div class="choice">
                        <input
                            type="radio"
                            name="start"
                            id=id.clone()
                            prop:checked=move || choice.get() == Some(StartChoice::Template(code_for_check.clone()))
                            on:change=move |_| {
                                join.set(false);
                                choice.set(Some(StartChoice::Template(code.clone())));
                            }
                        />
                        <label for=id>
                            <strong>{move || if locale.get() == Locale::Pl { name.pl.clone() } else { name.en.clone() }}</strong>
                            <span>{move || if locale.get() == Locale::Pl { summary.pl.clone() } else { summary.en.clone() }}</span>
                        </label>
                    </div>
                }
            })
            .collect_view()}
        <div class="choice">
            <input
                type="radio"
                name="start"
                id="start-blank"
                prop:checked=move || matches!(choice.get(), Some(StartChoice::Blank(_)))
                on:change=move |_| {
                    join.set(false);
                    choice.set(Some(StartChoice::Blank(blank_period.get_untracked())));
                }
            />
            <label for="start-blank">
                <strong>{t(Msg::FirstRunBlank)}</strong>
                <span>{t(Msg::FirstRunBlankHint)}</span>
            </label>
        </div>
        <div class="choice">
            <input
                type="radio"
                name="start"
                id="start-join"
                prop:checked=move || join.get()
                on:change=move |_| {
                    choice.set(None);
                    join.set(true);
                }
            />
            <label for="start-join">
                <strong>{t(Msg::FirstRunJoin)}</strong>
                <span>{t(Msg::FirstRunJoinHint)}</span>
            </label>
        </div>
        <Show when=move || matches!(choice.get(), Some(StartChoice::Blank(_)))>
            <SelectField
                id="blank-period"
                label=t(Msg::FieldProgrammePeriod)
                options=period_options
                value=Signal::derive(move || blank_period.get().code().to_owned())
                on_change=move |code: String| {
                    let period = if code == Period::P2014_2020.code() { Period::P2014_2020 } else { Period::P2021_2027 };
                    blank_period.set(period);
                    choice.set(Some(StartChoice::Blank(period)));
                }
            />
        </Show>
    </fieldset>
    }
}
