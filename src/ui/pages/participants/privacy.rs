//! The person's rights on the card: "Eksportuj dane osoby" (the right of access) and
//! "Usuń dane osoby (RODO)" with the surname typed to confirm.

use crate::domain::participant::Participant;
use crate::i18n::{Msg, fill, t, text, use_locale};
use crate::state::errors::error_text;
use crate::state::notices::{NoticeKind, use_notices};
use crate::state::privacy::{confirms_erasure, erase_person, export_person};
use crate::state::records::use_records;
use crate::ui::components::TextField;
use crate::ui::pages::participants::participants_path;
use leptos::prelude::*;
use leptos::task::spawn_local;
use leptos_router::hooks::use_navigate;

/// The RODO section of the card.
#[component]
pub(super) fn PrivacyCard(
    /// The person.
    person: Participant,
) -> impl IntoView {
    let locale = use_locale().0;
    let records = use_records();
    let notices = use_notices();
    let navigate = use_navigate();
    let id = person.id;
    let surname = StoredValue::new(person.last_name.clone());
    let person = StoredValue::new(person);
    let erasing = RwSignal::new(false);
    let typed = RwSignal::new(String::new());
    let busy = RwSignal::new(false);
    let confirmed = Signal::derive(move || typed.with(|t| person.with_value(|p| confirms_erasure(p, t))));
    let on_export = move |_| {
        spawn_local(async move {
            let l = locale.get_untracked();
            match export_person(records, id).await {
                Ok(name) => notices.push(NoticeKind::Success, fill(text(l, Msg::Downloaded), &[("file", &name)])),
                Err(e) => notices.push(NoticeKind::Error, error_text(l, &e)),
            }
        });
    };
    let on_erase = move |_| {
        let navigate = navigate.clone();
        if !confirmed.get_untracked() {
            return;
        }
        busy.set(true);
        spawn_local(async move {
            let l = locale.get_untracked();
            match erase_person(records, id).await {
                Ok(()) => {
                    notices.push(NoticeKind::Success, text(l, Msg::ErasureDone).to_owned());
                    // The card is gone with the person; the list is where the work goes on.
                    navigate(&participants_path(), leptos_router::NavigateOptions::default());
                }
                Err(e) => notices.push(NoticeKind::Error, error_text(l, &e)),
            }
            busy.try_set(false);
        });
    };
    view! {
        <section class="card wide privacy-card" aria-labelledby="privacy-title">
            <h2 id="privacy-title">{t(Msg::PrivacyTitle)}</h2>
            <div class="row-actions">
                <button type="button" class="button secondary" on:click=on_export>{t(Msg::PersonExport)}</button>
                <button type="button" class="button danger" on:click=move |_| erasing.set(true)>{t(Msg::ErasureButton)}</button>
            </div>
            <Show when=move || erasing.get()>
                <div class="end-form" role="group" aria-labelledby="erasure-title">
                    <h3 id="erasure-title">{t(Msg::ErasureButton)}</h3>
                    <p>{t(Msg::ErasureExplain)}</p>
                    <div class="inline-form">
                        <TextField
                            id="erasure-confirm"
                            label=move || surname.with_value(|s| fill(text(locale.get(), Msg::ErasureTypeSurname), &[("surname", s)]))
                            value=typed
                            on_input=move |v| typed.set(v)
                            autocomplete="off"
                        />
                        <button type="button" class="button danger" disabled=move || !confirmed.get() || busy.get() on:click=on_erase.clone()>
                            {t(Msg::ErasureConfirm)}
                        </button>
                        <button type="button" class="button secondary" on:click=move |_| { typed.set(String::new()); erasing.set(false); }>
                            {t(Msg::Cancel)}
                        </button>
                    </div>
                </div>
            </Show>
        </section>
    }
}
