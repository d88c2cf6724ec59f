//! Whether a unit, task, form of support or staff member is in use: an item in use is archived
//! when retired (old records keep their meaning); an unused one may be deleted.

use crate::domain::dataset::Dataset;
use crate::domain::ids::{StaffId, SupportFormId, TaskId, UnitId};

/// Something of the project's structure.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum StructureItem {
    /// A unit.
    Unit(UnitId),
    /// A task.
    Task(TaskId),
    /// A form of support.
    Form(SupportFormId),
    /// A staff member.
    Staff(StaffId),
}

/// Whether any live record refers to `item`.
pub fn is_in_use(data: &Dataset, item: StructureItem) -> bool {
    match item {
        StructureItem::Unit(id) => {
            data.support_forms.iter().any(|f| !f.meta.deleted && f.unit == Some(id))
                || data.sessions.iter().any(|s| !s.meta.deleted && s.unit == Some(id))
                || data.participants.iter().any(|p| !p.meta.deleted && p.units.contains(&id))
        }
        StructureItem::Task(id) => {
            data.support_forms.iter().any(|f| !f.meta.deleted && f.task == Some(id))
                || data.sessions.iter().any(|s| !s.meta.deleted && s.task == Some(id))
        }
        StructureItem::Form(id) => {
            data.sessions.iter().any(|s| !s.meta.deleted && s.form == id)
                || data.enrolments.iter().any(|e| !e.meta.deleted && e.form == id)
        }
        StructureItem::Staff(id) => {
            data.sessions.iter().any(|s| !s.meta.deleted && s.leaders.contains(&id))
                || data.volunteer_hours.iter().any(|v| !v.meta.deleted && v.volunteer == id)
                || data.participants.iter().any(|p| p.meta.created_by == Some(id) || p.meta.updated_by == Some(id))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::ids::{DeviceId, SessionId};
    use crate::domain::meta::Meta;
    use crate::domain::session::Session;
    use crate::domain::templates::{instantiate, template};
    use chrono::{NaiveDate, NaiveTime, TimeZone, Utc};

    #[test]
    fn a_form_with_a_session_is_in_use_and_one_without_is_not() {
        let new =
            instantiate(template("bartoszyce").unwrap(), &DeviceId("d".into()), None, Utc.timestamp_opt(0, 0).unwrap());
        let mut data = Dataset {
            support_forms: new.forms.clone(),
            units: new.units.clone(),
            tasks: new.tasks.clone(),
            ..Dataset::default()
        };
        let used = new.forms[0].id;
        let unused = new.forms[1].id;
        let leader = StaffId::new();
        data.sessions.push(Session {
            id: SessionId::new(),
            meta: Meta::new(&DeviceId("d".into()), None, Utc.timestamp_opt(0, 0).unwrap()),
            date: NaiveDate::from_ymd_opt(2022, 1, 3).unwrap(),
            start: NaiveTime::from_hms_opt(10, 0, 0).unwrap(),
            end: NaiveTime::from_hms_opt(11, 0, 0).unwrap(),
            form: used,
            unit: None,
            task: None,
            place: String::new(),
            leaders: vec![leader],
            topic: String::new(),
            recommendations: String::new(),
            planned: false,
        });
        assert!(is_in_use(&data, StructureItem::Form(used)));
        assert!(!is_in_use(&data, StructureItem::Form(unused)));
        assert!(is_in_use(&data, StructureItem::Staff(leader)));
        assert!(is_in_use(&data, StructureItem::Unit(new.units[0].id)), "the template's forms use its unit");
        data.sessions[0].meta.deleted = true;
        assert!(!is_in_use(&data, StructureItem::Form(used)), "a deleted session no longer counts");
    }
}

/// A record of the project's structure (unit, task, form of support, staff member): ordered by
/// hand, retired to the archive rather than deleted while in use.
pub trait StructureRecord: Clone {
    /// Its item for usage checks and the archive list.
    fn item(&self) -> StructureItem;
    /// The name the archive shows.
    fn label(&self) -> String;
    /// Its place in the list.
    fn order(&self) -> i32;
    /// Retired to the archive.
    fn archived(&self) -> bool;
    /// Deleted (a tombstone).
    fn deleted(&self) -> bool;
}

macro_rules! structure_record {
    ($ty:ty, $variant:ident, |$x:ident| $label:expr) => {
        impl StructureRecord for $ty {
            fn item(&self) -> StructureItem {
                StructureItem::$variant(self.id)
            }
            fn label(&self) -> String {
                let $x = self;
                $label
            }
            fn order(&self) -> i32 {
                self.order
            }
            fn archived(&self) -> bool {
                self.archived
            }
            fn deleted(&self) -> bool {
                self.meta.deleted
            }
        }
    };
}

structure_record!(crate::domain::project::Unit, Unit, |x| x.name.clone());
structure_record!(crate::domain::project::Task, Task, |x| x.name.clone());
structure_record!(crate::domain::project::SupportForm, Form, |x| x.name.clone());
structure_record!(crate::domain::project::Staff, Staff, |x| x.full_name());

/// The records in use (not archived, not deleted), in their order.
pub fn live_sorted<T: StructureRecord>(records: &[T]) -> Vec<T> {
    let mut out: Vec<T> = records.iter().filter(|x| !x.deleted() && !x.archived()).cloned().collect();
    out.sort_by_key(StructureRecord::order);
    out
}

/// The archived records as the archive list shows them.
pub fn archived_items<T: StructureRecord>(records: &[T]) -> Vec<(StructureItem, String)> {
    records.iter().filter(|x| !x.deleted() && x.archived()).map(|x| (x.item(), x.label())).collect()
}

#[cfg(test)]
mod structure_tests {
    use super::*;
    use crate::domain::project::Task;
    use crate::domain::test_support::meta;

    fn task(name: &str, order: i32, archived: bool, deleted: bool) -> Task {
        let mut m = meta();
        m.deleted = deleted;
        Task { id: crate::domain::ids::TaskId::new(), meta: m, name: name.into(), order, archived }
    }

    #[test]
    fn live_records_come_in_order_and_the_archive_lists_the_retired() {
        let tasks = vec![
            task("b", 2, false, false),
            task("a", 1, false, false),
            task("old", 0, true, false),
            task("gone", 3, false, true),
        ];
        let live: Vec<String> = live_sorted(&tasks).iter().map(|t| t.name.clone()).collect();
        assert_eq!(live, vec!["a", "b"]);
        assert_eq!(archived_items(&tasks), vec![(StructureItem::Task(tasks[2].id), "old".to_owned())]);
    }
}
