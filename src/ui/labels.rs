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

/// A recruitment status's label.
pub fn status_label(locale: Locale, status: crate::domain::participant::RecruitmentStatus) -> &'static str {
    use crate::domain::participant::RecruitmentStatus as S;
    text(
        locale,
        match status {
            S::Zgloszony => Msg::StatusZgloszony,
            S::Zakwalifikowany => Msg::StatusZakwalifikowany,
            S::ListaRezerwowa => Msg::StatusListaRezerwowa,
            S::Niezakwalifikowany => Msg::StatusNiezakwalifikowany,
            S::Uczestnik => Msg::StatusUczestnik,
            S::Zakonczyl => Msg::StatusZakonczyl,
            S::Przerwal => Msg::StatusPrzerwal,
        },
    )
}

/// The stable code of a status, for selects and URLs.
pub fn status_code(status: crate::domain::participant::RecruitmentStatus) -> &'static str {
    use crate::domain::participant::RecruitmentStatus as S;
    match status {
        S::Zgloszony => "zgloszony",
        S::Zakwalifikowany => "zakwalifikowany",
        S::ListaRezerwowa => "lista_rezerwowa",
        S::Niezakwalifikowany => "niezakwalifikowany",
        S::Uczestnik => "uczestnik",
        S::Zakonczyl => "zakonczyl",
        S::Przerwal => "przerwal",
    }
}

/// The status with the given code.
pub fn status_from_code(code: &str) -> Option<crate::domain::participant::RecruitmentStatus> {
    crate::domain::participant::RecruitmentStatus::ALL.into_iter().find(|s| status_code(*s) == code)
}

/// A sex's label.
pub fn sex_label(locale: Locale, sex: crate::domain::pesel::Sex) -> String {
    dict_label(locale, Kind::Sex, if sex == crate::domain::pesel::Sex::Female { "K" } else { "M" })
}

/// The label of a journal field name (a record's serde field, e.g. `address.locality`).
pub fn journal_field(locale: Locale, name: &str) -> String {
    use crate::domain::validation::Field as F;
    let field = match name.split('.').next_back().unwrap_or(name) {
        "first_name" => Some(F::FirstName),
        "last_name" => Some(F::LastName),
        "pesel" => Some(F::Pesel),
        "no_pesel" => Some(F::NoPesel),
        "other_id" => Some(F::OtherId),
        "sex" => Some(F::Sex),
        "birth_date" => Some(F::BirthDate),
        "declared_age" => Some(F::DeclaredAge),
        "country" => Some(F::Country),
        "citizenship" => Some(F::Citizenship),
        "education" => Some(F::Education),
        "participant_type" => Some(F::ParticipantType),
        "voivodeship" => Some(F::Voivodeship),
        "powiat" => Some(F::Powiat),
        "gmina" | "area_unit" => Some(F::Gmina),
        "locality" => Some(F::Locality),
        "street" => Some(F::Street),
        "building" => Some(F::Building),
        "flat" => Some(F::Flat),
        "postal_code" => Some(F::PostalCode),
        "degurba" => Some(F::Degurba),
        "phone" => Some(F::Phone),
        "email" => Some(F::Email),
        "labour_status" => Some(F::LabourStatus),
        "labour_detail" => Some(F::LabourDetail),
        "occupation" => Some(F::Occupation),
        "employer" => Some(F::Employer),
        "institution" => Some(F::Institution),
        "situation" => Some(F::SituationAnswer),
        "disability_degree" => Some(F::DisabilityDegree),
        "eligibility" | "art7_grounds" | "art1_groups" => Some(F::Eligibility),
        "units" => Some(F::Units),
        "documents" => Some(F::Documents),
        "guardian" => Some(F::Guardian),
        "start" => Some(F::ParticipationStart),
        "end" => Some(F::ParticipationEnd),
        "exit" => Some(F::ExitSituation),
        "leave_reason" => Some(F::LeaveReason),
        "status" => Some(F::Status),
        _ => None,
    };
    field.map_or_else(|| name.to_owned(), |f| text(locale, crate::state::errors::field_label(f)).to_owned())
}

/// "obecny" / "nieobecny" / "usprawiedliwiony".
pub fn presence_label(locale: Locale, presence: crate::domain::session::Presence) -> &'static str {
    use crate::domain::session::Presence;
    text(
        locale,
        match presence {
            Presence::Obecny => Msg::PresenceObecny,
            Presence::Nieobecny => Msg::PresenceNieobecny,
            Presence::Usprawiedliwiony => Msg::PresenceUsprawiedliwiony,
        },
    )
}
