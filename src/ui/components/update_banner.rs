//! "Dostępna nowa wersja": offered when a new version waits; never applied without a click.

use crate::i18n::{Msg, t};
use leptos::prelude::*;

/// The banner announcing a waiting update.
#[component]
pub fn UpdateBanner(
    /// Whether a new version is installed and waiting.
    #[prop(into)]
    visible: Signal<bool>,
    /// Called when the user asks to switch to the new version.
    #[prop(into)]
    on_update: Callback<()>,
) -> impl IntoView {
    view! {
        <Show when=move || visible.get()>
            <div class="update-banner" role="status">
                <span>{t(Msg::UpdateAvailable)}</span>
                <button type="button" class="button" on:click=move |_| { on_update.try_run(()); }>
                    {t(Msg::UpdateButton)}
                </button>
            </div>
        </Show>
    }
}
