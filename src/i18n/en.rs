//! English texts: the second language of the UI.

use super::Msg;

/// The English template of `msg`.
#[allow(
    clippy::too_many_lines,
    clippy::match_same_arms,
    reason = "one arm per message is the point of the catalogue; two messages may share a text"
)]
pub fn text(msg: Msg) -> &'static str {
    match msg {
        Msg::AppName => "Kartoteka",
        Msg::SkipToContent => "Skip to content",
        Msg::NavLabel => "Main menu",
        Msg::NavStatus => "App status",
        Msg::LanguageLabel => "Language",
        Msg::LanguagePolish => "Polish (polski)",
        Msg::LanguageEnglish => "English",
        Msg::Loading => "Loading…",
        Msg::StatusTitle => "App status",
        Msg::StatusIntro => {
            "Check here whether data is safe on this computer and whether the app works without the internet."
        }
        Msg::StatusVersionHeading => "Version",
        Msg::StatusVersionValue => "Kartoteka {version} (build {build})",
        Msg::StatusStorageHeading => "Browser storage",
        Msg::StoragePersisted => {
            "Persistent storage: the browser will not delete the data on its own."
        }
        Msg::StorageNotPersisted => {
            "Storage is not persistent: when the disk is full the browser may delete the data. Request persistent storage."
        }
        Msg::StoragePersistUnsupported => "This browser cannot tell whether storage is persistent.",
        Msg::StoragePersistButton => "Request persistent storage",
        Msg::StoragePersistGranted => "The browser granted persistent storage.",
        Msg::StoragePersistDenied => {
            "The browser refused persistent storage. Install the app or bookmark it and try again."
        }
        Msg::StoragePersistFailed => "Could not ask the browser for persistent storage.",
        Msg::StorageUsageLabel => "Space used",
        Msg::StorageUsageValue => "{used} of {quota} ({percent})",
        Msg::StorageUsageUnknown => "The browser does not report the space used.",
        Msg::StatusOfflineHeading => "Working offline",
        Msg::OfflineReady => "Ready: the app will also start without a network connection.",
        Msg::OfflineNotYet => {
            "Not ready yet: the app is saving its files. Keep it open for a moment while online."
        }
        Msg::OfflineUnsupported => {
            "Unavailable: this browser or address does not support offline use (an https:// or localhost address is needed)."
        }
        Msg::OfflineRegistrationFailed => {
            "Could not prepare offline use. Reload the page while online."
        }
        Msg::UpdateAvailable => "A new version is available",
        Msg::UpdateButton => "Update now",
        Msg::NotFoundTitle => "No such page",
        Msg::NotFoundBody => "The address is wrong or the page has moved.",
        Msg::NotFoundBack => "Back to the start page",
        Msg::NoticeDismiss => "Dismiss message",
        Msg::NoticesLabel => "Messages",
    }
}
