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

const LAST_PROFILE_KEY: &str = "kartoteka.last_profile";

/// The profile that unlocked last on this computer (preselected on the lock screen).
pub fn last_profile() -> Option<String> {
    LocalStorage::get::<String>(LAST_PROFILE_KEY).ok()
}

/// Remembers the profile that unlocked; a refusal only loses the preselection.
pub fn remember_last_profile(id: &str) {
    LocalStorage::set(LAST_PROFILE_KEY, id).ok();
}

const STORE_KEY: &str = "kartoteka.store";

/// The database this browser held Kartoteka's data in, as remembered outside `IndexedDB`: its
/// device id and the day it was first seen here (ISO 8601). Lets the app notice that the browser
/// emptied its storage (no Kartoteka code deletes a database but "Wyczyść wszystkie dane", which
/// also forgets this).
pub fn known_store() -> Option<(String, String)> {
    LocalStorage::get::<(String, String)>(STORE_KEY).ok()
}

/// Remembers the open database; a refusal (storage disabled) only loses the check above.
pub fn remember_store(device: &str, since: &str) {
    LocalStorage::set(STORE_KEY, (device, since)).ok();
}
