//! The participant (uczestnik indywidualny) with the ESF data set of both programme periods, and
//! the otoczenie: people from a participant's surroundings, linked to that participant.

use crate::domain::exit::ExitRecord;
use crate::domain::ids::{ParticipantId, UnitId};
use crate::domain::meta::Meta;
use crate::domain::pesel::{Pesel, Sex};
use chrono::{Datelike, NaiveDate};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// A participant, or a person from a participant's otoczenie (counted apart).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, Default)]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum PersonKind {
    /// Uczestnik indywidualny.
    #[default]
    Participant,
    /// Otoczenie of the linked participant, supported to the extent needed.
    Otoczenie {
        /// The participant whose surroundings the person belongs to.
        of: ParticipantId,
    },
}

/// Where a person is in recruitment and participation.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, Default)]
#[serde(rename_all = "snake_case")]
pub enum RecruitmentStatus {
    /// Zgłoszony: applied.
    #[default]
    Zgloszony,
    /// Zakwalifikowany: qualified.
    Zakwalifikowany,
    /// Lista rezerwowa: on the reserve list.
    ListaRezerwowa,
    /// Niezakwalifikowany: not qualified.
    Niezakwalifikowany,
    /// Uczestnik: taking part.
    Uczestnik,
    /// Zakończył: completed participation.
    Zakonczyl,
    /// Przerwał: left early.
    Przerwal,
}

impl RecruitmentStatus {
    /// Every status, in the order of the path.
    pub const ALL: [RecruitmentStatus; 7] = [
        RecruitmentStatus::Zgloszony,
        RecruitmentStatus::Zakwalifikowany,
        RecruitmentStatus::ListaRezerwowa,
        RecruitmentStatus::Niezakwalifikowany,
        RecruitmentStatus::Uczestnik,
        RecruitmentStatus::Zakonczyl,
        RecruitmentStatus::Przerwal,
    ];

    /// Whether the person is (or was) a participant: counted as supported.
    pub fn is_participant(self) -> bool {
        matches!(self, RecruitmentStatus::Uczestnik | RecruitmentStatus::Zakonczyl | RecruitmentStatus::Przerwal)
    }
}

/// The postal address, with the area unit it was picked from.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Address {
    /// The TERC code of the project-area unit picked, or `None` for an address outside the area.
    pub area_unit: Option<String>,
    /// Voivodeship dictionary code (TERYT WW).
    pub voivodeship: String,
    /// Powiat.
    pub powiat: String,
    /// Gmina.
    pub gmina: String,
    /// Miejscowość.
    pub locality: String,
    /// Ulica.
    pub street: String,
    /// Nr budynku.
    pub building: String,
    /// Nr lokalu.
    pub flat: String,
    /// Kod pocztowy, NN-NNN.
    pub postal_code: String,
    /// DEGURBA, asked only for an address outside the project's area (else derived).
    pub degurba: Option<String>,
}

impl Address {
    /// Whether nothing of the address is filled in.
    pub fn is_empty(&self) -> bool {
        self.locality.trim().is_empty() && self.street.trim().is_empty() && self.postal_code.trim().is_empty()
    }
}

/// A signed document with its date.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct DocumentRecord {
    /// Dictionary `document_kind` code.
    pub kind: String,
    /// The date it was signed or drawn up.
    pub date: NaiveDate,
    /// Signed by a parent or legal guardian (required for minors' declarations).
    #[serde(default)]
    pub signed_by_guardian: bool,
    /// Where the paper or scan is kept, or other remarks.
    #[serde(default)]
    pub note: String,
}

/// A business started with a grant (SL2014 columns 66–68).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct BusinessStart {
    /// Data założenia działalności gospodarczej.
    pub date: Option<NaiveDate>,
    /// Kwota środków przyznanych na założenie działalności (zł).
    pub grant: Option<rust_decimal::Decimal>,
    /// PKD of the business.
    pub pkd: String,
}

/// A minor's parent or legal guardian.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Guardian {
    /// Imię i nazwisko rodzica / opiekuna prawnego.
    pub name: String,
    /// Whether the guardian consented to the minor taking part.
    pub consent: bool,
}

/// A participant or otoczenie person with the whole ESF data set.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Participant {
    /// Record id.
    pub id: ParticipantId,
    /// Bookkeeping.
    pub meta: Meta,
    /// Participant or otoczenie.
    #[serde(default)]
    pub kind: PersonKind,
    /// "Dane niekompletne": a walk-in registered with a name only; orthogonal to the status.
    #[serde(default)]
    pub incomplete: bool,
    /// Recruitment status.
    #[serde(default)]
    pub status: RecruitmentStatus,
    /// Imię.
    pub first_name: String,
    /// Nazwisko.
    pub last_name: String,
    /// PESEL as typed (checked by validation); empty with "Brak PESEL".
    #[serde(default)]
    pub pesel: String,
    /// Brak PESEL: the age is declared instead.
    #[serde(default)]
    pub no_pesel: bool,
    /// 2021–2027: another identifier when there is no PESEL.
    #[serde(default)]
    pub other_id: String,
    /// Płeć (derived from PESEL when there is one).
    #[serde(default)]
    pub sex: Option<Sex>,
    /// Birth date: derived from PESEL, or declared with "Brak PESEL".
    #[serde(default)]
    pub birth_date: Option<NaiveDate>,
    /// Declared age at joining, when neither PESEL nor birth date is known.
    #[serde(default)]
    pub declared_age: Option<u32>,
    /// Rodzaj uczestnika (dictionary `participant_type`).
    #[serde(default = "default_participant_type")]
    pub participant_type: String,
    /// Kraj (dictionary `country`).
    #[serde(default = "default_country")]
    pub country: String,
    /// 2021–2027: Obywatelstwo (dictionary `citizenship`).
    #[serde(default)]
    pub citizenship: Option<String>,
    /// Wykształcenie: the fine ISCED level (dictionary `education`).
    #[serde(default)]
    pub education: Option<String>,
    /// Address.
    #[serde(default)]
    pub address: Address,
    /// Telefon kontaktowy.
    #[serde(default)]
    pub phone: String,
    /// Adres e-mail.
    #[serde(default)]
    pub email: String,
    /// Status na rynku pracy (dictionary `labour_status`).
    #[serde(default)]
    pub labour_status: Option<String>,
    /// "W tym" (dictionary `labour_detail`, belonging to the status).
    #[serde(default)]
    pub labour_detail: Option<String>,
    /// Wykonywany zawód (employed only; dictionary `occupation`).
    #[serde(default)]
    pub occupation: Option<String>,
    /// Zatrudniony w (employed only): the employer's full name.
    #[serde(default)]
    pub employer: String,
    /// Nazwa instytucji: only for a "pracownik lub przedstawiciel instytucji" participant.
    #[serde(default)]
    pub institution: String,
    /// Business start data (SL2014 columns 66–68), for a grant to start a business.
    #[serde(default)]
    pub business: Option<BusinessStart>,
    /// Planowana data zakończenia edukacji (education projects, SL2014 column 73).
    #[serde(default)]
    pub planned_education_end: Option<NaiveDate>,
    /// Special-situation answers: question code → answer code (`tak`, `nie`, `odmowa`).
    #[serde(default)]
    pub situation: BTreeMap<String, String>,
    /// Degree of disability (dictionary `disability_degree`), for the effectiveness thresholds.
    #[serde(default)]
    pub disability_degree: Option<String>,
    /// Eligibility grounds (dictionary `eligibility_ground`); at least one to qualify.
    #[serde(default)]
    pub eligibility: Vec<String>,
    /// Art. 7 grounds (dictionary `art7_ground`), detailing the social-assistance ground.
    #[serde(default)]
    pub art7_grounds: Vec<String>,
    /// Art. 1 ust. 2 groups (dictionary `art1_group`), detailing the social-employment ground.
    #[serde(default)]
    pub art1_groups: Vec<String>,
    /// The units the person belongs to.
    #[serde(default)]
    pub units: Vec<UnitId>,
    /// Signed documents with dates.
    #[serde(default)]
    pub documents: Vec<DocumentRecord>,
    /// A minor's parent or legal guardian.
    #[serde(default)]
    pub guardian: Option<Guardian>,
    /// Data rozpoczęcia udziału w projekcie (the date of the first support).
    #[serde(default)]
    pub start: Option<NaiveDate>,
    /// Data zakończenia udziału w projekcie.
    #[serde(default)]
    pub end: Option<NaiveDate>,
    /// Exit data (zakończył).
    #[serde(default)]
    pub exit: Option<ExitRecord>,
    /// Why the person left early (przerwał).
    #[serde(default)]
    pub leave_reason: String,
    /// Free notes of the animator.
    #[serde(default)]
    pub notes: String,
}

fn default_participant_type() -> String {
    "indywidualny".to_owned()
}

fn default_country() -> String {
    "Polska".to_owned()
}

/// Age in full years on `on` (Civil Code art. 112: age N is reached at the start of the N-th
/// birthday). `None` when `on` is before `birth`.
pub fn age_on(birth: NaiveDate, on: NaiveDate) -> Option<u32> {
    if on < birth {
        return None;
    }
    let mut years = on.year() - birth.year();
    if (on.month(), on.day()) < (birth.month(), birth.day()) {
        years -= 1;
    }
    u32::try_from(years).ok()
}

impl Participant {
    /// A new, empty person record (status zgłoszony).
    pub fn new(id: ParticipantId, meta: Meta) -> Self {
        Participant {
            id,
            meta,
            kind: PersonKind::Participant,
            incomplete: false,
            status: RecruitmentStatus::Zgloszony,
            first_name: String::new(),
            last_name: String::new(),
            pesel: String::new(),
            no_pesel: false,
            other_id: String::new(),
            sex: None,
            birth_date: None,
            declared_age: None,
            participant_type: default_participant_type(),
            country: default_country(),
            citizenship: None,
            education: None,
            address: Address::default(),
            phone: String::new(),
            email: String::new(),
            labour_status: None,
            labour_detail: None,
            occupation: None,
            employer: String::new(),
            institution: String::new(),
            business: None,
            planned_education_end: None,
            situation: BTreeMap::new(),
            disability_degree: None,
            eligibility: Vec::new(),
            art7_grounds: Vec::new(),
            art1_groups: Vec::new(),
            units: Vec::new(),
            documents: Vec::new(),
            guardian: None,
            start: None,
            end: None,
            exit: None,
            leave_reason: String::new(),
            notes: String::new(),
        }
    }

    /// "Imię Nazwisko".
    pub fn full_name(&self) -> String {
        format!("{} {}", self.first_name.trim(), self.last_name.trim()).trim().to_owned()
    }

    /// The checked PESEL, when one is given and valid.
    pub fn valid_pesel(&self, today: NaiveDate) -> Option<Pesel> {
        if self.no_pesel || self.pesel.trim().is_empty() {
            return None;
        }
        Pesel::parse(&self.pesel, today).ok()
    }

    /// Fills the birth date and sex from a valid PESEL (they are not editable then).
    /// Returns whether anything was derived.
    pub fn derive_from_pesel(&mut self, today: NaiveDate) -> bool {
        let Some(pesel) = self.valid_pesel(today) else {
            return false;
        };
        self.birth_date = Some(pesel.birth_date());
        self.sex = Some(pesel.sex());
        self.declared_age = None;
        true
    }

    /// The birth date: from a valid PESEL, else as declared.
    pub fn effective_birth_date(&self, today: NaiveDate) -> Option<NaiveDate> {
        self.valid_pesel(today).map(|p| p.birth_date()).or(self.birth_date)
    }

    /// Wiek w chwili przystąpienia do projektu: full years on the participation start date
    /// (on `today` while there is no start date yet), or the declared age.
    pub fn age_at_joining(&self, today: NaiveDate) -> Option<u32> {
        let on = self.start.unwrap_or(today);
        match self.effective_birth_date(today) {
            Some(birth) => age_on(birth, on),
            None => self.declared_age,
        }
    }

    /// Whether the person was under 18 on joining (unknown age counts as adult).
    pub fn is_minor_at_joining(&self, today: NaiveDate) -> bool {
        self.age_at_joining(today).is_some_and(|a| a < 18)
    }

    /// The document of `kind`, if recorded.
    pub fn document(&self, kind: &str) -> Option<&DocumentRecord> {
        self.documents.iter().find(|d| d.kind == kind)
    }

    /// Required document kinds that are not recorded yet.
    pub fn missing_documents<'a>(&self, required: &'a [String]) -> Vec<&'a str> {
        required.iter().filter(|k| self.document(k).is_none()).map(String::as_str).collect()
    }

    /// A walk-in added to a session by name only: "dane niekompletne" until an animator
    /// completes the identity data.
    pub fn walk_in(id: ParticipantId, meta: Meta, first_name: &str, last_name: &str, unit: Option<UnitId>) -> Self {
        let mut p = Participant::new(id, meta);
        p.incomplete = true;
        first_name.trim().clone_into(&mut p.first_name);
        last_name.trim().clone_into(&mut p.last_name);
        p.units = unit.into_iter().collect();
        p
    }

    /// Whether the person can be told apart from everyone else: both names and a valid PESEL,
    /// or "brak PESEL" with the birth date and sex. Completing this ends "dane niekompletne".
    pub fn identity_complete(&self, today: NaiveDate) -> bool {
        let named = !self.first_name.trim().is_empty() && !self.last_name.trim().is_empty();
        let identified = if self.no_pesel {
            self.birth_date.is_some() && self.sex.is_some()
        } else {
            self.valid_pesel(today).is_some()
        };
        named && identified
    }

    /// Whether the person is an otoczenie person.
    pub fn is_otoczenie(&self) -> bool {
        matches!(self.kind, PersonKind::Otoczenie { .. })
    }

    /// Whether the record goes to the central system's CSVs and the indicators: a participant
    /// (not otoczenie), not a walk-in with incomplete data, not deleted.
    pub fn counts_for_reporting(&self) -> bool {
        !self.incomplete && !self.is_otoczenie() && !self.meta.deleted
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::ids::DeviceId;
    use crate::domain::pesel::synthesize;
    use chrono::{TimeZone, Utc};

    fn date(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    fn person() -> Participant {
        let meta = Meta::new(&DeviceId("d".into()), None, Utc.timestamp_opt(0, 0).unwrap());
        Participant::new(ParticipantId::new(), meta)
    }

    #[test]
    fn age_is_full_years_and_turns_on_the_birthday() {
        let birth = date(2000, 6, 15);
        assert_eq!(age_on(birth, date(2018, 6, 14)), Some(17));
        assert_eq!(age_on(birth, date(2018, 6, 15)), Some(18));
        assert_eq!(age_on(birth, date(2018, 12, 31)), Some(18));
        assert_eq!(age_on(birth, date(1999, 1, 1)), None);
        // Born on 29 February: 18 only on 1 March in a non-leap year.
        assert_eq!(age_on(date(2004, 2, 29), date(2022, 2, 28)), Some(17));
        assert_eq!(age_on(date(2004, 2, 29), date(2022, 3, 1)), Some(18));
    }

    #[test]
    fn pesel_fills_birth_date_and_sex_and_age_is_taken_on_the_start_date() {
        let mut p = person();
        p.pesel = synthesize(date(2008, 9, 1), 42, Sex::Female).unwrap();
        let today = date(2026, 11, 23);
        assert!(p.derive_from_pesel(today));
        assert_eq!(p.birth_date, Some(date(2008, 9, 1)));
        assert_eq!(p.sex, Some(Sex::Female));
        p.start = Some(date(2026, 8, 31));
        assert_eq!(p.age_at_joining(today), Some(17));
        assert!(p.is_minor_at_joining(today));
        p.start = Some(date(2026, 9, 1));
        assert_eq!(p.age_at_joining(today), Some(18));
        assert!(!p.is_minor_at_joining(today));
    }

    #[test]
    fn without_pesel_the_declared_age_is_used() {
        let mut p = person();
        p.no_pesel = true;
        p.declared_age = Some(44);
        assert_eq!(p.age_at_joining(date(2026, 1, 1)), Some(44));
        p.birth_date = Some(date(1990, 1, 2));
        p.start = Some(date(2026, 1, 1));
        assert_eq!(p.age_at_joining(date(2026, 1, 1)), Some(35));
    }

    #[test]
    fn a_walk_in_stays_incomplete_until_identified() {
        let today = date(2026, 11, 23);
        let w = Participant::walk_in(ParticipantId::new(), person().meta, " Jan ", "Nowy", None);
        assert!(w.incomplete);
        assert_eq!(w.full_name(), "Jan Nowy");
        assert!(!w.identity_complete(today));
        let mut with_pesel = w.clone();
        with_pesel.pesel = "85041212344".into();
        assert!(with_pesel.identity_complete(today));
        with_pesel.pesel = "85041212345".into();
        assert!(!with_pesel.identity_complete(today));
        let mut no_pesel = w;
        no_pesel.no_pesel = true;
        no_pesel.birth_date = Some(date(1985, 4, 12));
        assert!(!no_pesel.identity_complete(today));
        no_pesel.sex = Some(Sex::Female);
        assert!(no_pesel.identity_complete(today));
    }

    #[test]
    fn walk_ins_and_otoczenie_stay_out_of_reporting() {
        let mut p = person();
        assert!(p.counts_for_reporting());
        p.incomplete = true;
        assert!(!p.counts_for_reporting());
        p.incomplete = false;
        p.kind = PersonKind::Otoczenie { of: ParticipantId::new() };
        assert!(!p.counts_for_reporting());
    }

    #[test]
    fn missing_documents_are_the_required_ones_not_recorded() {
        let mut p = person();
        p.documents.push(DocumentRecord {
            kind: "rodo".into(),
            date: date(2026, 1, 1),
            signed_by_guardian: false,
            note: String::new(),
        });
        let required = vec!["deklaracja".to_owned(), "rodo".to_owned()];
        assert_eq!(p.missing_documents(&required), vec!["deklaracja"]);
    }
}
