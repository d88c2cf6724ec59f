//! The registration form: the whole ESF data set in sections, only the fields of the project's
//! programme period. Every field is checked when left; the form is kept as a draft while typing,
//! so a reload or a closed tab loses nothing. Enter saves, Esc cancels.

mod address;
mod documents;
mod duplicates;
mod eligibility;
mod personal;
mod situation;

use documents::DocumentsSection;
use duplicates::DuplicatesDialog;

use crate::domain::dictionary::Period;
use crate::domain::ids::ParticipantId;
use crate::domain::participant::Participant;
use crate::domain::project::AreaUnit;
use crate::domain::search::PossibleDuplicate;
use crate::domain::validation::{Field, Issue};
use crate::i18n::{Msg, t, text, use_locale};
use crate::state::errors::{AppError, error_text};
use crate::state::focus::focus_first_invalid_later;
use crate::state::form_status::{FieldStatus, field_status};
use crate::state::notices::{NoticeKind, use_notices};
use crate::state::participant_form::ParticipantForm;
use crate::state::participants::{
    SaveOutcome, base_person, discard_draft, draft_key, keep_draft, load_draft, save_person, with_context,
};
use crate::state::records::use_records;
use crate::ui::components::{TextArea, TextField};
use crate::ui::pages::participants::{participant_path, participants_path};
use leptos::prelude::*;
use leptos::task::spawn_local;
use leptos_router::hooks::{use_navigate, use_params_map, use_query_map};
use std::collections::BTreeSet;

/// Shared by the form's sections.
#[derive(Clone, Copy)]
pub(crate) struct PersonForm {
    pub form: RwSignal<ParticipantForm>,
    pub touched: RwSignal<BTreeSet<Field>>,
    pub tried: RwSignal<bool>,
    pub issues: Memo<Vec<Issue>>,
    pub person: Memo<Participant>,
    pub period: Memo<Period>,
    pub area: Memo<Vec<AreaUnit>>,
}

impl PersonForm {
    pub fn touch(&self, field: Field) {
        self.touched.update(|t| {
            t.insert(field);
        });
    }

    pub fn status(&self, field: Field) -> Signal<FieldStatus> {
        let this = *self;
        let locale = use_locale().0;
        Signal::derive(move || {
            let show = this.tried.get() || this.touched.with(|t| t.contains(&field));
            this.issues.with(|i| field_status(i, field, locale.get(), show))
        })
    }

    /// A text field bound to one `String` of the form.
    pub fn text(
        &self,
        id: &'static str,
        field: Field,
        label: Msg,
        get: fn(&ParticipantForm) -> &String,
        set: fn(&mut ParticipantForm, String),
    ) -> impl IntoView + use<> {
        let this = *self;
        view! {
            <TextField
                id=id
                label=t(label)
                value=Signal::derive(move || this.form.with(|f| get(f).clone()))
                on_input=move |v| this.form.update(|f| set(f, v))
                on_blur=move |()| this.touch(field)
                status=this.status(field)
            />
        }
    }
}

/// The registration (or edit) form page: `/uczestnicy/nowy` or `/uczestnicy/:id/edycja`.
#[component]
pub fn ParticipantFormPage() -> impl IntoView {
    let params = use_params_map();
    let query = use_query_map();
    let id = params.with_untracked(|p| p.get("id").and_then(|s| ParticipantId::parse(&s).ok()));
    let otoczenie_of = query.with_untracked(|q| q.get("otoczenie").and_then(|s| ParticipantId::parse(&s).ok()));
    view! { <PersonFormView id=id otoczenie_of=otoczenie_of/> }
}

#[component]
fn PersonFormView(
    /// The person edited, or `None` for a new one.
    id: Option<ParticipantId>,
    /// For a new otoczenie person: the participant they belong to.
    otoczenie_of: Option<ParticipantId>,
) -> impl IntoView {
    let locale = use_locale().0;
    let records = use_records();
    let notices = use_notices();
    let navigate = use_navigate();
    let base = StoredValue::new(base_person(&records, id));
    let mut initial =
        id.map_or_else(ParticipantForm::new_person, |_| ParticipantForm::from_participant(&base.get_value()));
    if id.is_none() {
        initial.otoczenie_of = otoczenie_of;
    }
    let form = RwSignal::new(initial.clone());
    let starting = StoredValue::new(initial.clone());
    let key = draft_key(id);
    let period = Memo::new(move |_| records.data.with(|d| d.current_project().map(|p| p.period).unwrap_or_default()));
    let area =
        Memo::new(move |_| records.data.with(|d| d.current_project().map(|p| p.area.clone()).unwrap_or_default()));
    let applied = Memo::new(move |_| {
        form.with(|f| {
            with_context(&records, |ctx| f.apply(&base.get_value(), ctx))
                .unwrap_or_else(|_| (base.get_value(), Vec::new()))
        })
    });
    let issues = Memo::new(move |_| applied.with(|(_, i)| i.clone()));
    let person = Memo::new(move |_| applied.with(|(p, _)| p.clone()));
    let pf = PersonForm {
        form,
        touched: RwSignal::new(BTreeSet::new()),
        tried: RwSignal::new(false),
        issues,
        person,
        period,
        area,
    };
    let duplicates = RwSignal::new(None::<Vec<PossibleDuplicate>>);
    let restored = RwSignal::new(false);
    let form_ref = NodeRef::<leptos::html::Form>::new();

    // Restore a kept draft once; from then on keep every change.
    let draft_ready = RwSignal::new(false);
    let drafts_pending = RwSignal::new(0_u32);
    let draft_kept = RwSignal::new(false);
    {
        let key = key.clone();
        spawn_local(async move {
            // The form may have been left while the draft was read: `try_` writes then do nothing.
            if let Ok(Some(draft)) = load_draft(records, key).await
                && draft != initial
            {
                form.try_set(draft);
                restored.try_set(true);
            }
            draft_ready.try_set(true);
        });
    }
    // A form back at where it started keeps no draft: the kept one is removed instead.
    let discard_asked = RwSignal::new(false);
    {
        let key = key.clone();
        Effect::new(move |_| {
            let current = form.get();
            if draft_ready.get_untracked() {
                let key = key.clone();
                let back_at_start = starting.with_value(|s| *s == current);
                drafts_pending.update(|n| *n += 1);
                spawn_local(async move {
                    let written = if back_at_start {
                        discard_draft(records, key).await
                    } else {
                        keep_draft(records, key, current).await
                    };
                    match written {
                        Ok(()) => {
                            draft_kept.try_set(!back_at_start);
                            // Reported only once the draft is really gone from this computer.
                            if back_at_start && discard_asked.try_get_untracked() == Some(true) {
                                discard_asked.try_set(false);
                                notices.push(
                                    NoticeKind::Info,
                                    text(locale.get_untracked(), Msg::DraftDiscarded).to_owned(),
                                );
                            }
                        }
                        Err(error) => notices.push(NoticeKind::Error, error_text(locale.get_untracked(), &error)),
                    }
                    // The form may be gone by now (saved and left): then there is nothing to show.
                    drafts_pending.try_update(|n| *n = n.saturating_sub(1));
                });
            }
        });
    }

    let leave = {
        let navigate = navigate.clone();
        move |to: String| navigate(&to, leptos_router::NavigateOptions::default())
    };
    let cancel_target = id.map_or_else(participants_path, participant_path);
    let submit = {
        let key = key.clone();
        let leave = leave.clone();
        move |accepted: Option<Vec<PossibleDuplicate>>| {
            pf.tried.set(true);
            let (key, leave) = (key.clone(), leave.clone());
            let snapshot = form.get_untracked();
            spawn_local(async move {
                match save_person(records, snapshot, base.get_value(), accepted).await {
                    Ok(SaveOutcome::Saved(saved)) => {
                        duplicates.try_set(None);
                        // The save is done; a draft left behind would only be offered again.
                        if let Err(error) = discard_draft(records, key).await {
                            notices.push(NoticeKind::Error, error_text(locale.get_untracked(), &error));
                        }
                        notices.push(NoticeKind::Success, text(locale.get_untracked(), Msg::Saved).to_owned());
                        leave(participant_path(saved));
                    }
                    Ok(SaveOutcome::PossibleDuplicates(found)) => {
                        duplicates.try_set(Some(found));
                    }
                    Err(error) => {
                        if let AppError::Validation(_) = error {
                            focus_first_invalid_later(form_ref);
                        }
                        notices.push(NoticeKind::Error, error_text(locale.get_untracked(), &error));
                    }
                }
            });
        }
    };
    // Going back to the starting form makes the draft effect remove the kept draft.
    let discard = move |_| {
        discard_asked.set(true);
        form.set(starting.get_value());
        restored.set(false);
    };
    let title = if id.is_some() {
        Msg::ParticipantEditTitle
    } else if otoczenie_of.is_some() {
        Msg::OtoczenieAddTitle
    } else {
        Msg::ParticipantAddTitle
    };
    let submit_form = submit.clone();
    let on_keydown = {
        let leave = leave.clone();
        let cancel_target = cancel_target.clone();
        move |ev: leptos::ev::KeyboardEvent| {
            if ev.key() == "Escape" && duplicates.get_untracked().is_none() {
                leave(cancel_target.clone());
            }
        }
    };
    let leave_cancel = leave.clone();
    let cancel_to = cancel_target.clone();
    view! {
        <section class="page person-form" aria-labelledby="person-form-title">
            <h1 id="person-form-title">{t(title)}</h1>
            <Show when=move || restored.get()>
                <div class="draft-banner" role="status">
                    <span>{t(Msg::DraftRestored)}</span>
                    <button type="button" class="button secondary small" on:click=discard>{t(Msg::DraftDiscard)}</button>
                </div>
            </Show>
            <form
                node_ref=form_ref
                novalidate
                on:keydown=on_keydown
                on:submit=move |ev| {
                    ev.prevent_default();
                    submit_form(None);
                }
            >
                <personal::PersonalSection pf=pf/>
                <address::AddressSection pf=pf/>
                <fieldset>
                    <legend>{t(Msg::SectionContact)}</legend>
                    <div class="grid-2">
                        {pf.text("phone", Field::Phone, Msg::FieldPhone, |f| &f.phone, |f, v| f.phone = v)}
                        {pf.text("email", Field::Email, Msg::FieldEmail, |f| &f.email, |f, v| f.email = v)}
                    </div>
                </fieldset>
                <situation::LabourSection pf=pf/>
                <situation::SituationSection pf=pf/>
                <eligibility::EligibilitySection pf=pf/>
                <DocumentsSection pf=pf/>
                <fieldset>
                    <legend>{t(Msg::SectionParticipation)}</legend>
                    <TextField
                        id="start"
                        label=t(Msg::FieldParticipationStart)
                        hint=t(Msg::StartHint)
                        inputmode="numeric"
                        value=Signal::derive(move || form.with(|f| f.start.clone()))
                        on_input=move |v| form.update(|f| f.start = v)
                        on_blur=move |()| pf.touch(Field::ParticipationStart)
                        status=pf.status(Field::ParticipationStart)
                    />
                    <TextArea id="notes" label=t(Msg::NotesLabel) value=Signal::derive(move || form.with(|f| f.notes.clone())) on_input=move |v| form.update(|f| f.notes = v)/>
                </fieldset>
                <div class="save-bar">
                    <button type="submit" class="button">{t(Msg::ParticipantSave)}</button>
                    <button type="button" class="button secondary" on:click=move |_| leave_cancel(cancel_to.clone())>{t(Msg::Cancel)}</button>
                    <span class="hint">{t(Msg::KeyboardHint)}</span>
                    <span class="hint" role="status">
                        {move || {
                            if drafts_pending.get() > 0 {
                                Some(text(locale.get(), Msg::DraftSaving))
                            } else {
                                draft_kept.get().then(|| text(locale.get(), Msg::DraftKept))
                            }
                        }}
                    </span>
                </div>
            </form>
            <DuplicatesDialog found=duplicates on_save_anyway=move |found| submit(Some(found))/>
        </section>
    }
}
