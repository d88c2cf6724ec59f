//! "Stan aplikacji": the app version, storage persistence and usage, and offline readiness.

use crate::i18n::format::{bytes, percent};
use crate::i18n::{Locale, Msg, fill, t, text, use_locale};
use crate::state::app_status::{self, OfflineState, StorageReport, use_app_status};
use crate::state::errors::message_for;
use crate::state::records::use_records;
use crate::version;
use leptos::prelude::*;
use rust_decimal::Decimal;

/// The Status page.
#[component]
pub fn StatusPage() -> impl IntoView {
    let locale = use_locale().0;
    let records = use_records();
    let version_text = move || {
        fill(text(locale.get(), Msg::StatusVersionValue), &[("version", version::VERSION), ("build", version::BUILD)])
    };
    view! {
        <section class="page" aria-labelledby="status-title">
            <h1 id="status-title">{t(Msg::StatusTitle)}</h1>
            <p class="lead">{t(Msg::StatusIntro)}</p>
            <div class="cards">
                <section class="card" aria-labelledby="status-version">
                    <h2 id="status-version">{t(Msg::StatusVersionHeading)}</h2>
                    <p>{version_text}</p>
                </section>
                <StorageCard/>
                <OfflineCard/>
                <DatabaseCard/>
            </div>
            <Show when=move || records.allows(crate::domain::access::Right::ManageProfiles)>
                <super::audit::AuditCard/>
            </Show>
        </section>
    }
}

fn usage_text(locale: Locale, report: Option<StorageReport>) -> String {
    let Some(report) = report else {
        return text(locale, Msg::Loading).to_owned();
    };
    match report.estimate {
        Some(e) if e.quota > 0 => {
            let share = Decimal::from(e.usage) * Decimal::from(100) / Decimal::from(e.quota);
            fill(
                text(locale, Msg::StorageUsageValue),
                &[
                    ("used", &bytes(locale, e.usage)),
                    ("quota", &bytes(locale, e.quota)),
                    ("percent", &percent(locale, share)),
                ],
            )
        }
        _ => text(locale, Msg::StorageUsageUnknown).to_owned(),
    }
}

fn persisted_msg(report: Option<StorageReport>) -> Msg {
    match report.map(|r| r.persisted) {
        None => Msg::Loading,
        Some(Some(true)) => Msg::StoragePersisted,
        Some(Some(false)) => Msg::StorageNotPersisted,
        Some(None) => Msg::StoragePersistUnsupported,
    }
}

/// Persistence, usage and quota, with the button that asks for persistent storage.
#[component]
fn StorageCard() -> impl IntoView {
    let locale = use_locale().0;
    let report = LocalResource::new(app_status::storage_report);
    let request = Action::new_local(|(): &()| app_status::request_persistence());

    let records = use_records();
    // After a request (here, or the automatic one after the first save), read the state again
    // so the page shows what the browser decided.
    Effect::new(move |_| {
        if request.value().get().is_some() || records.persisted_after_save.get().is_some() {
            report.refetch();
        }
    });
    let request_result = move || {
        request.value().get().map(|result| {
            let msg = match result {
                Ok(Some(true)) => Msg::StoragePersistGranted,
                Ok(Some(false)) => Msg::StoragePersistDenied,
                Ok(None) => Msg::StoragePersistUnsupported,
                Err(err) => message_for(&err),
            };
            text(locale.get(), msg)
        })
    };
    let persisted_now = move || report.get().and_then(|r| r.persisted) == Some(true);

    view! {
        <section class="card" aria-labelledby="status-storage">
            <h2 id="status-storage">{t(Msg::StatusStorageHeading)}</h2>
            <p class:ok=persisted_now class:warn=move || !persisted_now()>
                {move || text(locale.get(), persisted_msg(report.get()))}
            </p>
            <p>
                <span class="label">{t(Msg::StorageUsageLabel)} ": "</span>
                {move || usage_text(locale.get(), report.get())}
            </p>
            <button
                type="button"
                class="button"
                disabled=move || request.pending().get()
                on:click=move |_| {
                    request.dispatch(());
                }
            >
                {t(Msg::StoragePersistButton)}
            </button>
            <p role="status" class="result">{request_result}</p>
        </section>
    }
}

/// Whether the app would start without a network.
#[component]
fn OfflineCard() -> impl IntoView {
    let locale = use_locale().0;
    let status = use_app_status();
    let offline_text = move || {
        let msg = match status.offline.get() {
            OfflineState::Preparing => Msg::OfflineNotYet,
            OfflineState::Ready => Msg::OfflineReady,
            OfflineState::Unsupported => Msg::OfflineUnsupported,
            OfflineState::Failed => Msg::OfflineRegistrationFailed,
        };
        text(locale.get(), msg)
    };
    let ready = move || status.offline.get() == OfflineState::Ready;
    view! {
        <section class="card" aria-labelledby="status-offline">
            <h2 id="status-offline">{t(Msg::StatusOfflineHeading)}</h2>
            <p class:ok=ready class:warn=move || !ready()>
                {offline_text}
            </p>
        </section>
    }
}

/// The database: schema version, device id, how many records, and the persistence answer
/// after the first save.
#[component]
fn DatabaseCard() -> impl IntoView {
    let locale = use_locale().0;
    let records = use_records();
    let info = move || {
        records.database_info().map(|(schema, device)| {
            fill(text(locale.get(), Msg::StatusDatabaseValue), &[("schema", &schema.to_string()), ("device", &device)])
        })
    };
    let counts = move || {
        records.data.with(|d| {
            let live = |n: usize| n.to_string();
            fill(
                text(locale.get(), Msg::StatusRecordCounts),
                &[
                    ("participants", &live(d.participants.iter().filter(|p| !p.meta.deleted).count())),
                    ("sessions", &live(d.sessions.iter().filter(|s| !s.meta.deleted).count())),
                    ("attendance", &live(d.attendance.iter().filter(|a| !a.meta.deleted).count())),
                ],
            )
        })
    };
    let after_save = move || {
        records.persisted_after_save.get().map(|granted| {
            text(locale.get(), if granted { Msg::PersistAfterSaveGranted } else { Msg::PersistAfterSaveDenied })
        })
    };
    view! {
        <section class="card" aria-labelledby="status-database">
            <h2 id="status-database">{t(Msg::StatusDatabaseHeading)}</h2>
            <p>{info}</p>
            <p>{counts}</p>
            <p class="result">{after_save}</p>
        </section>
    }
}
