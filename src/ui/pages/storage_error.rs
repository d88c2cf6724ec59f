//! The page shown instead of the app when the database cannot be opened: what happened, that
//! nothing would be saved, and a way to try again. Never a blank screen.

use crate::i18n::{Msg, t, use_locale};
use crate::state::app_status::reload_page;
use crate::state::errors::{AppError, error_text};
use crate::state::records::StorageError;
use leptos::prelude::*;

/// Explains a failed start.
#[component]
pub fn StorageErrorPage(
    /// Why opening the database failed.
    error: StorageError,
) -> impl IntoView {
    let locale = use_locale().0;
    let title = if matches!(error, StorageError::Unavailable(_)) {
        Msg::ErrStorageUnavailableTitle
    } else {
        Msg::ErrStorageFailedTitle
    };
    let error = AppError::Storage(error);
    view! {
        <section class="page error-page" role="alert" aria-labelledby="storage-error-title">
            <h1 id="storage-error-title">{t(title)}</h1>
            <p class="lead">{move || error_text(locale.get(), &error)}</p>
            <button type="button" class="button" on:click=move |_| reload_page()>
                {t(Msg::StorageErrorRetry)}
            </button>
        </section>
    }
}
