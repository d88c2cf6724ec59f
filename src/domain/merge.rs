//! Merging another laptop's records into this one's: the import plan and its resolution.
//!
//! Every incoming record is compared with the local one by version vectors alone
//! (`meta::decide`): new, a newer version, unchanged, older (kept), or edited on both laptops
//! from the same version — a conflict the user decides field by field, never a silent winner.
//! Records that cannot be taken are rejected with a reason; nothing of the plan is written
//! until the user applies it, in one transaction.

use crate::domain::dataset::Dataset;
use crate::domain::ids::{DeviceId, ParticipantId, StaffId};
use crate::domain::meta::{MergeDecision, decide, resolution_meta};
use crate::domain::pesel::Pesel;
use crate::domain::project::Project;
use crate::domain::record::Record;
use crate::domain::validation::ErrorCode;
use chrono::{DateTime, NaiveDate, Utc};
use serde::Serialize;
use std::collections::{BTreeMap, BTreeSet};
use uuid::Uuid;

/// A record edited on both laptops since they last agreed.
#[derive(Clone, Debug, PartialEq)]
pub struct Conflict {
    /// This laptop's version.
    pub local: Record,
    /// The file's version.
    pub incoming: Record,
    /// The fields that differ (names only; `meta` excluded).
    pub fields: Vec<String>,
}

/// Why an incoming record is not taken.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RejectReason {
    /// A participant's PESEL fails the check.
    BadPesel(ErrorCode),
    /// A participant's field is malformed (postal code, e-mail, phone).
    Invalid(crate::domain::validation::Issue),
    /// Attendance or an enrolment points at a session, person or form that exists nowhere.
    MissingReference,
}

/// A record not taken, and why.
#[derive(Clone, Debug, PartialEq)]
pub struct Rejected {
    /// The record.
    pub record: Record,
    /// Why.
    pub reason: RejectReason,
}

/// Two ids that look like the same person (the same PESEL).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SamePerson {
    /// The local person.
    pub local: ParticipantId,
    /// The file's person.
    pub incoming: ParticipantId,
    /// "Nazwisko Imię" of the incoming person.
    pub name: String,
}

/// What importing a file would do.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ImportPlan {
    /// Records this laptop does not have.
    pub added: Vec<Record>,
    /// Newer versions of records this laptop has.
    pub updated: Vec<Record>,
    /// Records identical on both sides.
    pub unchanged: usize,
    /// Records this laptop already has a newer version of.
    pub older: usize,
    /// Records edited on both sides.
    pub conflicts: Vec<Conflict>,
    /// Records refused.
    pub rejected: Vec<Rejected>,
    /// People who may be registered twice.
    pub same_person: Vec<SamePerson>,
}

/// The summary counts a preview shows.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize)]
pub struct PlanCounts {
    /// New.
    pub added: usize,
    /// Newer versions.
    pub updated: usize,
    /// Unchanged (or older than ours).
    pub unchanged: usize,
    /// Conflicts.
    pub conflicts: usize,
    /// Rejected.
    pub rejected: usize,
}

impl ImportPlan {
    /// The counts for the preview.
    pub fn counts(&self) -> PlanCounts {
        PlanCounts {
            added: self.added.len(),
            updated: self.updated.len(),
            unchanged: self.unchanged + self.older,
            conflicts: self.conflicts.len(),
            rejected: self.rejected.len(),
        }
    }

    /// Whether applying would write nothing.
    pub fn is_empty(&self) -> bool {
        self.added.is_empty() && self.updated.is_empty() && self.conflicts.is_empty()
    }
}

/// Which file a project check refused.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct OtherProject {
    /// The file's project title.
    pub title: String,
}

/// A file from another project is refused (a file into an empty laptop is a join).
///
/// # Errors
/// When both sides have a project and the ids differ.
pub fn check_project(local: Option<&Project>, incoming: Option<&Project>) -> Result<(), OtherProject> {
    match (local, incoming) {
        (Some(l), Some(i)) if l.id != i.id => Err(OtherProject { title: i.title.clone() }),
        _ => Ok(()),
    }
}

/// Format errors that no laptop's form lets through: a record with one was damaged or edited
/// outside the app. Requirements (what a status needs) are not checked here: they depend on
/// the moment and the status, and the other laptop already enforced them when saving.
const MALFORMED: [ErrorCode; 4] =
    [ErrorCode::PostalCodeFormat, ErrorCode::EmailFormat, ErrorCode::EmailDiacritics, ErrorCode::PhoneFormat];

fn reject_reason(record: &Record, local: &Dataset, incoming: &Dataset, today: NaiveDate) -> Option<RejectReason> {
    let person = |id: ParticipantId| {
        local.participants.iter().any(|p| p.id == id) || incoming.participants.iter().any(|p| p.id == id)
    };
    match record {
        Record::Participant(p) => {
            if !p.no_pesel
                && !p.pesel.trim().is_empty()
                && let Err(code) = Pesel::parse(&p.pesel, today)
            {
                return Some(RejectReason::BadPesel(code));
            }
            let project = local.current_project().or(incoming.current_project())?;
            let ctx = crate::domain::participant_rules::RuleContext::for_project(project, today);
            crate::domain::participant_rules::format_issues(p, &ctx)
                .into_iter()
                .find(|i| MALFORMED.contains(&i.code))
                .map(RejectReason::Invalid)
        }
        Record::Attendance(a) => {
            let session =
                local.sessions.iter().any(|s| s.id == a.session) || incoming.sessions.iter().any(|s| s.id == a.session);
            (!session || !person(a.participant)).then_some(RejectReason::MissingReference)
        }
        Record::Enrolment(e) => (!person(e.participant)).then_some(RejectReason::MissingReference),
        _ => None,
    }
}

/// The plan for importing `incoming` into `local`.
pub fn plan(local: &Dataset, incoming: &Dataset, today: NaiveDate) -> ImportPlan {
    let local_records: BTreeMap<Uuid, Record> = local.records().into_iter().map(|r| (r.uuid(), r)).collect();
    let mut out = ImportPlan::default();
    for record in incoming.records() {
        if let Some(reason) = reject_reason(&record, local, incoming, today) {
            out.rejected.push(Rejected { record, reason });
            continue;
        }
        let mine = local_records.get(&record.uuid());
        match decide(mine.map(Record::meta), record.meta()) {
            MergeDecision::Add => out.added.push(record),
            MergeDecision::TakeIncoming => out.updated.push(record),
            MergeDecision::Unchanged => out.unchanged += 1,
            MergeDecision::KeepLocal => out.older += 1,
            MergeDecision::Conflict => {
                let Some(mine) = mine else { continue };
                let fields = changed_fields(mine, &record);
                out.conflicts.push(Conflict { local: mine.clone(), incoming: record, fields });
            }
        }
    }
    let mut seen = BTreeSet::new();
    for r in &out.added {
        let Record::Participant(p) = r else { continue };
        if p.pesel.trim().is_empty() || p.meta.deleted {
            continue;
        }
        if let Some(l) = local.participants.iter().find(|l| !l.meta.deleted && l.pesel == p.pesel && l.id != p.id)
            && seen.insert((l.id, p.id))
        {
            out.same_person.push(SamePerson {
                local: l.id,
                incoming: p.id,
                name: format!("{} {}", p.last_name, p.first_name),
            });
        }
    }
    out
}

fn changed_fields(a: &Record, b: &Record) -> Vec<String> {
    let (Ok(x), Ok(y)) = (serde_json::to_value(a), serde_json::to_value(b)) else { return Vec::new() };
    let (Some(x), Some(y)) = (x.get("record"), y.get("record")) else { return Vec::new() };
    let (Some(x), Some(y)) = (x.as_object(), y.as_object()) else { return Vec::new() };
    let keys: BTreeSet<&String> = x.keys().chain(y.keys()).filter(|k| *k != "meta").collect();
    keys.into_iter().filter(|k| x.get(*k) != y.get(*k)).cloned().collect()
}

/// The user's choice for one conflict.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Choice {
    /// "Zachowaj moje": keep this laptop's version.
    Mine,
    /// "Weź z pliku": take the file's version.
    Theirs,
}

/// The records to write for `plan` with `choices` (conflicts without a choice are not written,
/// and applying is refused by the caller until each has one). A resolved conflict gets a
/// version that includes both sides, so neither laptop sees it as a conflict again.
pub fn records_to_write(
    plan: &ImportPlan,
    choices: &BTreeMap<Uuid, Choice>,
    device: &DeviceId,
    staff: Option<StaffId>,
    now: DateTime<Utc>,
) -> Vec<Record> {
    let mut out: Vec<Record> = plan.added.iter().chain(&plan.updated).cloned().collect();
    for c in &plan.conflicts {
        let Some(choice) = choices.get(&c.local.uuid()) else { continue };
        let mut chosen = match choice {
            Choice::Mine => c.local.clone(),
            Choice::Theirs => c.incoming.clone(),
        };
        let deleted = chosen.meta().deleted;
        *chosen.meta_mut() = resolution_meta(c.local.meta(), c.incoming.meta(), deleted, device, staff, now);
        out.push(chosen);
    }
    // Records are written in dependency order (project, structure, people, sessions, …).
    out.sort_by_key(Record::kind);
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::test_support::{device, participant, project, today};
    use chrono::TimeZone;

    fn at(s: i64) -> DateTime<Utc> {
        Utc.timestamp_opt(1_700_000_000 + s, 0).unwrap()
    }

    fn laptop_a() -> Dataset {
        let mut d = Dataset::default();
        d.upsert(Record::Project(project()));
        d.upsert(Record::Participant(participant()));
        d
    }

    #[test]
    fn a_join_adds_everything_and_a_second_import_changes_nothing() {
        let a = laptop_a();
        let p = plan(&Dataset::default(), &a, today());
        assert_eq!(p.counts(), PlanCounts { added: 2, ..PlanCounts::default() });
        let mut b = Dataset::default();
        for r in records_to_write(&p, &BTreeMap::new(), &device(), None, at(0)) {
            b.upsert(r);
        }
        let again = plan(&b, &a, today());
        assert!(again.is_empty());
        assert_eq!(again.counts().unchanged, 2);
    }

    #[test]
    fn edits_on_both_laptops_conflict_and_either_choice_settles_it_for_good() {
        let a0 = laptop_a();
        let b_dev = DeviceId("laptop-b".into());
        let mut a = a0.clone();
        a.participants[0].phone = "600 100 200".into();
        a.participants[0].meta.touch(&device(), None, at(10));
        let mut b = a0.clone();
        b.participants[0].first_name = "Zofia".into();
        b.participants[0].meta.touch(&b_dev, None, at(20));

        let p = plan(&b, &a, today());
        assert_eq!(p.conflicts.len(), 1);
        assert_eq!(p.conflicts[0].fields, vec!["first_name", "phone"]);
        assert_eq!(p.counts().unchanged, 1, "the project is the same on both");

        for choice in [Choice::Mine, Choice::Theirs] {
            let id = p.conflicts[0].local.uuid();
            let written = records_to_write(&p, &BTreeMap::from([(id, choice)]), &b_dev, None, at(30));
            let mut merged = b.clone();
            for r in written {
                merged.upsert(r);
            }
            let kept = &merged.participants[0];
            match choice {
                Choice::Mine => assert_eq!(
                    (kept.first_name.as_str(), kept.phone.as_str()),
                    ("Zofia", b.participants[0].phone.as_str())
                ),
                Choice::Theirs => assert_eq!(kept.phone, "600 100 200"),
            }
            // Importing A's file again is no longer a conflict, and A takes B's resolution.
            assert!(plan(&merged, &a, today()).is_empty());
            let back = plan(&a, &merged, today());
            assert_eq!(back.updated.len(), 1);
            assert!(back.conflicts.is_empty());
        }
    }

    #[test]
    fn a_deletion_travels_and_a_delete_against_an_edit_is_a_conflict() {
        let a0 = laptop_a();
        let mut a = a0.clone();
        a.participants[0].meta.delete(&device(), None, at(5));
        let p = plan(&a0, &a, today());
        assert_eq!(p.updated.len(), 1);
        let Record::Participant(gone) = &p.updated[0] else { panic!() };
        assert!(gone.meta.deleted);

        let mut b = a0.clone();
        b.participants[0].notes = "edited".into();
        b.participants[0].meta.touch(&DeviceId("b".into()), None, at(6));
        assert_eq!(plan(&b, &a, today()).conflicts.len(), 1);
    }

    #[test]
    fn bad_records_are_rejected_and_the_same_pesel_under_two_ids_is_flagged() {
        let local = laptop_a();
        let mut incoming = local.clone();
        let mut twin = participant();
        twin.id = ParticipantId::new();
        incoming.upsert(Record::Participant(twin.clone()));
        let mut bad = participant();
        bad.id = ParticipantId::new();
        bad.pesel = "12345678901".into();
        incoming.upsert(Record::Participant(bad));
        let p = plan(&local, &incoming, today());
        assert_eq!(p.rejected.len(), 1);
        assert!(matches!(p.rejected[0].reason, RejectReason::BadPesel(_)));
        assert_eq!(
            p.same_person,
            vec![SamePerson {
                local: local.participants[0].id,
                incoming: twin.id,
                name: format!("{} {}", twin.last_name, twin.first_name)
            }]
        );
    }

    #[test]
    fn a_malformed_postal_code_or_email_is_rejected_with_its_field() {
        let local = laptop_a();
        let mut incoming = local.clone();
        let mut odd = participant();
        odd.id = ParticipantId::new();
        odd.pesel = String::new();
        odd.no_pesel = true;
        odd.address.postal_code = "11200".into();
        incoming.upsert(Record::Participant(odd));
        let p = plan(&local, &incoming, today());
        assert_eq!(p.rejected.len(), 1);
        let RejectReason::Invalid(issue) = p.rejected[0].reason else { panic!("{:?}", p.rejected[0].reason) };
        assert_eq!(issue.field, crate::domain::validation::Field::PostalCode);
    }

    #[test]
    fn a_file_of_another_project_is_refused_by_name() {
        let mine = project();
        let mut other = project();
        other.id = crate::domain::ids::ProjectId::new();
        other.title = "Inny projekt".into();
        assert_eq!(check_project(Some(&mine), Some(&other)), Err(OtherProject { title: "Inny projekt".into() }));
        assert_eq!(check_project(None, Some(&other)), Ok(()));
        assert_eq!(check_project(Some(&mine), Some(&mine)), Ok(()));
    }
}
