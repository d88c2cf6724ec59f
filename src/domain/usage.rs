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
