//! Polish texts: the default language of the UI.

use super::Msg;

/// The Polish template of `msg`.
#[allow(
    clippy::too_many_lines,
    clippy::match_same_arms,
    reason = "one arm per message is the point of the catalogue; two messages may share a text"
)]
pub fn text(msg: Msg) -> &'static str {
    match msg {
        Msg::AppName => "Kartoteka",
        Msg::SkipToContent => "Przejdź do treści",
        Msg::NavLabel => "Menu główne",
        Msg::NavStatus => "Stan aplikacji",
        Msg::LanguageLabel => "Język",
        Msg::LanguagePolish => "polski",
        Msg::LanguageEnglish => "angielski (English)",
        Msg::Loading => "Wczytywanie…",
        Msg::StatusTitle => "Stan aplikacji",
        Msg::StatusIntro => {
            "Tu sprawdzisz, czy dane są bezpieczne na tym komputerze i czy aplikacja zadziała bez internetu."
        }
        Msg::StatusVersionHeading => "Wersja",
        Msg::StatusVersionValue => "Kartoteka {version} (kompilacja {build})",
        Msg::StatusStorageHeading => "Pamięć przeglądarki",
        Msg::StoragePersisted => "Pamięć trwała: przeglądarka nie usunie danych sama z siebie.",
        Msg::StorageNotPersisted => {
            "Pamięć nietrwała: przy braku miejsca na dysku przeglądarka może usunąć dane. Poproś o pamięć trwałą."
        }
        Msg::StoragePersistUnsupported => {
            "Ta przeglądarka nie pozwala sprawdzić trwałości pamięci."
        }
        Msg::StoragePersistButton => "Poproś o pamięć trwałą",
        Msg::StoragePersistGranted => "Przeglądarka przyznała pamięć trwałą.",
        Msg::StoragePersistDenied => {
            "Przeglądarka odmówiła pamięci trwałej. Zainstaluj aplikację lub dodaj ją do zakładek i spróbuj ponownie."
        }
        Msg::StoragePersistFailed => "Nie udało się zapytać przeglądarki o pamięć trwałą.",
        Msg::StorageUsageLabel => "Zajęte miejsce",
        Msg::StorageUsageValue => "{used} z {quota} ({percent})",
        Msg::StorageUsageUnknown => "Przeglądarka nie podaje zajętego miejsca.",
        Msg::StatusOfflineHeading => "Praca bez internetu",
        Msg::OfflineReady => "Gotowa: aplikacja uruchomi się także bez połączenia z siecią.",
        Msg::OfflineNotYet => {
            "Jeszcze niegotowa: aplikacja zapisuje swoje pliki. Zostaw ją otwartą chwilę przy działającym internecie."
        }
        Msg::OfflineUnsupported => {
            "Niedostępna: ta przeglądarka lub ten adres nie obsługują pracy bez sieci (potrzebny adres https:// albo localhost)."
        }
        Msg::OfflineRegistrationFailed => {
            "Nie udało się przygotować pracy bez internetu. Odśwież stronę przy działającym połączeniu."
        }
        Msg::UpdateAvailable => "Dostępna nowa wersja",
        Msg::UpdateButton => "Zaktualizuj teraz",
        Msg::NotFoundTitle => "Nie ma takiej strony",
        Msg::NotFoundBody => "Adres jest niepoprawny albo strona została przeniesiona.",
        Msg::NotFoundBack => "Wróć do strony głównej",
        Msg::NoticeDismiss => "Zamknij komunikat",
        Msg::NoticesLabel => "Komunikaty",
    }
}
