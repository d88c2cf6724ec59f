//! Clearing what the app keeps in the browser besides its database: the offline cache, the
//! service worker registration and the stored preferences.

use super::BrowserError;
use gloo_storage::{LocalStorage, SessionStorage, Storage};
use js_sys::Array;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use web_sys::ServiceWorkerRegistration;

/// Deletes every Cache Storage cache of this origin.
///
/// # Errors
/// When the browser refuses.
pub async fn delete_caches() -> Result<(), BrowserError> {
    let Some(window) = super::window() else { return Ok(()) };
    let Ok(caches) = window.caches() else { return Ok(()) };
    let keys: Array = JsFuture::from(caches.keys()).await?.unchecked_into();
    for key in keys.iter() {
        if let Some(name) = key.as_string() {
            JsFuture::from(caches.delete(&name)).await?;
        }
    }
    Ok(())
}

/// Unregisters every service worker of this origin.
///
/// # Errors
/// When the browser refuses.
pub async fn unregister_workers() -> Result<(), BrowserError> {
    let Some(window) = super::window() else { return Ok(()) };
    if !window.is_secure_context() {
        return Ok(());
    }
    let container = window.navigator().service_worker();
    let registrations: Array = JsFuture::from(container.get_registrations()).await?.unchecked_into();
    for registration in registrations.iter() {
        let registration: ServiceWorkerRegistration = registration.unchecked_into();
        JsFuture::from(registration.unregister()?).await?;
    }
    Ok(())
}

/// Forgets the stored preferences (language) in this origin's local and session storage.
pub fn clear_preferences() {
    LocalStorage::clear();
    SessionStorage::clear();
}
