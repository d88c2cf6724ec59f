//! Tiny per-device preferences in `localStorage` (never records: those live in `IndexedDB`).

use gloo_storage::{LocalStorage, Storage};

const LOCALE_KEY: &str = "kartoteka.locale";

/// The stored UI language tag, if any.
pub fn stored_locale_tag() -> Option<String> {
    LocalStorage::get::<String>(LOCALE_KEY).ok()
}

/// Remembers the UI language tag. A failure (storage disabled) only means the choice is not
/// remembered across reloads, which the language switch itself still shows.
///
/// # Errors
/// When `localStorage` refuses the write.
pub fn store_locale_tag(tag: &str) -> Result<(), gloo_storage::errors::StorageError> {
    LocalStorage::set(LOCALE_KEY, tag)
}
