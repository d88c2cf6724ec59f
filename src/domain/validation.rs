//! Typed validation results: which field, what is wrong, and whether it is merely missing.
//!
//! The domain returns these kinds, never text; `state::errors` turns each into a Polish or
//! English sentence that names the field and says what to do.

use serde::{Deserialize, Serialize};

/// Declares a fieldless enum together with `ALL`, the list of its variants.
macro_rules! listed_enum {
    ($(#[$attr:meta])* pub enum $name:ident { $($(#[$doc:meta])* $variant:ident),* $(,)? }) => {
        $(#[$attr])*
        pub enum $name { $($(#[$doc])* $variant),* }

        impl $name {
            /// Every variant, in declaration order.
            pub const ALL: &'static [$name] = &[$($name::$variant),*];
        }
    };
}

listed_enum! {
    /// A field of a form or record that a validation issue points at.
    #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
    pub enum Field {
        Beneficiary, ProjectTitle, ProgrammePeriod, Programme, PriorityAxis, Measure, SubMeasure,
        ProjectNumber, ProjectStart, ProjectEnd, DurabilityEnd, BudgetTotal, BudgetCoFinancing,
        BudgetOwnContribution, TargetTotal, TargetWomen, TargetMen, IndicatorTargetValue,
        FundingLine, RequiredDocuments, Area, AreaTeryt, AreaName, AreaPowiat, AreaVoivodeship, AreaDegurba,
        UnitName, TaskName, FormName, FormCategory, FormHourLength, StaffFirstName, StaffLastName,
        FirstName, LastName, Pesel, NoPesel, OtherId, Sex, BirthDate, DeclaredAge, Country,
        Citizenship, Education, ParticipantType, Voivodeship, Powiat, Gmina, Locality, Street,
        Building, Flat, PostalCode, Degurba, Phone, Email, LabourStatus, LabourDetail, Occupation,
        Employer, Institution, BusinessStart, PlannedEducationEnd, SituationAnswer, DisabilityDegree, Eligibility, Units, Documents, Declaration,
        Guardian, GuardianConsent, ParticipationStart, ParticipationEnd, ExitSituation,
        CompletedPath, LeaveReason, EmploymentStart, EmploymentConfirmed, ProgressConfirmed,
        SocialProgress, EmploymentKind, EmploymentEnd, ContractValue, ExitSituation2, DashboardFrom, DashboardTo,
        EffectivenessThreshold, MinimumWage,
        Household, SessionDate, SessionFrom, SessionTo, SessionForm, SessionLeaders, SessionTopic,
        AttendanceHours, VolunteerStaff, VolunteerDate, VolunteerHours, VolunteerActivity,
        EnrolmentStart, EnrolmentEnd, Status, SessionUnit, SessionPlace, Attendance, WalkInName,
        ConsultationParticipant, Recommendations, CloseDay, ExportFrom, ExportTo,
    }
}

listed_enum! {
    /// What is wrong with a field.
    #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
    pub enum ErrorCode {
        /// A value is still missing (incomplete, not wrong).
        Required,
        TooLong,
        PeselLength,
        PeselNotDigits,
        PeselChecksum,
        PeselInvalidDate,
        PeselFutureDate,
        PeselSexMismatch,
        PeselGivenWithNoPesel,
        PostalCodeFormat,
        PhoneFormat,
        EmailFormat,
        EmailDiacritics,
        TerytFormat,
        TerytVoivodeship,
        TerytUnitType,
        DegurbaValue,
        BeforeProjectStart,
        AfterProjectEnd,
        EndBeforeStart,
        DurabilityBeforeEnd,
        TimeOrder,
        NotPositive,
        MoneyFormat,
        MoneyNegative,
        MoneyTooManyDecimals,
        BudgetSumMismatch,
        TargetSumMismatch,
        HourLength,
        UnknownValue,
        NotInPeriod,
        DetailNotForStatus,
        OnlyForEmployed,
        HouseholdNotCollected,
        GuardianSignatureRequired,
        ContactRequired,
        DeclaredAgeRange,
        InFuture,
        RefusalNotAllowed,
        DuplicateValue,
        OutsideParticipation,
        ConfirmationWindow,
        OutOfRange,
        ExceedsSessionHours,
        OnlyForInstitutionStaff,
        DateFormat,
        TimeFormat,
        NotMarked,
        NumberFormat,
    }
}

impl ErrorCode {
    /// Whether the issue is a missing value rather than a wrong one.
    pub fn severity(self) -> Severity {
        match self {
            ErrorCode::Required | ErrorCode::ContactRequired => Severity::Incomplete,
            _ => Severity::Invalid,
        }
    }
}

/// Missing ("do uzupełnienia") or wrong.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Severity {
    /// A value still to fill in: a draft may be saved with it.
    Incomplete,
    /// A wrong value: nothing is saved until it is fixed.
    Invalid,
}

/// One validation finding.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub struct Issue {
    /// The field it is about.
    pub field: Field,
    /// What is wrong.
    pub code: ErrorCode,
}

impl Issue {
    /// An issue about `field`.
    pub const fn new(field: Field, code: ErrorCode) -> Self {
        Issue { field, code }
    }

    /// Missing or wrong.
    pub fn severity(self) -> Severity {
        self.code.severity()
    }
}

/// Helpers over a list of issues.
pub trait Issues {
    /// Whether any issue is a wrong value (which blocks saving).
    fn has_invalid(&self) -> bool;
    /// The issues that are wrong values.
    fn invalid(&self) -> Vec<Issue>;
    /// The issues that are missing values.
    fn incomplete(&self) -> Vec<Issue>;
    /// The issues about one field.
    fn for_field(&self, field: Field) -> Vec<Issue>;
}

impl Issues for [Issue] {
    fn has_invalid(&self) -> bool {
        self.iter().any(|i| i.severity() == Severity::Invalid)
    }
    fn invalid(&self) -> Vec<Issue> {
        self.iter().copied().filter(|i| i.severity() == Severity::Invalid).collect()
    }
    fn incomplete(&self) -> Vec<Issue> {
        self.iter().copied().filter(|i| i.severity() == Severity::Incomplete).collect()
    }
    fn for_field(&self, field: Field) -> Vec<Issue> {
        self.iter().copied().filter(|i| i.field == field).collect()
    }
}

/// The most text a single-line field may hold (names, places, topics).
pub const MAX_SHORT_TEXT: usize = 200;
/// The most text a multi-line field may hold (notes, recommendations).
pub const MAX_LONG_TEXT: usize = 5000;

/// Adds `Required` when `value` is blank and `TooLong` when it exceeds `max` characters.
pub fn check_text(issues: &mut Vec<Issue>, field: Field, value: &str, required: bool, max: usize) {
    if value.trim().is_empty() {
        if required {
            issues.push(Issue::new(field, ErrorCode::Required));
        }
    } else if value.chars().count() > max {
        issues.push(Issue::new(field, ErrorCode::TooLong));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_missing_values_are_incomplete() {
        for &code in ErrorCode::ALL {
            let expected = matches!(code, ErrorCode::Required | ErrorCode::ContactRequired);
            assert_eq!(code.severity() == Severity::Incomplete, expected, "{code:?}");
        }
    }

    #[test]
    fn text_checks_tell_missing_from_too_long() {
        let mut issues = Vec::new();
        check_text(&mut issues, Field::FirstName, "  ", true, 10);
        check_text(&mut issues, Field::LastName, "", false, 10);
        check_text(&mut issues, Field::Street, "ąęółśżźćńąęół", false, 10);
        assert_eq!(
            issues,
            vec![Issue::new(Field::FirstName, ErrorCode::Required), Issue::new(Field::Street, ErrorCode::TooLong)]
        );
        assert!(issues.has_invalid());
        assert_eq!(issues.incomplete().len(), 1);
        assert_eq!(issues.for_field(Field::Street).len(), 1);
    }
}
