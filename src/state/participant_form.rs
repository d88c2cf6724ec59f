//! The participant registration form: text as typed, turned into a `Participant` plus the issues
//! to show. Serializable, so a half-typed form is kept as a draft and survives a reload.

use crate::domain::dates::{date_text, parse_date};
use crate::domain::ids::{ParticipantId, UnitId};
use crate::domain::participant::{Address, DocumentRecord, Guardian, Participant, PersonKind};
use crate::domain::participant_rules::{RuleContext, validate_participant};
use crate::domain::pesel::{Pesel, Sex};
use crate::domain::validation::{ErrorCode, Field, Issue};
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, BTreeSet};

/// The address choice meaning "a gmina outside the project's area".
pub const OUTSIDE_AREA: &str = "outside";

/// One document row of the form.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct DocumentRow {
    /// Dictionary `document_kind` code.
    pub kind: String,
    /// The date as typed (dd.mm.rrrr), empty while not signed.
    pub date: String,
    /// Signed by the parent or guardian.
    pub signed_by_guardian: bool,
    /// Where the paper is kept.
    pub note: String,
}

/// The form's values.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[allow(missing_docs, reason = "each field mirrors the Participant field of the same name")]
pub struct ParticipantForm {
    /// The participant this person is otoczenie of, if any.
    pub otoczenie_of: Option<ParticipantId>,
    pub incomplete: bool,
    pub first_name: String,
    pub last_name: String,
    pub pesel: String,
    pub no_pesel: bool,
    pub other_id: String,
    /// "", "K" or "M".
    pub sex: String,
    /// dd.mm.rrrr.
    pub birth_date: String,
    pub declared_age: String,
    pub participant_type: String,
    pub institution: String,
    pub country: String,
    pub citizenship: String,
    pub education: String,
    /// A TERC code from the project's area, [`OUTSIDE_AREA`], or "" (not chosen).
    pub area_unit: String,
    pub voivodeship: String,
    pub powiat: String,
    pub gmina: String,
    pub locality: String,
    pub street: String,
    pub building: String,
    pub flat: String,
    pub postal_code: String,
    pub degurba: String,
    pub phone: String,
    pub email: String,
    pub labour_status: String,
    pub labour_detail: String,
    pub occupation: String,
    pub employer: String,
    pub situation: BTreeMap<String, String>,
    pub disability_degree: String,
    pub eligibility: BTreeSet<String>,
    pub art7_grounds: BTreeSet<String>,
    pub art1_groups: BTreeSet<String>,
    pub units: BTreeSet<UnitId>,
    pub documents: Vec<DocumentRow>,
    pub guardian_name: String,
    pub guardian_consent: bool,
    /// dd.mm.rrrr.
    pub start: String,
    pub notes: String,
}

fn opt(text: &str) -> Option<String> {
    let t = text.trim();
    (!t.is_empty()).then(|| t.to_owned())
}

impl ParticipantForm {
    /// An empty form for a new person.
    pub fn new_person() -> Self {
        ParticipantForm { participant_type: "indywidualny".into(), country: "Polska".into(), ..Self::default() }
    }

    /// The form showing `p`.
    pub fn from_participant(p: &Participant) -> Self {
        ParticipantForm {
            otoczenie_of: match p.kind {
                PersonKind::Otoczenie { of } => Some(of),
                PersonKind::Participant => None,
            },
            incomplete: p.incomplete,
            first_name: p.first_name.clone(),
            last_name: p.last_name.clone(),
            pesel: p.pesel.clone(),
            no_pesel: p.no_pesel,
            other_id: p.other_id.clone(),
            sex: match p.sex {
                Some(Sex::Female) => "K".into(),
                Some(Sex::Male) => "M".into(),
                None => String::new(),
            },
            birth_date: p.birth_date.map(date_text).unwrap_or_default(),
            declared_age: p.declared_age.map(|a| a.to_string()).unwrap_or_default(),
            participant_type: p.participant_type.clone(),
            institution: p.institution.clone(),
            country: p.country.clone(),
            citizenship: p.citizenship.clone().unwrap_or_default(),
            education: p.education.clone().unwrap_or_default(),
            area_unit: match &p.address.area_unit {
                Some(terc) => terc.clone(),
                None if p.address.is_empty() && p.address.gmina.is_empty() => String::new(),
                None => OUTSIDE_AREA.into(),
            },
            voivodeship: p.address.voivodeship.clone(),
            powiat: p.address.powiat.clone(),
            gmina: p.address.gmina.clone(),
            locality: p.address.locality.clone(),
            street: p.address.street.clone(),
            building: p.address.building.clone(),
            flat: p.address.flat.clone(),
            postal_code: p.address.postal_code.clone(),
            degurba: p.address.degurba.clone().unwrap_or_default(),
            phone: p.phone.clone(),
            email: p.email.clone(),
            labour_status: p.labour_status.clone().unwrap_or_default(),
            labour_detail: p.labour_detail.clone().unwrap_or_default(),
            occupation: p.occupation.clone().unwrap_or_default(),
            employer: p.employer.clone(),
            situation: p.situation.clone(),
            disability_degree: p.disability_degree.clone().unwrap_or_default(),
            eligibility: p.eligibility.iter().cloned().collect(),
            art7_grounds: p.art7_grounds.iter().cloned().collect(),
            art1_groups: p.art1_groups.iter().cloned().collect(),
            units: p.units.iter().copied().collect(),
            documents: p
                .documents
                .iter()
                .map(|d| DocumentRow {
                    kind: d.kind.clone(),
                    date: date_text(d.date),
                    signed_by_guardian: d.signed_by_guardian,
                    note: d.note.clone(),
                })
                .collect(),
            guardian_name: p.guardian.as_ref().map(|g| g.name.clone()).unwrap_or_default(),
            guardian_consent: p.guardian.as_ref().is_some_and(|g| g.consent),
            start: p.start.map(date_text).unwrap_or_default(),
            notes: p.notes.clone(),
        }
    }

    /// The PESEL, when it is valid and used (not "Brak PESEL").
    pub fn valid_pesel(&self, ctx: &RuleContext<'_>) -> Option<Pesel> {
        (!self.no_pesel).then(|| Pesel::parse(&self.pesel, ctx.today).ok()).flatten()
    }

    /// Fills birth date and sex from a valid PESEL (they are read-only then). Returns whether
    /// anything was derived.
    pub fn derive_from_pesel(&mut self, ctx: &RuleContext<'_>) -> bool {
        let Some(pesel) = self.valid_pesel(ctx) else { return false };
        self.birth_date = date_text(pesel.birth_date());
        self.sex = if pesel.sex() == Sex::Female { "K".into() } else { "M".into() };
        self.declared_age.clear();
        true
    }

    /// Fills voivodeship, powiat and gmina from the chosen project-area unit.
    pub fn apply_area_unit(&mut self, ctx: &RuleContext<'_>) {
        if let Some(unit) = ctx.area.iter().find(|u| u.teryt == self.area_unit) {
            self.voivodeship.clone_from(&unit.voivodeship);
            self.powiat.clone_from(&unit.powiat);
            self.gmina.clone_from(&unit.name);
            self.degurba.clear();
        }
    }

    /// The person these values describe (on top of `base`'s id, metadata, status and exit data)
    /// and every issue for its current status: text that does not parse, then the domain rules.
    pub fn apply(&self, base: &Participant, ctx: &RuleContext<'_>) -> (Participant, Vec<Issue>) {
        let mut issues = Vec::new();
        let mut date = |text: &str, field: Field| -> Option<chrono::NaiveDate> {
            opt(text).and_then(|t| parse_date(&t).map_err(|code| issues.push(Issue::new(field, code))).ok())
        };
        let birth_date = date(&self.birth_date, Field::BirthDate);
        let start = date(&self.start, Field::ParticipationStart);
        let documents: Vec<DocumentRecord> = self
            .documents
            .iter()
            .filter(|row| !row.date.trim().is_empty())
            .filter_map(|row| {
                date(&row.date, if row.kind == "deklaracja" { Field::Declaration } else { Field::Documents }).map(|d| {
                    DocumentRecord {
                        kind: row.kind.clone(),
                        date: d,
                        signed_by_guardian: row.signed_by_guardian,
                        note: row.note.trim().to_owned(),
                    }
                })
            })
            .collect();
        let declared_age = opt(&self.declared_age).and_then(|t| {
            t.parse::<u32>().map_err(|_| issues.push(Issue::new(Field::DeclaredAge, ErrorCode::DeclaredAgeRange))).ok()
        });
        let in_area = ctx.area.iter().any(|u| u.teryt == self.area_unit);
        let mut person = Participant {
            kind: self.otoczenie_of.map_or(PersonKind::Participant, |of| PersonKind::Otoczenie { of }),
            incomplete: self.incomplete,
            first_name: self.first_name.trim().to_owned(),
            last_name: self.last_name.trim().to_owned(),
            pesel: if self.no_pesel { String::new() } else { self.pesel.trim().to_owned() },
            no_pesel: self.no_pesel,
            other_id: self.other_id.trim().to_owned(),
            sex: match self.sex.as_str() {
                "K" => Some(Sex::Female),
                "M" => Some(Sex::Male),
                _ => None,
            },
            birth_date,
            declared_age,
            participant_type: self.participant_type.clone(),
            institution: self.institution.trim().to_owned(),
            country: self.country.clone(),
            citizenship: opt(&self.citizenship),
            education: opt(&self.education),
            address: Address {
                area_unit: in_area.then(|| self.area_unit.clone()),
                voivodeship: self.voivodeship.clone(),
                powiat: self.powiat.trim().to_owned(),
                gmina: self.gmina.trim().to_owned(),
                locality: self.locality.trim().to_owned(),
                street: self.street.trim().to_owned(),
                building: self.building.trim().to_owned(),
                flat: self.flat.trim().to_owned(),
                postal_code: self.postal_code.trim().to_owned(),
                degurba: if in_area { None } else { opt(&self.degurba) },
            },
            phone: self.phone.trim().to_owned(),
            email: self.email.trim().to_owned(),
            labour_status: opt(&self.labour_status),
            labour_detail: opt(&self.labour_detail),
            occupation: opt(&self.occupation),
            employer: self.employer.trim().to_owned(),
            situation: self
                .situation
                .iter()
                .filter(|(_, a)| !a.is_empty())
                .map(|(q, a)| (q.clone(), a.clone()))
                .collect(),
            disability_degree: opt(&self.disability_degree),
            eligibility: self.eligibility.iter().cloned().collect(),
            art7_grounds: self.art7_grounds.iter().cloned().collect(),
            art1_groups: self.art1_groups.iter().cloned().collect(),
            units: self.units.iter().copied().collect(),
            documents,
            guardian: (!self.guardian_name.trim().is_empty() || self.guardian_consent)
                .then(|| Guardian { name: self.guardian_name.trim().to_owned(), consent: self.guardian_consent }),
            start,
            notes: self.notes.trim().to_owned(),
            ..base.clone()
        };
        // A valid PESEL decides birth date and sex.
        person.derive_from_pesel(ctx.today);
        // A walk-in stops being "dane niekompletne" once their identity data are complete.
        person.incomplete = self.incomplete && !person.identity_complete(ctx.today);
        let unparsed: BTreeSet<Field> = issues.iter().map(|i| i.field).collect();
        issues.extend(
            validate_participant(&person, ctx)
                .into_iter()
                .filter(|i| !(unparsed.contains(&i.field) && i.code == ErrorCode::Required)),
        );
        issues.sort();
        issues.dedup();
        (person, issues)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::ids::DeviceId;
    use crate::domain::meta::Meta;
    use crate::domain::pesel::synthesize;
    use crate::domain::project::{AreaUnit, Project};
    use crate::domain::templates::{instantiate, template};
    use crate::domain::validation::Issues;
    use chrono::{NaiveDate, TimeZone, Utc};

    fn project() -> Project {
        let mut p =
            instantiate(template("bartoszyce").unwrap(), &DeviceId("d".into()), None, Utc.timestamp_opt(0, 0).unwrap())
                .project;
        p.area.push(AreaUnit {
            teryt: "2802011".into(),
            name: "Bartoszyce".into(),
            powiat: "bartoszycki".into(),
            voivodeship: "28".into(),
            degurba: Some("2".into()),
        });
        p
    }

    fn today() -> NaiveDate {
        NaiveDate::from_ymd_opt(2022, 6, 1).unwrap()
    }

    fn blank() -> Participant {
        Participant::new(ParticipantId::new(), Meta::new(&DeviceId("d".into()), None, Utc.timestamp_opt(0, 0).unwrap()))
    }

    #[test]
    fn a_valid_pesel_fills_birth_date_and_sex() {
        let project = project();
        let ctx = RuleContext::for_project(&project, today());
        let mut form = ParticipantForm::new_person();
        form.pesel = synthesize(NaiveDate::from_ymd_opt(1985, 4, 12).unwrap(), 17, Sex::Female).unwrap();
        assert!(form.derive_from_pesel(&ctx));
        assert_eq!((form.birth_date.as_str(), form.sex.as_str()), ("12.04.1985", "K"));
        form.pesel = "12345".into();
        assert!(!form.derive_from_pesel(&ctx));
    }

    #[test]
    fn a_new_person_needs_a_name_and_a_way_to_reach_them() {
        let project = project();
        let ctx = RuleContext::for_project(&project, today());
        let (_, issues) = ParticipantForm::new_person().apply(&blank(), &ctx);
        let fields: Vec<Field> = issues.iter().map(|i| i.field).collect();
        assert_eq!(fields, vec![Field::FirstName, Field::LastName, Field::Phone]);
    }

    #[test]
    fn an_invalid_pesel_is_an_error_and_a_bad_date_is_reported_once() {
        let project = project();
        let ctx = RuleContext::for_project(&project, today());
        let mut form = ParticipantForm::new_person();
        form.first_name = "Jan".into();
        form.last_name = "Nowak".into();
        form.phone = "600100200".into();
        form.pesel = "85041212345".into();
        form.start = "31.02.2022".into();
        let (_, issues) = form.apply(&blank(), &ctx);
        assert_eq!(
            issues.invalid(),
            vec![
                Issue::new(Field::Pesel, ErrorCode::PeselChecksum),
                Issue::new(Field::ParticipationStart, ErrorCode::DateFormat)
            ]
        );
    }

    #[test]
    fn choosing_an_area_unit_fills_the_address_and_derives_degurba() {
        let project = project();
        let ctx = RuleContext::for_project(&project, today());
        let mut form = ParticipantForm::new_person();
        form.area_unit = "2802011".into();
        form.degurba = "3".into();
        form.apply_area_unit(&ctx);
        assert_eq!(
            (form.voivodeship.as_str(), form.powiat.as_str(), form.gmina.as_str()),
            ("28", "bartoszycki", "Bartoszyce")
        );
        let (p, _) = form.apply(&blank(), &ctx);
        assert_eq!(p.address.area_unit.as_deref(), Some("2802011"));
        assert_eq!(p.address.degurba, None, "derived from the area, not stored");
        form.area_unit = OUTSIDE_AREA.into();
        form.degurba = "3".into();
        let (p, _) = form.apply(&blank(), &ctx);
        assert_eq!((p.address.area_unit, p.address.degurba.as_deref()), (None, Some("3")));
    }

    #[test]
    fn a_person_round_trips_through_the_form() {
        let project = project();
        let ctx = RuleContext::for_project(&project, today());
        let mut form = ParticipantForm::new_person();
        form.first_name = "Łucja".into();
        form.last_name = "Żółć".into();
        form.pesel = synthesize(NaiveDate::from_ymd_opt(1985, 4, 12).unwrap(), 17, Sex::Female).unwrap();
        form.area_unit = "2802011".into();
        form.apply_area_unit(&ctx);
        form.locality = "Bartoszyce".into();
        form.postal_code = "11-200".into();
        form.documents.push(DocumentRow {
            kind: "deklaracja".into(),
            date: "06.04.2021".into(),
            ..DocumentRow::default()
        });
        form.start = "06.04.2021".into();
        form.eligibility.insert("pomoc_spoleczna".into());
        form.situation.insert("disability".into(), "odmowa".into());
        let (p, issues) = form.apply(&blank(), &ctx);
        assert!(!issues.has_invalid(), "{issues:?}");
        let again = ParticipantForm::from_participant(&p);
        let (q, _) = again.apply(&blank(), &ctx);
        assert_eq!(q, Participant { meta: q.meta.clone(), id: q.id, ..p });
    }

    #[test]
    fn a_draft_serializes_and_restores_exactly() {
        let mut form = ParticipantForm::new_person();
        form.first_name = "Zażółć".into();
        form.situation.insert("homeless".into(), "nie".into());
        let json = serde_json::to_string(&form).unwrap();
        assert_eq!(serde_json::from_str::<ParticipantForm>(&json).unwrap(), form);
    }
}
