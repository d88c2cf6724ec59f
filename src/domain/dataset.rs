//! A whole project's records in memory: what storage loads at start and exports write out.

use crate::domain::participant::Participant;
use crate::domain::project::{Project, Staff, SupportForm, Task, Unit};
use crate::domain::record::{Record, RecordKind};
use crate::domain::session::{Attendance, Session};
use crate::domain::support::SupportEnrolment;
use crate::domain::volunteer::VolunteerHours;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// Every record of a project, tombstones included.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Dataset {
    /// The project (at most one per database; several only in a corrupt store).
    pub project: Vec<Project>,
    /// Units.
    pub units: Vec<Unit>,
    /// Tasks.
    pub tasks: Vec<Task>,
    /// Forms of support.
    pub support_forms: Vec<SupportForm>,
    /// Staff.
    pub staff: Vec<Staff>,
    /// Participants and otoczenie.
    pub participants: Vec<Participant>,
    /// Sessions.
    pub sessions: Vec<Session>,
    /// Attendance.
    pub attendance: Vec<Attendance>,
    /// Support enrolments.
    pub enrolments: Vec<SupportEnrolment>,
    /// Volunteer hours.
    pub volunteer_hours: Vec<VolunteerHours>,
}

impl Dataset {
    /// The number of records of each kind.
    pub fn counts(&self) -> BTreeMap<RecordKind, usize> {
        BTreeMap::from([
            (RecordKind::Project, self.project.len()),
            (RecordKind::Unit, self.units.len()),
            (RecordKind::Task, self.tasks.len()),
            (RecordKind::SupportForm, self.support_forms.len()),
            (RecordKind::Staff, self.staff.len()),
            (RecordKind::Participant, self.participants.len()),
            (RecordKind::Session, self.sessions.len()),
            (RecordKind::Attendance, self.attendance.len()),
            (RecordKind::Enrolment, self.enrolments.len()),
            (RecordKind::VolunteerHours, self.volunteer_hours.len()),
        ])
    }

    /// All records in dependency order.
    pub fn records(&self) -> Vec<Record> {
        let mut out = Vec::new();
        out.extend(self.project.iter().cloned().map(Record::Project));
        out.extend(self.units.iter().cloned().map(Record::Unit));
        out.extend(self.tasks.iter().cloned().map(Record::Task));
        out.extend(self.support_forms.iter().cloned().map(Record::SupportForm));
        out.extend(self.staff.iter().cloned().map(Record::Staff));
        out.extend(self.participants.iter().cloned().map(Record::Participant));
        out.extend(self.sessions.iter().cloned().map(Record::Session));
        out.extend(self.attendance.iter().cloned().map(Record::Attendance));
        out.extend(self.enrolments.iter().cloned().map(Record::Enrolment));
        out.extend(self.volunteer_hours.iter().cloned().map(Record::VolunteerHours));
        out
    }

    /// Replaces the record with the same id, or adds it.
    pub fn upsert(&mut self, record: Record) {
        fn put<T: crate::domain::record::Versioned>(list: &mut Vec<T>, r: T) {
            match list.iter_mut().find(|x| x.uuid() == r.uuid()) {
                Some(slot) => *slot = r,
                None => list.push(r),
            }
        }
        match record {
            Record::Project(r) => put(&mut self.project, r),
            Record::Unit(r) => put(&mut self.units, r),
            Record::Task(r) => put(&mut self.tasks, r),
            Record::SupportForm(r) => put(&mut self.support_forms, r),
            Record::Staff(r) => put(&mut self.staff, r),
            Record::Participant(r) => put(&mut self.participants, r),
            Record::Session(r) => put(&mut self.sessions, r),
            Record::Attendance(r) => put(&mut self.attendance, r),
            Record::Enrolment(r) => put(&mut self.enrolments, r),
            Record::VolunteerHours(r) => put(&mut self.volunteer_hours, r),
        }
    }

    /// The live (not deleted) project, if any.
    pub fn current_project(&self) -> Option<&Project> {
        self.project.iter().find(|p| !p.meta.deleted)
    }
}
