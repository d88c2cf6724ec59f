//! The session form (zajęcia and individual consultations): text as typed, turned into a
//! `Session` plus the attendance to save and the issues to show. Pure (no signals), tested
//! natively.

use crate::domain::attendance::{SessionSave, WalkIn, marks_of, usual_people};
use crate::domain::dataset::Dataset;
use crate::domain::dates::{date_text, parse_date, parse_time, time_text};
use crate::domain::ids::{ParticipantId, StaffId, SupportFormId, UnitId};
use crate::domain::participant::RecruitmentStatus;
use crate::domain::project::SupportMode;
use crate::domain::search::fold;
use crate::domain::session::{Presence, Session, validate_session};
use crate::domain::validation::{ErrorCode, Field, Issue};
use chrono::{NaiveDate, NaiveTime};
use std::collections::BTreeMap;

/// A person added by name on the spot.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct WalkInRow {
    /// Imię.
    pub first_name: String,
    /// Nazwisko.
    pub last_name: String,
}

/// The form's values.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct SessionForm {
    /// The form of support's id ("" until chosen).
    pub form: String,
    /// The unit's id ("" for none).
    pub unit: String,
    /// dd.mm.rrrr.
    pub date: String,
    /// gg:mm.
    pub start: String,
    /// gg:mm.
    pub end: String,
    /// Miejsce.
    pub place: String,
    /// Prowadzący.
    pub leaders: Vec<StaffId>,
    /// Temat.
    pub topic: String,
    /// Zalecenia (individual consultations).
    pub recommendations: String,
    /// Planned, attendance not recorded yet.
    pub planned: bool,
    /// The people on the attendance list, in the order shown.
    pub list: Vec<ParticipantId>,
    /// Their marks; a person without one is not marked yet.
    pub marks: BTreeMap<ParticipantId, Presence>,
    /// People added by name only.
    pub walk_ins: Vec<WalkInRow>,
}

/// What the form is checked against.
#[derive(Clone, Copy, Debug)]
pub struct SessionContext<'a> {
    /// Everything loaded (forms, staff, people, other sessions).
    pub data: &'a Dataset,
    /// Today in Poland.
    pub today: NaiveDate,
}

fn sorted_by_name(mut people: Vec<ParticipantId>, data: &Dataset) -> Vec<ParticipantId> {
    let key = |id: &ParticipantId| {
        data.participants
            .iter()
            .find(|p| p.id == *id)
            .map(|p| (fold(&p.last_name), fold(&p.first_name)))
            .unwrap_or_default()
    };
    people.sort_by_cached_key(key);
    people
}

impl SessionForm {
    /// A new session on `date`, led by `leader` (who is working), of `form` when already known.
    pub fn new_on(date: NaiveDate, leader: Option<StaffId>) -> Self {
        SessionForm { date: date_text(date), leaders: leader.into_iter().collect(), ..SessionForm::default() }
    }

    /// The form of an existing session, with its recorded attendance.
    pub fn from_session(s: &Session, data: &Dataset) -> Self {
        let marks: BTreeMap<ParticipantId, Presence> = marks_of(s.id, data).into_iter().collect();
        let list = if s.planned { usual_people(s.form, s.date, data) } else { marks.keys().copied().collect() };
        SessionForm {
            form: s.form.to_string(),
            unit: s.unit.map(|u| u.to_string()).unwrap_or_default(),
            date: date_text(s.date),
            start: time_text(s.start),
            end: time_text(s.end),
            place: s.place.clone(),
            leaders: s.leaders.clone(),
            topic: s.topic.clone(),
            recommendations: s.recommendations.clone(),
            planned: s.planned,
            list: sorted_by_name(list, data),
            marks,
            walk_ins: Vec::new(),
        }
    }

    /// Chooses the form of support and fills what follows from it: its unit; the time, place and
    /// leaders of its most recent session (a weekly class is the same every week); and the list:
    /// the people enrolled in it and those on its latest list, or — before anyone is — the
    /// unit's participants.
    pub fn choose_form(&mut self, form: SupportFormId, data: &Dataset) {
        self.form = form.to_string();
        let Some(f) = data.support_forms.iter().find(|f| f.id == form) else { return };
        self.unit = f.unit.map(|u| u.to_string()).unwrap_or_default();
        if let Some(last) = data
            .sessions
            .iter()
            .filter(|s| s.form == form && !s.meta.deleted)
            .max_by_key(|s| (s.date, s.start, s.meta.created_at))
        {
            self.start = time_text(last.start);
            self.end = time_text(last.end);
            last.place.clone_into(&mut self.place);
            if !last.leaders.is_empty() {
                self.leaders.clone_from(&last.leaders);
            }
        }
        if f.mode == SupportMode::Individual {
            self.list.clear();
            self.marks.clear();
            return;
        }
        let day = parse_date(&self.date).unwrap_or_default();
        let mut list = usual_people(form, day, data);
        if list.is_empty() {
            list = data
                .participants
                .iter()
                .filter(|p| !p.meta.deleted && p.status == RecruitmentStatus::Uczestnik && !p.is_otoczenie())
                .filter(|p| f.unit.is_none_or(|u| p.units.is_empty() || p.units.contains(&u)))
                .map(|p| p.id)
                .collect();
        }
        self.list = sorted_by_name(list, data);
        self.marks.retain(|p, _| self.list.contains(p));
    }

    /// Adds someone found by search to the list (marked present: they came).
    pub fn add_person(&mut self, id: ParticipantId) {
        if !self.list.contains(&id) {
            self.list.push(id);
        }
        self.marks.insert(id, Presence::Obecny);
    }

    /// Takes someone off the list.
    pub fn remove_person(&mut self, id: ParticipantId) {
        self.list.retain(|p| *p != id);
        self.marks.remove(&id);
    }

    /// "Wszyscy obecni": marks everyone on the list present.
    pub fn mark_all_present(&mut self) {
        for &p in &self.list {
            self.marks.insert(p, Presence::Obecny);
        }
    }

    /// Whether everyone on the list is marked present.
    pub fn all_present(&self) -> bool {
        !self.list.is_empty() && self.list.iter().all(|p| self.marks.get(p) == Some(&Presence::Obecny))
    }

    /// The chosen form of support.
    pub fn form_id(&self) -> Option<SupportFormId> {
        SupportFormId::parse(&self.form).ok()
    }

    /// The session these values describe (on top of `base`: id and stored meta) and what is
    /// wrong or missing. Every issue blocks the save.
    pub fn apply(&self, base: &Session, ctx: SessionContext<'_>) -> (Session, Vec<Issue>) {
        let mut issues = Vec::new();
        let form = self.form_id().and_then(|id| ctx.data.support_forms.iter().find(|f| f.id == id));
        if form.is_none() {
            issues.push(Issue::new(Field::SessionForm, ErrorCode::Required));
        }
        let date = if self.date.trim().is_empty() {
            issues.push(Issue::new(Field::SessionDate, ErrorCode::Required));
            None
        } else {
            parse_date(&self.date).map_err(|code| issues.push(Issue::new(Field::SessionDate, code))).ok()
        };
        let mut time = |text: &str, field: Field| -> Option<NaiveTime> {
            if text.trim().is_empty() {
                issues.push(Issue::new(field, ErrorCode::Required));
                return None;
            }
            parse_time(text).map_err(|code| issues.push(Issue::new(field, code))).ok()
        };
        let start = time(&self.start, Field::SessionFrom);
        let end = time(&self.end, Field::SessionTo);
        let individual = form.is_some_and(|f| f.mode == SupportMode::Individual);
        if self.leaders.is_empty() {
            issues.push(Issue::new(Field::SessionLeaders, ErrorCode::Required));
        }
        if !self.planned {
            if date.is_some_and(|d| d > ctx.today) {
                issues.push(Issue::new(Field::SessionDate, ErrorCode::InFuture));
            }
            let marked = self.list.iter().filter(|p| self.marks.contains_key(p)).count();
            if individual && self.list.len() != 1 {
                issues.push(Issue::new(Field::ConsultationParticipant, ErrorCode::Required));
            } else if marked < self.list.len() {
                issues.push(Issue::new(Field::Attendance, ErrorCode::NotMarked));
            } else if self.list.is_empty() && self.walk_ins.is_empty() {
                issues.push(Issue::new(Field::Attendance, ErrorCode::Required));
            }
            if self.walk_ins.iter().any(|w| w.first_name.trim().is_empty() || w.last_name.trim().is_empty()) {
                issues.push(Issue::new(Field::WalkInName, ErrorCode::Required));
            }
        }
        let session = Session {
            date: date.unwrap_or(base.date),
            start: start.unwrap_or(base.start),
            end: end.unwrap_or(base.end),
            form: form.map_or(base.form, |f| f.id),
            unit: UnitId::parse(&self.unit).ok(),
            task: form.and_then(|f| f.task),
            place: self.place.trim().to_owned(),
            leaders: self.leaders.clone(),
            topic: self.topic.trim().to_owned(),
            recommendations: self.recommendations.trim().to_owned(),
            planned: self.planned,
            ..base.clone()
        };
        if start.is_some() && end.is_some() {
            let project = ctx.data.current_project();
            issues.extend(validate_session(&session, project.and_then(|p| p.start), project.and_then(|p| p.end)));
        }
        issues.sort();
        issues.dedup();
        (session, issues)
    }

    /// The session with its marks and walk-ins, ready for `domain::attendance::session_records`.
    pub fn to_save(&self, session: Session) -> SessionSave {
        SessionSave {
            session,
            marks: self.list.iter().filter_map(|p| self.marks.get(p).map(|m| (*p, *m))).collect(),
            walk_ins: self
                .walk_ins
                .iter()
                .map(|w| WalkIn { first_name: w.first_name.clone(), last_name: w.last_name.clone() })
                .collect(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::attendance::session_records;
    use crate::domain::ids::{DeviceId, SessionId};
    use crate::domain::meta::Meta;
    use crate::domain::participant::Participant;
    use crate::domain::project::SupportForm;
    use crate::domain::record::Record;
    use chrono::{TimeZone, Utc};

    fn meta() -> Meta {
        Meta::new(&DeviceId("d".into()), None, Utc.timestamp_opt(0, 0).unwrap())
    }

    fn today() -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 11, 23).unwrap()
    }

    fn data_with(names: &[(&str, &str)], mode: SupportMode) -> (Dataset, SupportFormId) {
        let mut data = Dataset::default();
        let form = SupportForm {
            id: SupportFormId::new(),
            meta: meta(),
            name: "trening umiejętności".into(),
            category: "spoleczna".into(),
            mode,
            hour_minutes: 45,
            unit: None,
            task: None,
            central_name: String::new(),
            order: 1,
            archived: false,
        };
        let id = form.id;
        data.support_forms.push(form);
        for (first, last) in names {
            let mut p = Participant::new(ParticipantId::new(), meta());
            p.first_name = (*first).into();
            p.last_name = (*last).into();
            p.status = RecruitmentStatus::Uczestnik;
            data.participants.push(p);
        }
        (data, id)
    }

    fn blank_session(form: SupportFormId) -> Session {
        Session {
            id: SessionId::new(),
            meta: meta(),
            date: today(),
            start: NaiveTime::MIN,
            end: NaiveTime::MIN,
            form,
            unit: None,
            task: None,
            place: String::new(),
            leaders: Vec::new(),
            topic: String::new(),
            recommendations: String::new(),
            planned: false,
        }
    }

    #[test]
    fn choosing_the_form_lists_its_people_by_surname_and_all_present_then_two_absent_saves() {
        let (data, form) = data_with(&[("Zofia", "Żak"), ("Adam", "Łoś"), ("Ewa", "Abacka")], SupportMode::Group);
        let mut f = SessionForm::new_on(today(), Some(StaffId::new()));
        f.choose_form(form, &data);
        let names: Vec<String> =
            f.list.iter().map(|id| data.participants.iter().find(|p| p.id == *id).unwrap().last_name.clone()).collect();
        assert_eq!(names, ["Abacka", "Łoś", "Żak"], "Ł sorts with L, Ż with Z");
        f.start = "16:00".into();
        f.end = "17.30".into();
        let base = blank_session(form);
        let (_, issues) = f.apply(&base, SessionContext { data: &data, today: today() });
        assert_eq!(issues, vec![Issue::new(Field::Attendance, ErrorCode::NotMarked)]);
        f.mark_all_present();
        assert!(f.all_present());
        f.marks.insert(f.list[0], Presence::Nieobecny);
        let (session, issues) = f.apply(&base, SessionContext { data: &data, today: today() });
        assert!(issues.is_empty(), "{issues:?}");
        assert_eq!(session.hours(45), rust_decimal::Decimal::from(2));
        let records = session_records(f.to_save(session), &data, meta);
        assert_eq!(records.iter().filter(|r| matches!(r, Record::Attendance(_))).count(), 3);
        assert_eq!(records.iter().filter(|r| matches!(r, Record::Enrolment(_))).count(), 2);
    }

    #[test]
    fn every_missing_or_wrong_value_is_named() {
        let (data, _) = data_with(&[], SupportMode::Group);
        let f = SessionForm {
            date: "31.02.2026".into(),
            start: "25:00".into(),
            walk_ins: vec![WalkInRow { first_name: "Jan".into(), last_name: String::new() }],
            ..SessionForm::default()
        };
        let (_, issues) = f.apply(&blank_session(SupportFormId::new()), SessionContext { data: &data, today: today() });
        assert_eq!(
            issues,
            vec![
                Issue::new(Field::SessionDate, ErrorCode::DateFormat),
                Issue::new(Field::SessionFrom, ErrorCode::TimeFormat),
                Issue::new(Field::SessionTo, ErrorCode::Required),
                Issue::new(Field::SessionForm, ErrorCode::Required),
                Issue::new(Field::SessionLeaders, ErrorCode::Required),
                Issue::new(Field::WalkInName, ErrorCode::Required),
            ]
        );
    }

    #[test]
    fn a_future_session_can_only_be_planned_and_then_needs_no_marks() {
        let (data, form) = data_with(&[("Ewa", "Abacka")], SupportMode::Group);
        let tomorrow = today().succ_opt().unwrap();
        let mut f = SessionForm::new_on(tomorrow, Some(StaffId::new()));
        f.choose_form(form, &data);
        f.start = "10".into();
        f.end = "12".into();
        let ctx = SessionContext { data: &data, today: today() };
        let (_, issues) = f.apply(&blank_session(form), ctx);
        assert!(issues.contains(&Issue::new(Field::SessionDate, ErrorCode::InFuture)));
        f.planned = true;
        assert!(f.apply(&blank_session(form), ctx).1.is_empty());
    }

    #[test]
    fn a_consultation_is_for_exactly_one_person_and_keeps_the_last_times() {
        let (mut data, form) = data_with(&[("Ewa", "Abacka"), ("Jan", "Nowak")], SupportMode::Individual);
        let mut last = blank_session(form);
        last.start = NaiveTime::from_hms_opt(9, 0, 0).unwrap();
        last.end = NaiveTime::from_hms_opt(10, 0, 0).unwrap();
        last.place = "pokój 12".into();
        data.sessions.push(last);
        let mut f = SessionForm::new_on(today(), Some(StaffId::new()));
        f.choose_form(form, &data);
        assert_eq!((f.start.as_str(), f.end.as_str(), f.place.as_str()), ("09:00", "10:00", "pokój 12"));
        assert!(f.list.is_empty(), "a consultation starts with nobody chosen");
        let ctx = SessionContext { data: &data, today: today() };
        assert!(
            f.apply(&blank_session(form), ctx)
                .1
                .contains(&Issue::new(Field::ConsultationParticipant, ErrorCode::Required))
        );
        f.add_person(data.participants[1].id);
        assert!(f.apply(&blank_session(form), ctx).1.is_empty());
    }

    #[test]
    fn an_edit_reads_back_the_recorded_marks() {
        let (mut data, form) = data_with(&[("Ewa", "Abacka"), ("Jan", "Nowak")], SupportMode::Group);
        let mut f = SessionForm::new_on(today(), Some(StaffId::new()));
        f.choose_form(form, &data);
        f.start = "16:00".into();
        f.end = "17:00".into();
        f.mark_all_present();
        f.marks.insert(f.list[1], Presence::Usprawiedliwiony);
        let base = blank_session(form);
        let (session, _) = f.apply(&base, SessionContext { data: &data, today: today() });
        for r in session_records(f.to_save(session.clone()), &data, meta) {
            data.upsert(r);
        }
        let again = SessionForm::from_session(&session, &data);
        assert_eq!(again.list, f.list);
        assert_eq!(again.marks, f.marks);
        assert_eq!((again.start.as_str(), again.end.as_str()), ("16:00", "17:00"));
    }
}
