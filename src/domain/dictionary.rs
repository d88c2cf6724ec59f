//! Dictionaries: every enumeration of the domain (education levels, labour-market statuses,
//! eligibility grounds, document kinds, …) as versioned data embedded at build time.
//!
//! Records store a stable internal `code`; each entry maps it to the Polish UI label, an English
//! gloss, and the exact text the central system expects, per programme period. Entries the
//! domain reference marks as unconfirmed carry `unconfirmed: true`, so the UI can say so.

use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::sync::LazyLock;

/// A programme period: it selects the participant data set and the central system's layout.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, Default)]
pub enum Period {
    /// 2014–2020: SL2014 (participant part PEFS).
    #[serde(rename = "2014-2020")]
    P2014_2020,
    /// 2021–2027: CST2021 (participant module SM EFS).
    #[default]
    #[serde(rename = "2021-2027")]
    P2021_2027,
}

impl Period {
    /// Both periods, older first.
    pub const ALL: [Period; 2] = [Period::P2014_2020, Period::P2021_2027];

    /// The code used in data files and exports ("2014-2020").
    pub fn code(self) -> &'static str {
        match self {
            Period::P2014_2020 => "2014-2020",
            Period::P2021_2027 => "2021-2027",
        }
    }
}

/// The dictionaries that exist.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[allow(missing_docs, reason = "names say what they hold; the data file has the values")]
pub enum Kind {
    ProgrammePeriod,
    Voivodeship,
    Sex,
    Answer,
    YesNo,
    Country,
    ParticipantType,
    Education,
    LabourStatus,
    LabourDetail,
    Occupation,
    ExitSituation,
    YouthResult,
    Citizenship,
    SituationQuestion,
    DisabilityDegree,
    MinorityGroup,
    EligibilityGround,
    Art7Ground,
    Art1Group,
    DocumentKind,
    SupportCategory,
    UnitKind,
    SocialProgress,
    EmploymentKind,
    Degurba,
    TerytUnitType,
    SupportFormSuggestion,
    Indicator,
}

/// One value of a dictionary.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Entry {
    /// The stable internal code stored in records.
    pub code: String,
    /// The Polish label shown in the UI.
    pub pl: String,
    /// The English gloss shown in the English UI.
    pub en: String,
    /// The exact text the central system expects, per period; a missing period means the value
    /// is not exported in that period.
    #[serde(default)]
    pub export: BTreeMap<Period, String>,
    /// The periods the value applies to; `None` means every period.
    #[serde(default)]
    pub periods: Option<Vec<Period>>,
    /// The domain reference could not confirm the value or its wording.
    #[serde(default)]
    pub unconfirmed: bool,
    /// Parent codes (for "w tym" details: the statuses they belong to).
    #[serde(default)]
    pub parents: Vec<String>,
    /// Dictionary-specific attributes (e.g. a TERYT code, a category, flags).
    #[serde(flatten)]
    pub extra: BTreeMap<String, Attr>,
}

/// A dictionary-specific attribute value.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(untagged)]
pub enum Attr {
    /// A flag such as `default_required`.
    Flag(bool),
    /// A text such as a TERYT code or a category.
    Text(String),
    /// A list such as the indicators an exit situation counts for.
    List(Vec<String>),
}

impl Entry {
    /// Whether the value applies in `period`.
    pub fn applies_to(&self, period: Period) -> bool {
        match &self.periods {
            Some(periods) => periods.contains(&period),
            None => self.export.is_empty() || self.export.contains_key(&period),
        }
    }

    /// The central system's text in `period`, falling back to the Polish label.
    pub fn export_label(&self, period: Period) -> &str {
        self.export.get(&period).map_or(self.pl.as_str(), String::as_str)
    }

    /// A flag attribute (false when absent).
    pub fn flag(&self, name: &str) -> bool {
        matches!(self.extra.get(name), Some(Attr::Flag(true)))
    }

    /// A text attribute.
    pub fn text(&self, name: &str) -> Option<&str> {
        match self.extra.get(name) {
            Some(Attr::Text(t)) => Some(t),
            _ => None,
        }
    }

    /// A list attribute (empty when absent).
    pub fn list(&self, name: &str) -> &[String] {
        match self.extra.get(name) {
            Some(Attr::List(l)) => l,
            _ => &[],
        }
    }
}

/// All dictionaries of one data-file version.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Dictionaries {
    /// Always `kartoteka-dictionaries`.
    pub format: String,
    /// The data-file version; bumped when values change meaning.
    pub version: u32,
    /// Kind → values in display order.
    pub dictionaries: BTreeMap<Kind, Vec<Entry>>,
}

const EMBEDDED: &str = include_str!("data/dictionaries.json");

static DICTIONARIES: LazyLock<Dictionaries> = LazyLock::new(|| {
    // The file is part of the build and checked by tests, so a parse failure is a build defect.
    serde_json::from_str(EMBEDDED).expect("embedded dictionaries.json is valid")
});

/// The embedded dictionaries.
pub fn dictionaries() -> &'static Dictionaries {
    &DICTIONARIES
}

impl Dictionaries {
    /// Every value of `kind`, in display order.
    pub fn all(&self, kind: Kind) -> &[Entry] {
        self.dictionaries.get(&kind).map_or(&[], Vec::as_slice)
    }

    /// The values of `kind` that apply in `period`.
    pub fn for_period(&self, kind: Kind, period: Period) -> impl Iterator<Item = &Entry> {
        self.all(kind).iter().filter(move |e| e.applies_to(period))
    }

    /// One value by code.
    pub fn get(&self, kind: Kind, code: &str) -> Option<&Entry> {
        self.all(kind).iter().find(|e| e.code == code)
    }

    /// Whether `code` is a value of `kind` applying in `period`.
    pub fn is_valid(&self, kind: Kind, code: &str, period: Period) -> bool {
        self.get(kind, code).is_some_and(|e| e.applies_to(period))
    }
}

/// Shorthand: one value by code from the embedded dictionaries.
pub fn entry(kind: Kind, code: &str) -> Option<&'static Entry> {
    dictionaries().get(kind, code)
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::BTreeSet;

    #[test]
    fn the_embedded_file_parses_and_has_every_dictionary() {
        let d = dictionaries();
        assert_eq!(d.format, "kartoteka-dictionaries");
        for kind in [
            Kind::ProgrammePeriod,
            Kind::Voivodeship,
            Kind::Sex,
            Kind::Answer,
            Kind::YesNo,
            Kind::Country,
            Kind::ParticipantType,
            Kind::Education,
            Kind::LabourStatus,
            Kind::LabourDetail,
            Kind::Occupation,
            Kind::ExitSituation,
            Kind::YouthResult,
            Kind::Citizenship,
            Kind::SituationQuestion,
            Kind::DisabilityDegree,
            Kind::MinorityGroup,
            Kind::EligibilityGround,
            Kind::Art7Ground,
            Kind::Art1Group,
            Kind::DocumentKind,
            Kind::SupportCategory,
            Kind::UnitKind,
            Kind::SocialProgress,
            Kind::EmploymentKind,
            Kind::Degurba,
            Kind::TerytUnitType,
            Kind::SupportFormSuggestion,
            Kind::Indicator,
        ] {
            assert!(!d.all(kind).is_empty(), "{kind:?} is empty");
        }
    }

    #[test]
    fn codes_are_unique_and_labels_non_empty_in_every_dictionary() {
        for (kind, entries) in &dictionaries().dictionaries {
            let codes: BTreeSet<&str> = entries.iter().map(|e| e.code.as_str()).collect();
            assert_eq!(codes.len(), entries.len(), "{kind:?} repeats a code");
            for e in entries {
                assert!(!e.pl.trim().is_empty() && !e.en.trim().is_empty(), "{kind:?}/{} lacks a label", e.code);
                for label in e.export.values() {
                    assert!(!label.trim().is_empty(), "{kind:?}/{} has an empty export label", e.code);
                }
            }
        }
    }

    #[test]
    fn the_sixteen_voivodeships_have_even_teryt_codes_02_to_32() {
        let v = dictionaries().all(Kind::Voivodeship);
        assert_eq!(v.len(), 16);
        let codes: Vec<&str> = v.iter().filter_map(|e| e.text("teryt")).collect();
        let expected: Vec<String> = (1..=16).map(|i| format!("{:02}", i * 2)).collect();
        assert_eq!(codes, expected);
        assert_eq!(entry(Kind::Voivodeship, "24").unwrap().export_label(Period::P2014_2020), "śląskie");
    }

    #[test]
    fn education_is_stored_fine_and_exported_merged_in_2021_2027() {
        let d = dictionaries();
        let isced1 = d.get(Kind::Education, "isced1").unwrap();
        let isced2 = d.get(Kind::Education, "isced2").unwrap();
        assert_eq!(isced1.export_label(Period::P2014_2020), "Podstawowe (ISCED 1)");
        assert_eq!(isced2.export_label(Period::P2014_2020), "Gimnazjalne (ISCED 2)");
        assert_eq!(isced1.export_label(Period::P2021_2027), isced2.export_label(Period::P2021_2027));
        assert!(d.get(Kind::Education, "isced0").unwrap().unconfirmed);
    }

    #[test]
    fn household_questions_exist_but_are_never_collected() {
        let d = dictionaries();
        for code in ["jobless_household", "jobless_household_children", "single_adult_children"] {
            let q = d.get(Kind::SituationQuestion, code).unwrap();
            assert!(!q.applies_to(Period::P2014_2020) && !q.applies_to(Period::P2021_2027), "{code}");
        }
        assert!(d.is_valid(Kind::SituationQuestion, "other_disadvantage", Period::P2014_2020));
        assert!(!d.is_valid(Kind::SituationQuestion, "other_disadvantage", Period::P2021_2027));
        assert!(d.is_valid(Kind::SituationQuestion, "third_country", Period::P2021_2027));
        assert!(!d.is_valid(Kind::SituationQuestion, "third_country", Period::P2014_2020));
    }

    #[test]
    fn labour_details_name_the_statuses_they_belong_to() {
        let d = dictionaries();
        for detail in d.all(Kind::LabourDetail) {
            assert!(!detail.parents.is_empty(), "{}", detail.code);
            for parent in &detail.parents {
                assert!(d.get(Kind::LabourStatus, parent).is_some(), "{} → {parent}", detail.code);
            }
        }
    }

    #[test]
    fn default_required_documents_are_the_declaration_and_rodo() {
        let required: Vec<&str> = dictionaries()
            .all(Kind::DocumentKind)
            .iter()
            .filter(|e| e.flag("default_required"))
            .map(|e| e.code.as_str())
            .collect();
        assert_eq!(required, vec!["deklaracja", "rodo"]);
    }
}
