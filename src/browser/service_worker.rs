//! The service worker: registration, offline readiness, and the safe update flow.
//!
//! A new version installs in the background and then *waits*; the app shows a banner, and only
//! the user's click sends `SKIP_WAITING`, after which the page reloads on `controllerchange`.
//! The worker itself (`public/sw.js`) never calls `skipWaiting()` on install.

use super::BrowserError;
use js_sys::{Object, Reflect};
use wasm_bindgen::{JsCast, JsValue, closure::Closure};
use wasm_bindgen_futures::JsFuture;
use web_sys::{ServiceWorker, ServiceWorkerContainer, ServiceWorkerRegistration, ServiceWorkerState};

/// The worker script, served from the app's root.
pub const SCRIPT_URL: &str = "/sw.js";

/// The container, when the browser supports service workers on this (secure) origin.
fn container() -> Option<ServiceWorkerContainer> {
    let window = super::window()?;
    if !window.is_secure_context() {
        return None;
    }
    let navigator = window.navigator();
    let has = Reflect::has(&navigator, &JsValue::from_str("serviceWorker")).unwrap_or(false);
    has.then(|| navigator.service_worker())
}

/// Whether this browser and address can run the app offline at all.
pub fn supported() -> bool {
    container().is_some()
}

/// Registers the worker (or returns the existing registration).
///
/// # Errors
/// When registration is refused, e.g. the script failed to download or parse.
pub async fn register() -> Result<ServiceWorkerRegistration, BrowserError> {
    let container = container().ok_or_else(|| BrowserError { name: "NotSupportedError".into() })?;
    let value = JsFuture::from(container.register(SCRIPT_URL)).await?;
    value.dyn_into::<ServiceWorkerRegistration>().map_err(BrowserError::from)
}

fn has_controller() -> bool {
    container().is_some_and(|c| c.controller().is_some())
}

/// Calls `on_waiting` once a new version has installed and waits for the user, now or later.
///
/// A worker that installs while no page is controlled is the very first install, not an update,
/// so it is not reported. The callbacks live as long as the page, so their closures are leaked
/// on purpose (`forget`): there is exactly one registration per page load.
pub fn watch_for_update(registration: &ServiceWorkerRegistration, on_waiting: impl Fn() + Clone + 'static) {
    if registration.waiting().is_some() && has_controller() {
        on_waiting();
    }
    // The navigation that loaded this page may already have started installing a new version,
    // in which case `updatefound` fired before this listener existed.
    if let Some(installing) = registration.installing() {
        notify_when_installed(&installing, on_waiting.clone());
    }
    let reg = registration.clone();
    let on_update_found = Closure::<dyn FnMut()>::new(move || {
        if let Some(installing) = reg.installing() {
            notify_when_installed(&installing, on_waiting.clone());
        }
    });
    registration.set_onupdatefound(Some(on_update_found.as_ref().unchecked_ref()));
    on_update_found.forget();
}

fn notify_when_installed(worker: &ServiceWorker, notify: impl Fn() + 'static) {
    let watched = worker.clone();
    let on_state = Closure::<dyn FnMut()>::new(move || {
        if watched.state() == ServiceWorkerState::Installed && has_controller() {
            notify();
        }
    });
    worker.set_onstatechange(Some(on_state.as_ref().unchecked_ref()));
    on_state.forget();
}

/// Activates the waiting version and reloads the page once it has taken control.
///
/// # Errors
/// When there is no waiting worker or the message cannot be posted.
pub fn activate_waiting(registration: &ServiceWorkerRegistration) -> Result<(), BrowserError> {
    let waiting = registration.waiting().ok_or_else(|| BrowserError { name: "InvalidStateError".into() })?;
    let container = container().ok_or_else(|| BrowserError { name: "NotSupportedError".into() })?;
    let reload = Closure::<dyn FnMut()>::new(|| {
        if let Some(window) = super::window() {
            // A failed reload leaves the new worker in control; the next visit runs it.
            window.location().reload().ok();
        }
    });
    container.set_oncontrollerchange(Some(reload.as_ref().unchecked_ref()));
    reload.forget();
    let message = Object::new();
    Reflect::set(&message, &JsValue::from_str("type"), &JsValue::from_str("SKIP_WAITING"))?;
    waiting.post_message(&message)?;
    Ok(())
}

/// Whether the app shell is cached and a worker is active, i.e. a reload would work offline.
///
/// # Errors
/// When the cache storage cannot be read.
pub async fn offline_ready(registration: &ServiceWorkerRegistration) -> Result<bool, BrowserError> {
    if registration.active().is_none() {
        return Ok(false);
    }
    let Some(window) = super::window() else {
        return Ok(false);
    };
    let caches = window.caches()?;
    let shell = format!("{}index.html", registration.scope());
    let found = JsFuture::from(caches.match_with_str(&shell)).await?;
    Ok(!found.is_undefined() && !found.is_null())
}

/// Resolves once a worker is active for this page (`navigator.serviceWorker.ready`).
///
/// # Errors
/// When service workers are not supported.
pub async fn ready() -> Result<ServiceWorkerRegistration, BrowserError> {
    let container = container().ok_or_else(|| BrowserError { name: "NotSupportedError".into() })?;
    let value = JsFuture::from(container.ready()?).await?;
    value.dyn_into::<ServiceWorkerRegistration>().map_err(BrowserError::from)
}
