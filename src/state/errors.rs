//! The one place where an error becomes a sentence for the user.

use crate::browser::BrowserError;
use crate::i18n::Msg;

/// Everything that can go wrong in an action the user started.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum AppError {
    /// Asking for persistent storage failed.
    #[error("persist request failed: {0}")]
    PersistRequest(BrowserError),
}

/// The catalogue message for `err`.
pub fn message_for(err: &AppError) -> Msg {
    match err {
        AppError::PersistRequest(_) => Msg::StoragePersistFailed,
    }
}
