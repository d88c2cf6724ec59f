//! The pages and their addresses: the only place routes are spelled.

mod audit;
pub(crate) mod first_run;
pub(crate) mod hand_off;
mod indicators;
pub(crate) mod lock;
mod not_found;
pub(crate) mod participants;
mod profiles;
mod project;
pub(crate) mod sessions;
mod status;
mod storage_error;
pub(crate) mod structure;

use crate::domain::access::Right;
use crate::i18n::Msg;
use crate::state::records::{RecordsContext, use_records};
pub use first_run::FirstRunPage;
pub use hand_off::HandOffPage;
pub use indicators::IndicatorsPage;
use leptos::prelude::*;
use leptos_router::components::{Redirect, Route, Routes};
use leptos_router::{ParamSegment, StaticSegment, path};
pub use lock::{LockPage, NoAccessPage, ProtectPage};
pub use not_found::NotFoundPage;
pub use participants::{ParticipantCardPage, ParticipantFormPage, ParticipantsPage};
pub use profiles::ProfilesPage;
pub use project::ProjectPage;
pub use sessions::{AttendanceListPage, DayPage, MonthlyListPage, SessionFormPage, VolunteersPage};
pub use status::StatusPage;
pub use storage_error::StorageErrorPage;
pub use structure::StructurePage;

/// A page of the app.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Page {
    /// First run: the guided project set-up.
    Start,
    /// "Dziś": the day's sessions.
    Day,
    /// "Uczestnicy": the participant registry.
    Participants,
    /// "Wolontariat": volunteer hours.
    Volunteers,
    /// "Projekt": the project settings.
    Project,
    /// "Struktura": units, tasks, forms of support, staff.
    Structure,
    /// "Wymiana danych": close the day, export, import.
    HandOff,
    /// "Wskaźniki": the indicators dashboard.
    Indicators,
    /// "Kto pracuje na tym komputerze?"
    WhoIsWorking,
    /// "Stan aplikacji": version, storage, offline readiness.
    Status,
}

impl Page {
    /// The pages in the navigation once a project exists.
    pub const NAV: &'static [Page] = &[
        Page::Day,
        Page::Participants,
        Page::Volunteers,
        Page::Indicators,
        Page::HandOff,
        Page::Project,
        Page::Structure,
        Page::WhoIsWorking,
        Page::Status,
    ];

    /// The pages in the navigation before a project exists.
    pub const NAV_FIRST_RUN: &'static [Page] = &[Page::Start, Page::Status];

    /// The page shown at `/` once a project exists.
    pub const HOME: Page = Page::Participants;

    /// The path segment of the page.
    pub const fn segment(self) -> &'static str {
        match self {
            Page::Start => "start",
            Page::Day => "dzis",
            Page::Participants => "uczestnicy",
            Page::Volunteers => "wolontariat",
            Page::Project => "projekt",
            Page::Structure => "struktura",
            Page::HandOff => "wymiana",
            Page::Indicators => "wskazniki",
            Page::WhoIsWorking => "kto-pracuje",
            Page::Status => "stan",
        }
    }

    /// The absolute path of the page, for links.
    pub fn path(self) -> String {
        format!("/{}", self.segment())
    }

    /// What the page needs, if anything beyond a working profile.
    pub fn right(self) -> Option<Right> {
        match self {
            Page::Project | Page::Structure => Some(Right::Settings),
            Page::HandOff => Some(Right::Export),
            Page::Indicators => Some(Right::Indicators),
            Page::WhoIsWorking => Some(Right::ManageProfiles),
            Page::Start | Page::Day | Page::Participants | Page::Volunteers | Page::Status => None,
        }
    }

    /// Whether who is working may open the page (reactive).
    pub fn allowed(self, records: RecordsContext) -> bool {
        self.right().is_none_or(|r| records.allows(r))
    }

    /// The navigation label.
    pub fn label(self) -> Msg {
        match self {
            Page::Start => Msg::NavStart,
            Page::Day => Msg::NavDay,
            Page::Participants => Msg::NavParticipants,
            Page::Volunteers => Msg::NavVolunteers,
            Page::Project => Msg::NavProject,
            Page::Structure => Msg::NavStructure,
            Page::HandOff => Msg::NavHandOff,
            Page::Indicators => Msg::NavIndicators,
            Page::WhoIsWorking => Msg::NavWhoIsWorking,
            Page::Status => Msg::NavStatus,
        }
    }
}

/// Shows `page` once a project exists and someone is named as working on this computer;
/// before that, the first-run guide or the who-is-working question.
#[component]
fn Gate(
    /// The page to show when the project is set up.
    page: fn() -> AnyView,
    /// What the page needs of the role of who is working.
    #[prop(optional)]
    right: Option<Right>,
) -> impl IntoView {
    let records = use_records();
    let has_project = Memo::new(move |_| records.data.with(|d| d.current_project().is_some()));
    let staff_known = Memo::new(move |_| {
        let current = records.current_staff.get();
        records.data.with(|d| current.is_some_and(|id| d.staff.iter().any(|s| s.id == id && !s.meta.deleted)))
    });
    move || {
        if !has_project.get() {
            view! { <FirstRunPage/> }.into_any()
        } else if records.profiles.with(Vec::is_empty) {
            view! { <ProtectPage/> }.into_any()
        } else if !staff_known.get() {
            view! { <LockPage/> }.into_any()
        } else if right.is_some_and(|r| !records.allows(r)) {
            view! { <NoAccessPage/> }.into_any()
        } else {
            page()
        }
    }
}

/// `/`: the home page, or the first-run guide.
#[component]
fn Home() -> impl IntoView {
    let records = use_records();
    move || {
        if records.data.with(|d| d.current_project().is_some()) {
            view! { <Redirect path=Page::HOME.path()/> }.into_any()
        } else {
            view! { <Redirect path=Page::Start.path()/> }.into_any()
        }
    }
}

/// Every route of the app.
#[component]
pub fn AppRoutes() -> impl IntoView {
    view! {
        <Routes fallback=NotFoundPage>
            <Route path=path!("/") view=Home/>
            <Route path=(StaticSegment(Page::Start.segment()),) view=FirstRunPage/>
            <Route
                path=(StaticSegment(Page::Project.segment()),)
                view=|| view! { <Gate page=|| view! { <ProjectPage/> }.into_any() right=Right::Settings/> }
            />
            <Route
                path=(StaticSegment(Page::Structure.segment()),)
                view=|| view! { <Gate page=|| view! { <StructurePage/> }.into_any() right=Right::Settings/> }
            />
            <Route
                path=(StaticSegment(Page::Participants.segment()),)
                view=|| view! { <Gate page=|| view! { <ParticipantsPage/> }.into_any()/> }
            />
            <Route
                path=(StaticSegment(Page::Participants.segment()), StaticSegment("nowy"))
                view=|| view! { <Gate page=|| view! { <ParticipantFormPage/> }.into_any() right=Right::EditParticipants/> }
            />
            <Route
                path=(StaticSegment(Page::Participants.segment()), ParamSegment("id"))
                view=|| view! { <Gate page=|| view! { <ParticipantCardPage/> }.into_any() right=Right::SeeSensitive/> }
            />
            <Route
                path=(StaticSegment(Page::Participants.segment()), ParamSegment("id"), StaticSegment("edycja"))
                view=|| view! { <Gate page=|| view! { <ParticipantFormPage/> }.into_any() right=Right::EditParticipants/> }
            />
            <Route
                path=(StaticSegment(Page::Indicators.segment()),)
                view=|| view! { <Gate page=|| view! { <IndicatorsPage/> }.into_any() right=Right::Indicators/> }
            />
            <Route
                path=(StaticSegment(Page::HandOff.segment()),)
                view=|| view! { <Gate page=|| view! { <HandOffPage/> }.into_any() right=Right::Export/> }
            />
            <Route
                path=(StaticSegment(Page::Day.segment()),)
                view=|| view! { <Gate page=|| view! { <DayPage/> }.into_any()/> }
            />
            <Route
                path=(StaticSegment("zajecia"), StaticSegment("nowe"))
                view=|| view! { <Gate page=|| view! { <SessionFormPage/> }.into_any()/> }
            />
            <Route
                path=(StaticSegment("zajecia"), ParamSegment("id"))
                view=|| view! { <Gate page=|| view! { <SessionFormPage/> }.into_any()/> }
            />
            <Route
                path=(StaticSegment(Page::Volunteers.segment()),)
                view=|| view! { <Gate page=|| view! { <VolunteersPage/> }.into_any()/> }
            />
            <Route
                path=(StaticSegment("druk"), StaticSegment("lista-obecnosci"), ParamSegment("id"))
                view=|| view! { <Gate page=|| view! { <AttendanceListPage/> }.into_any()/> }
            />
            <Route
                path=(StaticSegment("druk"), StaticSegment("lista-miesieczna"), ParamSegment("form"))
                view=|| view! { <Gate page=|| view! { <MonthlyListPage/> }.into_any()/> }
            />
            <Route
                path=(StaticSegment(Page::WhoIsWorking.segment()),)
                view=|| view! { <Gate page=|| view! { <ProfilesPage/> }.into_any() right=Right::ManageProfiles/> }
            />
            <Route path=(StaticSegment(Page::Status.segment()),) view=StatusPage/>
        </Routes>
    }
}
