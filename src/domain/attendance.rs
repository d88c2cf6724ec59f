//! Recording a session: the records one save writes (the session, its attendance marks, the
//! walk-ins added by name, the support enrolments the first attendance creates) — all of them go
//! to storage in one transaction — and the hours each person is credited per form of support.

use crate::domain::dataset::Dataset;
use crate::domain::ids::{AttendanceId, EnrolmentId, ParticipantId, SessionId, SupportFormId};
use crate::domain::meta::Meta;
use crate::domain::participant::Participant;
use crate::domain::record::Record;
use crate::domain::session::{Attendance, Presence, Session, credited_hours};
use crate::domain::support::{SupportEnrolment, enrolments_needed};
use rust_decimal::Decimal;
use std::collections::{BTreeMap, HashMap};

/// A person added on the spot, by name only.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct WalkIn {
    /// Imię.
    pub first_name: String,
    /// Nazwisko.
    pub last_name: String,
}

/// What the session form asks to save.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SessionSave {
    /// The session as it should be stored (its meta is the stored one for an edit).
    pub session: Session,
    /// Everyone on the list and how they are marked (ignored for a planned session).
    pub marks: Vec<(ParticipantId, Presence)>,
    /// People added by name only; they were present.
    pub walk_ins: Vec<WalkIn>,
}

/// The records to write for `save`: new walk-ins, the session, the attendance marks that are
/// new or changed, tombstones for people taken off the list, and an enrolment in the form of
/// support for everyone present for the first time. Unchanged records may be included; storage
/// skips them.
pub fn session_records(save: SessionSave, data: &Dataset, mut new_meta: impl FnMut() -> Meta) -> Vec<Record> {
    let SessionSave { session, mut marks, walk_ins } = save;
    let mut out = Vec::new();
    if !session.planned {
        for w in &walk_ins {
            let person =
                Participant::walk_in(ParticipantId::new(), new_meta(), &w.first_name, &w.last_name, session.unit);
            marks.push((person.id, Presence::Obecny));
            out.push(Record::Participant(person));
        }
    }
    let id = session.id;
    let form = session.form;
    let day = session.date;
    let planned = session.planned;
    out.push(Record::Session(session));
    if planned {
        return out;
    }
    let existing: HashMap<ParticipantId, &Attendance> =
        data.attendance.iter().filter(|a| a.session == id && !a.meta.deleted).map(|a| (a.participant, a)).collect();
    for &(person, presence) in &marks {
        let record = match existing.get(&person) {
            Some(old) => Attendance { presence, ..(*old).clone() },
            None => Attendance {
                id: AttendanceId::new(),
                meta: new_meta(),
                session: id,
                participant: person,
                presence,
                hours: None,
            },
        };
        out.push(Record::Attendance(record));
    }
    for (person, old) in &existing {
        if !marks.iter().any(|(p, _)| p == person) {
            let mut gone = (*old).clone();
            gone.meta.deleted = true;
            out.push(Record::Attendance(gone));
        }
    }
    for person in enrolments_needed(&data.enrolments, form, &marks) {
        out.push(Record::Enrolment(SupportEnrolment {
            id: EnrolmentId::new(),
            meta: new_meta(),
            participant: person,
            form,
            start: day,
            end: None,
        }));
    }
    out
}

/// The people whose attendance is recorded for `session` (live marks only), with their marks.
pub fn marks_of(session: SessionId, data: &Dataset) -> Vec<(ParticipantId, Presence)> {
    data.attendance
        .iter()
        .filter(|a| a.session == session && !a.meta.deleted)
        .map(|a| (a.participant, a.presence))
        .collect()
}

/// The people enrolled in `form` on `day` (enrolment started by then and not ended before).
pub fn enrolled_in(form: SupportFormId, day: chrono::NaiveDate, data: &Dataset) -> Vec<ParticipantId> {
    let mut out: Vec<ParticipantId> = data
        .enrolments
        .iter()
        .filter(|e| !e.meta.deleted && e.form == form && e.start <= day && e.end.is_none_or(|end| end >= day))
        .map(|e| e.participant)
        .filter(|p| data.participants.iter().any(|person| person.id == *p && !person.meta.deleted))
        .collect();
    out.sort();
    out.dedup();
    out
}

/// The people a session of `form` on `day` normally lists: those enrolled in the form, and
/// those on the list of its latest earlier session (someone absent the first time is not
/// enrolled yet, but still belongs on the list). Sorted by id.
pub fn usual_people(form: SupportFormId, day: chrono::NaiveDate, data: &Dataset) -> Vec<ParticipantId> {
    let mut out = enrolled_in(form, day, data);
    let latest = data
        .sessions
        .iter()
        .filter(|s| s.form == form && !s.meta.deleted && !s.planned && s.date <= day)
        .max_by_key(|s| (s.date, s.start));
    if let Some(latest) = latest {
        out.extend(
            marks_of(latest.id, data)
                .into_iter()
                .map(|(p, _)| p)
                .filter(|p| data.participants.iter().any(|person| person.id == *p && !person.meta.deleted)),
        );
    }
    out.sort();
    out.dedup();
    out
}

/// One form of support's total for a person.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FormHours {
    /// The form of support.
    pub form: SupportFormId,
    /// Sessions attended (present).
    pub sessions: u32,
    /// Hours credited, in the form's hours (60 or 45 minutes).
    pub hours: Decimal,
}

/// One session in a person's history.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PersonSession {
    /// The session.
    pub session: Session,
    /// How the person was marked.
    pub presence: Presence,
    /// Hours credited.
    pub hours: Decimal,
}

/// The held sessions `person` is on the list of, newest first, with the hours credited.
pub fn sessions_of(person: ParticipantId, data: &Dataset) -> Vec<PersonSession> {
    let hour_minutes: HashMap<SupportFormId, u32> = data.support_forms.iter().map(|f| (f.id, f.hour_minutes)).collect();
    let sessions: HashMap<SessionId, &Session> =
        data.sessions.iter().filter(|s| !s.meta.deleted && !s.planned).map(|s| (s.id, s)).collect();
    let mut out: Vec<PersonSession> = data
        .attendance
        .iter()
        .filter(|a| a.participant == person && !a.meta.deleted)
        .filter_map(|a| {
            let session = sessions.get(&a.session)?;
            let minutes = hour_minutes.get(&session.form).copied().unwrap_or(60);
            Some(PersonSession {
                session: (*session).clone(),
                presence: a.presence,
                hours: credited_hours(a, session.hours(minutes)),
            })
        })
        .collect();
    out.sort_by_key(|s| std::cmp::Reverse((s.session.date, s.session.start)));
    out
}

/// A person's totals per form of support (only forms they attended), in the forms' order.
pub fn hours_by_form(person: ParticipantId, data: &Dataset) -> Vec<FormHours> {
    let mut totals: BTreeMap<SupportFormId, (u32, Decimal)> = BTreeMap::new();
    for s in sessions_of(person, data) {
        if s.presence == Presence::Obecny {
            let entry = totals.entry(s.session.form).or_insert((0, Decimal::ZERO));
            entry.0 += 1;
            entry.1 += s.hours;
        }
    }
    let order = |form: &SupportFormId| data.support_forms.iter().find(|f| f.id == *form).map_or(i32::MAX, |f| f.order);
    let mut out: Vec<FormHours> =
        totals.into_iter().map(|(form, (sessions, hours))| FormHours { form, sessions, hours }).collect();
    out.sort_by_key(|f| order(&f.form));
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::ids::{DeviceId, StaffId};
    use crate::domain::project::{SupportForm, SupportMode};
    use chrono::{NaiveDate, NaiveTime, TimeZone, Utc};
    use std::str::FromStr;

    fn meta() -> Meta {
        Meta::new(&DeviceId("d".into()), None, Utc.timestamp_opt(0, 0).unwrap())
    }

    fn form(hour_minutes: u32, order: i32) -> SupportForm {
        SupportForm {
            id: SupportFormId::new(),
            meta: meta(),
            name: format!("forma {order}"),
            category: "spoleczna".into(),
            mode: SupportMode::Group,
            hour_minutes,
            unit: None,
            task: None,
            central_name: String::new(),
            order,
            archived: false,
        }
    }

    fn session(form: SupportFormId, day: u32, from: (u32, u32), to: (u32, u32)) -> Session {
        Session {
            id: SessionId::new(),
            meta: meta(),
            date: NaiveDate::from_ymd_opt(2026, 11, day).unwrap(),
            start: NaiveTime::from_hms_opt(from.0, from.1, 0).unwrap(),
            end: NaiveTime::from_hms_opt(to.0, to.1, 0).unwrap(),
            form,
            unit: None,
            task: None,
            place: String::new(),
            leaders: vec![StaffId::new()],
            topic: String::new(),
            recommendations: String::new(),
            planned: false,
        }
    }

    fn people(data: &mut Dataset, n: usize) -> Vec<ParticipantId> {
        (0..n)
            .map(|i| {
                let mut p = Participant::new(ParticipantId::new(), meta());
                p.first_name = format!("Osoba{i}");
                p.last_name = "Testowa".into();
                let id = p.id;
                data.participants.push(p);
                id
            })
            .collect()
    }

    fn apply(data: &mut Dataset, records: Vec<Record>) {
        for r in records {
            data.upsert(r);
        }
    }

    fn d(s: &str) -> Decimal {
        Decimal::from_str(s).unwrap()
    }

    #[test]
    fn twelve_people_two_absent_and_a_walk_in_make_one_batch() {
        let mut data = Dataset::default();
        let f = form(60, 1);
        data.support_forms.push(f.clone());
        let ids = people(&mut data, 12);
        let s = session(f.id, 23, (16, 0), (18, 0));
        let marks = ids
            .iter()
            .enumerate()
            .map(|(i, &p)| (p, if i < 2 { Presence::Nieobecny } else { Presence::Obecny }))
            .collect();
        let walk_in = WalkIn { first_name: "Jan".into(), last_name: "Przechodni".into() };
        let records = session_records(SessionSave { session: s.clone(), marks, walk_ins: vec![walk_in] }, &data, meta);
        let kinds = |k: &str| records.iter().filter(|r| format!("{:?}", r.kind()) == k).count();
        assert_eq!(kinds("Participant"), 1);
        assert_eq!(kinds("Session"), 1);
        assert_eq!(kinds("Attendance"), 13);
        // Only those present (10 + the walk-in) are enrolled in the form.
        assert_eq!(kinds("Enrolment"), 11);
        let Some(Record::Participant(w)) = records.first() else { panic!("walk-in first") };
        assert!(w.incomplete);
        apply(&mut data, records);
        assert_eq!(marks_of(s.id, &data).iter().filter(|(_, p)| *p == Presence::Obecny).count(), 11);
        assert_eq!(hours_by_form(ids[5], &data), vec![FormHours { form: f.id, sessions: 1, hours: d("2.00") }]);
        assert!(hours_by_form(ids[0], &data).is_empty());
        assert_eq!(enrolled_in(f.id, s.date, &data).len(), 11);
        // The two absent people are not enrolled, but the next session still lists them.
        let next_week = s.date + chrono::Days::new(7);
        assert_eq!(usual_people(f.id, next_week, &data).len(), 13);
    }

    #[test]
    fn editing_attendance_changes_the_hours_and_removes_marks() {
        let mut data = Dataset::default();
        let f = form(45, 1);
        data.support_forms.push(f.clone());
        let ids = people(&mut data, 3);
        let s = session(f.id, 23, (16, 0), (17, 30));
        let all_present: Vec<_> = ids.iter().map(|&p| (p, Presence::Obecny)).collect();
        let records =
            session_records(SessionSave { session: s.clone(), marks: all_present, walk_ins: vec![] }, &data, meta);
        apply(&mut data, records);
        assert_eq!(hours_by_form(ids[0], &data)[0].hours, d("2.00"));
        // Second save: the first person absent, the third taken off the list.
        let marks = vec![(ids[0], Presence::Usprawiedliwiony), (ids[1], Presence::Obecny)];
        let records = session_records(SessionSave { session: s.clone(), marks, walk_ins: vec![] }, &data, meta);
        assert!(!records.iter().any(|r| matches!(r, Record::Enrolment(_))), "already enrolled");
        let removed: Vec<_> = records
            .iter()
            .filter_map(|r| if let Record::Attendance(a) = r { a.meta.deleted.then_some(a.participant) } else { None })
            .collect();
        assert_eq!(removed, vec![ids[2]]);
        apply(&mut data, records);
        assert!(hours_by_form(ids[0], &data).is_empty());
        assert_eq!(sessions_of(ids[0], &data)[0].presence, Presence::Usprawiedliwiony);
        assert!(sessions_of(ids[2], &data).is_empty());
        assert_eq!(data.attendance.iter().filter(|a| a.session == s.id && !a.meta.deleted).count(), 2);
    }

    #[test]
    fn hours_add_up_per_form_and_planned_sessions_record_nothing() {
        let mut data = Dataset::default();
        let (f60, f45) = (form(60, 2), form(45, 1));
        data.support_forms.extend([f60.clone(), f45.clone()]);
        let ids = people(&mut data, 1);
        for (f, day, from, to) in
            [(&f60, 2, (10, 0), (11, 30)), (&f60, 9, (10, 0), (11, 0)), (&f45, 3, (9, 0), (10, 30))]
        {
            let s = session(f.id, day, from, to);
            let records = session_records(
                SessionSave { session: s, marks: vec![(ids[0], Presence::Obecny)], walk_ins: vec![] },
                &data,
                meta,
            );
            apply(&mut data, records);
        }
        let mut planned = session(f60.id, 30, (10, 0), (12, 0));
        planned.planned = true;
        let records = session_records(
            SessionSave {
                session: planned,
                marks: vec![(ids[0], Presence::Obecny)],
                walk_ins: vec![WalkIn { first_name: "A".into(), last_name: "B".into() }],
            },
            &data,
            meta,
        );
        assert_eq!(records.len(), 1, "a planned session is only the session");
        apply(&mut data, records);
        assert_eq!(
            hours_by_form(ids[0], &data),
            vec![
                FormHours { form: f45.id, sessions: 1, hours: d("2.00") },
                FormHours { form: f60.id, sessions: 2, hours: d("2.50") }
            ]
        );
        let dates: Vec<u32> =
            sessions_of(ids[0], &data).iter().map(|s| chrono::Datelike::day(&s.session.date)).collect();
        assert_eq!(dates, vec![9, 3, 2]);
    }
}
