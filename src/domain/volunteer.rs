//! Volunteer hours: a volunteer's work on one day.

use crate::domain::ids::{StaffId, VolunteerHoursId};
use crate::domain::meta::Meta;
use crate::domain::validation::{ErrorCode, Field, Issue, MAX_SHORT_TEXT, check_text};
use chrono::NaiveDate;
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

/// Hours a volunteer gave on one day.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct VolunteerHours {
    /// Record id.
    pub id: VolunteerHoursId,
    /// Bookkeeping.
    pub meta: Meta,
    /// The volunteer (a staff member with the volunteer role).
    pub volunteer: StaffId,
    /// The day.
    pub date: NaiveDate,
    /// Hours, two decimals at most.
    pub hours: Decimal,
    /// What was done.
    pub activity: String,
}

/// Validates volunteer hours: more than 0 and at most 24 on a day, two decimals, an activity,
/// not in the future.
pub fn validate_volunteer_hours(v: &VolunteerHours, today: NaiveDate) -> Vec<Issue> {
    let mut issues = Vec::new();
    if v.hours <= Decimal::ZERO {
        issues.push(Issue::new(Field::VolunteerHours, ErrorCode::NotPositive));
    } else if v.hours > Decimal::from(24) {
        issues.push(Issue::new(Field::VolunteerHours, ErrorCode::OutOfRange));
    } else if v.hours.normalize().scale() > 2 {
        issues.push(Issue::new(Field::VolunteerHours, ErrorCode::MoneyTooManyDecimals));
    }
    if v.date > today {
        issues.push(Issue::new(Field::VolunteerDate, ErrorCode::InFuture));
    }
    check_text(&mut issues, Field::VolunteerActivity, &v.activity, true, MAX_SHORT_TEXT);
    issues
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::ids::DeviceId;
    use chrono::{TimeZone, Utc};
    use std::str::FromStr;

    #[test]
    fn hours_must_be_positive_and_fit_in_a_day() {
        let today = NaiveDate::from_ymd_opt(2026, 11, 23).unwrap();
        let mut v = VolunteerHours {
            id: VolunteerHoursId::new(),
            meta: Meta::new(&DeviceId("d".into()), None, Utc.timestamp_opt(0, 0).unwrap()),
            volunteer: StaffId::new(),
            date: today,
            hours: Decimal::from_str("2.5").unwrap(),
            activity: "festyn".into(),
        };
        assert!(validate_volunteer_hours(&v, today).is_empty());
        for bad in ["0", "-1"] {
            v.hours = Decimal::from_str(bad).unwrap();
            assert_eq!(
                validate_volunteer_hours(&v, today),
                vec![Issue::new(Field::VolunteerHours, ErrorCode::NotPositive)],
                "{bad}"
            );
        }
        v.hours = Decimal::from_str("24.5").unwrap();
        assert_eq!(validate_volunteer_hours(&v, today), vec![Issue::new(Field::VolunteerHours, ErrorCode::OutOfRange)]);
        v.hours = Decimal::ONE;
        v.activity.clear();
        v.date = today.succ_opt().unwrap();
        assert_eq!(
            validate_volunteer_hours(&v, today),
            vec![
                Issue::new(Field::VolunteerDate, ErrorCode::InFuture),
                Issue::new(Field::VolunteerActivity, ErrorCode::Required)
            ]
        );
    }
}
