//! Asks to reload after another tab upgraded the database (this tab's connection is closed).

use crate::i18n::{Msg, t};
use leptos::prelude::*;

/// The reload request banner.
#[component]
pub fn ReloadBanner(
    /// Whether this tab must reload.
    #[prop(into)]
    visible: Signal<bool>,
    /// Called when the user asks to reload.
    #[prop(into)]
    on_reload: Callback<()>,
) -> impl IntoView {
    view! {
        <Show when=move || visible.get()>
            <div class="update-banner" role="alert">
                <span>{t(Msg::ReloadRequired)}</span>
                <button type="button" class="button" on:click=move |_| { on_reload.try_run(()); }>
                    {t(Msg::ReloadButton)}
                </button>
            </div>
        </Show>
    }
}
