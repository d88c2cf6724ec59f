//! Any stored record: the kinds, what they share (id, metadata), and the index fields the
//! storage layer keeps in clear (never personal data: dates and ids only).

use crate::domain::meta::Meta;
use crate::domain::participant::Participant;
use crate::domain::project::{Project, Staff, SupportForm, Task, Unit};
use crate::domain::session::{Attendance, Session};
use crate::domain::support::SupportEnrolment;
use crate::domain::volunteer::VolunteerHours;
use serde::{Deserialize, Serialize};
use uuid::Uuid;

/// The kinds of records, one store each.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum RecordKind {
    /// The project.
    Project,
    /// Units.
    Unit,
    /// Tasks.
    Task,
    /// Forms of support.
    SupportForm,
    /// Staff.
    Staff,
    /// Participants and otoczenie.
    Participant,
    /// Sessions.
    Session,
    /// Attendance marks.
    Attendance,
    /// Support enrolments.
    Enrolment,
    /// Volunteer hours.
    VolunteerHours,
}

impl RecordKind {
    /// Every kind, in dependency order (a record only refers to kinds before it).
    pub const ALL: [RecordKind; 10] = [
        RecordKind::Project,
        RecordKind::Unit,
        RecordKind::Task,
        RecordKind::SupportForm,
        RecordKind::Staff,
        RecordKind::Participant,
        RecordKind::Session,
        RecordKind::Attendance,
        RecordKind::Enrolment,
        RecordKind::VolunteerHours,
    ];

    /// The stable name used for stores and in files.
    pub fn name(self) -> &'static str {
        match self {
            RecordKind::Project => "project",
            RecordKind::Unit => "units",
            RecordKind::Task => "tasks",
            RecordKind::SupportForm => "support_forms",
            RecordKind::Staff => "staff",
            RecordKind::Participant => "participants",
            RecordKind::Session => "sessions",
            RecordKind::Attendance => "attendance",
            RecordKind::Enrolment => "enrolments",
            RecordKind::VolunteerHours => "volunteer_hours",
        }
    }

    /// The kind with the store name `name`.
    pub fn from_name(name: &str) -> Option<RecordKind> {
        RecordKind::ALL.into_iter().find(|k| k.name() == name)
    }
}

/// What every record type offers to generic code (storage, merge, export).
pub trait Versioned: Clone {
    /// The kind of record.
    const KIND: RecordKind;
    /// The record's UUID.
    fn uuid(&self) -> Uuid;
    /// Its metadata.
    fn meta(&self) -> &Meta;
    /// Its metadata, for changes.
    fn meta_mut(&mut self) -> &mut Meta;
    /// Non-personal fields the storage indexes (name, value).
    fn index_fields(&self) -> Vec<(&'static str, String)> {
        Vec::new()
    }
    /// Wraps it in [`Record`].
    fn into_record(self) -> Record;
}

macro_rules! versioned {
    ($ty:ty, $kind:ident, |$s:ident| $index:expr) => {
        impl Versioned for $ty {
            const KIND: RecordKind = RecordKind::$kind;
            fn uuid(&self) -> Uuid {
                self.id.0
            }
            fn meta(&self) -> &Meta {
                &self.meta
            }
            fn meta_mut(&mut self) -> &mut Meta {
                &mut self.meta
            }
            fn index_fields(&$s) -> Vec<(&'static str, String)> {
                $index
            }
            fn into_record(self) -> Record {
                Record::$kind(self)
            }
        }
    };
}

versioned!(Project, Project, |self| Vec::new());
versioned!(Unit, Unit, |self| Vec::new());
versioned!(Task, Task, |self| Vec::new());
versioned!(SupportForm, SupportForm, |self| Vec::new());
versioned!(Staff, Staff, |self| Vec::new());
versioned!(Participant, Participant, |self| Vec::new());
versioned!(Session, Session, |self| vec![("date", self.date.to_string())]);
versioned!(Attendance, Attendance, |self| vec![
    ("session", self.session.to_string()),
    ("participant", self.participant.to_string())
]);
versioned!(SupportEnrolment, Enrolment, |self| vec![("participant", self.participant.to_string())]);
versioned!(VolunteerHours, VolunteerHours, |self| vec![("date", self.date.to_string())]);

/// A record of any kind.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", content = "record", rename_all = "snake_case")]
#[allow(clippy::large_enum_variant, reason = "records are moved rarely and boxed storage would only add noise")]
pub enum Record {
    /// The project.
    Project(Project),
    /// A unit.
    Unit(Unit),
    /// A task.
    Task(Task),
    /// A form of support.
    SupportForm(SupportForm),
    /// A staff member.
    Staff(Staff),
    /// A participant or otoczenie person.
    Participant(Participant),
    /// A session.
    Session(Session),
    /// An attendance mark.
    Attendance(Attendance),
    /// A support enrolment.
    Enrolment(SupportEnrolment),
    /// Volunteer hours.
    VolunteerHours(VolunteerHours),
}

macro_rules! each_record {
    ($value:expr, |$r:ident| $body:expr) => {
        match $value {
            Record::Project($r) => $body,
            Record::Unit($r) => $body,
            Record::Task($r) => $body,
            Record::SupportForm($r) => $body,
            Record::Staff($r) => $body,
            Record::Participant($r) => $body,
            Record::Session($r) => $body,
            Record::Attendance($r) => $body,
            Record::Enrolment($r) => $body,
            Record::VolunteerHours($r) => $body,
        }
    };
}

impl Record {
    /// The kind.
    pub fn kind(&self) -> RecordKind {
        match self {
            Record::Project(_) => RecordKind::Project,
            Record::Unit(_) => RecordKind::Unit,
            Record::Task(_) => RecordKind::Task,
            Record::SupportForm(_) => RecordKind::SupportForm,
            Record::Staff(_) => RecordKind::Staff,
            Record::Participant(_) => RecordKind::Participant,
            Record::Session(_) => RecordKind::Session,
            Record::Attendance(_) => RecordKind::Attendance,
            Record::Enrolment(_) => RecordKind::Enrolment,
            Record::VolunteerHours(_) => RecordKind::VolunteerHours,
        }
    }

    /// The UUID.
    pub fn uuid(&self) -> Uuid {
        each_record!(self, |r| r.uuid())
    }

    /// The metadata.
    pub fn meta(&self) -> &Meta {
        each_record!(self, |r| r.meta())
    }

    /// The metadata, for changes.
    pub fn meta_mut(&mut self) -> &mut Meta {
        each_record!(self, |r| r.meta_mut())
    }

    /// The index fields.
    pub fn index_fields(&self) -> Vec<(&'static str, String)> {
        each_record!(self, |r| r.index_fields())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn store_names_are_unique_and_round_trip() {
        let names: std::collections::BTreeSet<&str> = RecordKind::ALL.iter().map(|k| k.name()).collect();
        assert_eq!(names.len(), RecordKind::ALL.len());
        for kind in RecordKind::ALL {
            assert_eq!(RecordKind::from_name(kind.name()), Some(kind));
        }
        assert_eq!(RecordKind::from_name("journal"), None);
    }
}
