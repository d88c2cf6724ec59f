//! `<App/>`: provides the contexts, opens the database, and lays out the header, banners and
//! routed pages — or the storage error page when the database cannot be opened.

use crate::i18n::{Msg, t};
use crate::state::app_status::{provide_app_status, reload_page};
use crate::state::locale::provide_locale;
use crate::state::notices::provide_notices;
use crate::state::records::{Startup, provide_records};
use crate::ui::components::{AppHeader, NoticeBar, ReloadBanner, RetentionBanner, StaleExportBanner, UpdateBanner};
use crate::ui::pages::{AppRoutes, LockPage, Page, StorageErrorPage};
use leptos::prelude::*;
use leptos_router::components::Router;

/// The root component.
#[component]
pub fn App() -> impl IntoView {
    provide_locale();
    let notices = provide_notices();
    let status = provide_app_status();
    let records = provide_records();
    crate::state::profiles::watch_idle(records);
    #[cfg(all(feature = "e2e-hooks", target_arch = "wasm32"))]
    crate::e2e_hooks::register(records, notices);
    #[cfg(not(all(feature = "e2e-hooks", target_arch = "wasm32")))]
    let _ = notices;
    let on_update = move |()| {
        status.apply_update();
    };
    let pages = Signal::derive(move || {
        let ready = records.startup.get() == Startup::Ready;
        if !ready {
            return Page::NAV_FIRST_RUN.iter().copied().filter(|p| *p != Page::Start).collect();
        }
        let has_project = records.data.with(|d| d.current_project().is_some());
        // Until a profile protects the project's data, every page is the protection page.
        if has_project && records.profiles.with(|p| !p.is_empty()) {
            Page::NAV.iter().copied().filter(|p| p.allowed(records)).collect()
        } else if has_project {
            vec![Page::Status]
        } else {
            Page::NAV_FIRST_RUN.to_vec()
        }
    });
    let working_as = Signal::derive(move || {
        let id = records.current_staff.get()?;
        records.data.with(|d| {
            d.staff.iter().find(|s| s.id == id && !s.meta.deleted).map(crate::domain::project::Staff::full_name)
        })
    });
    let durability_end =
        Signal::derive(move || records.data.with(|d| d.current_project().and_then(|p| p.durability_end)));
    let content = move || match records.startup.get() {
        Startup::Opening => view! { <p class="page loading" role="status">{t(Msg::StorageOpening)}</p> }.into_any(),
        Startup::Failed(error) => view! { <StorageErrorPage error=error/> }.into_any(),
        Startup::Ready => view! { <AppRoutes/> }.into_any(),
        Startup::Wiped => view! { <WipedPage/> }.into_any(),
        Startup::Locked => view! { <LockPage/> }.into_any(),
        Startup::Vanished(since) => view! { <VanishedPage since=since/> }.into_any(),
    };
    view! {
        <Router>
            <AppHeader pages=pages unexported=records.unexported working_as=working_as lockable=Signal::derive(move || records.role.get().is_some()) records_unknown=Signal::derive(move || matches!(records.startup.get(), Startup::Locked | Startup::Vanished(_)))/>
            <UpdateBanner visible=status.update_waiting on_update=on_update/>
            <ReloadBanner visible=records.reload_required on_reload=move |()| reload_page()/>
            <StaleExportBanner oldest=records.oldest_unexported/>
            <RetentionBanner durability_end=durability_end/>
            <NoticeBar/>
            <main id="main" tabindex="-1">
                {content}
            </main>
        </Router>
    }
}

/// What is left after "Wyczyść wszystkie dane".
#[component]
fn WipedPage() -> impl IntoView {
    view! {
        <section class="page wiped" aria-labelledby="wiped-title">
            <h1 id="wiped-title">{t(Msg::WipedTitle)}</h1>
            <p>{t(Msg::WipedBody)}</p>
            <button type="button" class="button" on:click=move |_| reload_page()>{t(Msg::WipedStartAgain)}</button>
        </section>
    }
}

/// The browser's storage is empty although this browser held Kartoteka's data: say so, and what
/// to do, before anything else (a new project over it would start the office's records anew).
#[component]
fn VanishedPage(
    /// The day this browser was first seen holding the data.
    since: chrono::NaiveDate,
) -> impl IntoView {
    let records = crate::state::records::use_records();
    let locale = crate::i18n::use_locale().0;
    let body = move || {
        crate::i18n::fill(
            crate::i18n::text(locale.get(), Msg::VanishedBody),
            &[("since", &crate::i18n::format::date(since))],
        )
    };
    view! {
        <section class="page vanished" aria-labelledby="vanished-title">
            <h1 id="vanished-title">{t(Msg::VanishedTitle)}</h1>
            <p role="alert">{body}</p>
            <h2>{t(Msg::VanishedWhat)}</h2>
            <ol>
                <li>{t(Msg::VanishedStepNoNew)}</li>
                <li>{t(Msg::VanishedStepRestore)}</li>
                <li>{t(Msg::VanishedStepTell)}</li>
            </ol>
            <button type="button" class="button" on:click=move |_| records.accept_vanished()>{t(Msg::VanishedContinue)}</button>
        </section>
    }
}
