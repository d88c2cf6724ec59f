//! Sessions (zajęcia, also individual consultations) and attendance, with the hour counting
//! rules: hours = minutes ÷ the form's hour length, two decimals.

use crate::domain::ids::{AttendanceId, ParticipantId, SessionId, StaffId, SupportFormId, TaskId, UnitId};
use crate::domain::meta::Meta;
use crate::domain::validation::{ErrorCode, Field, Issue, MAX_LONG_TEXT, MAX_SHORT_TEXT, check_text};
use chrono::{NaiveDate, NaiveTime};
use rust_decimal::{Decimal, RoundingStrategy};
use serde::{Deserialize, Serialize};

/// A session of a form of support: a workshop, a club meeting, a consultation.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Session {
    /// Record id.
    pub id: SessionId,
    /// Bookkeeping.
    pub meta: Meta,
    /// The day it takes place.
    pub date: NaiveDate,
    /// Time from.
    pub start: NaiveTime,
    /// Time to.
    pub end: NaiveTime,
    /// The form of support delivered.
    pub form: SupportFormId,
    /// The unit where it takes place.
    #[serde(default)]
    pub unit: Option<UnitId>,
    /// The task it belongs to (normally the form's task).
    #[serde(default)]
    pub task: Option<TaskId>,
    /// Place (room, address).
    #[serde(default)]
    pub place: String,
    /// Leaders: animators, specialists, volunteers.
    #[serde(default)]
    pub leaders: Vec<StaffId>,
    /// Topic (temat zajęć).
    #[serde(default)]
    pub topic: String,
    /// Recommendations (zalecenia) of an individual consultation.
    #[serde(default)]
    pub recommendations: String,
    /// Planned, not yet held: attendance is not recorded yet.
    #[serde(default)]
    pub planned: bool,
}

/// Whether a person attended.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Presence {
    /// Obecny.
    Obecny,
    /// Nieobecny.
    Nieobecny,
    /// Usprawiedliwiony: absent with an excuse.
    Usprawiedliwiony,
}

/// One person's attendance at one session.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Attendance {
    /// Record id.
    pub id: AttendanceId,
    /// Bookkeeping.
    pub meta: Meta,
    /// The session.
    pub session: SessionId,
    /// The person.
    pub participant: ParticipantId,
    /// Present, absent or excused.
    pub presence: Presence,
    /// Hours actually attended, when fewer than the session's.
    #[serde(default)]
    pub hours: Option<Decimal>,
}

/// Minutes between `start` and `end` on the same day (0 when `end` is not after `start`).
pub fn minutes_between(start: NaiveTime, end: NaiveTime) -> u32 {
    u32::try_from((end - start).num_minutes()).unwrap_or(0)
}

/// Hours of `minutes` counted in hours of `hour_minutes` (60 or 45), rounded to two decimals.
pub fn hours(minutes: u32, hour_minutes: u32) -> Decimal {
    if hour_minutes == 0 {
        return Decimal::ZERO;
    }
    (Decimal::from(minutes) / Decimal::from(hour_minutes))
        .round_dp_with_strategy(2, RoundingStrategy::MidpointAwayFromZero)
}

impl Session {
    /// The session's hours in hours of `hour_minutes`.
    pub fn hours(&self, hour_minutes: u32) -> Decimal {
        hours(minutes_between(self.start, self.end), hour_minutes)
    }

    /// Whether the session's time overlaps `other`'s on the same day.
    pub fn overlaps(&self, other: &Session) -> bool {
        self.date == other.date && self.start < other.end && other.start < self.end
    }
}

/// The hours a person is credited with for one attendance: the override, else the session's
/// hours when present, else none.
pub fn credited_hours(attendance: &Attendance, session_hours: Decimal) -> Decimal {
    match attendance.presence {
        Presence::Obecny => attendance.hours.unwrap_or(session_hours),
        Presence::Nieobecny | Presence::Usprawiedliwiony => Decimal::ZERO,
    }
}

/// Counts of present, absent and excused.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct PresenceCounts {
    /// Obecni.
    pub present: u32,
    /// Nieobecni.
    pub absent: u32,
    /// Usprawiedliwieni.
    pub excused: u32,
}

impl PresenceCounts {
    /// Counts the given marks.
    pub fn of<'a>(marks: impl IntoIterator<Item = &'a Presence>) -> Self {
        let mut c = PresenceCounts::default();
        for m in marks {
            match m {
                Presence::Obecny => c.present += 1,
                Presence::Nieobecny => c.absent += 1,
                Presence::Usprawiedliwiony => c.excused += 1,
            }
        }
        c
    }

    /// Every mark.
    pub fn total(&self) -> u32 {
        self.present + self.absent + self.excused
    }

    /// Attendance rate = present ÷ (present + absent + excused), in percent, two decimals;
    /// `None` when there are no marks (never a division by zero).
    pub fn rate_percent(&self) -> Option<Decimal> {
        (self.total() > 0).then(|| {
            (Decimal::from(self.present) * Decimal::from(100) / Decimal::from(self.total()))
                .round_dp_with_strategy(2, RoundingStrategy::MidpointAwayFromZero)
        })
    }
}

/// Validates a session against the project period.
pub fn validate_session(s: &Session, project_start: Option<NaiveDate>, project_end: Option<NaiveDate>) -> Vec<Issue> {
    let mut issues = Vec::new();
    if s.end <= s.start {
        issues.push(Issue::new(Field::SessionTo, ErrorCode::TimeOrder));
    }
    if project_start.is_some_and(|p| s.date < p) {
        issues.push(Issue::new(Field::SessionDate, ErrorCode::BeforeProjectStart));
    }
    if project_end.is_some_and(|p| s.date > p) {
        issues.push(Issue::new(Field::SessionDate, ErrorCode::AfterProjectEnd));
    }
    check_text(&mut issues, Field::SessionTopic, &s.topic, false, MAX_SHORT_TEXT);
    check_text(&mut issues, Field::Recommendations, &s.recommendations, false, MAX_LONG_TEXT);
    issues
}

/// Validates an attendance's hours override against the session's hours.
pub fn validate_attendance(a: &Attendance, session_hours: Decimal) -> Vec<Issue> {
    let mut issues = Vec::new();
    if let Some(h) = a.hours {
        if h <= Decimal::ZERO {
            issues.push(Issue::new(Field::AttendanceHours, ErrorCode::NotPositive));
        } else if h > session_hours {
            issues.push(Issue::new(Field::AttendanceHours, ErrorCode::ExceedsSessionHours));
        }
    }
    issues
}

/// Pairs of sessions in which the same leader is booked at overlapping times.
pub fn leader_overlaps(sessions: &[Session]) -> Vec<(SessionId, SessionId, StaffId)> {
    let mut out = Vec::new();
    for (i, a) in sessions.iter().enumerate() {
        if a.meta.deleted {
            continue;
        }
        for b in &sessions[i + 1..] {
            if b.meta.deleted || !a.overlaps(b) {
                continue;
            }
            for leader in &a.leaders {
                if b.leaders.contains(leader) {
                    out.push((a.id, b.id, *leader));
                }
            }
        }
    }
    out
}

/// The other sessions in which one of `candidate`'s leaders is booked at an overlapping time,
/// with that leader (a warning in the session form, not an error).
pub fn clashes<'a>(candidate: &Session, others: &'a [Session]) -> Vec<(&'a Session, StaffId)> {
    let mut out = Vec::new();
    for other in others {
        if other.id == candidate.id || other.meta.deleted || !candidate.overlaps(other) {
            continue;
        }
        for leader in &candidate.leaders {
            if other.leaders.contains(leader) {
                out.push((other, *leader));
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::ids::DeviceId;
    use chrono::{TimeZone, Utc};
    use std::str::FromStr;

    fn t(h: u32, m: u32) -> NaiveTime {
        NaiveTime::from_hms_opt(h, m, 0).unwrap()
    }

    fn d(s: &str) -> Decimal {
        Decimal::from_str(s).unwrap()
    }

    fn session(date: NaiveDate, start: NaiveTime, end: NaiveTime, leaders: Vec<StaffId>) -> Session {
        Session {
            id: SessionId::new(),
            meta: Meta::new(&DeviceId("d".into()), None, Utc.timestamp_opt(0, 0).unwrap()),
            date,
            start,
            end,
            form: SupportFormId::new(),
            unit: None,
            task: None,
            place: String::new(),
            leaders,
            topic: String::new(),
            recommendations: String::new(),
            planned: false,
        }
    }

    #[test]
    fn ninety_minutes_of_45_minute_hours_are_two_hours() {
        assert_eq!(hours(90, 45), d("2.00"));
        assert_eq!(hours(90, 60), d("1.50"));
        assert_eq!(hours(100, 45), d("2.22"));
        assert_eq!(hours(50, 45), d("1.11"));
        assert_eq!(hours(0, 60), Decimal::ZERO);
        assert_eq!(hours(30, 0), Decimal::ZERO);
    }

    #[test]
    fn session_hours_come_from_its_times() {
        let s = session(NaiveDate::from_ymd_opt(2026, 3, 2).unwrap(), t(16, 0), t(17, 30), vec![]);
        assert_eq!(s.hours(45), d("2.00"));
        assert_eq!(s.hours(60), d("1.50"));
    }

    #[test]
    fn time_from_must_be_before_time_to() {
        let day = NaiveDate::from_ymd_opt(2026, 3, 2).unwrap();
        let s = session(day, t(17, 0), t(17, 0), vec![]);
        assert_eq!(validate_session(&s, None, None), vec![Issue::new(Field::SessionTo, ErrorCode::TimeOrder)]);
        let later = session(day, t(10, 0), t(11, 0), vec![]);
        assert_eq!(
            validate_session(&later, Some(NaiveDate::from_ymd_opt(2026, 4, 1).unwrap()), None),
            vec![Issue::new(Field::SessionDate, ErrorCode::BeforeProjectStart)]
        );
    }

    #[test]
    fn attendance_rate_counts_excused_in_the_denominator() {
        let marks =
            [Presence::Obecny, Presence::Obecny, Presence::Obecny, Presence::Nieobecny, Presence::Usprawiedliwiony];
        let c = PresenceCounts::of(&marks);
        assert_eq!((c.present, c.absent, c.excused), (3, 1, 1));
        assert_eq!(c.rate_percent(), Some(d("60.00")));
        assert_eq!(PresenceCounts::of(&[]).rate_percent(), None);
    }

    #[test]
    fn only_present_people_are_credited_hours() {
        let a = |presence, hours| Attendance {
            id: AttendanceId::new(),
            meta: Meta::new(&DeviceId("d".into()), None, Utc.timestamp_opt(0, 0).unwrap()),
            session: SessionId::new(),
            participant: ParticipantId::new(),
            presence,
            hours,
        };
        assert_eq!(credited_hours(&a(Presence::Obecny, None), d("2")), d("2"));
        assert_eq!(credited_hours(&a(Presence::Obecny, Some(d("1.5"))), d("2")), d("1.5"));
        assert_eq!(credited_hours(&a(Presence::Usprawiedliwiony, None), d("2")), Decimal::ZERO);
        assert_eq!(
            validate_attendance(&a(Presence::Obecny, Some(d("3"))), d("2")),
            vec![Issue::new(Field::AttendanceHours, ErrorCode::ExceedsSessionHours)]
        );
    }

    #[test]
    fn overlapping_sessions_of_one_leader_are_found() {
        let day = NaiveDate::from_ymd_opt(2026, 3, 2).unwrap();
        let leader = StaffId::new();
        let other = StaffId::new();
        let a = session(day, t(10, 0), t(12, 0), vec![leader]);
        let b = session(day, t(11, 30), t(13, 0), vec![leader, other]);
        let c = session(day, t(12, 0), t(13, 0), vec![leader]);
        let e = session(day.succ_opt().unwrap(), t(10, 0), t(12, 0), vec![leader]);
        let found = leader_overlaps(&[a.clone(), b.clone(), c.clone(), e]);
        assert_eq!(found, vec![(a.id, b.id, leader), (b.id, c.id, leader)]);
        let others = [a.clone(), c.clone()];
        let warned: Vec<_> = clashes(&b, &others).into_iter().map(|(s, l)| (s.id, l)).collect();
        assert_eq!(warned, vec![(a.id, leader), (c.id, leader)]);
        assert!(clashes(&a, std::slice::from_ref(&a)).is_empty(), "a session never clashes with itself");
        let other_leader = session(day, t(10, 0), t(12, 0), vec![other]);
        assert!(clashes(&a, &[other_leader]).is_empty());
    }
}
