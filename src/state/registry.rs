//! The participant registry's list: a search index over the loaded people, filters, sorting
//! and counts. Pure over the records, so it is tested natively and fast enough for 10,000 people.

use crate::domain::dataset::Dataset;
use crate::domain::ids::{ParticipantId, UnitId};
use crate::domain::participant::{Participant, RecruitmentStatus};
use crate::domain::pesel::Sex;
use crate::domain::search::{fold, haystack, matches, query_terms};
use chrono::NaiveDate;

/// One person as the list shows them.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Row {
    /// The record.
    pub id: ParticipantId,
    /// "Nazwisko Imię".
    pub name: String,
    /// Recruitment status.
    pub status: RecruitmentStatus,
    /// Otoczenie (counted apart).
    pub otoczenie: bool,
    /// "Dane niekompletne".
    pub incomplete: bool,
    /// Miejscowość.
    pub locality: String,
    /// Telefon.
    pub phone: String,
    /// Płeć.
    pub sex: Option<Sex>,
    /// Start of participation.
    pub start: Option<NaiveDate>,
    /// Units.
    pub units: Vec<UnitId>,
    /// Eligibility grounds.
    pub grounds: Vec<String>,
    /// Some required document is missing.
    pub missing_documents: bool,
    /// Folded search text.
    haystack: String,
    /// Folded sort key (surname, first name).
    sort_name: String,
}

/// What the list is narrowed to.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Filters {
    /// Search as typed.
    pub query: String,
    /// Only this status.
    pub status: Option<RecruitmentStatus>,
    /// Only this sex.
    pub sex: Option<Sex>,
    /// Only members of this unit.
    pub unit: Option<UnitId>,
    /// Only people with this eligibility ground.
    pub ground: Option<String>,
    /// Only walk-ins with incomplete data.
    pub incomplete_only: bool,
    /// Only people missing a required document.
    pub missing_documents_only: bool,
}

impl Filters {
    /// Whether no filter is set (the search text aside).
    fn without_conditions(&self) -> bool {
        self.status.is_none()
            && self.sex.is_none()
            && self.unit.is_none()
            && self.ground.is_none()
            && !self.incomplete_only
            && !self.missing_documents_only
    }
}

/// A sortable column.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum SortKey {
    /// Surname, first name.
    #[default]
    Name,
    /// Recruitment status.
    Status,
    /// Locality.
    Locality,
    /// Start of participation.
    Start,
}

/// The sort order.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Sort {
    /// The column.
    pub key: SortKey,
    /// Ascending (A→Z, oldest first).
    pub ascending: bool,
}

impl Default for Sort {
    fn default() -> Self {
        Sort { key: SortKey::Name, ascending: true }
    }
}

/// Builds the list's rows from the records: every live person, participants and otoczenie,
/// already in the default order (surname, first name), so the default view needs no sorting.
pub fn index(data: &Dataset, required_documents: &[String]) -> Vec<Row> {
    let mut rows: Vec<Row> = data
        .participants
        .iter()
        .filter(|p| !p.meta.deleted)
        .map(|p: &Participant| Row {
            id: p.id,
            name: format!("{} {}", p.last_name.trim(), p.first_name.trim()).trim().to_owned(),
            status: p.status,
            otoczenie: p.is_otoczenie(),
            incomplete: p.incomplete,
            locality: p.address.locality.clone(),
            phone: p.phone.clone(),
            sex: p.sex,
            start: p.start,
            units: p.units.clone(),
            grounds: p.eligibility.clone(),
            missing_documents: !p.missing_documents(required_documents).is_empty(),
            haystack: haystack(p),
            sort_name: fold(&format!("{} {}", p.last_name.trim(), p.first_name.trim())),
        })
        .collect();
    rows.sort_by(|x, y| x.sort_name.cmp(&y.sort_name).then_with(|| x.id.cmp(&y.id)));
    rows
}

/// The positions (into `rows`) of the rows that pass `filters`, in `sort` order.
pub fn select(rows: &[Row], filters: &Filters, sort: Sort) -> Vec<usize> {
    let terms = query_terms(&filters.query);
    if terms.is_empty() && filters.without_conditions() && sort == Sort::default() {
        // The list as it opens: everyone, in the order the index is built in.
        return (0..rows.len()).collect();
    }
    let mut out: Vec<usize> = rows
        .iter()
        .enumerate()
        .filter(|(_, r)| {
            filters.status.is_none_or(|s| r.status == s)
                && filters.sex.is_none_or(|s| r.sex == Some(s))
                && filters.unit.is_none_or(|u| r.units.contains(&u))
                && filters.ground.as_ref().is_none_or(|g| r.grounds.contains(g))
                && (!filters.incomplete_only || r.incomplete)
                && (!filters.missing_documents_only || r.missing_documents)
                && matches(&r.haystack, &terms)
        })
        .map(|(i, _)| i)
        .collect();
    if sort == Sort::default() {
        // The index is built in this order already.
        return out;
    }
    out.sort_by(|&a, &b| {
        let (x, y) = (&rows[a], &rows[b]);
        let primary = match sort.key {
            SortKey::Name => x.sort_name.cmp(&y.sort_name),
            SortKey::Status => x.status.cmp(&y.status),
            SortKey::Locality => fold(&x.locality).cmp(&fold(&y.locality)),
            SortKey::Start => x.start.cmp(&y.start),
        };
        let primary = if sort.ascending { primary } else { primary.reverse() };
        primary.then_with(|| x.sort_name.cmp(&y.sort_name)).then_with(|| x.id.cmp(&y.id))
    });
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::ids::DeviceId;
    use crate::domain::meta::Meta;
    use crate::domain::participant::{DocumentRecord, PersonKind};
    use chrono::{TimeZone, Utc};

    fn person(first: &str, last: &str, town: &str) -> Participant {
        let mut p = Participant::new(
            ParticipantId::new(),
            Meta::new(&DeviceId("d".into()), None, Utc.timestamp_opt(0, 0).unwrap()),
        );
        p.first_name = first.into();
        p.last_name = last.into();
        p.address.locality = town.into();
        p
    }

    fn dataset() -> Dataset {
        let mut a = person("Łucja", "Żółć", "Łódź");
        a.status = RecruitmentStatus::Uczestnik;
        a.sex = Some(Sex::Female);
        a.documents.push(DocumentRecord {
            kind: "deklaracja".into(),
            date: NaiveDate::from_ymd_opt(2022, 1, 1).unwrap(),
            signed_by_guardian: false,
            note: String::new(),
        });
        a.documents.push(DocumentRecord {
            kind: "rodo".into(),
            date: NaiveDate::from_ymd_opt(2022, 1, 1).unwrap(),
            signed_by_guardian: false,
            note: String::new(),
        });
        let mut b = person("Adam", "Nowak", "Kłobuck");
        b.incomplete = true;
        b.sex = Some(Sex::Male);
        let mut c = person("Ewa", "Adamska", "Łódź");
        c.kind = PersonKind::Otoczenie { of: a.id };
        let mut gone = person("Usunięta", "Osoba", "Łódź");
        gone.meta.deleted = true;
        Dataset { participants: vec![a, b, c, gone], ..Dataset::default() }
    }

    fn names(rows: &[Row], picked: &[usize]) -> Vec<String> {
        picked.iter().map(|&i| rows[i].name.clone()).collect()
    }

    #[test]
    fn the_list_holds_participants_and_otoczenie_but_not_deleted_people() {
        let rows = index(&dataset(), &["deklaracja".into(), "rodo".into()]);
        assert_eq!(rows.len(), 3);
        assert_eq!(
            names(&rows, &select(&rows, &Filters::default(), Sort::default())),
            ["Adamska Ewa", "Nowak Adam", "Żółć Łucja"]
        );
    }

    #[test]
    fn search_ignores_diacritics_and_filters_combine() {
        let rows = index(&dataset(), &["deklaracja".into(), "rodo".into()]);
        let found = |f: Filters| names(&rows, &select(&rows, &f, Sort::default()));
        assert_eq!(found(Filters { query: "lodz".into(), ..Filters::default() }), ["Adamska Ewa", "Żółć Łucja"]);
        assert_eq!(found(Filters { query: "zolc".into(), ..Filters::default() }), ["Żółć Łucja"]);
        assert_eq!(found(Filters { incomplete_only: true, ..Filters::default() }), ["Nowak Adam"]);
        assert_eq!(
            found(Filters { missing_documents_only: true, ..Filters::default() }),
            ["Adamska Ewa", "Nowak Adam"]
        );
        assert_eq!(found(Filters { sex: Some(Sex::Female), ..Filters::default() }), ["Żółć Łucja"]);
        assert_eq!(
            found(Filters { status: Some(RecruitmentStatus::Uczestnik), query: "lodz".into(), ..Filters::default() }),
            ["Żółć Łucja"]
        );
    }

    #[test]
    fn columns_sort_both_ways() {
        let rows = index(&dataset(), &[]);
        let by = |key, ascending| names(&rows, &select(&rows, &Filters::default(), Sort { key, ascending }));
        assert_eq!(by(SortKey::Name, false), ["Żółć Łucja", "Nowak Adam", "Adamska Ewa"]);
        assert_eq!(by(SortKey::Locality, true), ["Nowak Adam", "Adamska Ewa", "Żółć Łucja"]);
        assert_eq!(by(SortKey::Status, false)[0], "Żółć Łucja");
    }
}
