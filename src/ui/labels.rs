//! Labels of dictionary values and enums in the current language.

use crate::domain::dictionary::{Kind, dictionaries};
use crate::domain::project::{StaffRole, SupportMode};
use crate::i18n::{Locale, Msg, text};

/// A dictionary value's label: the exact Polish term in Polish, the English gloss in English.
pub fn dict_label(locale: Locale, kind: Kind, code: &str) -> String {
    match dictionaries().get(kind, code) {
        Some(e) => match locale {
            Locale::Pl => e.pl.clone(),
            Locale::En => e.en.clone(),
        },
        None => code.to_owned(),
    }
}

/// Every value of a dictionary as select options (code, label).
pub fn dict_options(locale: Locale, kind: Kind) -> Vec<(String, String)> {
    dictionaries().all(kind).iter().map(|e| (e.code.clone(), dict_label(locale, kind, &e.code))).collect()
}

/// A programme period's label.
pub fn period_label(locale: Locale, code: &str) -> String {
    dict_label(locale, Kind::ProgrammePeriod, code)
}

/// A staff role's label.
pub fn role_label(locale: Locale, role: StaffRole) -> &'static str {
    text(
        locale,
        match role {
            StaffRole::Coordinator => Msg::RoleCoordinator,
            StaffRole::Animator => Msg::RoleAnimator,
            StaffRole::Specialist => Msg::RoleSpecialist,
            StaffRole::Volunteer => Msg::RoleVolunteer,
        },
    )
}

/// A support mode's label.
pub fn mode_label(locale: Locale, mode: SupportMode) -> &'static str {
    text(
        locale,
        match mode {
            SupportMode::Group => Msg::ModeGroup,
            SupportMode::Individual => Msg::ModeIndividual,
        },
    )
}
