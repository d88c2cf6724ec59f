//! The language choice: a labelled select, remembered on this device.

use crate::i18n::{Locale, Msg, t, use_locale};
use crate::state::locale::set_locale;
use leptos::prelude::*;

/// A select between Polish and English.
#[component]
pub fn LanguageSwitch() -> impl IntoView {
    let locale = use_locale();
    let on_change = move |ev| {
        if let Some(chosen) = Locale::from_tag(&event_target_value(&ev)) {
            // Not remembering it only costs the choice at the next start; it still applies now.
            set_locale(locale, chosen);
        }
    };
    view! {
        <div class="language-switch">
            <label for="language">{t(Msg::LanguageLabel)}</label>
            <select id="language" on:change=on_change prop:value=move || locale.0.get().tag()>
                <option value="pl" selected=move || locale.0.get() == Locale::Pl>
                    {t(Msg::LanguagePolish)}
                </option>
                <option value="en" selected=move || locale.0.get() == Locale::En>
                    {t(Msg::LanguageEnglish)}
                </option>
            </select>
        </div>
    }
}
