//! The duplicate check's dialog: the possible matches, "Otwórz istniejącą" and "Zapisz mimo to".

use crate::domain::search::{DuplicateReason, PossibleDuplicate};
use crate::i18n::format::date;
use crate::i18n::{Msg, t, text, use_locale};
use crate::state::records::{RecordsContext, use_records};
use crate::ui::pages::participants::participant_path;
use leptos::prelude::*;

/// "Ta osoba może już być w kartotece": the possible matches, with "Otwórz istniejącą" and
/// "Zapisz mimo to".
#[component]
pub fn DuplicatesDialog(
    /// The matches to show (`None` hides the dialog).
    found: RwSignal<Option<Vec<PossibleDuplicate>>>,
    /// Called with the matches when the user saves anyway.
    #[prop(into)]
    on_save_anyway: Callback<Vec<PossibleDuplicate>>,
) -> impl IntoView {
    let locale = use_locale().0;
    let records: RecordsContext = use_records();
    let save_ref = NodeRef::<leptos::html::Button>::new();
    Effect::new(move |_| {
        if found.with(Option::is_some)
            && let Some(button) = save_ref.get()
        {
            button.focus().ok();
        }
    });
    let describe = move |d: &PossibleDuplicate| {
        records.data.with(|data| {
            data.participants.iter().find(|p| p.id.0 == d.id).map(|p| {
                let reason = text(
                    locale.get(),
                    if d.reason == DuplicateReason::SamePesel {
                        Msg::DuplicateSamePesel
                    } else {
                        Msg::DuplicateSimilarName
                    },
                );
                let born = p.effective_birth_date(crate::state::participants::today()).map(date).unwrap_or_default();
                (p.id, format!("{} — {} {}", p.full_name(), born, reason))
            })
        })
    };
    view! {
        <Show when=move || found.with(Option::is_some)>
            <div class="dialog-backdrop">
                <div
                    class="dialog"
                    role="dialog"
                    aria-modal="true"
                    aria-labelledby="dup-title"
                    on:keydown=move |ev| {
                        if ev.key() == "Escape" {
                            ev.stop_propagation();
                            found.set(None);
                        }
                    }
                >
                    <h2 id="dup-title">{t(Msg::DuplicateTitle)}</h2>
                    <p>{t(Msg::DuplicateBody)}</p>
                    <ul>
                        {move || {
                            found
                                .get()
                                .unwrap_or_default()
                                .iter()
                                .filter_map(describe)
                                .map(|(id, line)| {
                                    view! {
                                        <li>
                                            <span>{line}</span>
                                            " "
                                            <leptos_router::components::A href=participant_path(id)>{t(Msg::DuplicateOpen)}</leptos_router::components::A>
                                        </li>
                                    }
                                })
                                .collect_view()
                        }}
                    </ul>
                    <div class="actions">
                        <button
                            type="button"
                            class="button"
                            node_ref=save_ref
                            on:click=move |_| {
                                if let Some(f) = found.get_untracked() {
                                    on_save_anyway.run(f);
                                }
                            }
                        >
                            {t(Msg::DuplicateSaveAnyway)}
                        </button>
                        <button type="button" class="button secondary" on:click=move |_| found.set(None)>{t(Msg::Cancel)}</button>
                    </div>
                </div>
            </div>
        </Show>
    }
}
