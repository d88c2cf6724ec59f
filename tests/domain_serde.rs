//! Every domain type survives a JSON round trip unchanged, with all optional parts filled.
#![cfg(not(target_arch = "wasm32"))]

use chrono::{NaiveDate, NaiveTime, TimeZone, Utc};
use kartoteka::domain::dictionary::{Period, dictionaries};
use kartoteka::domain::exit::{EmploymentEvidence, ExitRecord};
use kartoteka::domain::ids::*;
use kartoteka::domain::meta::Meta;
use kartoteka::domain::participant::*;
use kartoteka::domain::pesel::Sex;
use kartoteka::domain::project::*;
use kartoteka::domain::session::{Attendance, Presence, Session};
use kartoteka::domain::support::SupportEnrolment;
use kartoteka::domain::templates::{instantiate, templates};
use kartoteka::domain::validation::{ErrorCode, Field, Issue};
use kartoteka::domain::volunteer::VolunteerHours;
use rust_decimal::Decimal;
use serde::{Serialize, de::DeserializeOwned};
use std::fmt::Debug;
use std::str::FromStr;

fn round_trip<T: Serialize + DeserializeOwned + PartialEq + Debug>(value: &T) {
    let json = serde_json::to_string(value).expect("serializes");
    let back: T = serde_json::from_str(&json).expect("deserializes");
    assert_eq!(&back, value, "round trip changed the value; JSON: {json}");
}

fn date(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

fn meta() -> Meta {
    let device = DeviceId("laptop-a".into());
    let mut m = Meta::new(&device, Some(StaffId::new()), Utc.timestamp_opt(1_700_000_000, 123_000_000).unwrap());
    m.touch(&DeviceId("laptop-b".into()), Some(StaffId::new()), Utc.timestamp_opt(1_700_000_100, 0).unwrap());
    m
}

fn d(s: &str) -> Decimal {
    Decimal::from_str(s).unwrap()
}

#[test]
fn projects_and_their_structure_round_trip() {
    for t in templates() {
        let new = instantiate(t, &DeviceId("x".into()), None, Utc.timestamp_opt(0, 0).unwrap());
        round_trip(&new.project);
        new.units.iter().for_each(round_trip);
        new.tasks.iter().for_each(round_trip);
        new.forms.iter().for_each(round_trip);
    }
    let mut project =
        instantiate(&templates()[3], &DeviceId("x".into()), None, Utc.timestamp_opt(0, 0).unwrap()).project;
    project.area.push(AreaUnit {
        teryt: "2802011".into(),
        name: "Bartoszyce".into(),
        powiat: "bartoszycki".into(),
        voivodeship: "28".into(),
        degurba: Some("2".into()),
    });
    project.indicator_targets.push(IndicatorTarget {
        code: "miejsca_istniejace".into(),
        target: Some(d("10")),
        source: IndicatorSource::Manual { value: Some(d("4")) },
    });
    project.period = Period::P2021_2027;
    round_trip(&project);
    round_trip(&Staff {
        id: StaffId::new(),
        meta: meta(),
        first_name: "Ewa".into(),
        last_name: "Ślązak".into(),
        role: StaffRole::Specialist,
        specialty: "psycholog".into(),
        order: 3,
        archived: true,
    });
}

#[test]
fn a_fully_filled_participant_round_trips() {
    let mut p = Participant::new(ParticipantId::new(), meta());
    p.kind = PersonKind::Otoczenie { of: ParticipantId::new() };
    p.incomplete = true;
    p.status = RecruitmentStatus::Zakonczyl;
    p.first_name = "Zażółć \"gęślą\" jaźń".into();
    p.last_name = "O'Brien; =SUMA(A1)".into();
    p.pesel = "44051401359".into();
    p.other_id = "AB 123456".into();
    p.sex = Some(Sex::Male);
    p.birth_date = Some(date(1944, 5, 14));
    p.declared_age = Some(81);
    p.participant_type = "pracownik_instytucji".into();
    p.institution = "Stowarzyszenie „Razem”".into();
    p.citizenship = Some("ue".into());
    p.education = Some("isced5_8".into());
    p.address = Address {
        area_unit: Some("2404011".into()),
        voivodeship: "24".into(),
        powiat: "kłobucki".into(),
        gmina: "Kłobuck".into(),
        locality: "Kłobuck".into(),
        street: "Zamkowa".into(),
        building: "7a".into(),
        flat: "12".into(),
        postal_code: "42-100".into(),
        degurba: Some("2".into()),
    };
    p.phone = "+48 600 100 200".into();
    p.email = "jan@example.pl".into();
    p.labour_status = Some("pracujaca".into());
    p.labour_detail = Some("mmsp".into());
    p.occupation = Some("rolnik".into());
    p.employer = "Gospodarstwo Rolne Jan Nowak".into();
    p.business =
        Some(BusinessStart { date: Some(date(2022, 1, 3)), grant: Some(d("23500.00")), pkd: "01.11.Z".into() });
    p.planned_education_end = Some(date(2023, 6, 30));
    p.situation.insert("disability".into(), "odmowa".into());
    p.disability_degree = Some("znaczny".into());
    p.eligibility = vec!["pomoc_spoleczna".into(), "zatrudnienie_socjalne".into()];
    p.art7_grounds = vec!["ubostwo".into(), "handel_ludzmi".into()];
    p.art1_groups = vec!["dlugotrwale_bezrobotni".into()];
    p.units = vec![UnitId::new()];
    p.documents.push(DocumentRecord {
        kind: "deklaracja".into(),
        date: date(2021, 4, 1),
        signed_by_guardian: true,
        note: "segregator 3".into(),
    });
    p.guardian = Some(Guardian { name: "Maria Nowak".into(), consent: true });
    p.start = Some(date(2021, 4, 1));
    p.end = Some(date(2022, 3, 31));
    p.exit = Some(ExitRecord {
        situation: Some("podjecie_pracy".into()),
        situation2: Some("inne".into()),
        completed_path: Some(false),
        social_progress: vec!["motywacja".into(), "zdrowie".into()],
        progress_confirmed: Some(date(2022, 5, 1)),
        employment: Some(EmploymentEvidence {
            kind: "cywilnoprawna".into(),
            start: date(2022, 4, 1),
            end: Some(date(2022, 7, 31)),
            half_time_or_more: false,
            contract_value: Some(d("15000.50")),
            confirmed: Some(date(2022, 6, 1)),
        }),
        youth_result: Some("brak_oferty".into()),
    });
    p.leave_reason = "wyjazd\nza granicę".into();
    p.notes = "🙂 notatka".into();
    round_trip(&p);
}

#[test]
fn sessions_attendance_enrolments_and_volunteer_hours_round_trip() {
    let session = Session {
        id: SessionId::new(),
        meta: meta(),
        date: date(2022, 3, 2),
        start: NaiveTime::from_hms_opt(16, 0, 0).unwrap(),
        end: NaiveTime::from_hms_opt(17, 30, 0).unwrap(),
        form: SupportFormId::new(),
        unit: Some(UnitId::new()),
        task: Some(TaskId::new()),
        place: "sala 2".into(),
        leaders: vec![StaffId::new(), StaffId::new()],
        topic: "Budżet domowy".into(),
        recommendations: "kontynuować".into(),
        planned: true,
    };
    round_trip(&session);
    for presence in [Presence::Obecny, Presence::Nieobecny, Presence::Usprawiedliwiony] {
        round_trip(&Attendance {
            id: AttendanceId::new(),
            meta: meta(),
            session: session.id,
            participant: ParticipantId::new(),
            presence,
            hours: Some(d("1.25")),
        });
    }
    round_trip(&SupportEnrolment {
        id: EnrolmentId::new(),
        meta: meta(),
        participant: ParticipantId::new(),
        form: session.form,
        start: date(2022, 3, 2),
        end: Some(date(2022, 6, 30)),
    });
    round_trip(&VolunteerHours {
        id: VolunteerHoursId::new(),
        meta: meta(),
        volunteer: StaffId::new(),
        date: date(2022, 3, 5),
        hours: d("3.50"),
        activity: "festyn rodzinny".into(),
    });
}

#[test]
fn dictionaries_templates_and_issues_round_trip() {
    round_trip(dictionaries());
    templates().iter().for_each(round_trip);
    round_trip(&Issue::new(Field::Pesel, ErrorCode::PeselChecksum));
    round_trip(&meta());
}

#[test]
fn money_is_stored_as_exact_text_not_a_float() {
    let json = serde_json::to_value(Budget { total: Some(d("698626.66")), co_financing: None, own_contribution: None })
        .unwrap();
    assert_eq!(json["total"], serde_json::json!("698626.66"));
}
