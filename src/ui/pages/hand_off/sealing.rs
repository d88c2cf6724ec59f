//! "Szyfrowanie plików": the central office's public key, the project's hand-off passphrase on
//! this laptop, and the explicit, warned choice of plain files for this session.

use crate::i18n::{Msg, t, text, use_locale};
use crate::state::errors::{AppError, error_text};
use crate::state::form_status::FieldStatus;
use crate::state::notices::{NoticeKind, use_notices};
use crate::state::records::use_records;
use crate::state::sealing::{set_handoff_passphrase, set_office_key};
use crate::ui::components::{CheckboxField, TextArea, TextField};
use leptos::prelude::*;
use leptos::task::spawn_local;

/// The encryption settings of hand-off files.
#[component]
pub fn SealingSection() -> impl IntoView {
    let locale = use_locale().0;
    let records = use_records();
    let notices = use_notices();
    let stored_pem =
        move || records.data.with(|d| d.current_project().map(|p| p.office_public_key.clone()).unwrap_or_default());
    let pem = RwSignal::new(stored_pem());
    let pem_error = RwSignal::new(None::<String>);
    let passphrase = RwSignal::new(String::new());
    let repeat = RwSignal::new(String::new());
    let pass_error = RwSignal::new(None::<AppError>);
    let ready = move || !stored_pem().trim().is_empty() && records.handoff_ready.get();
    let on_pem = move |_| {
        pem_error.set(None);
        spawn_local(async move {
            match set_office_key(records, &pem.get_untracked()).await {
                Ok(_) => {
                    notices.push(NoticeKind::Success, text(locale.get_untracked(), Msg::SealOfficeSaved).to_owned());
                }
                Err(e) => {
                    pem_error.try_set(Some(error_text(locale.get_untracked(), &e)));
                }
            }
        });
    };
    let on_pass = move |_| {
        pass_error.set(None);
        spawn_local(async move {
            match set_handoff_passphrase(records, &passphrase.get_untracked(), &repeat.get_untracked()).await {
                Ok(()) => {
                    passphrase.try_set(String::new());
                    repeat.try_set(String::new());
                    notices
                        .push(NoticeKind::Success, text(locale.get_untracked(), Msg::SealPassphraseSaved).to_owned());
                }
                Err(e) => {
                    pass_error.try_set(Some(e));
                }
            }
        });
    };
    // A mismatch is shown under the repetition, every other refusal under the passphrase.
    let pass_status = move |repeat_field: bool| {
        Signal::derive(move || {
            pass_error.with(|e| match e {
                Some(e)
                    if matches!(e, AppError::Passphrase(crate::state::profiles::PassphraseProblem::Mismatch))
                        == repeat_field =>
                {
                    FieldStatus::Invalid(error_text(locale.get(), e))
                }
                _ => FieldStatus::Fine,
            })
        })
    };
    view! {
        <section class="card" aria-labelledby="sealing-title">
            <h2 id="sealing-title">{t(Msg::SealTitle)}</h2>
            <p role="status" class=move || if ready() { "result" } else { "warning" }>
                {move || text(locale.get(), if ready() { Msg::SealReady } else { Msg::SealNotReady })}
            </p>
            <TextArea
                id="office-key"
                label=t(Msg::FieldOfficeKey)
                value=pem
                on_input=move |v| pem.set(v)
                status=Signal::derive(move || pem_error.get().map_or(FieldStatus::Fine, FieldStatus::Invalid))
                rows=6
            />
            <button type="button" class="button secondary" on:click=on_pem>{t(Msg::SealSaveOfficeKey)}</button>
            <p class="hint">{t(Msg::SealPassphraseHint)}</p>
            <div class="grid-2">
                <TextField
                    id="handoff-passphrase"
                    label=t(Msg::FieldHandOffPassphrase)
                    value=passphrase
                    on_input=move |v| passphrase.set(v)
                    status=pass_status(false)
                    input_type="password"
                    autocomplete="new-password"
                />
                <TextField
                    id="handoff-repeat"
                    label=t(Msg::FieldHandOffRepeat)
                    value=repeat
                    on_input=move |v| repeat.set(v)
                    status=pass_status(true)
                    input_type="password"
                    autocomplete="new-password"
                />
            </div>
            <button type="button" class="button secondary" on:click=on_pass>{t(Msg::SealSavePassphrase)}</button>
            <PlainChoice/>
        </section>
    }
}

/// Plain files only by an explicit, warned choice (and each one is logged).
#[component]
fn PlainChoice() -> impl IntoView {
    let records = use_records();
    view! {
        <CheckboxField
            id="plain-exports"
            label=t(Msg::SealPlainChoice)
            checked=records.plain_exports
            on_change=move |v| records.plain_exports.set(v)
        />
        <Show when=move || records.plain_exports.get()>
            <p class="warning" role="alert">{t(Msg::SealPlainWarning)}</p>
        </Show>
    }
}
