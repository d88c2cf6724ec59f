//! Builders for domain tests: a project and a participant complete enough to be "uczestnik".

use crate::domain::dictionary::Period;
use crate::domain::exit::ExitRecord;
use crate::domain::ids::{DeviceId, ParticipantId};
use crate::domain::meta::Meta;
use crate::domain::participant::{Address, DocumentRecord, Participant};
use crate::domain::pesel::{Sex, synthesize};
use crate::domain::project::{AreaUnit, Project};
use crate::domain::templates::{instantiate, template};
use chrono::{NaiveDate, TimeZone, Utc};

pub fn date(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

pub fn today() -> NaiveDate {
    date(2022, 6, 1)
}

pub fn device() -> DeviceId {
    DeviceId("test-device".into())
}

pub fn meta() -> Meta {
    Meta::new(&device(), None, Utc.timestamp_opt(1_600_000_000, 0).unwrap())
}

/// The Bartoszyce template (2014-2020, 31.03.2021–31.03.2023) with one area unit.
pub fn project() -> Project {
    let mut p = instantiate(template("bartoszyce").unwrap(), &device(), None, Utc.timestamp_opt(0, 0).unwrap()).project;
    p.area.push(AreaUnit {
        teryt: "2802011".into(),
        name: "Bartoszyce".into(),
        powiat: "bartoszycki".into(),
        voivodeship: "28".into(),
        degurba: Some("2".into()),
    });
    p
}

pub fn project_2021() -> Project {
    let mut p = project();
    p.period = Period::P2021_2027;
    p
}

/// An adult with everything "uczestnik" needs in the 2014-2020 project.
pub fn participant() -> Participant {
    let mut p = Participant::new(ParticipantId::new(), meta());
    p.first_name = "Łucja".into();
    p.last_name = "Żółć".into();
    p.pesel = synthesize(date(1985, 4, 12), 17, Sex::Female).unwrap();
    p.derive_from_pesel(today());
    p.education = Some("isced3".into());
    p.labour_status = Some("bezrobotna_zarejestrowana".into());
    p.labour_detail = Some("dlugotrwale_bezrobotna".into());
    p.address = Address {
        area_unit: Some("2802011".into()),
        voivodeship: "28".into(),
        powiat: "bartoszycki".into(),
        gmina: "Bartoszyce".into(),
        locality: "Bartoszyce".into(),
        street: "Kolejowa".into(),
        building: "1".into(),
        flat: String::new(),
        postal_code: "11-200".into(),
        degurba: None,
    };
    p.phone = "+48 600 100 200".into();
    p.eligibility = vec!["pomoc_spoleczna".into()];
    p.art7_grounds = vec!["ubostwo".into()];
    for q in ["minority", "homeless", "disability", "other_disadvantage"] {
        p.situation.insert(q.into(), "nie".into());
    }
    for kind in ["deklaracja", "rodo"] {
        p.documents.push(DocumentRecord {
            kind: kind.into(),
            date: date(2021, 4, 6),
            signed_by_guardian: false,
            note: String::new(),
        });
    }
    p.start = Some(date(2021, 4, 6));
    p
}

/// Exit data for "zakończył".
pub fn finished(mut p: Participant) -> Participant {
    p.end = Some(date(2022, 3, 31));
    p.exit = Some(ExitRecord {
        situation: Some("poszukujaca_pracy".into()),
        completed_path: Some(true),
        ..ExitRecord::default()
    });
    p
}
