//! Participants in the central system's column layouts (SL2014 for 2014-2020, SM EFS for
//! 2021-2027), and participant lists read back from CSV (our own exports, or a centre's Excel
//! sheet) by their header names.
//!
//! The layouts are versioned data (`src/codec/layouts/*.json`), not code: the 2021-2027 order and
//! value lists are unconfirmed and will change. Each column names a `source`; values with a
//! dictionary are written with the dictionary's export label for the project's period.

use crate::codec::csv::{self, CsvError, Preset};
use crate::domain::dataset::Dataset;
use crate::domain::dictionary::{Kind, Period, dictionaries};
use crate::domain::ids::{DeviceId, ParticipantId, StaffId};
use crate::domain::meta::Meta;
use crate::domain::participant::{Participant, RecruitmentStatus};
use crate::domain::pesel::{Pesel, Sex};
use crate::domain::project::Project;
use crate::domain::support::SupportEnrolment;
use crate::domain::validation::{ErrorCode, Field, Issue};
use chrono::{DateTime, NaiveDate, Utc};
use serde::Deserialize;
use std::collections::BTreeMap;
use std::sync::OnceLock;

/// One column of a layout.
#[derive(Clone, Debug, Deserialize)]
pub struct Column {
    /// The header as the central system names it.
    pub header: String,
    /// Where the value comes from.
    pub source: String,
}

/// A participant layout.
#[derive(Clone, Debug, Deserialize)]
pub struct Layout {
    /// Its name ("sl2014", "smefs").
    pub layout: String,
    /// Its version (raise it when the columns or labels change).
    pub version: u32,
    /// The programme period it serves.
    pub period: Period,
    /// Where its columns come from.
    pub source: String,
    /// How dates are written.
    pub date_format: String,
    /// The columns, in order.
    pub columns: Vec<Column>,
}

fn parse_layout(text: &str) -> Layout {
    // The layouts are part of the build and tested; a broken one is a build defect.
    serde_json::from_str(text).unwrap_or_else(|e| panic!("layout file is broken: {e}"))
}

/// The layout for a programme period.
pub fn layout_for(period: Period) -> &'static Layout {
    static SL: OnceLock<Layout> = OnceLock::new();
    static SM: OnceLock<Layout> = OnceLock::new();
    match period {
        Period::P2014_2020 => SL.get_or_init(|| parse_layout(include_str!("layouts/sl2014-v1.json"))),
        Period::P2021_2027 => SM.get_or_init(|| parse_layout(include_str!("layouts/smefs-v1.json"))),
    }
}

/// The people a participant export lists: participants (not otoczenie, not deleted) who joined.
pub fn reportable(p: &Participant) -> bool {
    !p.meta.deleted
        && !p.is_otoczenie()
        && matches!(p.status, RecruitmentStatus::Uczestnik | RecruitmentStatus::Zakonczyl | RecruitmentStatus::Przerwal)
}

struct RowContext<'a> {
    project: Option<&'a Project>,
    period: Period,
    claim: Option<(NaiveDate, NaiveDate)>,
    date_format: &'a str,
    preset: Preset,
    today: NaiveDate,
    data: &'a Dataset,
}

fn label(kind: Kind, code: Option<&str>, period: Period) -> String {
    code.and_then(|c| dictionaries().get(kind, c)).map(|e| e.export_label(period).to_owned()).unwrap_or_default()
}

fn yes_no(value: bool) -> String {
    if value { "Tak" } else { "Nie" }.to_owned()
}

#[allow(clippy::too_many_lines, reason = "one arm per source column, read as a table")]
fn cell(source: &str, p: &Participant, support: Option<&SupportEnrolment>, ctx: &RowContext<'_>) -> String {
    let date = |d: Option<NaiveDate>| d.map(|d| d.format(ctx.date_format).to_string()).unwrap_or_default();
    let period = ctx.period;
    let form = support.and_then(|s| ctx.data.support_forms.iter().find(|f| f.id == s.form));
    match source {
        "project.number" => ctx.project.map(|x| x.number.clone()).unwrap_or_default(),
        "project.beneficiary" => ctx.project.map(|x| x.beneficiary.clone()).unwrap_or_default(),
        "project.title" => ctx.project.map(|x| x.title.clone()).unwrap_or_default(),
        "project.start" => date(ctx.project.and_then(|x| x.start)),
        "project.end" => date(ctx.project.and_then(|x| x.end)),
        "claim_period" => ctx.claim.map(|(a, b)| format!("{} - {}", date(Some(a)), date(Some(b)))).unwrap_or_default(),
        "technical_id" => p.id.to_string(),
        "country" => p.country.clone(),
        "participant_type" => label(Kind::ParticipantType, Some(&p.participant_type), period),
        "institution" => p.institution.clone(),
        "first_name" => p.first_name.clone(),
        "last_name" => p.last_name.clone(),
        "pesel" => {
            if p.no_pesel {
                String::new()
            } else {
                p.pesel.clone()
            }
        }
        "pesel_or_other" => {
            if p.no_pesel {
                p.other_id.clone()
            } else {
                p.pesel.clone()
            }
        }
        "no_pesel" => yes_no(p.no_pesel),
        "citizenship" => label(Kind::Citizenship, p.citizenship.as_deref(), period),
        "sex" => label(Kind::Sex, p.sex.map(|s| if s == Sex::Female { "K" } else { "M" }), period),
        "age" => p.age_at_joining(ctx.today).map(|a| a.to_string()).unwrap_or_default(),
        "education" => label(Kind::Education, p.education.as_deref(), period),
        "voivodeship" => label(Kind::Voivodeship, Some(&p.address.voivodeship), period),
        "powiat" => p.address.powiat.clone(),
        "gmina" => p.address.gmina.clone(),
        "locality" => p.address.locality.clone(),
        "street" => p.address.street.clone(),
        "building" => p.address.building.clone(),
        "flat" => p.address.flat.clone(),
        "postal_code" => p.address.postal_code.clone(),
        "degurba" => p.address.degurba.clone().unwrap_or_default(),
        "phone" => p.phone.clone(),
        "email" => p.email.clone(),
        "start" => date(p.start),
        "end" => date(p.end),
        "labour_status" => label(Kind::LabourStatus, p.labour_status.as_deref(), period),
        "labour_detail" => label(Kind::LabourDetail, p.labour_detail.as_deref(), period),
        "occupation" => label(Kind::Occupation, p.occupation.as_deref(), period),
        "employer" => p.employer.clone(),
        "exit_situation" => label(Kind::ExitSituation, p.exit.as_ref().and_then(|e| e.situation.as_deref()), period),
        "exit_situation2" => label(Kind::ExitSituation, p.exit.as_ref().and_then(|e| e.situation2.as_deref()), period),
        "youth_result" => label(Kind::YouthResult, p.exit.as_ref().and_then(|e| e.youth_result.as_deref()), period),
        "completed_path" => p.exit.as_ref().and_then(|e| e.completed_path).map(yes_no).unwrap_or_default(),
        "support_type" => form
            .map(|f| if f.central_name.is_empty() { f.name.clone() } else { f.central_name.clone() })
            .unwrap_or_default(),
        "support_subtype" => String::new(),
        "support_start" => date(support.map(|s| s.start)),
        "support_end" => date(support.and_then(|s| s.end)),
        "business_date" => date(p.business.as_ref().and_then(|b| b.date)),
        "business_grant" => {
            p.business.as_ref().and_then(|b| b.grant).map(|g| ctx.preset.decimal(g)).unwrap_or_default()
        }
        "business_pkd" => p.business.as_ref().map(|b| b.pkd.clone()).unwrap_or_default(),
        "planned_education_end" => date(p.planned_education_end),
        "added_by" => p
            .meta
            .created_by
            .and_then(|s| ctx.data.staff.iter().find(|x| x.id == s))
            .map(crate::domain::project::Staff::full_name)
            .unwrap_or_default(),
        other => match other.strip_prefix("situation.") {
            Some(question) => label(Kind::Answer, p.situation.get(question).map(String::as_str), period),
            None => String::new(),
        },
    }
}

/// The header and rows of the participant export: one row per support enrolment (a person
/// without one gets one row). With `claim`, only people whose participation started in it.
pub fn participant_table(
    data: &Dataset,
    claim: Option<(NaiveDate, NaiveDate)>,
    preset: Preset,
    today: NaiveDate,
) -> (Vec<String>, Vec<Vec<String>>) {
    let project = data.current_project();
    let period = project.map(|p| p.period).unwrap_or_default();
    let layout = layout_for(period);
    let ctx = RowContext { project, period, claim, date_format: &layout.date_format, preset, today, data };
    let mut people: Vec<&Participant> = data
        .participants
        .iter()
        .filter(|p| reportable(p))
        .filter(|p| claim.is_none_or(|(a, b)| p.start.is_some_and(|s| s >= a && s <= b)))
        .collect();
    people.sort_by(|a, b| (&a.last_name, &a.first_name, a.id).cmp(&(&b.last_name, &b.first_name, b.id)));
    let header = layout.columns.iter().map(|c| c.header.clone()).collect();
    let mut rows = Vec::new();
    for p in people {
        let mut supports: Vec<&SupportEnrolment> =
            data.enrolments.iter().filter(|e| e.participant == p.id && !e.meta.deleted).collect();
        supports.sort_by_key(|e| (e.start, e.id));
        let supports: Vec<Option<&SupportEnrolment>> =
            if supports.is_empty() { vec![None] } else { supports.into_iter().map(Some).collect() };
        for s in supports {
            rows.push(layout.columns.iter().map(|c| cell(&c.source, p, s, &ctx)).collect());
        }
    }
    (header, rows)
}

/// The participant export as a file.
pub fn participants_csv(
    data: &Dataset,
    claim: Option<(NaiveDate, NaiveDate)>,
    preset: Preset,
    today: NaiveDate,
) -> Vec<u8> {
    let (header, rows) = participant_table(data, claim, preset, today);
    csv::write(preset, &header, &rows)
}

// ---- reading participants back ----

/// Header names (lower case) a centre's own sheet may use, besides the layouts' headers.
const ALIASES: &[(&str, &str)] = &[
    ("imie", "first_name"),
    ("imię", "first_name"),
    ("nazwisko", "last_name"),
    ("pesel", "pesel"),
    ("telefon", "phone"),
    ("nr telefonu", "phone"),
    ("e-mail", "email"),
    ("email", "email"),
    ("miejscowość", "locality"),
    ("miejscowosc", "locality"),
    ("ulica", "street"),
    ("kod pocztowy", "postal_code"),
    ("gmina", "gmina"),
    ("powiat", "powiat"),
    ("płeć", "sex"),
    ("plec", "sex"),
    ("uwagi", "notes"),
];

/// Which source each column of `header` is, by name (first match wins; unknown columns are
/// ignored). Headers that repeat ("W tym") take the next unused column of that name.
pub fn map_header(header: &[String], period: Period) -> Vec<Option<String>> {
    let layout = layout_for(period);
    let mut used = vec![false; layout.columns.len()];
    header
        .iter()
        .map(|h| {
            let name = h.trim();
            // Blank columns (SL2014's institution block) take part in the matching, so a header
            // that is there twice ("Telefon kontaktowy") finds the person's column second.
            if let Some(i) =
                layout.columns.iter().enumerate().position(|(i, c)| !used[i] && c.header.eq_ignore_ascii_case(name))
            {
                used[i] = true;
                let source = &layout.columns[i].source;
                return (source != "blank").then(|| source.clone());
            }
            let lower = name.to_lowercase();
            ALIASES.iter().find(|(a, _)| *a == lower).map(|(_, s)| (*s).to_owned())
        })
        .collect()
}

fn code_of(kind: Kind, text: &str) -> Option<String> {
    let t = text.trim();
    if t.is_empty() {
        return None;
    }
    dictionaries()
        .all(kind)
        .iter()
        .find(|e| {
            e.code.eq_ignore_ascii_case(t)
                || e.pl.eq_ignore_ascii_case(t)
                || Period::ALL.iter().any(|&p| e.applies_to(p) && e.export_label(p).eq_ignore_ascii_case(t))
        })
        .map(|e| e.code.clone())
}

/// A PESEL as Excel may have shortened it: 10 digits (a lost leading zero) get it back.
pub fn restore_pesel(text: &str) -> String {
    let t = text.trim();
    if t.len() == 10 && t.bytes().all(|b| b.is_ascii_digit()) { format!("0{t}") } else { t.to_owned() }
}

/// A row that could not be taken.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RejectedRow {
    /// Its line in the file.
    pub line: usize,
    /// What is wrong, by field.
    pub issues: Vec<Issue>,
}

/// People read from a CSV file, not yet saved.
#[derive(Clone, Debug, PartialEq)]
pub struct PeopleFile {
    /// Valid rows as new "zgłoszony" people, with their line numbers.
    pub people: Vec<(usize, Participant)>,
    /// Rows refused, with reasons.
    pub rejected: Vec<RejectedRow>,
    /// Headers that were not recognised (ignored).
    pub ignored_columns: Vec<String>,
}

/// Why a whole participant file is refused.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum PeopleFileError {
    /// The CSV itself is broken.
    #[error(transparent)]
    Csv(#[from] CsvError),
    /// No column for the surname or the first name.
    #[error("no name columns")]
    NoNameColumns,
}

/// Reads people from a CSV file (our export or a centre's sheet), validating every row.
///
/// # Errors
/// A broken file, or one without name columns.
pub fn read_people(
    bytes: &[u8],
    period: Period,
    device: &DeviceId,
    staff: Option<StaffId>,
    now: DateTime<Utc>,
    today: NaiveDate,
) -> Result<PeopleFile, PeopleFileError> {
    let table = csv::read(bytes)?;
    let map = map_header(&table.header, period);
    let has = |s: &str| map.iter().any(|m| m.as_deref() == Some(s));
    if !has("first_name") || !has("last_name") {
        return Err(PeopleFileError::NoNameColumns);
    }
    let known = |h: &str| layout_for(period).columns.iter().any(|c| c.header.eq_ignore_ascii_case(h.trim()));
    let ignored_columns =
        table.header.iter().zip(&map).filter(|(h, m)| m.is_none() && !known(h)).map(|(h, _)| h.clone()).collect();
    let mut out = PeopleFile { people: Vec::new(), rejected: Vec::new(), ignored_columns };
    let mut seen_pesel = BTreeMap::new();
    for (line, cells) in table.rows {
        let mut p = Participant::new(ParticipantId::new(), Meta::new(device, staff, now));
        let mut issues = Vec::new();
        for (source, value) in map.iter().zip(cells.iter()) {
            let Some(source) = source else { continue };
            apply(&mut p, source, value, &mut issues);
        }
        if p.first_name.trim().is_empty() {
            issues.push(Issue::new(Field::FirstName, ErrorCode::Required));
        }
        if p.last_name.trim().is_empty() {
            issues.push(Issue::new(Field::LastName, ErrorCode::Required));
        }
        if p.pesel.is_empty() {
            p.no_pesel = true;
        } else {
            match Pesel::parse(&p.pesel, today) {
                Ok(_) => {
                    p.derive_from_pesel(today);
                    if seen_pesel.insert(p.pesel.clone(), line).is_some() {
                        issues.push(Issue::new(Field::Pesel, ErrorCode::DuplicateValue));
                    }
                }
                Err(code) => issues.push(Issue::new(Field::Pesel, code)),
            }
        }
        if issues.is_empty() {
            out.people.push((line, p));
        } else {
            issues.sort();
            issues.dedup();
            out.rejected.push(RejectedRow { line, issues });
        }
    }
    Ok(out)
}

fn apply(p: &mut Participant, source: &str, value: &str, issues: &mut Vec<Issue>) {
    let text = value.to_owned();
    let mut coded = |kind: Kind, field: Field, slot: &mut Option<String>| {
        if value.trim().is_empty() {
            return;
        }
        match code_of(kind, value) {
            Some(code) => *slot = Some(code),
            None => issues.push(Issue::new(field, ErrorCode::UnknownValue)),
        }
    };
    match source {
        "first_name" => p.first_name = text,
        "last_name" => p.last_name = text,
        "pesel" | "pesel_or_other" => p.pesel = restore_pesel(value),
        "phone" => p.phone = text,
        "email" => p.email = text,
        "country" if !value.trim().is_empty() => p.country = text,
        "institution" => p.institution = text,
        "powiat" => p.address.powiat = text,
        "gmina" => p.address.gmina = text,
        "locality" => p.address.locality = text,
        "street" => p.address.street = text,
        "building" => p.address.building = text,
        "flat" => p.address.flat = text,
        "postal_code" => p.address.postal_code = text,
        "employer" => p.employer = text,
        "notes" => p.notes = text,
        "voivodeship" => {
            let mut slot = None;
            coded(Kind::Voivodeship, Field::Voivodeship, &mut slot);
            if let Some(code) = slot {
                p.address.voivodeship = code;
            }
        }
        "education" => coded(Kind::Education, Field::Education, &mut p.education),
        "labour_status" => coded(Kind::LabourStatus, Field::LabourStatus, &mut p.labour_status),
        "occupation" => coded(Kind::Occupation, Field::Occupation, &mut p.occupation),
        "degurba" => coded(Kind::Degurba, Field::Degurba, &mut p.address.degurba),
        "sex" => {
            let mut slot = None;
            coded(Kind::Sex, Field::Sex, &mut slot);
            if let Some(code) = slot {
                p.sex = Some(if code == "K" { Sex::Female } else { Sex::Male });
            }
        }
        _ => {}
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::record::Record;
    use crate::domain::test_support::{device, participant, project, today};
    use chrono::TimeZone;

    fn now() -> DateTime<Utc> {
        Utc.timestamp_opt(1_700_000_000, 0).unwrap()
    }

    #[test]
    fn both_layouts_load_and_sl2014_has_73_columns() {
        assert_eq!(layout_for(Period::P2014_2020).columns.len(), 73);
        assert_eq!(layout_for(Period::P2014_2020).columns[35].header, "PESEL");
        assert_eq!(layout_for(Period::P2021_2027).layout, "smefs");
    }

    #[test]
    fn our_own_export_reads_back_with_the_same_people() {
        let mut d = Dataset::default();
        d.upsert(Record::Project(project()));
        let mut p = participant();
        p.status = RecruitmentStatus::Uczestnik;
        p.phone = "+48 600 100 200".into();
        p.address.street = "=HYPERLINK(\"x\")".into();
        d.upsert(Record::Participant(p.clone()));
        for preset in [Preset::ExcelPl, Preset::Rfc4180] {
            let bytes = participants_csv(&d, None, preset, today());
            let back = read_people(&bytes, Period::P2014_2020, &device(), None, now(), today()).unwrap();
            assert!(back.rejected.is_empty(), "{:?}", back.rejected);
            let (_, q) = &back.people[0];
            assert_eq!(
                (&q.first_name, &q.last_name, &q.pesel, &q.phone),
                (&p.first_name, &p.last_name, &p.pesel, &p.phone)
            );
            assert_eq!(q.address.street, p.address.street);
            assert_eq!(q.education, p.education);
            assert_eq!(q.labour_status, p.labour_status);
        }
    }

    #[test]
    fn a_pesel_shortened_by_excel_is_restored_and_bad_rows_are_reported_by_line() {
        let text =
            "Nazwisko;Imię;PESEL;Telefon\r\nNowak;Jan;2270803624;+48 600\r\n;Ewa;;\r\nKowal;Ola;12345678901;\r\n";
        let back = read_people(text.as_bytes(), Period::P2014_2020, &device(), None, now(), today()).unwrap();
        assert_eq!(back.people.len(), 1);
        assert_eq!(back.people[0].1.pesel, "02270803624");
        assert_eq!(back.rejected.iter().map(|r| r.line).collect::<Vec<_>>(), vec![3, 4]);
        assert_eq!(back.rejected[0].issues, vec![Issue::new(Field::LastName, ErrorCode::Required)]);
        assert!(read_people(b"A;B\r\n1;2\r\n", Period::P2014_2020, &device(), None, now(), today()).is_err());
    }
}
