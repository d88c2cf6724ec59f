//! The other CSV exports: sessions, attendance (long: one row per person × session; wide: one
//! row per person, one column per session, hours in the cells), individual support and
//! volunteer hours. Pure: a dataset in, a table out; `csv::write` makes the file.

use crate::codec::csv::{self, Preset};
use crate::domain::dataset::Dataset;
use crate::domain::project::{Staff, SupportMode};
use crate::domain::session::{Presence, Session};
use chrono::NaiveDate;
use rust_decimal::Decimal;
use std::collections::BTreeMap;

/// One person's cells in the wide table: PESEL and hours per session column.
type Cells = (String, BTreeMap<usize, Decimal>);

/// A table: header and rows.
pub type Table = (Vec<String>, Vec<Vec<String>>);

fn strings(cells: &[&str]) -> Vec<String> {
    cells.iter().map(|&c| c.to_owned()).collect()
}

fn day(d: NaiveDate) -> String {
    d.format("%Y-%m-%d").to_string()
}

fn presence(p: Presence) -> &'static str {
    match p {
        Presence::Obecny => "obecny",
        Presence::Nieobecny => "nieobecny",
        Presence::Usprawiedliwiony => "usprawiedliwiony",
    }
}

struct Lookup<'a> {
    data: &'a Dataset,
}

impl Lookup<'_> {
    fn form(&self, s: &Session) -> (String, u32, SupportMode) {
        self.data
            .support_forms
            .iter()
            .find(|f| f.id == s.form)
            .map_or((String::new(), 60, SupportMode::Group), |f| (f.name.clone(), f.hour_minutes, f.mode))
    }

    fn unit(&self, s: &Session) -> String {
        s.unit.and_then(|u| self.data.units.iter().find(|x| x.id == u)).map(|u| u.name.clone()).unwrap_or_default()
    }

    fn staff(&self, ids: &[crate::domain::ids::StaffId]) -> String {
        ids.iter()
            .filter_map(|id| self.data.staff.iter().find(|s| s.id == *id))
            .map(Staff::full_name)
            .collect::<Vec<_>>()
            .join(", ")
    }

    fn sessions(&self, range: Option<(NaiveDate, NaiveDate)>) -> Vec<&Session> {
        let mut out: Vec<&Session> = self
            .data
            .sessions
            .iter()
            .filter(|s| !s.meta.deleted && range.is_none_or(|(a, b)| s.date >= a && s.date <= b))
            .collect();
        out.sort_by_key(|s| (s.date, s.start, s.id));
        out
    }

    fn marks(&self, s: &Session) -> Vec<(&crate::domain::participant::Participant, Presence)> {
        let mut out: Vec<_> = self
            .data
            .attendance
            .iter()
            .filter(|a| a.session == s.id && !a.meta.deleted)
            .filter_map(|a| self.data.participants.iter().find(|p| p.id == a.participant).map(|p| (p, a.presence)))
            .collect();
        out.sort_by(|(a, _), (b, _)| (&a.last_name, &a.first_name, a.id).cmp(&(&b.last_name, &b.first_name, b.id)));
        out
    }
}

/// Sessions, one row each.
pub fn sessions(data: &Dataset, range: Option<(NaiveDate, NaiveDate)>, preset: Preset) -> Table {
    let look = Lookup { data };
    let header = strings(&[
        "Data",
        "Od",
        "Do",
        "Liczba godzin",
        "Forma wsparcia",
        "Placówka",
        "Miejsce",
        "Temat",
        "Prowadzący",
        "Zaplanowane",
        "Obecni",
        "Nieobecni",
        "Usprawiedliwieni",
        "Identyfikator zajęć",
    ]);
    let rows = look
        .sessions(range)
        .into_iter()
        .map(|s| {
            let (form, minutes, _) = look.form(s);
            let marks = look.marks(s);
            let count = |p: Presence| marks.iter().filter(|(_, m)| *m == p).count().to_string();
            vec![
                day(s.date),
                s.start.format("%H:%M").to_string(),
                s.end.format("%H:%M").to_string(),
                preset.decimal(s.hours(minutes)),
                form,
                look.unit(s),
                s.place.clone(),
                s.topic.clone(),
                look.staff(&s.leaders),
                if s.planned { "Tak" } else { "Nie" }.to_owned(),
                count(Presence::Obecny),
                count(Presence::Nieobecny),
                count(Presence::Usprawiedliwiony),
                s.id.to_string(),
            ]
        })
        .collect();
    (header, rows)
}

/// Attendance, one row per person × session.
pub fn attendance_long(data: &Dataset, range: Option<(NaiveDate, NaiveDate)>, preset: Preset) -> Table {
    let look = Lookup { data };
    let header = strings(&[
        "Data",
        "Od",
        "Do",
        "Forma wsparcia",
        "Nazwisko",
        "Imię",
        "PESEL",
        "Obecność",
        "Godziny",
        "Identyfikator zajęć",
        "Identyfikator uczestnika",
    ]);
    let mut rows = Vec::new();
    for s in look.sessions(range) {
        let (form, minutes, _) = look.form(s);
        for (p, mark) in look.marks(s) {
            let hours = if mark == Presence::Obecny { s.hours(minutes) } else { Decimal::ZERO };
            rows.push(vec![
                day(s.date),
                s.start.format("%H:%M").to_string(),
                s.end.format("%H:%M").to_string(),
                form.clone(),
                p.last_name.clone(),
                p.first_name.clone(),
                p.pesel.clone(),
                presence(mark).to_owned(),
                preset.decimal(hours),
                s.id.to_string(),
                p.id.to_string(),
            ]);
        }
    }
    (header, rows)
}

/// Attendance, one row per person, one column per session (hours present; empty if not on
/// that session's list), with the total.
pub fn attendance_wide(data: &Dataset, range: Option<(NaiveDate, NaiveDate)>, preset: Preset) -> Table {
    let look = Lookup { data };
    let sessions = look.sessions(range);
    let mut header = strings(&["Nazwisko", "Imię", "PESEL"]);
    for s in &sessions {
        header.push(format!("{} {} {}", day(s.date), s.start.format("%H:%M"), look.form(s).0));
    }
    header.push("Razem godzin".to_owned());
    let mut people: BTreeMap<(String, String, uuid::Uuid), Cells> = BTreeMap::new();
    for (i, s) in sessions.iter().enumerate() {
        let (_, minutes, _) = look.form(s);
        for (p, mark) in look.marks(s) {
            let hours = if mark == Presence::Obecny { s.hours(minutes) } else { Decimal::ZERO };
            people
                .entry((p.last_name.clone(), p.first_name.clone(), p.id.0))
                .or_insert_with(|| (p.pesel.clone(), BTreeMap::new()))
                .1
                .insert(i, hours);
        }
    }
    let rows = people
        .into_iter()
        .map(|((last, first, _), (pesel, cells))| {
            let mut row = vec![last, first, pesel];
            let mut total = Decimal::ZERO;
            for i in 0..sessions.len() {
                match cells.get(&i) {
                    Some(h) => {
                        total += h;
                        row.push(preset.decimal(*h));
                    }
                    None => row.push(String::new()),
                }
            }
            row.push(preset.decimal(total));
            row
        })
        .collect();
    (header, rows)
}

/// Individual support (consultations): one row each.
pub fn individual_support(data: &Dataset, range: Option<(NaiveDate, NaiveDate)>, preset: Preset) -> Table {
    let look = Lookup { data };
    let header = strings(&[
        "Data",
        "Od",
        "Do",
        "Liczba godzin",
        "Forma wsparcia",
        "Specjalista",
        "Nazwisko",
        "Imię",
        "PESEL",
        "Temat",
        "Zalecenia",
    ]);
    let mut rows = Vec::new();
    for s in look.sessions(range) {
        let (form, minutes, mode) = look.form(s);
        if mode != SupportMode::Individual {
            continue;
        }
        let person = look.marks(s).into_iter().next().map(|(p, _)| p);
        rows.push(vec![
            day(s.date),
            s.start.format("%H:%M").to_string(),
            s.end.format("%H:%M").to_string(),
            preset.decimal(s.hours(minutes)),
            form,
            look.staff(&s.leaders),
            person.map(|p| p.last_name.clone()).unwrap_or_default(),
            person.map(|p| p.first_name.clone()).unwrap_or_default(),
            person.map(|p| p.pesel.clone()).unwrap_or_default(),
            s.topic.clone(),
            s.recommendations.clone(),
        ]);
    }
    (header, rows)
}

/// Volunteer hours: one row per entry.
pub fn volunteer_hours(data: &Dataset, range: Option<(NaiveDate, NaiveDate)>, preset: Preset) -> Table {
    let look = Lookup { data };
    let header = strings(&["Data", "Wolontariusz", "Liczba godzin", "Działanie"]);
    let mut entries: Vec<_> = data
        .volunteer_hours
        .iter()
        .filter(|v| !v.meta.deleted && range.is_none_or(|(a, b)| v.date >= a && v.date <= b))
        .collect();
    entries.sort_by_key(|v| (v.date, v.id));
    let rows = entries
        .into_iter()
        .map(|v| vec![day(v.date), look.staff(&[v.volunteer]), preset.decimal(v.hours), v.activity.clone()])
        .collect();
    (header, rows)
}

/// A table as a file.
pub fn to_csv(table: &Table, preset: Preset) -> Vec<u8> {
    csv::write(preset, &table.0, &table.1)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::attendance::{SessionSave, session_records};
    use crate::domain::record::Record;
    use crate::domain::test_support::{device, meta, participant, project};

    #[test]
    fn long_and_wide_attendance_agree_on_hours_with_a_decimal_comma() {
        let mut d = Dataset::default();
        let p = project();
        let tpl = crate::domain::templates::instantiate(
            crate::domain::templates::template("bartoszyce").unwrap(),
            &device(),
            None,
            chrono::Utc::now(),
        );
        d.upsert(Record::Project(p));
        for f in tpl.forms {
            d.upsert(Record::SupportForm(f));
        }
        let form = d.support_forms.iter().find(|f| f.hour_minutes == 45).unwrap().clone();
        let (a, b) = (participant(), participant());
        d.upsert(Record::Participant(a.clone()));
        d.upsert(Record::Participant(b.clone()));
        let session = Session {
            id: crate::domain::ids::SessionId::new(),
            meta: meta(),
            date: NaiveDate::from_ymd_opt(2022, 5, 10).unwrap(),
            start: chrono::NaiveTime::from_hms_opt(16, 0, 0).unwrap(),
            end: chrono::NaiveTime::from_hms_opt(17, 30, 0).unwrap(),
            form: form.id,
            unit: None,
            task: None,
            place: String::new(),
            leaders: Vec::new(),
            topic: String::new(),
            recommendations: String::new(),
            planned: false,
        };
        let save = SessionSave {
            session: session.clone(),
            marks: vec![(a.id, Presence::Obecny), (b.id, Presence::Nieobecny)],
            walk_ins: Vec::new(),
        };
        for r in session_records(save, &d.clone(), meta) {
            d.upsert(r);
        }
        let long = attendance_long(&d, None, Preset::ExcelPl);
        assert_eq!(long.1.len(), 2);
        let hours: Vec<&str> = long.1.iter().map(|r| r[8].as_str()).collect();
        assert!(hours.contains(&"2") && hours.contains(&"0"), "{hours:?}");
        let wide = attendance_wide(&d, None, Preset::ExcelPl);
        assert_eq!(wide.0.len(), 5);
        assert_eq!(wide.1.len(), 2);
        assert!(wide.1.iter().any(|r| r[3] == "2" && r[4] == "2"));
        let file = to_csv(&sessions(&d, None, Preset::ExcelPl), Preset::ExcelPl);
        let text = String::from_utf8(file[3..].to_vec()).unwrap();
        assert!(text.contains(";1;1;0;"), "{text}");
    }
}
