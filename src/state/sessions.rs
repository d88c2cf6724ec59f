//! Sessions, consultations and volunteer hours: saving them (one transaction each), the day
//! view's rows and week strip, and the volunteer-hours form. The summaries are pure over the
//! loaded records and tested natively.

use crate::domain::attendance::session_records;
use crate::domain::dataset::Dataset;
use crate::domain::dates::{date_text, parse_date};
use crate::domain::ids::{ParticipantId, SessionId, StaffId, SupportFormId, VolunteerHoursId};
use crate::domain::money::parse_number;
use crate::domain::project::SupportMode;
use crate::domain::record::Record;
use crate::domain::session::{PresenceCounts, Session, clashes};
use crate::domain::validation::{ErrorCode, Field, Issue};
use crate::domain::volunteer::{VolunteerHours, validate_volunteer_hours};
use crate::state::errors::AppError;
use crate::state::participants::today;
use crate::state::records::{RecordsContext, StorageError};
use crate::state::session_form::{SessionContext, SessionForm};
use chrono::{Datelike, Days, NaiveDate, NaiveTime};
use leptos::prelude::*;
use rust_decimal::Decimal;
use std::collections::HashMap;

/// The stored session `id`, or a new one (not yet stored).
pub fn base_session(records: &RecordsContext, id: Option<SessionId>) -> Session {
    id.and_then(|id| {
        records.data.with_untracked(|d| d.sessions.iter().find(|s| s.id == id && !s.meta.deleted).cloned())
    })
    .unwrap_or_else(|| Session {
        id: SessionId::new(),
        meta: records.new_meta(),
        date: today(),
        start: NaiveTime::MIN,
        end: NaiveTime::MIN,
        form: SupportFormId::nil(),
        unit: None,
        task: None,
        place: String::new(),
        leaders: Vec::new(),
        topic: String::new(),
        recommendations: String::new(),
        planned: false,
    })
}

/// Saves the session, its attendance, its walk-ins and the enrolments it creates in one
/// transaction. Resolves after the transaction completed.
///
/// # Errors
/// `Validation` with every issue (nothing written), or storage errors (nothing written).
pub async fn save_session(records: RecordsContext, form: SessionForm, base: Session) -> Result<SessionId, AppError> {
    let (session, issues) =
        records.data.with_untracked(|d| form.apply(&base, SessionContext { data: d, today: today() }));
    if !issues.is_empty() {
        return Err(AppError::Validation(issues));
    }
    let id = session.id;
    let batch = records.data.with_untracked(|d| session_records(form.to_save(session), d, || records.new_meta()));
    records.save(batch, Vec::new()).await?;
    Ok(id)
}

/// Deletes a session and its attendance marks (tombstones, one transaction).
///
/// # Errors
/// Storage errors.
pub async fn delete_session(records: RecordsContext, id: SessionId) -> Result<(), AppError> {
    let batch: Vec<Record> = records.data.with_untracked(|d| {
        let session = d.sessions.iter().find(|s| s.id == id).cloned().into_iter().map(Record::Session);
        let marks = d.attendance.iter().filter(|a| a.session == id && !a.meta.deleted).cloned().map(Record::Attendance);
        session
            .chain(marks)
            .map(|mut r| {
                r.meta_mut().deleted = true;
                r
            })
            .collect()
    });
    if batch.is_empty() {
        return Err(AppError::Storage(StorageError::Unexpected("no such session".into())));
    }
    records.save(batch, Vec::new()).await.map(|_| ())
}

/// One session as the day view lists it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DayRow {
    /// The session.
    pub session: Session,
    /// Its form of support's name.
    pub form_name: String,
    /// Individual (a consultation) or group.
    pub individual: bool,
    /// The unit's name.
    pub unit_name: String,
    /// Leaders' names, comma-separated.
    pub leaders: String,
    /// For a consultation: the person's name.
    pub person: Option<String>,
    /// Marks.
    pub counts: PresenceCounts,
    /// Its hours in the form's hours.
    pub hours: Decimal,
    /// A leader is booked in another session at the same time.
    pub clash: bool,
}

/// Staff names by id.
fn staff_names(data: &Dataset) -> HashMap<StaffId, String> {
    data.staff.iter().map(|s| (s.id, s.full_name())).collect()
}

/// The sessions of `day`, by start time.
pub fn day_rows(data: &Dataset, day: NaiveDate) -> Vec<DayRow> {
    let of_day: Vec<Session> = data.sessions.iter().filter(|s| s.date == day && !s.meta.deleted).cloned().collect();
    let names = staff_names(data);
    let mut marks: HashMap<SessionId, Vec<(ParticipantId, crate::domain::session::Presence)>> = HashMap::new();
    for a in data.attendance.iter().filter(|a| !a.meta.deleted) {
        if of_day.iter().any(|s| s.id == a.session) {
            marks.entry(a.session).or_default().push((a.participant, a.presence));
        }
    }
    let mut rows: Vec<DayRow> = of_day
        .iter()
        .map(|s| {
            let form = data.support_forms.iter().find(|f| f.id == s.form);
            let session_marks = marks.get(&s.id).cloned().unwrap_or_default();
            let individual = form.is_some_and(|f| f.mode == SupportMode::Individual);
            let person = if individual {
                session_marks
                    .first()
                    .and_then(|(p, _)| data.participants.iter().find(|x| x.id == *p))
                    .map(crate::domain::participant::Participant::full_name)
            } else {
                None
            };
            DayRow {
                session: s.clone(),
                form_name: form.map(|f| f.name.clone()).unwrap_or_default(),
                individual,
                unit_name: s
                    .unit
                    .and_then(|u| data.units.iter().find(|x| x.id == u))
                    .map(|u| u.name.clone())
                    .unwrap_or_default(),
                leaders: s.leaders.iter().filter_map(|l| names.get(l).cloned()).collect::<Vec<_>>().join(", "),
                person,
                counts: PresenceCounts::of(session_marks.iter().map(|(_, m)| m)),
                hours: s.hours(form.map_or(60, |f| f.hour_minutes)),
                clash: !clashes(s, &of_day).is_empty(),
            }
        })
        .collect();
    rows.sort_by(|a, b| (a.session.start, &a.form_name).cmp(&(b.session.start, &b.form_name)));
    rows
}

/// The Monday of `date`'s week.
pub fn week_start(date: NaiveDate) -> NaiveDate {
    date - Days::new(u64::from(date.weekday().num_days_from_monday()))
}

/// The seven days of `day`'s week with their number of sessions.
pub fn week_strip(data: &Dataset, day: NaiveDate) -> Vec<(NaiveDate, usize)> {
    let monday = week_start(day);
    (0..7)
        .map(|i| {
            let d = monday + Days::new(i);
            (d, data.sessions.iter().filter(|s| s.date == d && !s.meta.deleted).count())
        })
        .collect()
}

/// The other sessions in which the form's leaders are booked at the same time, as
/// (time from–to, form name, leader name) for the warning under the form.
pub fn form_clashes(data: &Dataset, candidate: &Session) -> Vec<(String, String, String)> {
    let names = staff_names(data);
    clashes(candidate, &data.sessions)
        .into_iter()
        .map(|(other, leader)| {
            let form =
                data.support_forms.iter().find(|f| f.id == other.form).map(|f| f.name.clone()).unwrap_or_default();
            (
                format!("{}–{}", other.start.format("%H:%M"), other.end.format("%H:%M")),
                form,
                names.get(&leader).cloned().unwrap_or_default(),
            )
        })
        .collect()
}

/// The volunteer-hours form's values, as typed.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct VolunteerForm {
    /// The volunteer's staff id ("" until chosen).
    pub volunteer: String,
    /// dd.mm.rrrr.
    pub date: String,
    /// Hours, "2,5".
    pub hours: String,
    /// What they did.
    pub activity: String,
}

impl VolunteerForm {
    /// An empty form for today and, when who is working is a volunteer, for them.
    pub fn new_for(data: &Dataset, working: Option<StaffId>, on: NaiveDate) -> Self {
        let volunteer = working
            .filter(|id| {
                data.staff.iter().any(|s| s.id == *id && s.role == crate::domain::project::StaffRole::Volunteer)
            })
            .map(|id| id.to_string())
            .unwrap_or_default();
        VolunteerForm { volunteer, date: date_text(on), ..VolunteerForm::default() }
    }

    /// The record these values describe (on top of `base`) and what is wrong.
    pub fn apply(&self, base: VolunteerHours, today: NaiveDate) -> (VolunteerHours, Vec<Issue>) {
        let mut issues = Vec::new();
        let volunteer = StaffId::parse(&self.volunteer).ok();
        if volunteer.is_none() {
            issues.push(Issue::new(Field::VolunteerStaff, ErrorCode::Required));
        }
        let date = if self.date.trim().is_empty() {
            issues.push(Issue::new(Field::VolunteerDate, ErrorCode::Required));
            None
        } else {
            parse_date(&self.date).map_err(|code| issues.push(Issue::new(Field::VolunteerDate, code))).ok()
        };
        let hours = if self.hours.trim().is_empty() {
            issues.push(Issue::new(Field::VolunteerHours, ErrorCode::Required));
            None
        } else {
            parse_number(&self.hours).map_err(|code| issues.push(Issue::new(Field::VolunteerHours, code))).ok()
        };
        let record = VolunteerHours {
            volunteer: volunteer.unwrap_or(base.volunteer),
            date: date.unwrap_or(base.date),
            hours: hours.unwrap_or(Decimal::ONE),
            activity: self.activity.trim().to_owned(),
            ..base
        };
        let parsed: Vec<Field> = issues.iter().map(|i| i.field).collect();
        issues.extend(validate_volunteer_hours(&record, today).into_iter().filter(|i| !parsed.contains(&i.field)));
        issues.sort();
        issues.dedup();
        (record, issues)
    }
}

/// Saves volunteer hours.
///
/// # Errors
/// `Validation` or storage errors; nothing written then.
pub async fn save_volunteer_hours(records: RecordsContext, form: VolunteerForm) -> Result<VolunteerHoursId, AppError> {
    let base = VolunteerHours {
        id: VolunteerHoursId::new(),
        meta: records.new_meta(),
        volunteer: StaffId::nil(),
        date: today(),
        hours: Decimal::ONE,
        activity: String::new(),
    };
    let (record, issues) = form.apply(base, today());
    if !issues.is_empty() {
        return Err(AppError::Validation(issues));
    }
    let id = record.id;
    records.save(vec![Record::VolunteerHours(record)], Vec::new()).await?;
    Ok(id)
}

/// Deletes volunteer hours.
///
/// # Errors
/// Storage errors.
pub async fn delete_volunteer_hours(records: RecordsContext, id: VolunteerHoursId) -> Result<(), AppError> {
    let record = records
        .data
        .with_untracked(|d| d.volunteer_hours.iter().find(|v| v.id == id).cloned())
        .ok_or(AppError::Storage(StorageError::Unexpected("no such entry".into())))?;
    records.delete(Record::VolunteerHours(record)).await.map(|_| ())
}

/// Each volunteer's total hours in `month` (any day of it), by name.
pub fn volunteer_totals(data: &Dataset, month: NaiveDate) -> Vec<(String, Decimal)> {
    let names = staff_names(data);
    let mut totals: HashMap<StaffId, Decimal> = HashMap::new();
    for v in data.volunteer_hours.iter().filter(|v| !v.meta.deleted) {
        if v.date.year() == month.year() && v.date.month() == month.month() {
            *totals.entry(v.volunteer).or_default() += v.hours;
        }
    }
    let mut out: Vec<(String, Decimal)> =
        totals.into_iter().map(|(id, h)| (names.get(&id).cloned().unwrap_or_default(), h)).collect();
    out.sort();
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::ids::{DeviceId, UnitId};
    use crate::domain::meta::Meta;
    use crate::domain::project::{Staff, StaffRole, SupportForm, Unit};
    use crate::domain::session::{Attendance, Presence};
    use chrono::{TimeZone, Utc};
    use std::str::FromStr;

    fn meta() -> Meta {
        Meta::new(&DeviceId("d".into()), None, Utc.timestamp_opt(0, 0).unwrap())
    }

    fn day(d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 11, d).unwrap()
    }

    fn t(h: u32, m: u32) -> NaiveTime {
        NaiveTime::from_hms_opt(h, m, 0).unwrap()
    }

    fn staff(first: &str, role: StaffRole) -> Staff {
        Staff {
            id: StaffId::new(),
            meta: meta(),
            first_name: first.into(),
            last_name: "Nowak".into(),
            role,
            specialty: String::new(),
            order: 0,
            archived: false,
        }
    }

    fn data() -> (Dataset, SupportFormId, StaffId) {
        let mut d = Dataset::default();
        let unit = Unit {
            id: UnitId::new(),
            meta: meta(),
            name: "Klub".into(),
            kind: String::new(),
            address: String::new(),
            order: 0,
            archived: false,
        };
        let form = SupportForm {
            id: SupportFormId::new(),
            meta: meta(),
            name: "warsztaty".into(),
            category: "spoleczna".into(),
            mode: SupportMode::Group,
            hour_minutes: 45,
            unit: Some(unit.id),
            task: None,
            central_name: String::new(),
            order: 0,
            archived: false,
        };
        let anna = staff("Anna", StaffRole::Animator);
        let (f, a) = (form.id, anna.id);
        d.units.push(unit);
        d.support_forms.push(form);
        d.staff.push(anna);
        (d, f, a)
    }

    fn session(form: SupportFormId, date: NaiveDate, from: NaiveTime, to: NaiveTime, leader: StaffId) -> Session {
        Session {
            id: SessionId::new(),
            meta: meta(),
            date,
            start: from,
            end: to,
            form,
            unit: None,
            task: None,
            place: String::new(),
            leaders: vec![leader],
            topic: String::new(),
            recommendations: String::new(),
            planned: false,
        }
    }

    #[test]
    fn the_day_lists_its_sessions_by_time_with_counts_hours_and_clashes() {
        let (mut d, form, anna) = data();
        let late = session(form, day(23), t(16, 0), t(17, 30), anna);
        let early = session(form, day(23), t(10, 0), t(12, 0), anna);
        let clash = session(form, day(23), t(11, 0), t(11, 45), anna);
        let other_day = session(form, day(24), t(10, 0), t(12, 0), anna);
        for (i, p) in [Presence::Obecny, Presence::Obecny, Presence::Nieobecny].into_iter().enumerate() {
            d.attendance.push(Attendance {
                id: crate::domain::ids::AttendanceId::new(),
                meta: Meta { deleted: i == 1, ..meta() },
                session: late.id,
                participant: ParticipantId::new(),
                presence: p,
                hours: None,
            });
        }
        d.sessions.extend([late.clone(), early.clone(), clash.clone(), other_day]);
        let rows = day_rows(&d, day(23));
        let ids: Vec<SessionId> = rows.iter().map(|r| r.session.id).collect();
        assert_eq!(ids, vec![early.id, clash.id, late.id]);
        let last = &rows[2];
        assert_eq!((last.counts.present, last.counts.absent), (1, 1), "a removed mark does not count");
        assert_eq!(last.hours, Decimal::from(2));
        assert_eq!(last.leaders, "Anna Nowak");
        assert!(rows[0].clash && rows[1].clash && !last.clash);
        let strip = week_strip(&d, day(25));
        assert_eq!(strip[0], (day(23), 3), "the week starts on Monday 23.11.2026");
        assert_eq!(strip[1], (day(24), 1));
        assert_eq!(strip.len(), 7);
        let warned = form_clashes(&d, &clash);
        assert_eq!(warned, vec![("10:00–12:00".to_owned(), "warsztaty".to_owned(), "Anna Nowak".to_owned())]);
    }

    #[test]
    fn volunteer_hours_take_a_decimal_comma_and_name_every_mistake() {
        let (mut d, _, _) = data();
        let vol = staff("Olek", StaffRole::Volunteer);
        let vol_id = vol.id;
        d.staff.push(vol);
        let mut f = VolunteerForm::new_for(&d, Some(vol_id), day(23));
        assert_eq!(f.volunteer, vol_id.to_string());
        f.hours = "2,5".into();
        f.activity = "festyn rodzinny".into();
        let base = VolunteerHours {
            id: VolunteerHoursId::new(),
            meta: meta(),
            volunteer: StaffId::nil(),
            date: day(1),
            hours: Decimal::ONE,
            activity: String::new(),
        };
        let (record, issues) = f.apply(base.clone(), day(23));
        assert!(issues.is_empty(), "{issues:?}");
        assert_eq!(record.hours, Decimal::from_str("2.5").unwrap());
        d.volunteer_hours.push(record);
        assert_eq!(volunteer_totals(&d, day(1)), vec![("Olek Nowak".to_owned(), Decimal::from_str("2.5").unwrap())]);
        let bad = VolunteerForm {
            volunteer: String::new(),
            date: "1.1.26".into(),
            hours: "dwie".into(),
            activity: String::new(),
        };
        assert_eq!(
            bad.apply(base, day(23)).1,
            vec![
                Issue::new(Field::VolunteerStaff, ErrorCode::Required),
                Issue::new(Field::VolunteerDate, ErrorCode::DateFormat),
                Issue::new(Field::VolunteerHours, ErrorCode::NumberFormat),
                Issue::new(Field::VolunteerActivity, ErrorCode::Required),
            ]
        );
    }
}
