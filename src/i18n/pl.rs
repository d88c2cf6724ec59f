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
        Msg::LanguageEnglish => "English",
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
        Msg::StoragePersistUnsupported => "Ta przeglądarka nie pozwala sprawdzić trwałości pamięci.",
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
        Msg::VanishedTitle => "Dane Kartoteki zniknęły z tej przeglądarki",
        Msg::VanishedBody => {
            "Od {since} ta przeglądarka przechowywała dane Kartoteki, a teraz jej magazyn danych jest pusty. Kartoteka sama nie usuwa danych (robi to tylko „Wyczyść wszystkie dane”, które nie zostało użyte). Przeglądarka mogła je usunąć, gdy zabrakło miejsca na dysku, gdy ktoś wyczyścił dane przeglądania albo gdy jej magazyn danych uległ uszkodzeniu."
        }
        Msg::VanishedWhat => "Co zrobić",
        Msg::VanishedStepNoNew => "Nie zakładaj nowego projektu na tym komputerze.",
        Msg::VanishedStepRestore => {
            "Przejdź dalej i wybierz „Dołącz z pliku”: wskaż ostatni plik „Zamknij dzień” z tego komputera albo najnowszy plik z innego komputera projektu. To, co zapisano tu po tym pliku, trzeba wpisać ponownie."
        }
        Msg::VanishedStepTell => "Zwolnij miejsce na dysku i powiedz koordynatorowi projektu, co się stało.",
        Msg::VanishedContinue => "Rozumiem, przejdź dalej",
        Msg::SearchLabelNames => "Szukaj (imię, nazwisko)",
        Msg::ProtectExportHint => {
            "Jeśli na tym komputerze są dane, których nie ma jeszcze nigdzie indziej, najpierw pobierz ich kopię. Ta jedna kopia nie jest zaszyfrowana (szyfrowanie zacznie działać po ustawieniu hasła): przechowuj ją bezpiecznie i usuń po przeniesieniu danych."
        }
        Msg::FieldOpenPassphrase => "Hasło przekazania danych — do otwarcia tego pliku",
        Msg::ErrSealOtherProject => {
            "Ten plik pochodzi z innego projektu. Importować można tylko pliki tego samego projektu."
        }
        Msg::SealTitle => "Szyfrowanie plików",
        Msg::SealReady => {
            "Każdy pobierany plik jest szyfrowany: otworzy go biuro projektu (swoim kluczem prywatnym) i laptopy projektu (hasłem przekazania danych)."
        }
        Msg::SealNotReady => {
            "Pliki nie są jeszcze gotowe do szyfrowania: wpisz klucz publiczny biura i ustaw hasło przekazania danych. Do tego czasu eksport się nie uda (chyba że świadomie wybierzesz pliki bez szyfrowania)."
        }
        Msg::FieldOfficeKey => "Klucz publiczny biura projektu (PEM)",
        Msg::SealSaveOfficeKey => "Zapisz klucz biura",
        Msg::SealOfficeSaved => "Zapisano klucz publiczny biura.",
        Msg::FieldHandOffRepeat => "Powtórz hasło przekazania danych",
        Msg::SealPassphraseHint => {
            "To samo na wszystkich laptopach projektu; nowy laptop poda je przy dołączaniu z zaszyfrowanego pliku."
        }
        Msg::SealSavePassphrase => "Ustaw hasło przekazania danych",
        Msg::SealPassphraseSaved => "Hasło przekazania danych jest ustawione na tym komputerze.",
        Msg::SealPlainChoice => "Pobieraj pliki bez szyfrowania (niezalecane)",
        Msg::SealPlainWarning => {
            "Uwaga: pliki bez szyfrowania odczyta każdy, kto znajdzie pendrive albo przechwyci e-mail. Każde takie pobranie trafia do dziennika dostępu. Wybór obowiązuje do zablokowania Kartoteki."
        }
        Msg::FieldHandOffPassphrase => "Hasło przekazania danych projektu",
        Msg::ImportOpenSealed => "Otwórz zaszyfrowany plik",
        Msg::AuditPlainDownloaded => "pobrano plik BEZ szyfrowania: {file}",
        Msg::ErrSealNoOfficeKey => {
            "Nie można zaszyfrować pliku: wpisz klucz publiczny biura projektu w sekcji „Szyfrowanie plików” tej strony."
        }
        Msg::ErrSealNoProjectKey => {
            "Nie można zaszyfrować pliku: ustaw hasło przekazania danych projektu w sekcji „Szyfrowanie plików” tej strony."
        }
        Msg::ErrSealBadOfficeKey => {
            "Klucz publiczny biura: wklej cały klucz RSA (co najmniej 2048 bitów) w formacie PEM, od „-----BEGIN PUBLIC KEY-----” do „-----END PUBLIC KEY-----”."
        }
        Msg::ErrSealPassphraseNeeded => {
            "Ten plik jest zaszyfrowany. Wpisz hasło przekazania danych projektu (zna je koordynator) i wybierz plik ponownie."
        }
        Msg::ErrSealWrongPassphrase => {
            "Hasło przekazania danych nie otwiera tego pliku. Sprawdź hasło (to samo na wszystkich laptopach projektu) i wybierz plik ponownie."
        }
        Msg::ErrSealDamaged => {
            "Zaszyfrowany plik jest uszkodzony albo został zmieniony — niczego nie zaimportowano. Poproś o nową kopię pliku."
        }
        Msg::LockTitle => "Kartoteka jest zablokowana",
        Msg::LockWhy => "Dane uczestników są zaszyfrowane na tym komputerze. Wybierz siebie i wpisz swoje hasło.",
        Msg::FieldPassphrase => "Hasło",
        Msg::FieldPassphraseRepeat => "Powtórz hasło",
        Msg::LockUnlock => "Odblokuj",
        Msg::LockChecking => "Sprawdzanie hasła…",
        Msg::LockNow => "Zablokuj",
        Msg::SwitchPerson => "Zmień osobę",
        Msg::PassphraseHint => "Co najmniej 12 znaków; najłatwiej zapamiętać kilka słów.",
        Msg::PassphraseWarning => {
            "Zapomnianego hasła koordynatora nie da się odzyskać: bez niego nikt nie doda nowych profili, a gdy zginą wszystkie hasła, danych z tego komputera nie odczyta nikt. Zapisz je w bezpiecznym miejscu."
        }
        Msg::ProtectTitle => "Zabezpiecz dane hasłem",
        Msg::ProtectWhy => {
            "Dane na tym komputerze będą szyfrowane, a każda osoba będzie pracować na swoim profilu z własnym hasłem. Pierwszy profil należy do koordynatora — to on dodaje profile pozostałym osobom."
        }
        Msg::ProtectExportFirst => "Najpierw pobierz kopię danych",
        Msg::ProtectCoordinator => "Koordynator",
        Msg::ProtectConfirm => "Zabezpiecz i zacznij pracę",
        Msg::ProtectWorking => "Szyfrowanie danych…",
        Msg::ProtectDone => "Dane są zaszyfrowane, a profil koordynatora gotowy.",
        Msg::ProfilesTitle => "Profile i hasła",
        Msg::ProfilesWhy => {
            "Każda osoba pracująca na tym komputerze ma własny profil z hasłem i rolą. Wolontariusz widzi tylko imiona i nazwiska, zajęcia i obecność; animator prowadzi uczestników; koordynator także eksportuje, importuje, usuwa dane i zarządza profilami."
        }
        Msg::ProfilesActions => "Działania",
        Msg::ProfilesAdd => "Dodaj profil",
        Msg::ProfilesMyPassphrase => "Twoje hasło (koordynatora) — potwierdzenie",
        Msg::ProfilesRemove => "Usuń profil: {name}",
        Msg::ProfilesAdded => "Dodano profil. Ta osoba odblokuje Kartotekę swoim hasłem.",
        Msg::ProfilesRemoved => "Usunięto profil.",
        Msg::ProfilesIdle => "Blokada po bezczynności",
        Msg::ProfilesIdleSaved => "Zapisano czas blokady po bezczynności.",
        Msg::ProfilesNoStaff => {
            "Wszystkie osoby z kadry mają już profile. Nową osobę dodasz na stronie Struktura → Kadra."
        }
        Msg::NoAccessTitle => "Brak uprawnień",
        Msg::NoAccessBody => {
            "Ta strona nie jest dostępna w Twojej roli ({role}). Poproś koordynatora albo zmień osobę."
        }
        Msg::AuditProfileAdded => "dodał(a) profil z rolą: {role}",
        Msg::AuditProfileRemoved => "usunął(-ęła) profil",
        Msg::ErrStorageLocked => "Kartoteka jest zablokowana. Odblokuj ją swoim hasłem i spróbuj ponownie.",
        Msg::ErrPassphraseTooShort => "Hasło: wpisz co najmniej 12 znaków — najłatwiej kilka słów oddzielonych spacją.",
        Msg::ErrPassphraseMismatch => "Powtórz hasło: wpisz dokładnie to samo hasło co w polu „Hasło”.",
        Msg::ErrPassphraseWrong => {
            "Hasło jest nieprawidłowe. Sprawdź Caps Lock i układ klawiatury. Prób przed czasową blokadą: {code}."
        }
        Msg::ErrPassphraseWait => "Zbyt wiele błędnych haseł. Następną próbę można zrobić za {code} s.",
        Msg::ErrNotAllowed => "Twoja rola nie pozwala na to działanie. Poproś o nie koordynatora.",
        Msg::ErrProfileExists => "Osoba: ta osoba ma już profil na tym komputerze. Wybierz inną osobę.",
        Msg::ErrLastCoordinator => {
            "Nie można usunąć ostatniego profilu koordynatora — bez niego nikt nie doda nowych profili."
        }
        Msg::DraftDiscarded => "Szkic odrzucony — formularz jest pusty jak na początku.",
        Msg::HistoryEmpty => {
            "Na tym komputerze nie zapisano jeszcze zmian tej osoby (dane mogły przyjść z pliku innego komputera)."
        }
        Msg::AuditViewed => "otwarto kartę uczestnika",
        Msg::AuditPersonExported => "wyeksportowano dane osoby (prawo dostępu)",
        Msg::AuditErased => "usunięto dane osoby (RODO)",
        Msg::AuditDownloaded => "pobrano plik {file}",
        Msg::AuditClosedDay => "zamknięto dzień (eksport)",
        Msg::AuditImported => "zaimportowano plik (zmienionych rekordów: {changed})",
        Msg::AuditRemovedPerson => "osoba usunięta ({id}…)",
        Msg::AuditTitle => "Dziennik dostępu",
        Msg::AuditHint => {
            "Kto i kiedy otwierał karty uczestników, eksportował, importował lub usuwał dane na tym komputerze. Dziennik trafia do pliku „Zamknij dzień” (dziennik.json) i nie liczy się do zmian niewyeksportowanych."
        }
        Msg::AuditEmpty => "Dziennik jest pusty.",
        Msg::AuditAbout => "Dotyczy",
        Msg::RetentionWarning => {
            "Okres trwałości projektu zakończył się {date}. Dane uczestników nie powinny dłużej zostawać na tym komputerze: wyeksportuj je dla biura projektu, a potem usuń wszystkie dane."
        }
        Msg::RetentionAction => "Eksport i usunięcie danych",
        Msg::PrivacyTitle => "Prawa osoby (RODO)",
        Msg::PersonExport => "Eksportuj dane osoby",
        Msg::ErasureButton => "Usuń dane osoby (RODO)",
        Msg::ErasureExplain => {
            "Dane osoby zostaną usunięte z tego komputera: dane osobowe, dokumenty, obecności i zapisy na wsparcie. W dzienniku zmian zostaną tylko identyfikatory. Usunięcie trafi do innych komputerów projektu z najbliższym plikiem i żaden import nie przywróci tych danych. Pliki wyeksportowane wcześniej nadal je zawierają."
        }
        Msg::ErasureTypeSurname => "Aby potwierdzić, wpisz nazwisko: {surname}",
        Msg::ErasureConfirm => "Usuń dane na zawsze",
        Msg::ErasureDone => "Dane osoby zostały usunięte.",
        Msg::ErrWipeFailed => {
            "Nie udało się usunąć wszystkich danych (pamięć podręczna lub obsługa offline). Zamknij inne karty z Kartoteką i spróbuj ponownie."
        }
        Msg::WipeTitle => "Wyczyść wszystkie dane",
        Msg::WipeExplain => {
            "Usuwa z tego komputera wszystkie dane Kartoteki: uczestników, zajęcia, obecności, dziennik zmian, szkice, ustawienia, pamięć podręczną trybu offline i rejestrację aplikacji. Tego nie da się cofnąć."
        }
        Msg::WipeExportFirst => {
            "Najpierw zamknij dzień lub wyeksportuj dane (powyżej), jeśli mają trafić do biura projektu."
        }
        Msg::WipeTypeToConfirm => "Aby potwierdzić, wpisz: {word}",
        Msg::WipedTitle => "Dane usunięte z tego komputera",
        Msg::WipedBody => {
            "Baza danych, pamięć podręczna trybu offline, rejestracja aplikacji i ustawienia zostały usunięte."
        }
        Msg::WipedStartAgain => "Zacznij od nowa",
        Msg::FieldEffectivenessThreshold => "Próg efektywności (%)",
        Msg::FieldMinimumWage => "Minimalne wynagrodzenie (zł)",
        Msg::ThresholdSocial => "Próg efektywności społecznej (%)",
        Msg::ThresholdEmployment => "Próg efektywności zatrudnieniowej (%)",
        Msg::ThresholdSocialSevere => {
            "Próg efektywności społecznej — niepełnosprawność znaczna, intelektualna, sprzężona (%)"
        }
        Msg::ThresholdEmploymentSevere => {
            "Próg efektywności zatrudnieniowej — niepełnosprawność znaczna, intelektualna, sprzężona (%)"
        }
        Msg::ThresholdsHint => {
            "Domyślnie według wytycznych 2014–2020: 34 % i 22 % (12 % dla osób ze znacznym stopniem niepełnosprawności, z niepełnosprawnością intelektualną lub sprzężoną). Umowa cywilnoprawna liczy się, gdy jest warta co najmniej 3 minimalne wynagrodzenia."
        }
        Msg::NavIndicators => "Wskaźniki",
        Msg::DashNoTask => "bez zadania",
        Msg::DashGroupGeneral => "osoby zagrożone ubóstwem lub wykluczeniem społecznym",
        Msg::DashGroupSevere => {
            "osoby ze znacznym stopniem niepełnosprawności, z niepełnosprawnością intelektualną lub sprzężoną"
        }
        Msg::DashRecruited => "Uczestnicy ogółem",
        Msg::DashWomen => "Kobiety",
        Msg::DashMen => "Mężczyźni",
        Msg::DashReserve => "Lista rezerwowa",
        Msg::DashOtoczenie => "Otoczenie (liczone osobno)",
        Msg::DashStatusOf => "Status rekrutacji: {status}",
        Msg::DashMissingDocuments => "Brak wymaganych dokumentów",
        Msg::DashPastEnd => "Po terminie zakończenia bez danych o zakończeniu",
        Msg::DashSessionsOf => "Zajęcia: {name}",
        Msg::DashVolunteerHours => "Godziny wolontariuszy",
        Msg::DashSocial => "Efektywność społeczna",
        Msg::DashEmployment => "Efektywność zatrudnieniowa",
        Msg::DashNumerator => "Licznik",
        Msg::DashDenominator => "Mianownik",
        Msg::DashCsvSection => "Sekcja",
        Msg::DashCsvFigure => "Wskaźnik",
        Msg::DashCsvValue => "Wartość",
        Msg::DashCsvTarget => "Cel lub próg",
        Msg::DashCsvUnit => "Jednostka",
        Msg::DashUnitPeople => "osoby",
        Msg::DashUnitHours => "godziny",
        Msg::DashUnitSessions => "Zajęcia",
        Msg::DashNoData => "brak danych",
        Msg::DashRecruitment => "Rekrutacja",
        Msg::DashByStatus => "Uczestnicy według statusu",
        Msg::DashChecks => "Do sprawdzenia",
        Msg::DashHoursByForm => "Godziny według form wsparcia",
        Msg::DashAttendance => "Frekwencja",
        Msg::DashHoursByTask => "Godziny według zadań",
        Msg::DashSessionsPerWeek => "Zajęcia w tygodniach",
        Msg::DashVolunteers => "Wolontariat",
        Msg::DashIndicators => "Wskaźniki projektu",
        Msg::DashMet => "osiągnięty",
        Msg::DashNotMet => "nieosiągnięty",
        Msg::DashOpenList => "{figure}: {value} — pokaż listę",
        Msg::DashScopeRange => "Okres: {from} – {to}",
        Msg::DashScopeAll => "Cały projekt",
        Msg::DashShow => "Pokaż",
        Msg::DashWholeProject => "Cały projekt",
        Msg::DashExport => "Eksportuj wskaźniki",
        Msg::DashOfTarget => "z {target} ({percent})",
        Msg::DashWeeksSummary => "Tygodnie od {from} do {to}; najwięcej zajęć w tygodniu: {max}",
        Msg::DashNoSessions => "Brak zajęć w tym okresie.",
        Msg::DashHoursTitle => "Godziny, zajęcia i frekwencja",
        Msg::DashPresentOf => "({present} obecności z {marks})",
        Msg::DashTask => "Zadanie",
        Msg::DashWeeksTable => "Tabela tygodni",
        Msg::DashWeek => "Tydzień",
        Msg::DashEntries => "({n} wpisów)",
        Msg::DashShareBar => "{what}: {value}, próg {threshold}",
        Msg::DashThreshold => "próg: {threshold}",
        Msg::DashEffectiveness => "Efektywność społeczna i zatrudnieniowa",
        Msg::DashNotMeasured => {
            "Ten projekt nie mierzy efektywności (mierzy się ją tylko w priorytecie inwestycyjnym 9i; włącz w ustawieniach projektu)."
        }
        Msg::DashEffectivenessRules => {
            "Mianownik efektywności społecznej: wszyscy uczestnicy, którzy zakończyli udział (status „zakończył”, bez osób, które przerwały) — wytyczne nie potwierdzają tego jednoznacznie, aplikacja przyjmuje tę definicję. Mianownik efektywności zatrudnieniowej: ci z nich, którzy otrzymali wsparcie z zakresu aktywizacji zawodowej. Liczą się postęp i zatrudnienie potwierdzone w ciągu 3 miesięcy od zakończenia udziału. Osoby poniżej 18 lat w chwili przystąpienia nie są liczone do efektywności zatrudnieniowej ani do wskaźników „pracujące” i „poszukujące pracy”, ale są liczone do „uzyskały kwalifikacje”."
        }
        Msg::DashNoIndicators => {
            "Projekt nie ma jeszcze wskaźników z wartościami docelowymi (dodaj je w ustawieniach projektu)."
        }
        Msg::DashProgress => "Postęp",
        Msg::DashNotEntered => "nie wpisano",
        Msg::DashManual => "(wpisywany ręcznie)",
        Msg::DashCloseList => "Zamknij listę",
        Msg::DashNothingToList => "Tej liczby nie da się rozwinąć w listę (wartość wpisana ręcznie).",
        Msg::DashListedPeople => "Osób na liście: {n}",
        Msg::DashListedSessions => "Zajęć na liście: {n}",
        Msg::DashListedEntries => "Wpisów na liście: {n}",
        Msg::DashTime => "Godziny",
        Msg::DashVolunteer => "Wolontariusz",
        Msg::DashActivity => "Czynność",
        Msg::NoSecondValue => "— brak —",
        Msg::RangeFrom => "od",
        Msg::RangeTo => "do",
        Msg::ExitEmploymentTitle => "Zatrudnienie po zakończeniu udziału",
        Msg::ExitEmploymentHint => {
            "Liczy się do efektywności zatrudnieniowej: umowa o pracę na co najmniej ½ etatu na min. 3 miesiące, umowa cywilnoprawna na min. 3 miesiące o wartości co najmniej 3 minimalnych wynagrodzeń albo działalność gospodarcza prowadzona min. 3 miesiące — potwierdzone w ciągu 3 miesięcy od zakończenia udziału."
        }
        Msg::ExitNoEmployment => "— nie podjęto pracy —",
        Msg::FieldHalfTime => "Co najmniej ½ etatu",
        Msg::ExitResultsTitle => "Rezultaty po zakończeniu udziału",
        Msg::ExitEdit => "Uzupełnij rezultaty",
        Msg::ExitSave => "Zapisz rezultaty",
        Msg::ExitSaved => "Rezultaty zapisane.",
        Msg::ExitLeftHint => "Osoba przerwała udział: sytuację i rezultaty wpisz, jeśli są znane.",
        Msg::FieldSocialProgress => "Postęp w procesie aktywizacji społecznej",
        Msg::FieldEmploymentKind => "Forma zatrudnienia",
        Msg::FieldEmploymentEnd => "Data zakończenia zatrudnienia",
        Msg::FieldContractValue => "Wartość umowy cywilnoprawnej (zł)",
        Msg::FieldExitSituation2 => "Sytuacja (2) w momencie zakończenia udziału",
        Msg::FieldDashboardFrom => "Od dnia",
        Msg::FieldDashboardTo => "Do dnia",
        Msg::ErrImportStale => {
            "Od podglądu zmieniono dane na tym komputerze (np. w innej karcie). Niczego nie zapisano — wybierz plik ponownie, aby zobaczyć aktualny podgląd."
        }
        Msg::NavHandOff => "Wymiana danych",
        Msg::CloseDayTitle => "Zamknij dzień",
        Msg::CloseDayHint => {
            "Jeden plik .zip: dane (JSON), tabele CSV dla biura projektu i spis plików z sumami kontrolnymi. Obejmuje wszystkie niewyeksportowane zmiany do końca wybranego dnia (czas polski), więc nic nie zostaje pominięte."
        }
        Msg::FieldCloseDay => "Dzień",
        Msg::CloseDayDone => "Pobrano plik {file}. Zmiany objęte plikiem: {changes}.",
        Msg::UnexportedWarning => {
            "Najstarsza niewyeksportowana zmiana ma {days} dni. Zamknij dzień i przekaż plik do biura projektu."
        }
        Msg::ExportTitle => "Eksport",
        Msg::ExportJsonTitle => "Dane (JSON)",
        Msg::ExportJsonHint => {
            "Wszystkie dane albo tylko zajęcia z wybranego okresu, z ich uczestnikami i obecnością. Zostaw daty puste, aby pobrać wszystko."
        }
        Msg::FieldExportFrom => "Od",
        Msg::FieldExportTo => "Do",
        Msg::ExportJsonButton => "Pobierz JSON",
        Msg::ExportCsvTitle => "Tabele (CSV)",
        Msg::FieldCsvKind => "Tabela",
        Msg::CsvParticipants => "Uczestnicy — układ systemu centralnego",
        Msg::CsvSessions => "Zajęcia",
        Msg::CsvAttendanceLong => "Obecność — wiersz na osobę i zajęcia",
        Msg::CsvAttendanceWide => "Obecność — tabela osoby × zajęcia (godziny)",
        Msg::CsvIndividual => "Wsparcie indywidualne",
        Msg::CsvVolunteers => "Godziny wolontariatu",
        Msg::FieldCsvPreset => "Format pliku",
        Msg::PresetExcel => "Excel (PL) — średnik, przecinek dziesiętny",
        Msg::PresetRfc => "CSV (RFC 4180) — dla programów, nie dla arkuszy",
        Msg::CsvRangeHint => {
            "Okres (opcjonalnie). Dla uczestników to okres wniosku o płatność: lista osób, które w nim rozpoczęły udział, z kolumną „Wniosek za okres”. Dla pozostałych tabel — daty zajęć."
        }
        Msg::ExportCsvButton => "Pobierz CSV",
        Msg::Downloaded => "Pobrano plik {file}.",
        Msg::ImportTitle => "Import z innego komputera",
        Msg::ImportHint => {
            "Plik .zip z „Zamknij dzień” albo eksport .json z innego komputera tego projektu. Przed zapisem zobaczysz, co się zmieni; nic nie zostanie zapisane bez potwierdzenia."
        }
        Msg::FieldImportFile => "Plik Kartoteki (.zip lub .json)",
        Msg::ImportReading => "Sprawdzanie pliku…",
        Msg::ImportPreviewTitle => "Co zmieni import",
        Msg::ImportSource => "Plik {file} z komputera {device}, zapisany {at}.",
        Msg::ImportCountAdded => "Nowe",
        Msg::ImportCountUpdated => "Nowsze wersje",
        Msg::ImportCountUnchanged => "Bez zmian",
        Msg::ImportCountConflicts => "Konflikty",
        Msg::ImportCountRejected => "Odrzucone",
        Msg::ImportSamePersonTitle => "Możliwe duplikaty: ten sam PESEL pod dwoma identyfikatorami",
        Msg::ImportSamePersonHint => "Po imporcie sprawdź te osoby w rejestrze.",
        Msg::ImportRejectedTitle => "Odrzucone rekordy (nie zostaną zapisane)",
        Msg::RejectBadPesel => "nieprawidłowy PESEL",
        Msg::RejectMissingReference => "odwołuje się do zajęć lub osoby, których nie ma w żadnym z komputerów",
        Msg::ConflictsTitle => "Konflikty — wybierz wersję",
        Msg::ConflictHint => "Ten rekord zmieniono na obu komputerach od ostatniej wymiany.",
        Msg::ColumnField => "Pole",
        Msg::ColumnMine => "Na tym komputerze",
        Msg::ColumnTheirs => "W pliku",
        Msg::KeepMine => "Zachowaj moje",
        Msg::TakeTheirs => "Weź z pliku",
        Msg::ImportApply => "Zastosuj import",
        Msg::ImportJoinApply => "Dołącz do projektu z tego pliku",
        Msg::ImportApplying => "Zapisywanie…",
        Msg::ImportDone => "Zaimportowano rekordów: {n}.",
        Msg::ImportNothing => "Nic nowego: wszystkie rekordy z pliku już tu są. Niczego nie zapisano.",
        Msg::PeopleImportTitle => "Lista uczestników z arkusza (CSV)",
        Msg::PeopleImportHint => {
            "Plik CSV z Excela (UTF-8 lub Windows-1250, średnik lub przecinek). Kolumny są rozpoznawane po nagłówkach w pierwszym wierszu, np. Nazwisko, Imię, PESEL, Telefon, Miejscowość. Osoby zostaną dodane jako „zgłoszone”."
        }
        Msg::FieldPeopleFile => "Plik CSV z listą osób",
        Msg::PeopleValid => "Poprawne wiersze: {n}",
        Msg::PeopleRejectedTitle => "Wiersze odrzucone (nie zostaną dodane)",
        Msg::PeopleRejectedRow => "Wiersz {line}: {reasons}",
        Msg::PeopleIgnored => "Pominięte kolumny: {names}",
        Msg::PeopleImportButton => "Dodaj poprawne osoby",
        Msg::PeopleImported => "Dodano osób: {n}.",
        Msg::FirstRunJoin => "Dołącz z pliku",
        Msg::FirstRunJoinHint => {
            "Nowy albo wymieniony komputer: zacznij od pliku z innego komputera tego projektu (albo od własnego ostatniego pliku „Zamknij dzień”). Ten komputer przejmie tożsamość projektu, więc jego pliki będą się łączyć z pozostałymi."
        }
        Msg::ErrImportTooLarge => {
            "Plik jest za duży ({code} MB). Kartoteka przyjmuje pliki do 50 MB — wybierz plik zamknięcia dnia albo eksport z krótszego okresu."
        }
        Msg::ErrImportNotJson => {
            "Tego pliku nie da się odczytać: jest uszkodzony albo niepełny. Wybierz plik .zip lub .json zapisany przez Kartotekę. Kod: {code}"
        }
        Msg::ErrImportNotKartoteka => {
            "To nie jest plik Kartoteki. Wybierz plik .zip z „Zamknij dzień” albo eksport .json."
        }
        Msg::ErrImportFutureVersion => {
            "Ten plik zapisała nowsza wersja Kartoteki (format {code}). Zaktualizuj aplikację na tym komputerze i spróbuj ponownie."
        }
        Msg::ErrImportHashMismatch => {
            "Zawartość pliku nie zgadza się z jego sumą kontrolną: plik został uszkodzony albo zmieniony. Poproś o nowy plik."
        }
        Msg::ErrImportBadRecords => {
            "Plik zawiera nieprawidłowe rekordy i nie został zaimportowany. Poproś o nowy plik. Kod: {code}"
        }
        Msg::ErrImportDuplicateId => {
            "Plik zawiera ten sam rekord dwa razy ({code}) i nie został zaimportowany. Poproś o nowy plik."
        }
        Msg::ErrImportOtherProject => {
            "Ten plik pochodzi z innego projektu: „{code}”. Importować można tylko pliki tego samego projektu."
        }
        Msg::ErrPeopleFileCsv => {
            "Plik CSV jest uszkodzony ({code}). Zapisz arkusz ponownie jako CSV i spróbuj jeszcze raz."
        }
        Msg::ErrPeopleFileNoNames => {
            "W pliku nie ma kolumn „Imię” i „Nazwisko”. Dodaj te nagłówki w pierwszym wierszu arkusza."
        }
        Msg::ErrConflictsUndecided => "Przy każdym konflikcie wybierz „Zachowaj moje” albo „Weź z pliku”.",
        Msg::ErrExportFailed => "Nie udało się przygotować pliku do pobrania. Spróbuj ponownie. Kod: {code}",
        Msg::ConsultationSave => "Zapisz konsultację",
        Msg::NavDay => "Dziś",
        Msg::NavVolunteers => "Wolontariat",
        Msg::AbsentShort => "nb.",
        Msg::ExcusedShort => "u.",
        Msg::AddToListNamed => "Dodaj do listy: {name}",
        Msg::AddWalkIn => "Dodaj osobę spoza rejestru",
        Msg::AllPresent => "Wszyscy obecni",
        Msg::AttendanceEmpty => {
            "Nikt nie jest jeszcze zapisany na tę formę wsparcia. Wyszukaj osoby poniżej albo dopisz je z imienia i nazwiska."
        }
        Msg::AttendanceListTitle => "Lista obecności",
        Msg::MonthlyListTitle => "Miesięczna lista obecności",
        Msg::AttendanceNobodyFound => "Nie znaleziono nikogo. Możesz dopisać osobę spoza rejestru.",
        Msg::AttendanceSearch => "Dodaj osobę z rejestru",
        Msg::ConsultationSearch => "Wyszukaj uczestnika",
        Msg::AttendanceSearchHint => "imię, nazwisko, PESEL lub telefon; Enter dodaje pierwszą znalezioną osobę",
        Msg::AttendanceSummary => "Obecni: {present} z {listed}",
        Msg::Back => "Wróć",
        Msg::BadgeIndividual => "indywidualne",
        Msg::BlankRows => "Puste wiersze dla osób spoza listy",
        Msg::ChangePerson => "Zmień osobę",
        Msg::ChoosePersonNamed => "Wybierz: {name}",
        Msg::ColumnActions => "Działania",
        Msg::ColumnFullName => "Imię i nazwisko",
        Msg::ColumnHours => "Godziny",
        Msg::ColumnLp => "Lp.",
        Msg::ColumnPresent => "Obecni",
        Msg::ColumnSessionsAttended => "Zajęcia (obecność)",
        Msg::ColumnSignature => "Podpis",
        Msg::ColumnTime => "Godziny",
        Msg::ColumnUnitPlace => "Placówka, miejsce",
        Msg::ConsultationAdd => "Konsultacja indywidualna",
        Msg::ConsultationEditTitle => "Konsultacja indywidualna — edycja",
        Msg::ConsultationNewTitle => "Nowa konsultacja indywidualna",
        Msg::DayEmpty => "Brak zajęć w tym dniu.",
        Msg::DayTitle => "Zajęcia",
        Msg::DayTitleToday => "Dziś",
        Msg::DeleteEntryNamed => "Usuń wpis: {what}",
        Msg::Delete => "Usuń",
        Msg::EntryDeleted => "Usunięto wpis.",
        Msg::GoToDay => "Przejdź do dnia",
        Msg::HourOfMinutes => "godzina = {minutes} min",
        Msg::HoursByFormTitle => "Godziny według form wsparcia",
        Msg::HoursHint => "np. 2,5",
        Msg::LeaderClashBadge => "prowadzący ma w tym czasie inne zajęcia",
        Msg::LeaderClashWarning => {
            "Uwaga: prowadzący ma w tym czasie inne zajęcia. Sprawdź godziny (zapis jest możliwy)."
        }
        Msg::LeaderSignature => "Podpis prowadzącego: ……………………………………",
        Msg::MonthLabel => "Miesiąc",
        Msg::MonthNext => "Następny miesiąc ›",
        Msg::MonthPrevious => "‹ Poprzedni miesiąc",
        Msg::MonthTotals => "Razem w miesiącu",
        Msg::MonthlyLegend => "W kratce: podpis uczestnika; nb. — nieobecny, u. — usprawiedliwiony.",
        Msg::MonthlyListsTitle => "Miesięczne listy obecności ({month})",
        Msg::MonthlyNoSessions => {
            "W tym miesiącu nie ma jeszcze zajęć tej formy wsparcia. Dodaj zajęcia (mogą być zaplanowane), aby pojawiły się kolumny."
        }
        Msg::NoVolunteers => "W strukturze projektu nie ma jeszcze wolontariuszy. Dodaj ich w zakładce",
        Msg::NoneOption => "— brak —",
        Msg::NumberPresent => "Liczba obecnych",
        Msg::PersonNoSessions => "Ta osoba nie ma jeszcze zapisanych zajęć.",
        Msg::PersonSessionsTitle => "Zajęcia",
        Msg::PresenceNieobecny => "nieobecny",
        Msg::PresenceObecny => "obecny",
        Msg::PresenceUsprawiedliwiony => "usprawiedliwiony",
        Msg::PresentOf => "{present} z {listed}",
        Msg::PrintAttendanceList => "Lista obecności",
        Msg::PrintHint => "Drukuj na A4; nagłówek powtarza się na każdej stronie.",
        Msg::Print => "Drukuj",
        Msg::RemoveFromListNamed => "Usuń z listy: {name}",
        Msg::RemoveFromList => "Usuń z listy",
        Msg::SearchResults => "Wyniki wyszukiwania",
        Msg::SectionConsultation => "Konsultacja",
        Msg::SectionSession => "Zajęcia",
        Msg::SessionAdd => "Nowe zajęcia",
        Msg::SessionDeleteBody => {
            "Zajęcia i zapisana obecność zostaną usunięte (także z godzin uczestników). Tej operacji nie można cofnąć."
        }
        Msg::SessionDeleteTitle => "Usunąć te zajęcia?",
        Msg::SessionDelete => "Usuń zajęcia",
        Msg::SessionDeleted => "Usunięto zajęcia.",
        Msg::SessionEditTitle => "Zajęcia — edycja",
        Msg::SessionHoursLine => "Liczba godzin: {hours} (godzina = {minutes} min)",
        Msg::SessionNewTitle => "Nowe zajęcia",
        Msg::SessionPlannedLabel => "Zaplanowane — obecność wpiszę po zajęciach",
        Msg::SessionPlanned => "zaplanowane",
        Msg::SessionSave => "Zapisz zajęcia",
        Msg::Show => "Pokaż",
        Msg::TimeHint => "gg:mm",
        Msg::TodayLink => "Dziś",
        Msg::VolunteerHoursAdd => "Dodaj godziny wolontariatu",
        Msg::VolunteerHoursEmpty => "Brak wpisów w tym miesiącu.",
        Msg::VolunteerHoursSave => "Zapisz godziny",
        Msg::VolunteerHoursTitle => "Godziny wolontariatu",
        Msg::WalkInHint => {
            "Osoba dopisana z imienia i nazwiska trafia do rejestru jako „dane niekompletne” — animator uzupełni jej dane."
        }
        Msg::WalkInNumbered => "Osoba spoza rejestru {n}",
        Msg::WeekDayLink => "{day} {date}, zajęcia: {count}",
        Msg::WeekLabel => "Tydzień",
        Msg::WeekNext => "Następny tydzień ›",
        Msg::WeekPrevious => "‹ Poprzedni tydzień",
        Msg::ErrNumberFormat => "{field}: wpisz liczbę, np. 2,5.",
        Msg::FieldSessionUnit => "Placówka",
        Msg::FieldSessionPlace => "Miejsce",
        Msg::FieldAttendance => "Obecność",
        Msg::FieldWalkInName => "Osoba spoza listy",
        Msg::FieldConsultationParticipant => "Uczestnik",
        Msg::FieldRecommendations => "Zalecenia",
        Msg::ErrTimeFormat => "{field}: wpisz godzinę w postaci gg:mm, np. 16:30.",
        Msg::ErrNotMarked => "{field}: zaznacz obecność każdej osoby z listy albo kliknij „Wszyscy obecni”.",
        Msg::DraftSaving => "Zapisywanie szkicu…",
        Msg::DraftKept => "Szkic zapisany na tym komputerze.",
        Msg::DocumentRecord => "Wpisz datę",
        Msg::DocumentRecordNamed => "Wpisz datę podpisania: {document}",
        Msg::AddressDerived => "Powiat: {powiat}, województwo: {voivodeship}, DEGURBA: {degurba} (z obszaru projektu)",
        Msg::AddressOutsideArea => "inna gmina (spoza obszaru projektu)",
        Msg::AgeAtJoining => "Wiek w chwili przystąpienia do projektu: {age} lat",
        Msg::AgeAtJoiningLabel => "Wiek w chwili przystąpienia",
        Msg::BadgeIncomplete => "dane niekompletne",
        Msg::BadgeMissingDocuments => "brak dokumentów",
        Msg::BadgeOtoczenie => "otoczenie",
        Msg::ChangeStatusTo => "Zmień status na: {status}",
        Msg::ColumnName => "Nazwisko i imię",
        Msg::ColumnNotes => "Uwagi",
        Msg::ColumnStart => "Początek udziału",
        Msg::CompleteData => "Uzupełnij dane osoby",
        Msg::ConfirmStatus => "Zatwierdź zmianę statusu",
        Msg::CurrentStatus => "Obecny status: {status}",
        Msg::DocumentDateColumn => "Data podpisania (dd.mm.rrrr)",
        Msg::DocumentDateOf => "Data: {document}",
        Msg::DocumentGuardianColumn => "Podpis rodzica / opiekuna",
        Msg::DocumentGuardianSigned => "podpisał(a) rodzic / opiekun",
        Msg::DocumentKindColumn => "Dokument",
        Msg::DocumentMissing => "brak",
        Msg::DocumentSave => "Zapisz datę",
        Msg::DocumentSaveNamed => "Zapisz datę: {document}",
        Msg::DocumentsHint => "Wpisz datę podpisania każdego dokumentu, który osoba już podpisała.",
        Msg::DraftDiscard => "Odrzuć szkic",
        Msg::DraftRestored => "Przywrócono niezapisane dane wpisane wcześniej w tym formularzu.",
        Msg::DuplicateBody => {
            "Znaleziono osoby, które mogą być tą samą osobą. Otwórz istniejący rekord albo zapisz nowy mimo to (decyzja zostanie zapisana w dzienniku zmian)."
        }
        Msg::DuplicateOpen => "Otwórz istniejącą",
        Msg::DuplicateSamePesel => "(ten sam PESEL)",
        Msg::DuplicateSaveAnyway => "Zapisz mimo to",
        Msg::DuplicateSimilarName => "(podobne imię i nazwisko, ta sama data urodzenia)",
        Msg::DuplicateTitle => "Ta osoba może już być w kartotece",
        Msg::EligibilityHint => "Zaznacz co najmniej jedną przesłankę (wymagane przy kwalifikacji).",
        Msg::EndFinishedTitle => "Zakończenie udziału",
        Msg::EndLeftTitle => "Przerwanie udziału",
        Msg::FilterAll => "wszystkie",
        Msg::FilterMissingDocuments => "brak wymaganych dokumentów",
        Msg::GuardianHint => {
            "Osoba niepełnoletnia: deklarację podpisuje rodzic lub opiekun prawny, który wyraża zgodę na udział."
        }
        Msg::HistoryCreated => "utworzenie rekordu",
        Msg::HistoryDeleted => "usunięcie rekordu",
        Msg::HistoryDuplicateAccepted => "zapisano mimo podobieństwa do innej osoby",
        Msg::HistoryTitle => "Historia zmian",
        Msg::HistoryUpdated => "zmiana: {fields}",
        Msg::HistoryWhat => "Co",
        Msg::HistoryWhen => "Kiedy",
        Msg::HistoryWho => "Kto",
        Msg::KeyboardHint => "Enter — zapisz, Esc — anuluj",
        Msg::NavParticipants => "Uczestnicy",
        Msg::NoFurtherSteps => "To status końcowy.",
        Msg::NotesLabel => "Notatki",
        Msg::OtoczenieAdd => "Dodaj osobę z otoczenia",
        Msg::OtoczenieAddTitle => "Nowa osoba z otoczenia",
        Msg::OtoczenieBelongsTo => "Osoba z otoczenia uczestnika:",
        Msg::OtoczenieOf => "Osoba z otoczenia uczestnika: {name}",
        Msg::OtoczenieTitle => "Otoczenie",
        Msg::ParticipantAdd => "Dodaj uczestnika",
        Msg::ParticipantAddTitle => "Nowy uczestnik",
        Msg::ParticipantEditTitle => "Edycja danych uczestnika",
        Msg::ParticipantSave => "Zapisz",
        Msg::ParticipantsCount => "{shown} z {total}",
        Msg::ParticipantsTitle => "Uczestnicy",
        Msg::PersonDelete => "Usuń",
        Msg::PersonDeleteBody => {
            "Usunąć {name}? Rekord zniknie z list, ale ślad usunięcia zostanie zachowany i trafi do innych komputerów przy wymianie danych."
        }
        Msg::PersonDeleteTitle => "Usunąć osobę?",
        Msg::PersonDeleted => "Usunięto osobę.",
        Msg::PostalHint => "00-000",
        Msg::Required => "wymagany",
        Msg::SearchLabel => "Szukaj (imię, nazwisko, PESEL, miejscowość, telefon)",
        Msg::SectionAddress => "Adres",
        Msg::SectionContact => "Kontakt",
        Msg::SectionEligibility => "Kwalifikowalność",
        Msg::SectionLabour => "Status na rynku pracy",
        Msg::SectionParticipation => "Udział w projekcie",
        Msg::SectionPersonal => "Dane osobowe",
        Msg::SectionSituation => "Sytuacja szczególna",
        Msg::SituationHint => {
            "Osoba może odmówić odpowiedzi („Odmowa podania informacji”); odmowa nie wyklucza z udziału."
        }
        Msg::StartHint => "data pierwszego wsparcia, dd.mm.rrrr",
        Msg::StatusChanged => "Zmieniono status na: {status}.",
        Msg::StatusListaRezerwowa => "lista rezerwowa",
        Msg::StatusNiezakwalifikowany => "niezakwalifikowany",
        Msg::StatusPrzerwal => "przerwał",
        Msg::StatusUczestnik => "uczestnik",
        Msg::StatusZakonczyl => "zakończył",
        Msg::StatusZakwalifikowany => "zakwalifikowany",
        Msg::StatusZgloszony => "zgłoszony",
        Msg::StepNeeds => "Aby wykonać ten krok, uzupełnij lub popraw:",
        Msg::ErrTransitionNotAllowed => "Tej zmiany statusu nie można wykonać z obecnego statusu.",
        Msg::ErrTransitionRequirements => "Nie zmieniono statusu: uzupełnij lub popraw wymienione dane.",
        Msg::ErrDateFormat => "{field}: wpisz datę w postaci dd.mm.rrrr, np. 31.03.2021.",
        Msg::DateHint => "dd.mm.rrrr",
        Msg::Actions => "Działania",
        Msg::ArchivedCount => "Zarchiwizowane ({n})",
        Msg::AreaAdd => "Dodaj jednostkę obszaru",
        Msg::AreaHint => {
            "Wpisz gminy, z których pochodzą uczestnicy (w gminie miejsko-wiejskiej osobno miasto i obszar wiejski: kody TERC kończące się cyfrą 4 i 5), wraz z powiatem, województwem i stopniem urbanizacji (DEGURBA) z tabeli GUS. Adresy uczestników wybierają gminę z tej listy."
        }
        Msg::AreaRemove => "Usuń tę jednostkę",
        Msg::AreaRowHeading => "Jednostka obszaru {n}",
        Msg::Cancel => "Anuluj",
        Msg::ChooseOne => "— wybierz —",
        Msg::Edit => "Edytuj",
        Msg::EditNamed => "Edytuj: {name}",
        Msg::FirstRunTitle => "Pierwsze uruchomienie: opisz projekt",
        Msg::FirstRunWhy => {
            "Zanim zarejestrujesz pierwszego uczestnika, opisz projekt, który realizuje ośrodek. Tytuł, numer umowy, okres programowania i cele trafiają na listy obecności, do plików dla biura projektu i do wskaźników, dlatego pozostałe strony otworzą się dopiero po utworzeniu projektu."
        }
        Msg::FirstRunStepStart => "1. Od czego zaczynasz?",
        Msg::FirstRunBlank => "Pusty projekt",
        Msg::FirstRunBlankHint => "Wszystko wpiszesz sam; wybierz okres programowania.",
        Msg::FirstRunStepPerson => "2. Kto pracuje na tym komputerze?",
        Msg::FirstRunPersonHint => {
            "Zakładasz projekt jako koordynator: Twoje imię i nazwisko będzie przy każdym zapisanym rekordzie, a Twoje hasło odblokowuje zaszyfrowane dane na tym komputerze. Kolejne osoby dodasz w zakładce Struktura, a ich profile i hasła — w zakładce Profile i hasła."
        }
        Msg::FirstRunStepReview => "3. Sprawdź i utwórz",
        Msg::FirstRunReview => {
            "Zostanie utworzony projekt „{title}”: placówki: {units}, zadania: {tasks}, formy wsparcia: {forms}. Do uzupełnienia później w ustawieniach projektu: {missing}."
        }
        Msg::FirstRunUntitled => "bez tytułu",
        Msg::FirstRunCreate => "Utwórz projekt",
        Msg::FirstRunCreated => "Projekt utworzony. Uzupełnij brakujące dane w ustawieniach.",
        Msg::FormAdd => "Dodaj formę wsparcia",
        Msg::FormAdded => "Dodano formę wsparcia.",
        Msg::FormMode => "Tryb",
        Msg::FormTask => "Zadanie",
        Msg::FormUnit => "Placówka",
        Msg::FormsTitle => "Formy wsparcia",
        Msg::Hour45 => "45 minut (godzina lekcyjna)",
        Msg::Hour60 => "60 minut",
        Msg::IndicatorComputed => "Licz automatycznie z zapisanych danych",
        Msg::IndicatorCurrentValue => "Wartość osiągnięta (wpisywana ręcznie)",
        Msg::IndicatorManualOnly => "Ten wskaźnik wpisujesz ręcznie.",
        Msg::IndicatorTarget => "Wartość docelowa",
        Msg::LogoAlt => "Pasek logotypów na dokumentach",
        Msg::LogoHint => "Obraz PNG albo JPEG, najwyżej 1 MB. Zapisany tylko na tym komputerze.",
        Msg::LogoLabel => "Pasek logotypów do wydruków",
        Msg::LogoRemove => "Usuń pasek logotypów",
        Msg::LogoRemoved => "Usunięto pasek logotypów.",
        Msg::LogoSaved => "Zapisano pasek logotypów.",
        Msg::ModeGroup => "grupowe",
        Msg::ModeIndividual => "indywidualne",
        Msg::MoneyHint => "w złotych, np. 698 626,66",
        Msg::MoveDownNamed => "Przesuń w dół: {name}",
        Msg::MoveUpNamed => "Przesuń w górę: {name}",
        Msg::Moved => "Zmieniono kolejność.",
        Msg::NavProject => "Projekt",
        Msg::NavStart => "Pierwsze uruchomienie",
        Msg::NavStructure => "Struktura",
        Msg::NavWhoIsWorking => "Profile i hasła",
        Msg::NoneChosen => "— brak —",
        Msg::PeriodChangeTitle => "Zmienić okres programowania?",
        Msg::PeriodChangeBody => {
            "Zmiana z „{from}” na „{to}” zmienia zestaw danych uczestnika i układ pliku CSV dla systemu centralnego (SL2014 albo SM EFS). Wpisane dane zostaną zachowane, ale pola, których nowy okres nie zbiera, nie trafią do eksportu, a nowe pola (np. obywatelstwo) trzeba będzie uzupełnić u zarejestrowanych osób."
        }
        Msg::PeriodChangeConfirm => "Tak, zmień okres",
        Msg::ProjectTitle => "Projekt",
        Msg::ProjectIntro => {
            "Dane projektu trafiają na listy obecności, do plików dla systemu centralnego i do wskaźników. Brakujące wartości są oznaczone „do uzupełnienia” — można zapisać je później."
        }
        Msg::ProjectSectionProject => "Projekt",
        Msg::ProjectSectionProgramme => "Program",
        Msg::ProjectSectionPeriod => "Okres realizacji i trwałość",
        Msg::ProjectSectionBudget => "Budżet",
        Msg::ProjectSectionTargets => "Cele",
        Msg::ProjectSectionIndicators => "Wskaźniki",
        Msg::ProjectSectionPrinting => "Wydruki",
        Msg::ProjectIndicatorsHint => {
            "Zaznacz wskaźniki z umowy i wpisz wartości docelowe. Wskaźniki liczone z danych aplikacja policzy sama; pozostałe wpisujesz ręcznie."
        }
        Msg::ProjectDocumentsHint => "Dokumenty, które osoba musi podpisać, zanim zostanie uczestnikiem.",
        Msg::ProjectEffectiveness => "Projekt mierzy efektywność społeczną i zatrudnieniową (priorytet 9i)",
        Msg::ProjectSave => "Zapisz ustawienia projektu",
        Msg::ProjectIncompleteCount => "Do uzupełnienia: {n}",
        Msg::Restore => "Przywróć",
        Msg::RestoreNamed => "Przywróć: {name}",
        Msg::Restored => "Przywrócono.",
        Msg::Retire => "Wycofaj",
        Msg::RetireNamed => "Wycofaj: {name}",
        Msg::RetiredArchived => {
            "„{name}” jest używane w zapisanych danych, więc zostało zarchiwizowane (nie usunięte): stare zapisy zachowują znaczenie."
        }
        Msg::RetiredDeleted => "Usunięto „{name}”.",
        Msg::RoleAnimator => "animator",
        Msg::RoleCoordinator => "koordynator",
        Msg::RoleSpecialist => "specjalista",
        Msg::RoleVolunteer => "wolontariusz",
        Msg::SaveChanges => "Zapisz zmiany",
        Msg::StaffAdd => "Dodaj osobę",
        Msg::StaffAdded => "Dodano osobę.",
        Msg::StaffName => "Imię i nazwisko",
        Msg::StaffRoleLabel => "Rola",
        Msg::StaffSpecialty => "Specjalność",
        Msg::StaffTitle => "Kadra i wolontariusze",
        Msg::StructureIntro => {
            "Placówki, zadania, formy wsparcia i osoby prowadzące zajęcia. Element używany w zapisanych danych jest archiwizowany, a nie usuwany."
        }
        Msg::StructureTitle => "Struktura projektu",
        Msg::TaskAdd => "Dodaj zadanie",
        Msg::TaskAdded => "Dodano zadanie.",
        Msg::TasksTitle => "Zadania",
        Msg::UnitAdd => "Dodaj placówkę",
        Msg::UnitAdded => "Dodano placówkę.",
        Msg::UnitAddress => "Adres lub miejsce",
        Msg::UnitKind => "Rodzaj placówki",
        Msg::UnitsTitle => "Placówki i kluby",
        Msg::WhoIsWorkingTitle => "Kto pracuje na tym komputerze?",
        Msg::WhoIsWorkingWhy => {
            "Każdy zapis w Kartotece jest podpisany osobą, która go zrobiła (system centralny pyta, kto dodał uczestnika). Wybierz siebie z listy; zmienisz to w nagłówku."
        }
        Msg::WhoIsWorkingChoose => "Osoba",
        Msg::WhoIsWorkingConfirm => "To ja — zaczynam pracę",
        Msg::WhoIsWorkingNotListed => "Nie ma mnie na liście",
        Msg::WhoIsWorkingSet => "Zapisano, kto pracuje na tym komputerze.",
        Msg::WorkingAs => "Pracuje: {name}",
        Msg::WorkingChange => "Zmień osobę",
        Msg::ErrFixMarkedFields => "Niczego nie zapisano: popraw pola oznaczone na czerwono.",
        Msg::ErrLogoType => "Logo musi być obrazem PNG albo JPEG. Wybierz inny plik.",
        Msg::ErrLogoTooLarge => {
            "Plik z logo jest za duży (największy dopuszczalny: 1 MB). Zmniejsz obraz i wybierz go ponownie."
        }
        Msg::ErrFileRead => "Nie udało się odczytać pliku. Wybierz go ponownie.",
        Msg::ToFill => "do uzupełnienia",
        Msg::StorageOpening => "Otwieranie bazy danych…",
        Msg::ErrStorageUnavailableTitle => "Ta przeglądarka nie pozwala zapisywać danych",
        Msg::ErrStorageUnavailable => {
            "Kartoteka nie może otworzyć swojej bazy danych w tej przeglądarce (okno prywatne, zablokowany profil albo wyłączone przechowywanie danych). Nic, co tu wpiszesz, nie zostałoby zapisane, dlatego praca jest wstrzymana. Otwórz aplikację w zwykłym oknie przeglądarki Chrome lub Edge."
        }
        Msg::ErrStorageFailedTitle => "Nie można otworzyć danych",
        Msg::ErrStorageNewerSchema => {
            "Dane na tym komputerze zapisała nowsza wersja Kartoteki. Ta wersja ich nie otworzy, żeby niczego nie uszkodzić. Zaktualizuj aplikację: odśwież stronę przy działającym internecie."
        }
        Msg::ErrStorageMigrationFailed => {
            "Nie udało się zaktualizować bazy danych do nowej wersji. Twoje dane są nienaruszone. Spróbuj ponownie; jeśli błąd się powtarza, przekaż koordynatorowi kod: {code}."
        }
        Msg::ErrStorageBlocked => {
            "Kartoteka jest otwarta w innej karcie w starszej wersji. Zamknij pozostałe karty z aplikacją i spróbuj ponownie."
        }
        Msg::ErrStorageQuota => {
            "Brak miejsca na dysku: niczego nie zapisano. Zwolnij miejsce na dysku i spróbuj ponownie. Wcześniej zapisane dane są bezpieczne i można je eksportować."
        }
        Msg::ErrStorageConstraint => {
            "Rekord o tym identyfikatorze już istnieje, więc niczego nie zapisano. Odśwież stronę i spróbuj ponownie."
        }
        Msg::ErrStorageStale => {
            "Ten rekord zmieniono w międzyczasie (w innej karcie albo przez import), więc niczego nie zapisano. Odśwież dane i wprowadź zmianę ponownie."
        }
        Msg::ErrStorageClosed => {
            "Połączenie z bazą danych zostało zamknięte (np. przez aktualizację w innej karcie), więc niczego nie zapisano. Odśwież stronę."
        }
        Msg::ErrStorageCorrupt => {
            "Części zapisanych danych nie da się odczytać ({code}). Niczego nie zmieniaj i skontaktuj się z koordynatorem."
        }
        Msg::ErrStorageUnexpected => "Zapis się nie udał ({code}), niczego nie zapisano. Spróbuj ponownie.",
        Msg::StorageErrorRetry => "Spróbuj ponownie",
        Msg::ReloadRequired => {
            "Kartoteka została zaktualizowana w innej karcie. Odśwież tę stronę, aby dalej pracować."
        }
        Msg::ReloadButton => "Odśwież stronę",
        Msg::UnexportedNone => "Wszystko wyeksportowane",
        Msg::UnexportedOne => "{n} zmiana niewyeksportowana",
        Msg::UnexportedFew => "{n} zmiany niewyeksportowane",
        Msg::UnexportedMany => "{n} zmian niewyeksportowanych",
        Msg::StatusDatabaseHeading => "Baza danych",
        Msg::StatusDatabaseValue => "Wersja bazy {schema}, identyfikator urządzenia {device}",
        Msg::StatusRecordCounts => "Uczestnicy: {participants}, zajęcia: {sessions}, obecności: {attendance}",
        Msg::PersistAfterSaveGranted => "Po pierwszym zapisie przeglądarka przyznała pamięć trwałą.",
        Msg::PersistAfterSaveDenied => "Po pierwszym zapisie poproszono o pamięć trwałą, ale przeglądarka odmówiła.",
        Msg::Saved => "Zapisano.",
        Msg::FieldBeneficiary => "Beneficjent",
        Msg::FieldProjectTitle => "Tytuł projektu",
        Msg::FieldProgrammePeriod => "Okres programowania",
        Msg::FieldProgramme => "Program",
        Msg::FieldPriorityAxis => "Oś priorytetowa",
        Msg::FieldMeasure => "Działanie",
        Msg::FieldSubMeasure => "Poddziałanie",
        Msg::FieldProjectNumber => "Numer umowy/decyzji/aneksu",
        Msg::FieldProjectStart => "Okres realizacji od",
        Msg::FieldProjectEnd => "Okres realizacji do",
        Msg::FieldDurabilityEnd => "Koniec okresu trwałości",
        Msg::FieldBudgetTotal => "Wartość projektu",
        Msg::FieldBudgetCoFinancing => "Dofinansowanie",
        Msg::FieldBudgetOwnContribution => "Wkład własny",
        Msg::FieldTargetTotal => "Docelowa liczba uczestników",
        Msg::FieldTargetWomen => "w tym kobiety",
        Msg::FieldTargetMen => "w tym mężczyźni",
        Msg::FieldIndicatorTargetValue => "Wartość docelowa wskaźnika",
        Msg::FieldFundingLine => "Informacja o współfinansowaniu",
        Msg::FieldRequiredDocuments => "Dokumenty wymagane od uczestnika",
        Msg::FieldArea => "Obszar projektu",
        Msg::FieldAreaTeryt => "Kod TERYT (TERC)",
        Msg::FieldAreaName => "Nazwa gminy",
        Msg::FieldAreaPowiat => "Powiat",
        Msg::FieldAreaVoivodeship => "Województwo",
        Msg::FieldAreaDegurba => "Stopień urbanizacji (DEGURBA)",
        Msg::FieldUnitName => "Nazwa placówki",
        Msg::FieldTaskName => "Nazwa zadania",
        Msg::FieldFormName => "Nazwa formy wsparcia",
        Msg::FieldFormCategory => "Rodzaj aktywizacji",
        Msg::FieldFormHourLength => "Długość godziny zajęć",
        Msg::FieldStaffFirstName => "Imię",
        Msg::FieldStaffLastName => "Nazwisko",
        Msg::FieldFirstName => "Imię",
        Msg::FieldLastName => "Nazwisko",
        Msg::FieldPesel => "PESEL",
        Msg::FieldNoPesel => "Brak PESEL",
        Msg::FieldOtherId => "Inny identyfikator",
        Msg::FieldSex => "Płeć",
        Msg::FieldBirthDate => "Data urodzenia",
        Msg::FieldDeclaredAge => "Wiek (deklarowany)",
        Msg::FieldCountry => "Kraj",
        Msg::FieldCitizenship => "Obywatelstwo",
        Msg::FieldEducation => "Wykształcenie",
        Msg::FieldParticipantType => "Rodzaj uczestnika",
        Msg::FieldVoivodeship => "Województwo",
        Msg::FieldPowiat => "Powiat",
        Msg::FieldGmina => "Gmina",
        Msg::FieldLocality => "Miejscowość",
        Msg::FieldStreet => "Ulica",
        Msg::FieldBuilding => "Nr budynku",
        Msg::FieldFlat => "Nr lokalu",
        Msg::FieldPostalCode => "Kod pocztowy",
        Msg::FieldDegurba => "Stopień urbanizacji (DEGURBA)",
        Msg::FieldPhone => "Telefon kontaktowy",
        Msg::FieldEmail => "Adres e-mail",
        Msg::FieldLabourStatus => "Status na rynku pracy",
        Msg::FieldLabourDetail => "W tym",
        Msg::FieldOccupation => "Wykonywany zawód",
        Msg::FieldEmployer => "Zatrudniony w",
        Msg::FieldInstitution => "Nazwa instytucji",
        Msg::FieldBusinessStart => "Założenie działalności gospodarczej",
        Msg::FieldPlannedEducationEnd => "Planowana data zakończenia edukacji",
        Msg::FieldSituationAnswer => "Sytuacja szczególna",
        Msg::FieldDisabilityDegree => "Stopień niepełnosprawności",
        Msg::FieldEligibility => "Przesłanki kwalifikowalności",
        Msg::FieldUnits => "Placówki",
        Msg::FieldDocuments => "Dokumenty",
        Msg::FieldDeclaration => "Deklaracja uczestnictwa",
        Msg::FieldGuardian => "Rodzic / opiekun prawny",
        Msg::FieldGuardianConsent => "Zgoda rodzica / opiekuna prawnego",
        Msg::FieldParticipationStart => "Data rozpoczęcia udziału w projekcie",
        Msg::FieldParticipationEnd => "Data zakończenia udziału w projekcie",
        Msg::FieldExitSituation => "Sytuacja w momencie zakończenia udziału",
        Msg::FieldCompletedPath => "Zakończenie udziału zgodnie ze ścieżką",
        Msg::FieldLeaveReason => "Powód przerwania udziału",
        Msg::FieldEmploymentStart => "Data rozpoczęcia pracy lub działalności",
        Msg::FieldEmploymentConfirmed => "Data potwierdzenia zatrudnienia",
        Msg::FieldProgressConfirmed => "Data potwierdzenia postępu",
        Msg::FieldHousehold => "Skład gospodarstwa domowego",
        Msg::FieldSessionDate => "Data zajęć",
        Msg::FieldSessionFrom => "Godzina od",
        Msg::FieldSessionTo => "Godzina do",
        Msg::FieldSessionForm => "Forma wsparcia",
        Msg::FieldSessionLeaders => "Prowadzący",
        Msg::FieldSessionTopic => "Temat",
        Msg::FieldAttendanceHours => "Liczba godzin",
        Msg::FieldVolunteerStaff => "Wolontariusz",
        Msg::FieldVolunteerDate => "Data",
        Msg::FieldVolunteerHours => "Liczba godzin",
        Msg::FieldVolunteerActivity => "Działanie",
        Msg::FieldEnrolmentStart => "Data rozpoczęcia udziału we wsparciu",
        Msg::FieldEnrolmentEnd => "Data zakończenia udziału we wsparciu",
        Msg::FieldStatus => "Status rekrutacji",
        Msg::ErrRequired => "{field}: uzupełnij to pole.",
        Msg::ErrTooLong => "{field}: tekst jest za długi. Skróć go.",
        Msg::ErrPeselLength => "{field}: numer PESEL ma 11 cyfr. Sprawdź, czy żadnej nie brakuje ani nie ma za dużo.",
        Msg::ErrPeselNotDigits => "{field}: wpisz same cyfry (11 cyfr), bez liter, spacji i innych znaków.",
        Msg::ErrPeselChecksum => {
            "{field}: cyfra kontrolna się nie zgadza. Porównaj numer z dowodem osobistym — to zwykle literówka."
        }
        Msg::ErrPeselInvalidDate => {
            "{field}: numer zawiera datę urodzenia, która nie istnieje lub nie zgadza się z wpisaną. Sprawdź pierwsze sześć cyfr."
        }
        Msg::ErrPeselFutureDate => "{field}: data urodzenia zapisana w numerze jest w przyszłości. Sprawdź numer.",
        Msg::ErrPeselSexMismatch => {
            "{field}: płeć nie zgadza się z numerem PESEL (dziesiąta cyfra). Popraw płeć albo numer."
        }
        Msg::ErrPeselGivenWithNoPesel => {
            "{field}: zaznaczono „Brak PESEL”, a numer jest wpisany. Usuń numer albo odznacz „Brak PESEL”."
        }
        Msg::ErrPostalCodeFormat => "{field}: wpisz kod w postaci 00-000.",
        Msg::ErrPhoneFormat => {
            "{field}: wpisz 9 cyfr (np. 600 100 200) albo numer z kierunkowym kraju (np. +48 600 100 200)."
        }
        Msg::ErrEmailFormat => "{field}: to nie wygląda na adres e-mail. Wpisz go w postaci nazwa@domena.pl.",
        Msg::ErrEmailDiacritics => {
            "{field}: adres e-mail nie może zawierać polskich liter (ą, ć, ę, ł, ń, ó, ś, ź, ż). Sprawdź pisownię."
        }
        Msg::ErrTerytFormat => "{field}: kod TERC ma 7 cyfr, np. 3201011. Sprawdź go w rejestrze TERYT.",
        Msg::ErrTerytVoivodeship => {
            "{field}: dwie pierwsze cyfry to województwo (parzysta liczba od 02 do 32). Sprawdź kod."
        }
        Msg::ErrTerytUnitType => "{field}: ostatnia cyfra to rodzaj jednostki (1–5, 8 lub 9). Sprawdź kod.",
        Msg::ErrDegurbaValue => "{field}: wybierz 1, 2 albo 3.",
        Msg::ErrBeforeProjectStart => {
            "{field}: data jest wcześniejsza niż początek projektu. Popraw datę albo okres realizacji projektu."
        }
        Msg::ErrAfterProjectEnd => {
            "{field}: data jest późniejsza niż koniec projektu. Popraw datę albo okres realizacji projektu."
        }
        Msg::ErrEndBeforeStart => {
            "{field}: data zakończenia jest wcześniejsza niż data rozpoczęcia. Popraw jedną z dat."
        }
        Msg::ErrDurabilityBeforeEnd => "{field}: okres trwałości nie może kończyć się przed końcem projektu.",
        Msg::ErrTimeOrder => "{field}: godzina zakończenia musi być późniejsza niż godzina rozpoczęcia.",
        Msg::ErrNotPositive => "{field}: wpisz liczbę większą od zera.",
        Msg::ErrMoneyFormat => "{field}: wpisz kwotę cyframi, np. 698 626,66.",
        Msg::ErrMoneyNegative => "{field}: kwota nie może być ujemna.",
        Msg::ErrMoneyTooManyDecimals => "{field}: najwyżej dwie cyfry po przecinku.",
        Msg::ErrBudgetSumMismatch => {
            "{field}: dofinansowanie i wkład własny razem muszą dać wartość projektu. Sprawdź te trzy kwoty."
        }
        Msg::ErrTargetSumMismatch => "{field}: kobiety i mężczyźni razem muszą dać docelową liczbę uczestników.",
        Msg::ErrHourLength => "{field}: godzina zajęć trwa 60 albo 45 minut.",
        Msg::ErrUnknownValue => "{field}: tej wartości nie ma na liście. Wybierz wartość z listy.",
        Msg::ErrNotInPeriod => {
            "{field}: ta wartość nie dotyczy okresu programowania projektu. Wybierz inną albo sprawdź okres w ustawieniach projektu."
        }
        Msg::ErrDetailNotForStatus => {
            "{field}: wybrane „w tym” nie pasuje do statusu na rynku pracy. Wybierz je ponownie."
        }
        Msg::ErrOnlyForEmployed => {
            "{field}: wypełnia się tylko dla osoby pracującej. Usuń wartość albo zmień status na rynku pracy."
        }
        Msg::ErrHouseholdNotCollected => {
            "{field}: od 2018 r. nie zbiera się danych o składzie gospodarstwa domowego (rozporządzenie Omnibus). Usuń te dane."
        }
        Msg::ErrGuardianSignatureRequired => {
            "{field}: osoba niepełnoletnia — deklarację podpisuje rodzic lub opiekun prawny. Zaznacz podpis opiekuna."
        }
        Msg::ErrContactRequired => "{field}: podaj telefon albo adres, żeby można było się skontaktować.",
        Msg::ErrDeclaredAgeRange => "{field}: wpisz wiek od 0 do 120 lat.",
        Msg::ErrInFuture => "{field}: data nie może być w przyszłości.",
        Msg::ErrRefusalNotAllowed => "{field}: przy tym pytaniu nie można wybrać „Odmowa podania informacji”.",
        Msg::ErrDuplicateValue => "{field}: ta wartość już jest na liście.",
        Msg::ErrOutsideParticipation => "{field}: data wykracza poza okres udziału osoby w projekcie. Sprawdź daty.",
        Msg::ErrConfirmationWindow => "{field}: potwierdzenie musi nastąpić w ciągu 3 miesięcy od zakończenia udziału.",
        Msg::ErrOutOfRange => "{field}: wartość jest za duża (na przykład godzin w ciągu dnia może być najwyżej 24).",
        Msg::ErrExceedsSessionHours => "{field}: więcej godzin niż trwały zajęcia. Wpisz najwyżej liczbę godzin zajęć.",
        Msg::ErrOnlyForInstitutionStaff => {
            "{field}: wypełnia się tylko dla pracownika lub przedstawiciela instytucji. Usuń wartość albo zmień rodzaj uczestnika."
        }
    }
}
