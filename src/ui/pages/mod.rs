//! The pages and their addresses: the only place routes are spelled.

mod not_found;
mod status;
mod storage_error;

use crate::i18n::Msg;
use leptos::prelude::*;
use leptos_router::components::{Redirect, Route, Routes};
use leptos_router::{StaticSegment, path};
pub use not_found::NotFoundPage;
pub use status::StatusPage;
pub use storage_error::StorageErrorPage;

/// A page of the app.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Page {
    /// "Stan aplikacji": version, storage persistence and quota, offline readiness.
    Status,
}

impl Page {
    /// The pages listed in the main navigation, in order.
    pub const NAV: &'static [Page] = &[Page::Status];

    /// The page shown at `/`.
    pub const HOME: Page = Page::Status;

    /// The path segment of the page.
    pub const fn segment(self) -> &'static str {
        match self {
            Page::Status => "stan",
        }
    }

    /// The absolute path of the page, for links.
    pub fn path(self) -> String {
        format!("/{}", self.segment())
    }

    /// The navigation label.
    pub fn label(self) -> Msg {
        match self {
            Page::Status => Msg::NavStatus,
        }
    }
}

/// Every route of the app.
#[component]
pub fn AppRoutes() -> impl IntoView {
    view! {
        <Routes fallback=NotFoundPage>
            <Route path=path!("/") view=|| view! { <Redirect path=Page::HOME.path()/> }/>
            <Route path=(StaticSegment(Page::Status.segment()),) view=StatusPage/>
        </Routes>
    }
}
