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
        Msg::LanguagePolish => "polski",
        Msg::LanguageEnglish => "English",
        Msg::Loading => "Loading…",
        Msg::StatusTitle => "App status",
        Msg::StatusIntro => {
            "Check here whether data is safe on this computer and whether the app works without the internet."
        }
        Msg::StatusVersionHeading => "Version",
        Msg::StatusVersionValue => "Kartoteka {version} (build {build})",
        Msg::StatusStorageHeading => "Browser storage",
        Msg::StoragePersisted => "Persistent storage: the browser will not delete the data on its own.",
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
        Msg::OfflineNotYet => "Not ready yet: the app is saving its files. Keep it open for a moment while online.",
        Msg::OfflineUnsupported => {
            "Unavailable: this browser or address does not support offline use (an https:// or localhost address is needed)."
        }
        Msg::OfflineRegistrationFailed => "Could not prepare offline use. Reload the page while online.",
        Msg::UpdateAvailable => "A new version is available",
        Msg::UpdateButton => "Update now",
        Msg::NotFoundTitle => "No such page",
        Msg::NotFoundBody => "The address is wrong or the page has moved.",
        Msg::NotFoundBack => "Back to the start page",
        Msg::NoticeDismiss => "Dismiss message",
        Msg::NoticesLabel => "Messages",
        Msg::VanishedTitle => "Kartoteka's data is gone from this browser",
        Msg::VanishedBody => {
            "Since {since} this browser has kept Kartoteka's data, and now its storage is empty. Kartoteka does not delete data by itself (only \"Delete all data\" does, and it was not used). The browser may have deleted it when the disk ran out of space, when someone cleared the browsing data, or when its storage was damaged."
        }
        Msg::VanishedWhat => "What to do",
        Msg::VanishedStepNoNew => "Do not set up a new project on this computer.",
        Msg::VanishedStepRestore => {
            "Continue and choose \"Join from a file\": pick this computer's last \"Close the day\" file or the newest file from another computer of the project. Whatever was saved here after that file has to be entered again."
        }
        Msg::VanishedStepTell => "Free some disk space and tell the project's coordinator what happened.",
        Msg::VanishedContinue => "I understand, continue",
        Msg::SearchLabelNames => "Search (first name, surname)",
        Msg::ProtectExportHint => {
            "If this computer holds data that is nowhere else yet, download a copy first. This one copy is not encrypted (encryption starts once the passphrase is set): keep it safe and delete it once the data is moved."
        }
        Msg::FieldOpenPassphrase => "The hand-off passphrase — to open this file",
        Msg::ErrSealOtherProject => {
            "This file comes from another project. Only files of the same project can be imported."
        }
        Msg::SealTitle => "File encryption",
        Msg::SealReady => {
            "Every downloaded file is encrypted: the project office opens it with its private key, the project's laptops with the hand-off passphrase."
        }
        Msg::SealNotReady => {
            "Files cannot be encrypted yet: enter the office's public key and set the hand-off passphrase. Until then exports fail (unless you knowingly choose plain files)."
        }
        Msg::FieldOfficeKey => "The project office's public key (PEM)",
        Msg::SealSaveOfficeKey => "Save the office key",
        Msg::SealOfficeSaved => "The office's public key is saved.",
        Msg::FieldHandOffRepeat => "Repeat the hand-off passphrase",
        Msg::SealPassphraseHint => {
            "The same on every laptop of the project; a new laptop types it when joining from an encrypted file."
        }
        Msg::SealSavePassphrase => "Set the hand-off passphrase",
        Msg::SealPassphraseSaved => "The hand-off passphrase is set on this computer.",
        Msg::SealPlainChoice => "Download files without encryption (not recommended)",
        Msg::SealPlainWarning => {
            "Warning: unencrypted files can be read by anyone who finds the stick or intercepts the e-mail. Every such download is written to the access log. The choice lasts until Kartoteka is locked."
        }
        Msg::FieldHandOffPassphrase => "The project's hand-off passphrase",
        Msg::ImportOpenSealed => "Open the encrypted file",
        Msg::AuditPlainDownloaded => "downloaded a file WITHOUT encryption: {file}",
        Msg::ErrSealNoOfficeKey => {
            "The file cannot be encrypted: enter the project office's public key under “File encryption” on this page."
        }
        Msg::ErrSealNoProjectKey => {
            "The file cannot be encrypted: set the project's hand-off passphrase under “File encryption” on this page."
        }
        Msg::ErrSealBadOfficeKey => {
            "Office public key: paste the whole RSA key (at least 2048 bits) in PEM, from “-----BEGIN PUBLIC KEY-----” to “-----END PUBLIC KEY-----”."
        }
        Msg::ErrSealPassphraseNeeded => {
            "This file is encrypted. Type the project's hand-off passphrase (the coordinator knows it) and choose the file again."
        }
        Msg::ErrSealWrongPassphrase => {
            "The hand-off passphrase does not open this file. Check it (the same on every laptop of the project) and choose the file again."
        }
        Msg::ErrSealDamaged => {
            "The encrypted file is damaged or was altered — nothing was imported. Ask for a new copy of the file."
        }
        Msg::LockTitle => "Kartoteka is locked",
        Msg::LockWhy => "Participants' data is encrypted on this computer. Choose yourself and type your passphrase.",
        Msg::FieldPassphrase => "Passphrase",
        Msg::FieldPassphraseRepeat => "Repeat the passphrase",
        Msg::LockUnlock => "Unlock",
        Msg::LockChecking => "Checking the passphrase…",
        Msg::LockNow => "Lock",
        Msg::SwitchPerson => "Switch person",
        Msg::PassphraseHint => "At least 12 characters; a few words are easiest to remember.",
        Msg::PassphraseWarning => {
            "A forgotten coordinator passphrase cannot be recovered: without it nobody can add profiles, and when every passphrase is lost nobody can read this computer's data. Keep it somewhere safe."
        }
        Msg::ProtectTitle => "Protect the data with a passphrase",
        Msg::ProtectWhy => {
            "The data on this computer will be encrypted and everyone will work in their own profile with their own passphrase. The first profile is the coordinator's — they add everyone else's."
        }
        Msg::ProtectExportFirst => "Download a copy of the data first",
        Msg::ProtectCoordinator => "Coordinator",
        Msg::ProtectConfirm => "Protect and start working",
        Msg::ProtectWorking => "Encrypting the data…",
        Msg::ProtectDone => "The data is encrypted and the coordinator's profile is ready.",
        Msg::ProfilesTitle => "Profiles and passphrases",
        Msg::ProfilesWhy => {
            "Everyone working on this computer has their own profile with a passphrase and a role. A volunteer sees names, sessions and attendance only; an animator works with participants; a coordinator also exports, imports, erases and manages profiles."
        }
        Msg::ProfilesActions => "Actions",
        Msg::ProfilesAdd => "Add a profile",
        Msg::ProfilesMyPassphrase => "Your (coordinator's) passphrase — confirmation",
        Msg::ProfilesRemove => "Remove the profile: {name}",
        Msg::ProfilesAdded => "Profile added. This person unlocks Kartoteka with their passphrase.",
        Msg::ProfilesRemoved => "Profile removed.",
        Msg::ProfilesIdle => "Lock after inactivity",
        Msg::ProfilesIdleSaved => "The inactivity lock time is saved.",
        Msg::ProfilesNoStaff => {
            "Everyone on the staff already has a profile. Add a new person under Structure → Staff."
        }
        Msg::NoAccessTitle => "Not allowed",
        Msg::NoAccessBody => "This page is not available in your role ({role}). Ask the coordinator or switch person.",
        Msg::AuditProfileAdded => "added a profile with the role: {role}",
        Msg::AuditProfileRemoved => "removed a profile",
        Msg::ErrStorageLocked => "Kartoteka is locked. Unlock it with your passphrase and try again.",
        Msg::ErrPassphraseTooShort => {
            "Passphrase: type at least 12 characters — a few words separated by spaces are easiest."
        }
        Msg::ErrPassphraseMismatch => "Repeat the passphrase: type exactly the same passphrase as in “Passphrase”.",
        Msg::ErrPassphraseWrong => {
            "The passphrase is wrong. Check Caps Lock and the keyboard layout. Tries left before a delay: {code}."
        }
        Msg::ErrPassphraseWait => "Too many wrong passphrases. The next try is possible in {code} s.",
        Msg::ErrNotAllowed => "Your role does not allow this. Ask the coordinator.",
        Msg::ErrProfileExists => "Person: this person already has a profile on this computer. Choose someone else.",
        Msg::ErrLastCoordinator => {
            "The last coordinator profile cannot be removed — without it nobody can add profiles."
        }
        Msg::DraftDiscarded => "Draft discarded — the form is back to how it started.",
        Msg::HistoryEmpty => {
            "No changes to this person have been saved on this computer yet (the data may have come from another computer's file)."
        }
        Msg::AuditViewed => "opened a participant card",
        Msg::AuditPersonExported => "exported a person's data (right of access)",
        Msg::AuditErased => "erased a person's data (GDPR)",
        Msg::AuditDownloaded => "downloaded {file}",
        Msg::AuditClosedDay => "closed the day (export)",
        Msg::AuditImported => "imported a file ({changed} records changed)",
        Msg::AuditRemovedPerson => "removed person ({id}…)",
        Msg::AuditTitle => "Access log",
        Msg::AuditHint => {
            "Who opened participant cards, exported, imported or erased data on this computer, and when. The log goes into the close-the-day file (dziennik.json) and does not count as unexported changes."
        }
        Msg::AuditEmpty => "The log is empty.",
        Msg::AuditAbout => "About",
        Msg::RetentionWarning => {
            "The project's durability period ended on {date}. Participants' data should no longer stay on this computer: export it for the project office, then delete all data."
        }
        Msg::RetentionAction => "Export and delete the data",
        Msg::PrivacyTitle => "The person's rights (GDPR)",
        Msg::PersonExport => "Export this person's data",
        Msg::ErasureButton => "Erase this person's data (GDPR)",
        Msg::ErasureExplain => {
            "The person's data will be removed from this computer: personal data, documents, attendance and enrolments. The change journal keeps only ids. The erasure reaches the project's other computers with the next file, and no import can bring the data back. Files exported earlier still contain it."
        }
        Msg::ErasureTypeSurname => "To confirm, type the surname: {surname}",
        Msg::ErasureConfirm => "Erase for good",
        Msg::ErasureDone => "The person's data has been erased.",
        Msg::ErrWipeFailed => {
            "Not everything could be deleted (offline cache or worker). Close other Kartoteka tabs and try again."
        }
        Msg::WipeTitle => "Delete all data",
        Msg::WipeExplain => {
            "Deletes all Kartoteka data from this computer: participants, sessions, attendance, the change journal, drafts, settings, the offline cache and the app's registration. This cannot be undone."
        }
        Msg::WipeExportFirst => {
            "First close the day or export the data (above) if the project office still needs them."
        }
        Msg::WipeTypeToConfirm => "To confirm, type: {word}",
        Msg::WipedTitle => "Data deleted from this computer",
        Msg::WipedBody => "The database, the offline cache, the app's registration and the settings have been deleted.",
        Msg::WipedStartAgain => "Start again",
        Msg::FieldEffectivenessThreshold => "Effectiveness threshold (%)",
        Msg::FieldMinimumWage => "Minimum wage (PLN)",
        Msg::ThresholdSocial => "Social effectiveness threshold (%)",
        Msg::ThresholdEmployment => "Employment effectiveness threshold (%)",
        Msg::ThresholdSocialSevere => "Social effectiveness threshold — severe, intellectual, multiple disability (%)",
        Msg::ThresholdEmploymentSevere => {
            "Employment effectiveness threshold — severe, intellectual, multiple disability (%)"
        }
        Msg::ThresholdsHint => {
            "By default as in the 2014–2020 guidelines: 34% and 22% (12% for people with a severe, intellectual or multiple disability). A civil-law contract counts when worth at least 3 minimum wages."
        }
        Msg::NavIndicators => "Indicators",
        Msg::DashNoTask => "no task",
        Msg::DashGroupGeneral => "people at risk of poverty or social exclusion",
        Msg::DashGroupSevere => "people with a severe, intellectual or multiple disability",
        Msg::DashRecruited => "All participants",
        Msg::DashWomen => "Women",
        Msg::DashMen => "Men",
        Msg::DashReserve => "Reserve list",
        Msg::DashOtoczenie => "Otoczenie (counted apart)",
        Msg::DashStatusOf => "Recruitment status: {status}",
        Msg::DashMissingDocuments => "Missing required documents",
        Msg::DashPastEnd => "Past their end date without exit data",
        Msg::DashSessionsOf => "Sessions: {name}",
        Msg::DashVolunteerHours => "Volunteer hours",
        Msg::DashSocial => "Social effectiveness",
        Msg::DashEmployment => "Employment effectiveness",
        Msg::DashNumerator => "Numerator",
        Msg::DashDenominator => "Denominator",
        Msg::DashCsvSection => "Section",
        Msg::DashCsvFigure => "Indicator",
        Msg::DashCsvValue => "Value",
        Msg::DashCsvTarget => "Target or threshold",
        Msg::DashCsvUnit => "Unit",
        Msg::DashUnitPeople => "people",
        Msg::DashUnitHours => "hours",
        Msg::DashUnitSessions => "Sessions",
        Msg::DashNoData => "no data",
        Msg::DashRecruitment => "Recruitment",
        Msg::DashByStatus => "Participants by status",
        Msg::DashChecks => "To check",
        Msg::DashHoursByForm => "Hours by form of support",
        Msg::DashAttendance => "Attendance",
        Msg::DashHoursByTask => "Hours by task",
        Msg::DashSessionsPerWeek => "Sessions per week",
        Msg::DashVolunteers => "Volunteering",
        Msg::DashIndicators => "Project indicators",
        Msg::DashMet => "met",
        Msg::DashNotMet => "not met",
        Msg::DashOpenList => "{figure}: {value} — show the list",
        Msg::DashScopeRange => "Period: {from} – {to}",
        Msg::DashScopeAll => "Whole project",
        Msg::DashShow => "Show",
        Msg::DashWholeProject => "Whole project",
        Msg::DashExport => "Export indicators",
        Msg::DashOfTarget => "of {target} ({percent})",
        Msg::DashWeeksSummary => "Weeks from {from} to {to}; most sessions in a week: {max}",
        Msg::DashNoSessions => "No sessions in this period.",
        Msg::DashHoursTitle => "Hours, sessions and attendance",
        Msg::DashPresentOf => "({present} present of {marks})",
        Msg::DashTask => "Task",
        Msg::DashWeeksTable => "Weeks as a table",
        Msg::DashWeek => "Week",
        Msg::DashEntries => "({n} entries)",
        Msg::DashShareBar => "{what}: {value}, threshold {threshold}",
        Msg::DashThreshold => "threshold: {threshold}",
        Msg::DashEffectiveness => "Social and employment effectiveness",
        Msg::DashNotMeasured => {
            "This project does not measure effectiveness (only investment priority 9i does; switch it on in the project settings)."
        }
        Msg::DashEffectivenessRules => {
            "Social effectiveness denominator: every participant who finished (status \"zakończył\", not those who left early) — the guidelines do not confirm this, the app uses it. Employment effectiveness denominator: those of them who received vocational activation. Progress and employment count when confirmed within 3 months of leaving. People under 18 on joining are not counted for employment effectiveness nor as \"working\" or \"looking for work\", but are counted for \"gained qualifications\"."
        }
        Msg::DashNoIndicators => "The project has no indicator targets yet (add them in the project settings).",
        Msg::DashProgress => "Progress",
        Msg::DashNotEntered => "not entered",
        Msg::DashManual => "(entered by hand)",
        Msg::DashCloseList => "Close the list",
        Msg::DashNothingToList => "This number has no list behind it (a value entered by hand).",
        Msg::DashListedPeople => "People listed: {n}",
        Msg::DashListedSessions => "Sessions listed: {n}",
        Msg::DashListedEntries => "Entries listed: {n}",
        Msg::DashTime => "Time",
        Msg::DashVolunteer => "Volunteer",
        Msg::DashActivity => "Activity",
        Msg::NoSecondValue => "— none —",
        Msg::RangeFrom => "from",
        Msg::RangeTo => "to",
        Msg::ExitEmploymentTitle => "Employment after leaving",
        Msg::ExitEmploymentHint => {
            "Counts for employment effectiveness: an employment contract of at least half time for 3 months or more, a civil-law contract of 3 months or more worth at least 3 minimum wages, or a business run for 3 months or more — confirmed within 3 months of leaving."
        }
        Msg::ExitNoEmployment => "— no work taken up —",
        Msg::FieldHalfTime => "At least half time",
        Msg::ExitResultsTitle => "Results after leaving",
        Msg::ExitEdit => "Complete the results",
        Msg::ExitSave => "Save the results",
        Msg::ExitSaved => "Results saved.",
        Msg::ExitLeftHint => "The person left early: enter the situation and results if known.",
        Msg::FieldSocialProgress => "Social progress",
        Msg::FieldEmploymentKind => "Kind of employment",
        Msg::FieldEmploymentEnd => "Employment end date",
        Msg::FieldContractValue => "Civil-law contract value (PLN)",
        Msg::FieldExitSituation2 => "Situation at exit (2)",
        Msg::FieldDashboardFrom => "From",
        Msg::FieldDashboardTo => "To",
        Msg::ErrImportStale => {
            "The data on this computer changed since the preview (e.g. in another tab). Nothing was saved — choose the file again to see an up-to-date preview."
        }
        Msg::NavHandOff => "Data exchange",
        Msg::CloseDayTitle => "Close the day",
        Msg::CloseDayHint => {
            "One .zip file: the data (JSON), CSV tables for the project office and a list of files with checksums. It covers every change not yet exported up to the end of the chosen day (Polish time), so nothing is skipped."
        }
        Msg::FieldCloseDay => "Day",
        Msg::CloseDayDone => "Downloaded {file}. Changes covered: {changes}.",
        Msg::UnexportedWarning => {
            "The oldest change not yet exported is {days} days old. Close the day and hand the file to the project office."
        }
        Msg::ExportTitle => "Export",
        Msg::ExportJsonTitle => "Data (JSON)",
        Msg::ExportJsonHint => {
            "All data, or only the sessions of a period with their people and attendance. Leave the dates empty to download everything."
        }
        Msg::FieldExportFrom => "From",
        Msg::FieldExportTo => "To",
        Msg::ExportJsonButton => "Download JSON",
        Msg::ExportCsvTitle => "Tables (CSV)",
        Msg::FieldCsvKind => "Table",
        Msg::CsvParticipants => "Participants — the central system's layout",
        Msg::CsvSessions => "Sessions",
        Msg::CsvAttendanceLong => "Attendance — a row per person and session",
        Msg::CsvAttendanceWide => "Attendance — people × sessions table (hours)",
        Msg::CsvIndividual => "Individual support",
        Msg::CsvVolunteers => "Volunteer hours",
        Msg::FieldCsvPreset => "File format",
        Msg::PresetExcel => "Excel (PL) — semicolon, decimal comma",
        Msg::PresetRfc => "CSV (RFC 4180) — for programs, not spreadsheets",
        Msg::CsvRangeHint => {
            "Period (optional). For participants it is the payment-claim period: the people who started in it, with the “Wniosek za okres” column. For the other tables, session dates."
        }
        Msg::ExportCsvButton => "Download CSV",
        Msg::Downloaded => "Downloaded {file}.",
        Msg::ImportTitle => "Import from another computer",
        Msg::ImportHint => {
            "A .zip from “Close the day” or a .json export from another computer of this project. You will see what changes before anything is saved; nothing is written without your confirmation."
        }
        Msg::FieldImportFile => "Kartoteka file (.zip or .json)",
        Msg::ImportReading => "Checking the file…",
        Msg::ImportPreviewTitle => "What the import changes",
        Msg::ImportSource => "File {file} from computer {device}, saved {at}.",
        Msg::ImportCountAdded => "New",
        Msg::ImportCountUpdated => "Newer versions",
        Msg::ImportCountUnchanged => "Unchanged",
        Msg::ImportCountConflicts => "Conflicts",
        Msg::ImportCountRejected => "Rejected",
        Msg::ImportSamePersonTitle => "Possible duplicates: the same PESEL under two ids",
        Msg::ImportSamePersonHint => "Check these people in the registry after the import.",
        Msg::ImportRejectedTitle => "Rejected records (not saved)",
        Msg::RejectBadPesel => "invalid PESEL",
        Msg::RejectMissingReference => "refers to a session or person that exists on neither computer",
        Msg::ConflictsTitle => "Conflicts — choose a version",
        Msg::ConflictHint => "This record was changed on both computers since the last exchange.",
        Msg::ColumnField => "Field",
        Msg::ColumnMine => "On this computer",
        Msg::ColumnTheirs => "In the file",
        Msg::KeepMine => "Keep mine",
        Msg::TakeTheirs => "Take from the file",
        Msg::ImportApply => "Apply the import",
        Msg::ImportJoinApply => "Join the project from this file",
        Msg::ImportApplying => "Saving…",
        Msg::ImportDone => "Records imported: {n}.",
        Msg::ImportNothing => "Nothing new: every record of the file is already here. Nothing was saved.",
        Msg::PeopleImportTitle => "Participant list from a spreadsheet (CSV)",
        Msg::PeopleImportHint => {
            "A CSV file from Excel (UTF-8 or Windows-1250, semicolon or comma). Columns are recognised by the headers in the first row, e.g. Nazwisko, Imię, PESEL, Telefon, Miejscowość. People are added as “zgłoszony”."
        }
        Msg::FieldPeopleFile => "CSV file with the list of people",
        Msg::PeopleValid => "Valid rows: {n}",
        Msg::PeopleRejectedTitle => "Rejected rows (not added)",
        Msg::PeopleRejectedRow => "Row {line}: {reasons}",
        Msg::PeopleIgnored => "Ignored columns: {names}",
        Msg::PeopleImportButton => "Add the valid people",
        Msg::PeopleImported => "People added: {n}.",
        Msg::FirstRunJoin => "Join from a file",
        Msg::FirstRunJoinHint => {
            "A new or replaced computer: start from a file of another computer of this project (or your own last “Close the day” file). This computer takes the project's identity, so its files merge with the others."
        }
        Msg::ErrImportTooLarge => {
            "The file is too large ({code} MB). Kartoteka accepts files up to 50 MB — choose a close-the-day file or an export of a shorter period."
        }
        Msg::ErrImportNotJson => {
            "This file cannot be read: it is damaged or incomplete. Choose a .zip or .json file saved by Kartoteka. Code: {code}"
        }
        Msg::ErrImportNotKartoteka => {
            "This is not a Kartoteka file. Choose a .zip from “Close the day” or a .json export."
        }
        Msg::ErrImportFutureVersion => {
            "This file was saved by a newer version of Kartoteka (format {code}). Update the app on this computer and try again."
        }
        Msg::ErrImportHashMismatch => {
            "The file's content does not match its checksum: it was damaged or changed. Ask for a new file."
        }
        Msg::ErrImportBadRecords => {
            "The file contains invalid records and was not imported. Ask for a new file. Code: {code}"
        }
        Msg::ErrImportDuplicateId => {
            "The file contains the same record twice ({code}) and was not imported. Ask for a new file."
        }
        Msg::ErrImportOtherProject => {
            "This file belongs to another project: “{code}”. Only files of the same project can be imported."
        }
        Msg::ErrPeopleFileCsv => "The CSV file is damaged ({code}). Save the sheet as CSV again and retry.",
        Msg::ErrPeopleFileNoNames => {
            "The file has no “Imię” and “Nazwisko” columns. Add these headers in the sheet's first row."
        }
        Msg::ErrConflictsUndecided => "For each conflict choose “Keep mine” or “Take from the file”.",
        Msg::ErrExportFailed => "The file could not be prepared for download. Try again. Code: {code}",
        Msg::ConsultationSave => "Save the consultation",
        Msg::NavDay => "Today",
        Msg::NavVolunteers => "Volunteering",
        Msg::AbsentShort => "abs.",
        Msg::ExcusedShort => "exc.",
        Msg::AddToListNamed => "Add to the list: {name}",
        Msg::AddWalkIn => "Add a person not in the register",
        Msg::AllPresent => "All present",
        Msg::AttendanceEmpty => {
            "Nobody is enrolled in this form of support yet. Search for people below or add them by name."
        }
        Msg::AttendanceListTitle => "Attendance list",
        Msg::MonthlyListTitle => "Monthly attendance list",
        Msg::AttendanceNobodyFound => "Nobody found. You can add a person not in the register.",
        Msg::AttendanceSearch => "Add a person from the register",
        Msg::ConsultationSearch => "Find the participant",
        Msg::AttendanceSearchHint => "name, PESEL or phone; Enter adds the first person found",
        Msg::AttendanceSummary => "Present: {present} of {listed}",
        Msg::Back => "Back",
        Msg::BadgeIndividual => "individual",
        Msg::BlankRows => "Blank rows for people not on the list",
        Msg::ChangePerson => "Change person",
        Msg::ChoosePersonNamed => "Choose: {name}",
        Msg::ColumnActions => "Actions",
        Msg::ColumnFullName => "Full name",
        Msg::ColumnHours => "Hours",
        Msg::ColumnLp => "No.",
        Msg::ColumnPresent => "Present",
        Msg::ColumnSessionsAttended => "Sessions attended",
        Msg::ColumnSignature => "Signature",
        Msg::ColumnTime => "Time",
        Msg::ColumnUnitPlace => "Unit, place",
        Msg::ConsultationAdd => "Individual consultation",
        Msg::ConsultationEditTitle => "Individual consultation — edit",
        Msg::ConsultationNewTitle => "New individual consultation",
        Msg::DayEmpty => "No sessions on this day.",
        Msg::DayTitle => "Sessions",
        Msg::DayTitleToday => "Today",
        Msg::DeleteEntryNamed => "Delete the entry: {what}",
        Msg::Delete => "Delete",
        Msg::EntryDeleted => "Entry deleted.",
        Msg::GoToDay => "Go to day",
        Msg::HourOfMinutes => "hour = {minutes} min",
        Msg::HoursByFormTitle => "Hours by form of support",
        Msg::HoursHint => "e.g. 2.5",
        Msg::LeaderClashBadge => "leader booked elsewhere at this time",
        Msg::LeaderClashWarning => {
            "Note: a leader has another session at this time. Check the times (saving is allowed)."
        }
        Msg::LeaderSignature => "Leader's signature: ……………………………………",
        Msg::MonthLabel => "Month",
        Msg::MonthNext => "Next month ›",
        Msg::MonthPrevious => "‹ Previous month",
        Msg::MonthTotals => "Month totals",
        Msg::MonthlyLegend => "In each box: the participant's signature; abs. — absent, exc. — excused.",
        Msg::MonthlyListsTitle => "Monthly attendance lists ({month})",
        Msg::MonthlyNoSessions => {
            "There are no sessions of this form of support this month yet. Add sessions (planned ones too) to get the columns."
        }
        Msg::NoVolunteers => "There are no volunteers in the project structure yet. Add them in",
        Msg::NoneOption => "— none —",
        Msg::NumberPresent => "Number present",
        Msg::PersonNoSessions => "No sessions recorded for this person yet.",
        Msg::PersonSessionsTitle => "Sessions",
        Msg::PresenceNieobecny => "absent",
        Msg::PresenceObecny => "present",
        Msg::PresenceUsprawiedliwiony => "excused",
        Msg::PresentOf => "{present} of {listed}",
        Msg::PrintAttendanceList => "Attendance list",
        Msg::PrintHint => "Print on A4; the header repeats on every page.",
        Msg::Print => "Print",
        Msg::RemoveFromListNamed => "Remove from the list: {name}",
        Msg::RemoveFromList => "Remove from the list",
        Msg::SearchResults => "Search results",
        Msg::SectionConsultation => "Consultation",
        Msg::SectionSession => "Session",
        Msg::SessionAdd => "New session",
        Msg::SessionDeleteBody => {
            "The session and its recorded attendance will be deleted (also from the participants' hours). This cannot be undone."
        }
        Msg::SessionDeleteTitle => "Delete this session?",
        Msg::SessionDelete => "Delete session",
        Msg::SessionDeleted => "Session deleted.",
        Msg::SessionEditTitle => "Session — edit",
        Msg::SessionHoursLine => "Hours: {hours} (hour = {minutes} min)",
        Msg::SessionNewTitle => "New session",
        Msg::SessionPlannedLabel => "Planned — attendance will be recorded afterwards",
        Msg::SessionPlanned => "planned",
        Msg::SessionSave => "Save session",
        Msg::Show => "Show",
        Msg::TimeHint => "hh:mm",
        Msg::TodayLink => "Today",
        Msg::VolunteerHoursAdd => "Add volunteer hours",
        Msg::VolunteerHoursEmpty => "No entries this month.",
        Msg::VolunteerHoursSave => "Save hours",
        Msg::VolunteerHoursTitle => "Volunteer hours",
        Msg::WalkInHint => {
            "A person added by name goes into the register as “incomplete data” — an animator completes it later."
        }
        Msg::WalkInNumbered => "Person not in the register {n}",
        Msg::WeekDayLink => "{day} {date}, sessions: {count}",
        Msg::WeekLabel => "Week",
        Msg::WeekNext => "Next week ›",
        Msg::WeekPrevious => "‹ Previous week",
        Msg::ErrNumberFormat => "{field}: type a number, e.g. 2.5.",
        Msg::FieldSessionUnit => "Unit",
        Msg::FieldSessionPlace => "Place",
        Msg::FieldAttendance => "Attendance",
        Msg::FieldWalkInName => "Person not on the list",
        Msg::FieldConsultationParticipant => "Participant",
        Msg::FieldRecommendations => "Recommendations",
        Msg::ErrTimeFormat => "{field}: type the time as hh:mm, e.g. 16:30.",
        Msg::ErrNotMarked => "{field}: mark every person on the list, or click “All present”.",
        Msg::DraftSaving => "Saving the draft…",
        Msg::DraftKept => "Draft kept on this computer.",
        Msg::DocumentRecord => "Enter the date",
        Msg::DocumentRecordNamed => "Enter the signing date: {document}",
        Msg::AddressDerived => {
            "County: {powiat}, voivodeship: {voivodeship}, DEGURBA: {degurba} (from the project area)"
        }
        Msg::AddressOutsideArea => "another gmina (outside the project area)",
        Msg::AgeAtJoining => "Age at joining the project: {age}",
        Msg::AgeAtJoiningLabel => "Age at joining",
        Msg::BadgeIncomplete => "incomplete data",
        Msg::BadgeMissingDocuments => "missing documents",
        Msg::BadgeOtoczenie => "surroundings (otoczenie)",
        Msg::ChangeStatusTo => "Change status to: {status}",
        Msg::ColumnName => "Surname and name",
        Msg::ColumnNotes => "Notes",
        Msg::ColumnStart => "Start of participation",
        Msg::CompleteData => "Complete the person's data",
        Msg::ConfirmStatus => "Confirm the status change",
        Msg::CurrentStatus => "Current status: {status}",
        Msg::DocumentDateColumn => "Date signed (dd.mm.yyyy)",
        Msg::DocumentDateOf => "Date: {document}",
        Msg::DocumentGuardianColumn => "Signed by parent / guardian",
        Msg::DocumentGuardianSigned => "signed by a parent / guardian",
        Msg::DocumentKindColumn => "Document",
        Msg::DocumentMissing => "missing",
        Msg::DocumentSave => "Save the date",
        Msg::DocumentSaveNamed => "Save the date: {document}",
        Msg::DocumentsHint => "Enter the date each document the person has already signed was signed.",
        Msg::DraftDiscard => "Discard the draft",
        Msg::DraftRestored => "Unsaved data typed earlier in this form was restored.",
        Msg::DuplicateBody => {
            "People who may be the same person were found. Open the existing record, or save the new one anyway (the decision is recorded in the change journal)."
        }
        Msg::DuplicateOpen => "Open the existing one",
        Msg::DuplicateSamePesel => "(the same PESEL)",
        Msg::DuplicateSaveAnyway => "Save anyway",
        Msg::DuplicateSimilarName => "(similar name, the same date of birth)",
        Msg::DuplicateTitle => "This person may already be registered",
        Msg::EligibilityHint => "Tick at least one ground (required to qualify).",
        Msg::EndFinishedTitle => "End of participation",
        Msg::EndLeftTitle => "Leaving early",
        Msg::FilterAll => "all",
        Msg::FilterMissingDocuments => "missing required documents",
        Msg::GuardianHint => {
            "A minor: the declaration is signed by a parent or legal guardian, who consents to the participation."
        }
        Msg::HistoryCreated => "record created",
        Msg::HistoryDeleted => "record deleted",
        Msg::HistoryDuplicateAccepted => "saved despite resembling another person",
        Msg::HistoryTitle => "Change history",
        Msg::HistoryUpdated => "changed: {fields}",
        Msg::HistoryWhat => "What",
        Msg::HistoryWhen => "When",
        Msg::HistoryWho => "Who",
        Msg::KeyboardHint => "Enter — save, Esc — cancel",
        Msg::NavParticipants => "Participants",
        Msg::NoFurtherSteps => "This is a final status.",
        Msg::NotesLabel => "Notes",
        Msg::OtoczenieAdd => "Add a person from the surroundings",
        Msg::OtoczenieAddTitle => "New person from the surroundings",
        Msg::OtoczenieBelongsTo => "Surroundings of participant:",
        Msg::OtoczenieOf => "From the surroundings of participant: {name}",
        Msg::OtoczenieTitle => "Surroundings (otoczenie)",
        Msg::ParticipantAdd => "Add a participant",
        Msg::ParticipantAddTitle => "New participant",
        Msg::ParticipantEditTitle => "Edit participant data",
        Msg::ParticipantSave => "Save",
        Msg::ParticipantsCount => "{shown} of {total}",
        Msg::ParticipantsTitle => "Participants",
        Msg::PersonDelete => "Delete",
        Msg::PersonDeleteBody => {
            "Delete {name}? The record disappears from the lists, but the deletion is kept and reaches the other computers when data is exchanged."
        }
        Msg::PersonDeleteTitle => "Delete this person?",
        Msg::PersonDeleted => "Person deleted.",
        Msg::PostalHint => "00-000",
        Msg::Required => "required",
        Msg::SearchLabel => "Search (name, PESEL, locality, phone)",
        Msg::SectionAddress => "Address",
        Msg::SectionContact => "Contact",
        Msg::SectionEligibility => "Eligibility",
        Msg::SectionLabour => "Labour-market status",
        Msg::SectionParticipation => "Participation",
        Msg::SectionPersonal => "Personal data",
        Msg::SectionSituation => "Special situation",
        Msg::SituationHint => {
            "The person may refuse to answer (“refused to answer”); refusing does not bar participation."
        }
        Msg::StartHint => "the date of the first support, dd.mm.yyyy",
        Msg::StatusChanged => "Status changed to: {status}.",
        Msg::StatusListaRezerwowa => "reserve list",
        Msg::StatusNiezakwalifikowany => "not qualified",
        Msg::StatusPrzerwal => "left early",
        Msg::StatusUczestnik => "participant",
        Msg::StatusZakonczyl => "completed",
        Msg::StatusZakwalifikowany => "qualified",
        Msg::StatusZgloszony => "applied",
        Msg::StepNeeds => "To take this step, fill in or correct:",
        Msg::ErrTransitionNotAllowed => "This status change is not possible from the current status.",
        Msg::ErrTransitionRequirements => "The status was not changed: fill in or correct the listed data.",
        Msg::ErrDateFormat => "{field}: type the date as dd.mm.yyyy, e.g. 31.03.2021.",
        Msg::DateHint => "dd.mm.yyyy",
        Msg::Actions => "Actions",
        Msg::ArchivedCount => "Archived ({n})",
        Msg::AreaAdd => "Add an area unit",
        Msg::AreaHint => {
            "Enter the gminas participants come from (in an urban-rural gmina the town and the rural part separately: TERC codes ending in 4 and 5), with powiat, voivodeship and degree of urbanisation (DEGURBA) from the GUS table. Participant addresses pick their gmina from this list."
        }
        Msg::AreaRemove => "Remove this unit",
        Msg::AreaRowHeading => "Area unit {n}",
        Msg::Cancel => "Cancel",
        Msg::ChooseOne => "— choose —",
        Msg::Edit => "Edit",
        Msg::EditNamed => "Edit: {name}",
        Msg::FirstRunTitle => "First run: describe the project",
        Msg::FirstRunWhy => {
            "Before you register the first participant, describe the project your centre runs. Its title, contract number, programme period and targets go onto attendance lists, into the files for the central office and into the indicators, so the other pages open only once the project exists."
        }
        Msg::FirstRunStepStart => "1. Where do you start from?",
        Msg::FirstRunBlank => "Blank project",
        Msg::FirstRunBlankHint => "You enter everything yourself; choose the programme period.",
        Msg::FirstRunStepPerson => "2. Who is working on this computer?",
        Msg::FirstRunPersonHint => {
            "You set the project up as its coordinator: your name is kept with every saved record and your passphrase unlocks the encrypted data on this computer. Add more people on the Structure page and their profiles and passphrases on the Profiles page."
        }
        Msg::FirstRunStepReview => "3. Review and create",
        Msg::FirstRunReview => {
            "The project “{title}” will be created: units: {units}, tasks: {tasks}, forms of support: {forms}. To fill in later in the project settings: {missing}."
        }
        Msg::FirstRunUntitled => "untitled",
        Msg::FirstRunCreate => "Create the project",
        Msg::FirstRunCreated => "Project created. Fill in the missing values in the settings.",
        Msg::FormAdd => "Add a form of support",
        Msg::FormAdded => "Form of support added.",
        Msg::FormMode => "Mode",
        Msg::FormTask => "Task",
        Msg::FormUnit => "Unit",
        Msg::FormsTitle => "Forms of support",
        Msg::Hour45 => "45 minutes (class hour)",
        Msg::Hour60 => "60 minutes",
        Msg::IndicatorComputed => "Compute from the saved records",
        Msg::IndicatorCurrentValue => "Value achieved (entered by hand)",
        Msg::IndicatorManualOnly => "You enter this indicator by hand.",
        Msg::IndicatorTarget => "Target value",
        Msg::LogoAlt => "Logo strip on documents",
        Msg::LogoHint => "A PNG or JPEG image, at most 1 MB. Kept on this computer only.",
        Msg::LogoLabel => "Logo strip for printouts",
        Msg::LogoRemove => "Remove the logo strip",
        Msg::LogoRemoved => "Logo strip removed.",
        Msg::LogoSaved => "Logo strip saved.",
        Msg::ModeGroup => "group",
        Msg::ModeIndividual => "individual",
        Msg::MoneyHint => "in złoty, e.g. 698 626,66",
        Msg::MoveDownNamed => "Move down: {name}",
        Msg::MoveUpNamed => "Move up: {name}",
        Msg::Moved => "Order changed.",
        Msg::NavProject => "Project",
        Msg::NavStart => "First run",
        Msg::NavStructure => "Structure",
        Msg::NavWhoIsWorking => "Profiles",
        Msg::NoneChosen => "— none —",
        Msg::PeriodChangeTitle => "Change the programme period?",
        Msg::PeriodChangeBody => {
            "Changing from “{from}” to “{to}” changes the participant data set and the CSV layout for the central system (SL2014 or SM EFS). Entered data is kept, but fields the new period does not collect will not be exported, and new fields (e.g. citizenship) will have to be filled in for people already registered."
        }
        Msg::PeriodChangeConfirm => "Yes, change the period",
        Msg::ProjectTitle => "Project",
        Msg::ProjectIntro => {
            "Project data goes onto attendance lists, into files for the central system and into the indicators. Missing values are marked “to be filled in” and can be saved later."
        }
        Msg::ProjectSectionProject => "Project",
        Msg::ProjectSectionProgramme => "Programme",
        Msg::ProjectSectionPeriod => "Period and durability",
        Msg::ProjectSectionBudget => "Budget",
        Msg::ProjectSectionTargets => "Targets",
        Msg::ProjectSectionIndicators => "Indicators",
        Msg::ProjectSectionPrinting => "Printouts",
        Msg::ProjectIndicatorsHint => {
            "Tick the indicators of the contract and enter their targets. The app computes those it can from the records; you enter the others by hand."
        }
        Msg::ProjectDocumentsHint => "Documents a person must sign before becoming a participant.",
        Msg::ProjectEffectiveness => "The project measures social and employment effectiveness (priority 9i)",
        Msg::ProjectSave => "Save the project settings",
        Msg::ProjectIncompleteCount => "To be filled in: {n}",
        Msg::Restore => "Restore",
        Msg::RestoreNamed => "Restore: {name}",
        Msg::Restored => "Restored.",
        Msg::Retire => "Retire",
        Msg::RetireNamed => "Retire: {name}",
        Msg::RetiredArchived => {
            "“{name}” is used in saved records, so it was archived (not deleted): old records keep their meaning."
        }
        Msg::RetiredDeleted => "Deleted “{name}”.",
        Msg::RoleAnimator => "animator",
        Msg::RoleCoordinator => "coordinator",
        Msg::RoleSpecialist => "specialist",
        Msg::RoleVolunteer => "volunteer",
        Msg::SaveChanges => "Save changes",
        Msg::StaffAdd => "Add a person",
        Msg::StaffAdded => "Person added.",
        Msg::StaffName => "Name",
        Msg::StaffRoleLabel => "Role",
        Msg::StaffSpecialty => "Specialty",
        Msg::StaffTitle => "Staff and volunteers",
        Msg::StructureIntro => {
            "Units, tasks, forms of support and the people who run activities. An item used in saved records is archived, not deleted."
        }
        Msg::StructureTitle => "Project structure",
        Msg::TaskAdd => "Add a task",
        Msg::TaskAdded => "Task added.",
        Msg::TasksTitle => "Tasks",
        Msg::UnitAdd => "Add a unit",
        Msg::UnitAdded => "Unit added.",
        Msg::UnitAddress => "Address or place",
        Msg::UnitKind => "Kind of unit",
        Msg::UnitsTitle => "Units and clubs",
        Msg::WhoIsWorkingTitle => "Who is working on this computer?",
        Msg::WhoIsWorkingWhy => {
            "Every record in Kartoteka is signed with the person who saved it (the central system asks who added a participant). Choose yourself from the list; you can change it in the header."
        }
        Msg::WhoIsWorkingChoose => "Person",
        Msg::WhoIsWorkingConfirm => "That's me — start working",
        Msg::WhoIsWorkingNotListed => "I am not on the list",
        Msg::WhoIsWorkingSet => "Saved who is working on this computer.",
        Msg::WorkingAs => "Working: {name}",
        Msg::WorkingChange => "Change person",
        Msg::ErrFixMarkedFields => "Nothing was saved: correct the fields marked in red.",
        Msg::ErrLogoType => "The logo must be a PNG or JPEG image. Choose another file.",
        Msg::ErrLogoTooLarge => {
            "The logo file is too large (at most 1 MB). Make the image smaller and choose it again."
        }
        Msg::ErrFileRead => "The file could not be read. Choose it again.",
        Msg::ToFill => "to be filled in",
        Msg::StorageOpening => "Opening the database…",
        Msg::ErrStorageUnavailableTitle => "This browser does not allow saving data",
        Msg::ErrStorageUnavailable => {
            "Kartoteka cannot open its database in this browser (a private window, a blocked profile or site data turned off). Nothing you type here would be saved, so work is stopped. Open the app in a normal Chrome or Edge window."
        }
        Msg::ErrStorageFailedTitle => "The data cannot be opened",
        Msg::ErrStorageNewerSchema => {
            "The data on this computer was saved by a newer version of Kartoteka. This version will not open it, so that nothing gets damaged. Update the app: reload the page while online."
        }
        Msg::ErrStorageMigrationFailed => {
            "The database could not be upgraded to the new version. Your data is untouched. Try again; if the error returns, give the coordinator this code: {code}."
        }
        Msg::ErrStorageBlocked => {
            "Kartoteka is open in another tab in an older version. Close the app's other tabs and try again."
        }
        Msg::ErrStorageQuota => {
            "The disk is full: nothing was saved. Free some disk space and try again. Data saved earlier is safe and can be exported."
        }
        Msg::ErrStorageConstraint => {
            "A record with this id already exists, so nothing was saved. Reload the page and try again."
        }
        Msg::ErrStorageStale => {
            "This record was changed meanwhile (in another tab or by an import), so nothing was saved. Refresh the data and make the change again."
        }
        Msg::ErrStorageClosed => {
            "The database connection was closed (e.g. by an update in another tab), so nothing was saved. Reload the page."
        }
        Msg::ErrStorageCorrupt => {
            "Part of the saved data cannot be read ({code}). Do not change anything and contact the coordinator."
        }
        Msg::ErrStorageUnexpected => "Saving failed ({code}); nothing was saved. Try again.",
        Msg::StorageErrorRetry => "Try again",
        Msg::ReloadRequired => "Kartoteka was updated in another tab. Reload this page to keep working.",
        Msg::ReloadButton => "Reload the page",
        Msg::UnexportedNone => "Everything exported",
        Msg::UnexportedOne => "{n} unexported change",
        Msg::UnexportedFew => "{n} unexported changes",
        Msg::UnexportedMany => "{n} unexported changes",
        Msg::StatusDatabaseHeading => "Database",
        Msg::StatusDatabaseValue => "Database version {schema}, device id {device}",
        Msg::StatusRecordCounts => "Participants: {participants}, sessions: {sessions}, attendance marks: {attendance}",
        Msg::PersistAfterSaveGranted => "After the first save the browser granted persistent storage.",
        Msg::PersistAfterSaveDenied => {
            "After the first save persistent storage was requested, but the browser refused."
        }
        Msg::Saved => "Saved.",
        Msg::FieldBeneficiary => "Beneficiary",
        Msg::FieldProjectTitle => "Project title",
        Msg::FieldProgrammePeriod => "Programme period",
        Msg::FieldProgramme => "Programme",
        Msg::FieldPriorityAxis => "Priority axis",
        Msg::FieldMeasure => "Measure",
        Msg::FieldSubMeasure => "Sub-measure",
        Msg::FieldProjectNumber => "Contract/decision/annex number",
        Msg::FieldProjectStart => "Project start",
        Msg::FieldProjectEnd => "Project end",
        Msg::FieldDurabilityEnd => "End of durability",
        Msg::FieldBudgetTotal => "Total project value",
        Msg::FieldBudgetCoFinancing => "Co-financing",
        Msg::FieldBudgetOwnContribution => "Own contribution",
        Msg::FieldTargetTotal => "Target number of participants",
        Msg::FieldTargetWomen => "of whom women",
        Msg::FieldTargetMen => "of whom men",
        Msg::FieldIndicatorTargetValue => "Indicator target value",
        Msg::FieldFundingLine => "Funding line",
        Msg::FieldRequiredDocuments => "Documents required from a participant",
        Msg::FieldArea => "Project area",
        Msg::FieldAreaTeryt => "TERYT code (TERC)",
        Msg::FieldAreaName => "Name of the gmina",
        Msg::FieldAreaPowiat => "County (powiat)",
        Msg::FieldAreaVoivodeship => "Voivodeship",
        Msg::FieldAreaDegurba => "Degree of urbanisation (DEGURBA)",
        Msg::FieldUnitName => "Unit name",
        Msg::FieldTaskName => "Task name",
        Msg::FieldFormName => "Name of the form of support",
        Msg::FieldFormCategory => "Category",
        Msg::FieldFormHourLength => "Length of a class hour",
        Msg::FieldStaffFirstName => "First name",
        Msg::FieldStaffLastName => "Surname",
        Msg::FieldFirstName => "First name",
        Msg::FieldLastName => "Surname",
        Msg::FieldPesel => "PESEL",
        Msg::FieldNoPesel => "No PESEL",
        Msg::FieldOtherId => "Other identifier",
        Msg::FieldSex => "Sex",
        Msg::FieldBirthDate => "Date of birth",
        Msg::FieldDeclaredAge => "Age (declared)",
        Msg::FieldCountry => "Country",
        Msg::FieldCitizenship => "Citizenship",
        Msg::FieldEducation => "Education",
        Msg::FieldParticipantType => "Participant type",
        Msg::FieldVoivodeship => "Voivodeship",
        Msg::FieldPowiat => "County (powiat)",
        Msg::FieldGmina => "Municipality (gmina)",
        Msg::FieldLocality => "Locality",
        Msg::FieldStreet => "Street",
        Msg::FieldBuilding => "Building no.",
        Msg::FieldFlat => "Flat no.",
        Msg::FieldPostalCode => "Postal code",
        Msg::FieldDegurba => "Degree of urbanisation (DEGURBA)",
        Msg::FieldPhone => "Phone",
        Msg::FieldEmail => "E-mail address",
        Msg::FieldLabourStatus => "Labour-market status",
        Msg::FieldLabourDetail => "Of which (detail)",
        Msg::FieldOccupation => "Occupation",
        Msg::FieldEmployer => "Employer",
        Msg::FieldInstitution => "Institution name",
        Msg::FieldBusinessStart => "Business start",
        Msg::FieldPlannedEducationEnd => "Planned end of schooling",
        Msg::FieldSituationAnswer => "Special situation",
        Msg::FieldDisabilityDegree => "Degree of disability",
        Msg::FieldEligibility => "Eligibility grounds",
        Msg::FieldUnits => "Units",
        Msg::FieldDocuments => "Documents",
        Msg::FieldDeclaration => "Participation declaration",
        Msg::FieldGuardian => "Parent / legal guardian",
        Msg::FieldGuardianConsent => "Consent of the parent / legal guardian",
        Msg::FieldParticipationStart => "Participation start",
        Msg::FieldParticipationEnd => "Participation end",
        Msg::FieldExitSituation => "Situation at exit",
        Msg::FieldCompletedPath => "Completed the planned path",
        Msg::FieldLeaveReason => "Reason for leaving",
        Msg::FieldEmploymentStart => "Work or business start date",
        Msg::FieldEmploymentConfirmed => "Employment confirmed on",
        Msg::FieldProgressConfirmed => "Progress confirmed on",
        Msg::FieldHousehold => "Household composition",
        Msg::FieldSessionDate => "Session date",
        Msg::FieldSessionFrom => "Time from",
        Msg::FieldSessionTo => "Time to",
        Msg::FieldSessionForm => "Form of support",
        Msg::FieldSessionLeaders => "Leaders",
        Msg::FieldSessionTopic => "Topic",
        Msg::FieldAttendanceHours => "Hours",
        Msg::FieldVolunteerStaff => "Volunteer",
        Msg::FieldVolunteerDate => "Date",
        Msg::FieldVolunteerHours => "Hours",
        Msg::FieldVolunteerActivity => "Activity",
        Msg::FieldEnrolmentStart => "Support start",
        Msg::FieldEnrolmentEnd => "Support end",
        Msg::FieldStatus => "Recruitment status",
        Msg::ErrRequired => "{field}: please fill this in.",
        Msg::ErrTooLong => "{field}: the text is too long. Please shorten it.",
        Msg::ErrPeselLength => "{field}: a PESEL has 11 digits. Check that none is missing or extra.",
        Msg::ErrPeselNotDigits => "{field}: type digits only (11 digits), no letters, spaces or other characters.",
        Msg::ErrPeselChecksum => {
            "{field}: the check digit does not match. Compare the number with the ID card — it is usually a typo."
        }
        Msg::ErrPeselInvalidDate => {
            "{field}: the number holds a birth date that does not exist or differs from the one entered. Check the first six digits."
        }
        Msg::ErrPeselFutureDate => "{field}: the birth date in the number is in the future. Check the number.",
        Msg::ErrPeselSexMismatch => {
            "{field}: the sex does not match the PESEL (tenth digit). Correct the sex or the number."
        }
        Msg::ErrPeselGivenWithNoPesel => {
            "{field}: “No PESEL” is ticked but a number is entered. Remove the number or untick “No PESEL”."
        }
        Msg::ErrPostalCodeFormat => "{field}: type the code as 00-000.",
        Msg::ErrPhoneFormat => {
            "{field}: type 9 digits (e.g. 600 100 200) or a number with the country code (e.g. +48 600 100 200)."
        }
        Msg::ErrEmailFormat => "{field}: this does not look like an e-mail address. Type it as name@domain.pl.",
        Msg::ErrEmailDiacritics => {
            "{field}: an e-mail address cannot contain Polish letters (ą, ć, ę, ł, ń, ó, ś, ź, ż). Check the spelling."
        }
        Msg::ErrTerytFormat => "{field}: a TERC code has 7 digits, e.g. 3201011. Check it in the TERYT register.",
        Msg::ErrTerytVoivodeship => {
            "{field}: the first two digits are the voivodeship (an even number from 02 to 32). Check the code."
        }
        Msg::ErrTerytUnitType => "{field}: the last digit is the unit type (1–5, 8 or 9). Check the code.",
        Msg::ErrDegurbaValue => "{field}: choose 1, 2 or 3.",
        Msg::ErrBeforeProjectStart => {
            "{field}: the date is before the project starts. Correct the date or the project period."
        }
        Msg::ErrAfterProjectEnd => {
            "{field}: the date is after the project ends. Correct the date or the project period."
        }
        Msg::ErrEndBeforeStart => "{field}: the end date is before the start date. Correct one of the dates.",
        Msg::ErrDurabilityBeforeEnd => "{field}: durability cannot end before the project ends.",
        Msg::ErrTimeOrder => "{field}: the end time must be later than the start time.",
        Msg::ErrNotPositive => "{field}: enter a number greater than zero.",
        Msg::ErrMoneyFormat => "{field}: enter the amount in digits, e.g. 698 626,66.",
        Msg::ErrMoneyNegative => "{field}: the amount cannot be negative.",
        Msg::ErrMoneyTooManyDecimals => "{field}: at most two digits after the decimal comma.",
        Msg::ErrBudgetSumMismatch => {
            "{field}: co-financing and own contribution must add up to the total value. Check the three amounts."
        }
        Msg::ErrTargetSumMismatch => "{field}: women and men together must equal the target number of participants.",
        Msg::ErrHourLength => "{field}: a class hour lasts 60 or 45 minutes.",
        Msg::ErrUnknownValue => "{field}: this value is not on the list. Choose a value from the list.",
        Msg::ErrNotInPeriod => {
            "{field}: this value does not apply to the project's programme period. Choose another or check the period in the project settings."
        }
        Msg::ErrDetailNotForStatus => {
            "{field}: the chosen detail does not fit the labour-market status. Choose it again."
        }
        Msg::ErrOnlyForEmployed => {
            "{field}: only for an employed person. Remove the value or change the labour-market status."
        }
        Msg::ErrHouseholdNotCollected => {
            "{field}: household data are no longer collected since 2018 (Omnibus regulation). Remove them."
        }
        Msg::ErrGuardianSignatureRequired => {
            "{field}: a minor — the declaration is signed by a parent or legal guardian. Mark the guardian's signature."
        }
        Msg::ErrContactRequired => "{field}: give a phone number or an address so the person can be contacted.",
        Msg::ErrDeclaredAgeRange => "{field}: enter an age from 0 to 120.",
        Msg::ErrInFuture => "{field}: the date cannot be in the future.",
        Msg::ErrRefusalNotAllowed => "{field}: “Refused to answer” is not allowed for this question.",
        Msg::ErrDuplicateValue => "{field}: this value is already on the list.",
        Msg::ErrOutsideParticipation => "{field}: the date lies outside the person's participation. Check the dates.",
        Msg::ErrConfirmationWindow => "{field}: confirmation must come within 3 months after leaving.",
        Msg::ErrOutOfRange => "{field}: the value is too large (for example, a day has at most 24 hours).",
        Msg::ErrExceedsSessionHours => {
            "{field}: more hours than the session lasted. Enter at most the session's hours."
        }
        Msg::ErrOnlyForInstitutionStaff => {
            "{field}: only for an institution's employee or delegate. Remove the value or change the participant type."
        }
    }
}
