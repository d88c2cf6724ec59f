// Record builders shared by the integration tests (included with `#[path]`/`mod`).
#![allow(dead_code, reason = "each test file uses a different subset")]

use chrono::{DateTime, NaiveDate, NaiveTime, TimeZone, Utc};
use kartoteka::domain::ids::*;
use kartoteka::domain::meta::Meta;
use kartoteka::domain::participant::Participant;
use kartoteka::domain::pesel::{Sex, synthesize};
use kartoteka::domain::project::Project;
use kartoteka::domain::record::Record;
use kartoteka::domain::session::{Attendance, Presence, Session};
use kartoteka::domain::templates::{instantiate, template};

pub fn at(secs: i64) -> DateTime<Utc> {
    Utc.timestamp_opt(1_700_000_000 + secs, 0).unwrap()
}

pub fn date(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

pub fn project(meta: Meta) -> Project {
    let mut p = instantiate(template("bartoszyce").unwrap(), &DeviceId("fixture".into()), None, at(0)).project;
    p.meta = meta;
    p
}

/// A participant with a few fields, named `first last`, with a valid PESEL from `n`.
pub fn person(meta: Meta, first: &str, last: &str, n: u32) -> Participant {
    let mut p = Participant::new(ParticipantId::new(), meta);
    p.first_name = first.into();
    p.last_name = last.into();
    p.pesel = synthesize(
        date(1960 + i32::try_from(n % 40).unwrap(), 1 + n % 12, 1 + n % 28),
        n % 1000,
        if n.is_multiple_of(2) { Sex::Female } else { Sex::Male },
    )
    .unwrap();
    p.phone = format!("600 {:03} {:03}", n / 1000 % 1000, n % 1000);
    p.address.locality = "Bartoszyce".into();
    p.notes = format!("notatka {n} — zażółć gęślą jaźń");
    p
}

pub fn session(meta: Meta, form: SupportFormId) -> Session {
    Session {
        id: SessionId::new(),
        meta,
        date: date(2022, 3, 2),
        start: NaiveTime::from_hms_opt(16, 0, 0).unwrap(),
        end: NaiveTime::from_hms_opt(17, 30, 0).unwrap(),
        form,
        unit: None,
        task: None,
        place: "sala 1".into(),
        leaders: vec![],
        topic: "Warsztat".into(),
        recommendations: String::new(),
        planned: false,
    }
}

pub fn attendance(meta: Meta, session: SessionId, participant: ParticipantId, presence: Presence) -> Attendance {
    Attendance { id: AttendanceId::new(), meta, session, participant, presence, hours: None }
}

pub fn ids(records: &[Record]) -> Vec<uuid::Uuid> {
    let mut out: Vec<_> = records.iter().map(Record::uuid).collect();
    out.sort();
    out
}
