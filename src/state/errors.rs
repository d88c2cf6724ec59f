//! The one place where an error becomes a sentence for the user.

use crate::browser::BrowserError;
use crate::domain::validation::{ErrorCode, Field, Issue};
use crate::i18n::{Locale, Msg, fill, text};
use crate::storage::StorageError;

/// Everything that can go wrong in an action the user started.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum AppError {
    /// Asking for persistent storage failed.
    #[error("persist request failed: {0}")]
    PersistRequest(BrowserError),
    /// Storage failed; nothing was written.
    #[error(transparent)]
    Storage(StorageError),
    /// The entered values have issues; the form shows them field by field.
    #[error("{} validation issue(s)", .0.len())]
    Validation(Vec<Issue>),
    /// The chosen logo is not a PNG or JPEG image.
    #[error("logo must be PNG or JPEG")]
    LogoType,
    /// The chosen logo is larger than allowed.
    #[error("logo too large")]
    LogoTooLarge,
    /// A status change was refused.
    #[error(transparent)]
    Transition(crate::domain::status::TransitionError),
    /// The chosen file could not be read.
    #[error("file read failed: {0}")]
    FileRead(BrowserError),
    /// A Kartoteka file was refused.
    #[error(transparent)]
    Import(crate::codec::envelope::ReadError),
    /// A file of another project was refused.
    #[error("file of another project: {0}")]
    OtherProject(String),
    /// A participant list was refused.
    #[error(transparent)]
    PeopleFile(crate::codec::participants_csv::PeopleFileError),
    /// Applying an import while a conflict has no choice.
    #[error("conflicts not decided")]
    ConflictsUndecided,
    /// The records changed (another tab) between the preview and applying it.
    #[error("records changed since the preview")]
    ImportStale,
    /// The close-the-day file could not be built.
    #[error("bundle failed: {0}")]
    Bundle(String),
    /// The browser refused the download.
    #[error("download failed: {0}")]
    Download(BrowserError),
    /// Clearing the offline cache or the service worker failed.
    #[error("wipe failed: {0}")]
    Wipe(BrowserError),
    /// A passphrase was refused.
    #[error(transparent)]
    Passphrase(crate::state::profiles::PassphraseProblem),
    /// The role of who is working does not allow the action.
    #[error("not allowed for this role")]
    NotAllowed,
    /// The person already has a profile here.
    #[error("profile exists")]
    ProfileExists,
    /// The last coordinator profile cannot go.
    #[error("last coordinator")]
    LastCoordinator,
    /// An encrypted hand-off file could not be made or opened.
    #[error(transparent)]
    Seal(crate::state::sealing::SealProblem),
}

/// The catalogue message for `err`.
pub fn message_for(err: &AppError) -> Msg {
    match err {
        AppError::PersistRequest(_) => Msg::StoragePersistFailed,
        AppError::Storage(e) => storage_message(e),
        AppError::Validation(_) => Msg::ErrFixMarkedFields,
        AppError::LogoType => Msg::ErrLogoType,
        AppError::LogoTooLarge => Msg::ErrLogoTooLarge,
        AppError::FileRead(_) => Msg::ErrFileRead,
        AppError::Import(e) => import_message(e),
        AppError::OtherProject(_) => Msg::ErrImportOtherProject,
        AppError::PeopleFile(crate::codec::participants_csv::PeopleFileError::Csv(_)) => Msg::ErrPeopleFileCsv,
        AppError::PeopleFile(crate::codec::participants_csv::PeopleFileError::NoNameColumns) => {
            Msg::ErrPeopleFileNoNames
        }
        AppError::ConflictsUndecided => Msg::ErrConflictsUndecided,
        AppError::ImportStale => Msg::ErrImportStale,
        AppError::Bundle(_) | AppError::Download(_) => Msg::ErrExportFailed,
        AppError::Wipe(_) => Msg::ErrWipeFailed,
        AppError::Passphrase(p) => p.message(),
        AppError::NotAllowed => Msg::ErrNotAllowed,
        AppError::ProfileExists => Msg::ErrProfileExists,
        AppError::LastCoordinator => Msg::ErrLastCoordinator,
        AppError::Seal(p) => {
            use crate::state::sealing::SealProblem;
            match p {
                SealProblem::NoOfficeKey => Msg::ErrSealNoOfficeKey,
                SealProblem::NoProjectKey => Msg::ErrSealNoProjectKey,
                SealProblem::BadOfficeKey => Msg::ErrSealBadOfficeKey,
                SealProblem::PassphraseNeeded => Msg::ErrSealPassphraseNeeded,
                SealProblem::WrongPassphrase => Msg::ErrSealWrongPassphrase,
                SealProblem::Damaged => Msg::ErrSealDamaged,
                SealProblem::FutureVersion => Msg::ErrImportFutureVersion,
                SealProblem::OtherProject => Msg::ErrSealOtherProject,
            }
        }
        AppError::Transition(crate::domain::status::TransitionError::NotAllowed { .. }) => Msg::ErrTransitionNotAllowed,
        AppError::Transition(crate::domain::status::TransitionError::Requirements(_)) => Msg::ErrTransitionRequirements,
    }
}

/// The catalogue message for a refused Kartoteka file.
pub fn import_message(err: &crate::codec::envelope::ReadError) -> Msg {
    use crate::codec::envelope::ReadError;
    match err {
        ReadError::TooLarge { .. } => Msg::ErrImportTooLarge,
        ReadError::NotJson(_) => Msg::ErrImportNotJson,
        ReadError::NotKartoteka => Msg::ErrImportNotKartoteka,
        ReadError::FutureVersion { .. } => Msg::ErrImportFutureVersion,
        ReadError::HashMismatch => Msg::ErrImportHashMismatch,
        ReadError::BadRecords(_) => Msg::ErrImportBadRecords,
        ReadError::DuplicateId(_) => Msg::ErrImportDuplicateId,
    }
}

/// The catalogue message for a storage error.
pub fn storage_message(err: &StorageError) -> Msg {
    match err {
        StorageError::Unavailable(_) => Msg::ErrStorageUnavailable,
        StorageError::NewerSchema { .. } => Msg::ErrStorageNewerSchema,
        StorageError::MigrationFailed { .. } => Msg::ErrStorageMigrationFailed,
        StorageError::Blocked => Msg::ErrStorageBlocked,
        StorageError::QuotaExceeded => Msg::ErrStorageQuota,
        StorageError::Constraint => Msg::ErrStorageConstraint,
        StorageError::Stale { .. } => Msg::ErrStorageStale,
        StorageError::Closed => Msg::ErrStorageClosed,
        StorageError::Corrupt { .. } => Msg::ErrStorageCorrupt,
        StorageError::Unexpected(_) => Msg::ErrStorageUnexpected,
        StorageError::Locked => Msg::ErrStorageLocked,
        StorageError::WrongPassphrase => Msg::ErrPassphraseWrong,
    }
}

/// The reference code shown with unexpected errors, so support can tell them apart.
fn reference_code(err: &AppError) -> String {
    match err {
        AppError::PersistRequest(e) | AppError::FileRead(e) | AppError::Download(e) | AppError::Wipe(e) => {
            e.name.clone()
        }
        AppError::Import(e) => import_code(e),
        AppError::OtherProject(title) => title.clone(),
        AppError::PeopleFile(e) => e.to_string(),
        AppError::Bundle(e) => e.clone(),
        AppError::Validation(issues) => issues.len().to_string(),
        AppError::LogoType
        | AppError::LogoTooLarge
        | AppError::Transition(_)
        | AppError::ConflictsUndecided
        | AppError::ImportStale
        | AppError::NotAllowed
        | AppError::ProfileExists
        | AppError::LastCoordinator
        | AppError::Seal(_) => String::new(),
        AppError::Passphrase(p) => p.code(),
        AppError::Storage(StorageError::MigrationFailed { to, reason }) => format!("migracja-{to}: {reason}"),
        AppError::Storage(StorageError::Corrupt { store, detail }) => format!("{store}: {detail}"),
        AppError::Storage(other) => other.to_string(),
    }
}

fn import_code(err: &crate::codec::envelope::ReadError) -> String {
    use crate::codec::envelope::ReadError;
    match err {
        ReadError::TooLarge { bytes } => {
            let tenths = bytes.saturating_mul(10) / 1_048_576;
            format!("{},{}", tenths / 10, tenths % 10)
        }
        ReadError::FutureVersion { found, .. } => found.to_string(),
        ReadError::DuplicateId(id) => id.to_string(),
        ReadError::NotJson(detail) | ReadError::BadRecords(detail) => detail.chars().take(120).collect(),
        ReadError::NotKartoteka | ReadError::HashMismatch => String::new(),
    }
}

/// The sentence the user sees for `err`, in `locale`, with its reference code filled in.
pub fn error_text(locale: Locale, err: &AppError) -> String {
    fill(text(locale, message_for(err)), &[("code", &reference_code(err))])
}

/// The label of a field, as forms show it and as error sentences name it.
#[allow(clippy::too_many_lines, reason = "one arm per field")]
pub fn field_label(field: Field) -> Msg {
    match field {
        Field::Beneficiary => Msg::FieldBeneficiary,
        Field::ProjectTitle => Msg::FieldProjectTitle,
        Field::ProgrammePeriod => Msg::FieldProgrammePeriod,
        Field::Programme => Msg::FieldProgramme,
        Field::PriorityAxis => Msg::FieldPriorityAxis,
        Field::Measure => Msg::FieldMeasure,
        Field::SubMeasure => Msg::FieldSubMeasure,
        Field::ProjectNumber => Msg::FieldProjectNumber,
        Field::ProjectStart => Msg::FieldProjectStart,
        Field::ProjectEnd => Msg::FieldProjectEnd,
        Field::DurabilityEnd => Msg::FieldDurabilityEnd,
        Field::BudgetTotal => Msg::FieldBudgetTotal,
        Field::BudgetCoFinancing => Msg::FieldBudgetCoFinancing,
        Field::BudgetOwnContribution => Msg::FieldBudgetOwnContribution,
        Field::TargetTotal => Msg::FieldTargetTotal,
        Field::TargetWomen => Msg::FieldTargetWomen,
        Field::TargetMen => Msg::FieldTargetMen,
        Field::IndicatorTargetValue => Msg::FieldIndicatorTargetValue,
        Field::FundingLine => Msg::FieldFundingLine,
        Field::RequiredDocuments => Msg::FieldRequiredDocuments,
        Field::Area => Msg::FieldArea,
        Field::AreaTeryt => Msg::FieldAreaTeryt,
        Field::AreaName => Msg::FieldAreaName,
        Field::AreaPowiat => Msg::FieldAreaPowiat,
        Field::AreaVoivodeship => Msg::FieldAreaVoivodeship,
        Field::AreaDegurba => Msg::FieldAreaDegurba,
        Field::UnitName => Msg::FieldUnitName,
        Field::TaskName => Msg::FieldTaskName,
        Field::FormName => Msg::FieldFormName,
        Field::FormCategory => Msg::FieldFormCategory,
        Field::FormHourLength => Msg::FieldFormHourLength,
        Field::StaffFirstName => Msg::FieldStaffFirstName,
        Field::StaffLastName => Msg::FieldStaffLastName,
        Field::FirstName => Msg::FieldFirstName,
        Field::LastName => Msg::FieldLastName,
        Field::Pesel => Msg::FieldPesel,
        Field::NoPesel => Msg::FieldNoPesel,
        Field::OtherId => Msg::FieldOtherId,
        Field::Sex => Msg::FieldSex,
        Field::BirthDate => Msg::FieldBirthDate,
        Field::DeclaredAge => Msg::FieldDeclaredAge,
        Field::Country => Msg::FieldCountry,
        Field::Citizenship => Msg::FieldCitizenship,
        Field::Education => Msg::FieldEducation,
        Field::ParticipantType => Msg::FieldParticipantType,
        Field::Voivodeship => Msg::FieldVoivodeship,
        Field::Powiat => Msg::FieldPowiat,
        Field::Gmina => Msg::FieldGmina,
        Field::Locality => Msg::FieldLocality,
        Field::Street => Msg::FieldStreet,
        Field::Building => Msg::FieldBuilding,
        Field::Flat => Msg::FieldFlat,
        Field::PostalCode => Msg::FieldPostalCode,
        Field::Degurba => Msg::FieldDegurba,
        Field::Phone => Msg::FieldPhone,
        Field::Email => Msg::FieldEmail,
        Field::LabourStatus => Msg::FieldLabourStatus,
        Field::LabourDetail => Msg::FieldLabourDetail,
        Field::Occupation => Msg::FieldOccupation,
        Field::Employer => Msg::FieldEmployer,
        Field::Institution => Msg::FieldInstitution,
        Field::BusinessStart => Msg::FieldBusinessStart,
        Field::PlannedEducationEnd => Msg::FieldPlannedEducationEnd,
        Field::SituationAnswer => Msg::FieldSituationAnswer,
        Field::DisabilityDegree => Msg::FieldDisabilityDegree,
        Field::Eligibility => Msg::FieldEligibility,
        Field::Units => Msg::FieldUnits,
        Field::Documents => Msg::FieldDocuments,
        Field::Declaration => Msg::FieldDeclaration,
        Field::Guardian => Msg::FieldGuardian,
        Field::GuardianConsent => Msg::FieldGuardianConsent,
        Field::ParticipationStart => Msg::FieldParticipationStart,
        Field::ParticipationEnd => Msg::FieldParticipationEnd,
        Field::ExitSituation => Msg::FieldExitSituation,
        Field::CompletedPath => Msg::FieldCompletedPath,
        Field::LeaveReason => Msg::FieldLeaveReason,
        Field::EmploymentStart => Msg::FieldEmploymentStart,
        Field::EmploymentConfirmed => Msg::FieldEmploymentConfirmed,
        Field::ProgressConfirmed => Msg::FieldProgressConfirmed,
        Field::SocialProgress => Msg::FieldSocialProgress,
        Field::EmploymentKind => Msg::FieldEmploymentKind,
        Field::EmploymentEnd => Msg::FieldEmploymentEnd,
        Field::ContractValue => Msg::FieldContractValue,
        Field::ExitSituation2 => Msg::FieldExitSituation2,
        Field::DashboardFrom => Msg::FieldDashboardFrom,
        Field::DashboardTo => Msg::FieldDashboardTo,
        Field::EffectivenessThreshold => Msg::FieldEffectivenessThreshold,
        Field::MinimumWage => Msg::FieldMinimumWage,
        Field::Household => Msg::FieldHousehold,
        Field::SessionDate => Msg::FieldSessionDate,
        Field::SessionFrom => Msg::FieldSessionFrom,
        Field::SessionTo => Msg::FieldSessionTo,
        Field::SessionForm => Msg::FieldSessionForm,
        Field::SessionLeaders => Msg::FieldSessionLeaders,
        Field::SessionTopic => Msg::FieldSessionTopic,
        Field::AttendanceHours => Msg::FieldAttendanceHours,
        Field::VolunteerStaff => Msg::FieldVolunteerStaff,
        Field::VolunteerDate => Msg::FieldVolunteerDate,
        Field::VolunteerHours => Msg::FieldVolunteerHours,
        Field::VolunteerActivity => Msg::FieldVolunteerActivity,
        Field::EnrolmentStart => Msg::FieldEnrolmentStart,
        Field::EnrolmentEnd => Msg::FieldEnrolmentEnd,
        Field::Status => Msg::FieldStatus,
        Field::SessionUnit => Msg::FieldSessionUnit,
        Field::SessionPlace => Msg::FieldSessionPlace,
        Field::Attendance => Msg::FieldAttendance,
        Field::WalkInName => Msg::FieldWalkInName,
        Field::ConsultationParticipant => Msg::FieldConsultationParticipant,
        Field::Recommendations => Msg::FieldRecommendations,
        Field::CloseDay => Msg::FieldCloseDay,
        Field::ExportFrom => Msg::FieldExportFrom,
        Field::ExportTo => Msg::FieldExportTo,
    }
}

/// The sentence template (with `{field}`) for an error kind.
pub fn error_sentence(code: ErrorCode) -> Msg {
    match code {
        ErrorCode::Required => Msg::ErrRequired,
        ErrorCode::TooLong => Msg::ErrTooLong,
        ErrorCode::PeselLength => Msg::ErrPeselLength,
        ErrorCode::PeselNotDigits => Msg::ErrPeselNotDigits,
        ErrorCode::PeselChecksum => Msg::ErrPeselChecksum,
        ErrorCode::PeselInvalidDate => Msg::ErrPeselInvalidDate,
        ErrorCode::PeselFutureDate => Msg::ErrPeselFutureDate,
        ErrorCode::PeselSexMismatch => Msg::ErrPeselSexMismatch,
        ErrorCode::PeselGivenWithNoPesel => Msg::ErrPeselGivenWithNoPesel,
        ErrorCode::PostalCodeFormat => Msg::ErrPostalCodeFormat,
        ErrorCode::PhoneFormat => Msg::ErrPhoneFormat,
        ErrorCode::EmailFormat => Msg::ErrEmailFormat,
        ErrorCode::EmailDiacritics => Msg::ErrEmailDiacritics,
        ErrorCode::TerytFormat => Msg::ErrTerytFormat,
        ErrorCode::TerytVoivodeship => Msg::ErrTerytVoivodeship,
        ErrorCode::TerytUnitType => Msg::ErrTerytUnitType,
        ErrorCode::DegurbaValue => Msg::ErrDegurbaValue,
        ErrorCode::BeforeProjectStart => Msg::ErrBeforeProjectStart,
        ErrorCode::AfterProjectEnd => Msg::ErrAfterProjectEnd,
        ErrorCode::EndBeforeStart => Msg::ErrEndBeforeStart,
        ErrorCode::DurabilityBeforeEnd => Msg::ErrDurabilityBeforeEnd,
        ErrorCode::TimeOrder => Msg::ErrTimeOrder,
        ErrorCode::NotPositive => Msg::ErrNotPositive,
        ErrorCode::MoneyFormat => Msg::ErrMoneyFormat,
        ErrorCode::MoneyNegative => Msg::ErrMoneyNegative,
        ErrorCode::MoneyTooManyDecimals => Msg::ErrMoneyTooManyDecimals,
        ErrorCode::BudgetSumMismatch => Msg::ErrBudgetSumMismatch,
        ErrorCode::TargetSumMismatch => Msg::ErrTargetSumMismatch,
        ErrorCode::HourLength => Msg::ErrHourLength,
        ErrorCode::UnknownValue => Msg::ErrUnknownValue,
        ErrorCode::NotInPeriod => Msg::ErrNotInPeriod,
        ErrorCode::DetailNotForStatus => Msg::ErrDetailNotForStatus,
        ErrorCode::OnlyForEmployed => Msg::ErrOnlyForEmployed,
        ErrorCode::HouseholdNotCollected => Msg::ErrHouseholdNotCollected,
        ErrorCode::GuardianSignatureRequired => Msg::ErrGuardianSignatureRequired,
        ErrorCode::ContactRequired => Msg::ErrContactRequired,
        ErrorCode::DeclaredAgeRange => Msg::ErrDeclaredAgeRange,
        ErrorCode::InFuture => Msg::ErrInFuture,
        ErrorCode::RefusalNotAllowed => Msg::ErrRefusalNotAllowed,
        ErrorCode::DuplicateValue => Msg::ErrDuplicateValue,
        ErrorCode::OutsideParticipation => Msg::ErrOutsideParticipation,
        ErrorCode::ConfirmationWindow => Msg::ErrConfirmationWindow,
        ErrorCode::OutOfRange => Msg::ErrOutOfRange,
        ErrorCode::ExceedsSessionHours => Msg::ErrExceedsSessionHours,
        ErrorCode::OnlyForInstitutionStaff => Msg::ErrOnlyForInstitutionStaff,
        ErrorCode::DateFormat => Msg::ErrDateFormat,
        ErrorCode::TimeFormat => Msg::ErrTimeFormat,
        ErrorCode::NotMarked => Msg::ErrNotMarked,
        ErrorCode::NumberFormat => Msg::ErrNumberFormat,
    }
}

/// The full sentence for a validation issue in `locale`: the field label and what to do.
pub fn issue_text(locale: Locale, issue: Issue) -> String {
    fill(text(locale, error_sentence(issue.code)), &[("field", text(locale, field_label(issue.field)))])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_issue_gets_a_sentence_naming_its_field_in_both_languages() {
        for &field in Field::ALL {
            for &code in ErrorCode::ALL {
                for locale in Locale::ALL {
                    let sentence = issue_text(locale, Issue::new(field, code));
                    let label = text(locale, field_label(field));
                    assert!(sentence.starts_with(label), "{sentence}");
                    assert!(!sentence.contains('{'), "unfilled placeholder: {sentence}");
                    assert!(sentence.len() > label.len() + 10, "{sentence}");
                }
            }
        }
    }

    #[test]
    fn a_pesel_checksum_error_reads_as_a_polish_sentence() {
        assert_eq!(
            issue_text(Locale::Pl, Issue::new(Field::Pesel, ErrorCode::PeselChecksum)),
            "PESEL: cyfra kontrolna się nie zgadza. Porównaj numer z dowodem osobistym — to zwykle literówka."
        );
    }
}
