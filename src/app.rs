//! `<App/>`: provides the contexts and lays out the header, banners and routed pages.

use crate::state::app_status::provide_app_status;
use crate::state::locale::provide_locale;
use crate::state::notices::provide_notices;
use crate::ui::components::{AppHeader, NoticeBar, UpdateBanner};
use crate::ui::pages::{AppRoutes, Page};
use leptos::prelude::*;
use leptos_router::components::Router;

/// The root component.
#[component]
pub fn App() -> impl IntoView {
    provide_locale();
    provide_notices();
    let status = provide_app_status();
    let on_update = move |()| {
        status.apply_update();
    };
    view! {
        <Router>
            <AppHeader pages=Page::NAV/>
            <UpdateBanner visible=status.update_waiting on_update=on_update/>
            <NoticeBar/>
            <main id="main" tabindex="-1">
                <AppRoutes/>
            </main>
        </Router>
    }
}
