//! What the Status page and the update banner show: offline readiness and waiting updates.

use crate::browser::{persistence, service_worker};
use crate::state::errors::AppError;
use leptos::prelude::*;
use leptos::task::spawn_local;
use web_sys::ServiceWorkerRegistration;

/// Whether the app would start without a network.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum OfflineState {
    /// The worker is being registered or is installing.
    Preparing,
    /// The app shell is cached and a worker is active.
    Ready,
    /// The browser or address cannot run service workers.
    Unsupported,
    /// Registration failed.
    Failed,
}

/// Offline readiness and the update banner's state.
#[derive(Clone, Copy)]
pub struct AppStatusContext {
    /// Whether a reload would work offline.
    pub offline: RwSignal<OfflineState>,
    /// A new version has installed and waits for the user's go-ahead.
    pub update_waiting: RwSignal<bool>,
    registration: StoredValue<Option<ServiceWorkerRegistration>, LocalStorage>,
}

impl AppStatusContext {
    /// Activates the waiting version; the page reloads when it takes over.
    ///
    /// Returns `false` when there was nothing to activate.
    pub fn apply_update(&self) -> bool {
        self.registration
            .with_value(|reg| reg.as_ref().map(service_worker::activate_waiting))
            .is_some_and(|r| r.is_ok())
    }
}

/// Creates the context, registers the service worker and starts watching for updates.
pub fn provide_app_status() -> AppStatusContext {
    let context = AppStatusContext {
        offline: RwSignal::new(OfflineState::Preparing),
        update_waiting: RwSignal::new(false),
        registration: StoredValue::new_local(None),
    };
    provide_context(context);
    if !service_worker::supported() {
        context.offline.set(OfflineState::Unsupported);
        return context;
    }
    spawn_local(async move {
        match service_worker::register().await {
            Ok(registration) => {
                let waiting = context.update_waiting;
                service_worker::watch_for_update(&registration, move || waiting.set(true));
                context.registration.set_value(Some(registration));
                refresh_offline_state(context).await;
            }
            Err(_) => context.offline.set(OfflineState::Failed),
        }
    });
    context
}

/// Re-checks readiness once a worker is active.
async fn refresh_offline_state(context: AppStatusContext) {
    let Ok(active) = service_worker::ready().await else {
        context.offline.set(OfflineState::Failed);
        return;
    };
    // The first install may still be filling the cache when `ready` resolves; poll briefly.
    for _ in 0..40 {
        match service_worker::offline_ready(&active).await {
            Ok(true) => {
                context.offline.set(OfflineState::Ready);
                return;
            }
            Ok(false) => crate::browser::sleep_ms(250).await,
            Err(_) => {
                context.offline.set(OfflineState::Failed);
                return;
            }
        }
    }
}

/// The app status context provided by the app root.
///
/// # Panics
/// When no `AppStatusContext` was provided (a wiring bug).
pub fn use_app_status() -> AppStatusContext {
    expect_context::<AppStatusContext>()
}

/// What the Status page shows about the browser's storage.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct StorageReport {
    /// `Some(persisted)`, or `None` when the browser cannot tell.
    pub persisted: Option<bool>,
    /// Usage and quota, when reported.
    pub estimate: Option<persistence::Estimate>,
}

/// Reads persistence and usage. A failing query is reported as "cannot tell", not as an error:
/// the page then says the browser does not report it.
pub async fn storage_report() -> StorageReport {
    StorageReport {
        persisted: persistence::persisted().await.ok().flatten(),
        estimate: persistence::estimate().await.ok().flatten(),
    }
}

/// Asks the browser to make storage persistent: `Some(granted)`, or `None` when unsupported.
///
/// # Errors
/// When the browser rejects the request.
pub async fn request_persistence() -> Result<Option<bool>, AppError> {
    persistence::request_persist().await.map_err(AppError::PersistRequest)
}

/// Reloads the page: the way out of a closed database or a failed start.
pub fn reload_page() {
    crate::browser::reload_page();
}

/// Opens the browser's print dialog (for the printable lists).
pub fn print_page() {
    crate::browser::print_page();
}
