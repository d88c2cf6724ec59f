//! The UI language: read from the stored preference at start, remembered on change.

use crate::browser::prefs;
use crate::i18n::{Locale, LocaleContext};
use leptos::prelude::*;

/// The locale to start with: the remembered choice, else Polish.
pub fn initial_locale() -> Locale {
    prefs::stored_locale_tag().as_deref().and_then(Locale::from_tag).unwrap_or_default()
}

/// Creates and provides the locale context, keeping `<html lang>` in step.
pub fn provide_locale() -> LocaleContext {
    let context = LocaleContext(RwSignal::new(initial_locale()));
    provide_context(context);
    Effect::new(move |_| {
        let locale = context.0.get();
        if let Some(root) = crate::browser::window().and_then(|w| w.document()).and_then(|d| d.document_element()) {
            // `lang` only steers screen readers and hyphenation; failure changes nothing else.
            root.set_attribute("lang", locale.tag()).ok();
        }
    });
    context
}

/// Switches the language and remembers the choice on this device.
///
/// Returns `false` when the browser refused to remember it (the switch still applies now).
pub fn set_locale(context: LocaleContext, locale: Locale) -> bool {
    context.0.set(locale);
    prefs::store_locale_tag(locale.tag()).is_ok()
}
