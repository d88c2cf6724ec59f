//! "Wyczyść wszystkie dane": deletes the database, the offline cache, the service worker
//! registration and the stored preferences of this computer, then shows that it is done.

use crate::domain::dataset::Dataset;
use crate::state::errors::AppError;
use crate::state::records::{RecordsContext, Startup, StorageError};
use leptos::prelude::*;

/// What the coordinator types to confirm.
pub const CONFIRMATION: &str = "WYCZYŚĆ";

/// Whether `typed` confirms the wipe (surrounding spaces and letter case do not matter).
pub fn confirms(typed: &str) -> bool {
    typed.trim().to_uppercase() == CONFIRMATION
}

/// Deletes everything Kartoteka keeps on this computer. The records are gone from memory too;
/// the page then says so and offers to start again.
///
/// # Errors
/// Storage or browser refusals; what was deleted before the refusal stays deleted.
pub async fn wipe_everything(records: RecordsContext) -> Result<(), AppError> {
    records.require(crate::domain::access::Right::Erase)?;
    let repo = records.repo().ok_or(AppError::Storage(StorageError::Closed))?;
    repo.backend().destroy().await.map_err(AppError::Storage)?;
    records.startup.set(Startup::Wiped);
    records.data.set(Dataset::default());
    records.unexported.set(0);
    #[cfg(target_arch = "wasm32")]
    {
        crate::browser::wipe::delete_caches().await.map_err(AppError::Wipe)?;
        crate::browser::wipe::unregister_workers().await.map_err(AppError::Wipe)?;
        crate::browser::wipe::clear_preferences();
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_the_word_confirms() {
        assert!(confirms("WYCZYŚĆ"));
        assert!(confirms(" wyczyść "));
        assert!(!confirms("wyczysc"));
        assert!(!confirms(""));
        assert!(!confirms("USUŃ"));
    }
}
