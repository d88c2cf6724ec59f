// The indicators fixture: a Bartoszyce project (100 = 70 K / 30 M, effectiveness measured) with
// people, exits, sessions and volunteer hours whose every figure is worked out by hand in
// tests/indicators.rs. Ids, times and PESEL numbers are fixed so the exported file
// (tests/fixtures/indicators/bartoszyce.json, used by the Playwright test) is byte-stable.
#![allow(dead_code, reason = "each test file uses a different subset")]

use chrono::{DateTime, NaiveDate, NaiveTime, TimeZone, Utc};
use kartoteka::domain::dataset::Dataset;
use kartoteka::domain::exit::{EmploymentEvidence, ExitRecord};
use kartoteka::domain::ids::*;
use kartoteka::domain::meta::Meta;
use kartoteka::domain::participant::{DocumentRecord, Participant, PersonKind, RecruitmentStatus};
use kartoteka::domain::pesel::{Sex, synthesize};
use kartoteka::domain::project::{IndicatorSource, IndicatorTarget, Staff, StaffRole, SupportForm, SupportMode};
use kartoteka::domain::record::Record;
use kartoteka::domain::session::{Attendance, Presence, Session};
use kartoteka::domain::support::SupportEnrolment;
use kartoteka::domain::templates::{instantiate, template};
use kartoteka::domain::volunteer::VolunteerHours;
use rust_decimal::Decimal;
use std::str::FromStr;
use uuid::Uuid;

pub fn at() -> DateTime<Utc> {
    Utc.timestamp_opt(1_640_995_200, 0).unwrap() // 01.01.2022
}

pub fn date(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

pub fn device() -> DeviceId {
    DeviceId("fixture-indicators".into())
}

fn meta() -> Meta {
    Meta::new(&device(), None, at())
}

fn id(n: u128) -> Uuid {
    Uuid::from_u128(0x0000_0000_0000_4000_8000_0000_0000_0000 | n)
}

/// The fixture's people by their label (P1…P16, O1).
pub struct Fixture {
    pub data: Dataset,
    pub form_social: SupportFormId,
    pub form_children: SupportFormId,
    pub form_vocational: SupportFormId,
}

/// The id of a fixture person by label: "P1"…"P16", "O1" (the otoczenie person).
pub fn person_id(label: &str) -> ParticipantId {
    let n: u128 = if let Some(n) = label.strip_prefix('P') { n.parse().unwrap() } else { 100 };
    ParticipantId(id(1000 + n))
}

fn time(h: u32, m: u32) -> NaiveTime {
    NaiveTime::from_hms_opt(h, m, 0).unwrap()
}

struct PersonSpec {
    n: u128,
    first: &'static str,
    last: &'static str,
    sex: Sex,
    born: NaiveDate,
    status: RecruitmentStatus,
}

fn build_person(s: &PersonSpec) -> Participant {
    let mut p = Participant::new(ParticipantId(id(1000 + s.n)), meta());
    p.first_name = s.first.into();
    p.last_name = s.last.into();
    p.pesel = synthesize(s.born, u32::try_from(s.n).unwrap() * 7 % 1000, s.sex).unwrap();
    p.derive_from_pesel(date(2022, 1, 1));
    p.status = s.status;
    p.address.locality = "Bartoszyce".into();
    p.address.postal_code = "11-200".into();
    p.phone = format!("600 100 {:03}", s.n);
    if s.status.is_participant() {
        p.start = Some(date(2021, 4, 6));
        for kind in ["deklaracja", "rodo"] {
            p.documents.push(DocumentRecord {
                kind: kind.into(),
                date: date(2021, 4, 6),
                signed_by_guardian: false,
                note: String::new(),
            });
        }
    }
    p
}

fn exit(situation: &str, situation2: Option<&str>, progress: &[&str], confirmed: Option<NaiveDate>) -> ExitRecord {
    ExitRecord {
        situation: Some(situation.into()),
        situation2: situation2.map(Into::into),
        completed_path: Some(true),
        social_progress: progress.iter().map(|&s| s.into()).collect(),
        progress_confirmed: confirmed,
        employment: None,
        youth_result: None,
    }
}

fn job(kind: &str, start: NaiveDate, end: Option<NaiveDate>, half: bool, confirmed: NaiveDate) -> EmploymentEvidence {
    EmploymentEvidence {
        kind: kind.into(),
        start,
        end,
        half_time_or_more: half,
        contract_value: None,
        confirmed: Some(confirmed),
    }
}

pub fn fixture() -> Fixture {
    let mut data = Dataset::default();
    let (form_social, form_children, form_vocational, volunteer) = structure(&mut data);
    add_people(&mut data);
    add_sessions(&mut data, (form_social, form_children, form_vocational), volunteer);
    Fixture { data, form_social, form_children, form_vocational }
}

fn structure(data: &mut Dataset) -> (SupportFormId, SupportFormId, SupportFormId, StaffId) {
    let new = instantiate(template("bartoszyce").unwrap(), &device(), None, at());
    let mut project = new.project;
    project.id = ProjectId(id(1));
    project.meta = meta();
    project.effectiveness_measured = true;
    project.indicator_targets = vec![
        IndicatorTarget {
            code: "osoby_objete_wsparciem".into(),
            target: Some(Decimal::from(100)),
            source: IndicatorSource::Computed,
        },
        IndicatorTarget { code: "pracujace".into(), target: Some(Decimal::from(5)), source: IndicatorSource::Computed },
        IndicatorTarget {
            code: "poszukujace_pracy".into(),
            target: Some(Decimal::from(5)),
            source: IndicatorSource::Computed,
        },
        IndicatorTarget {
            code: "kwalifikacje".into(),
            target: Some(Decimal::from(3)),
            source: IndicatorSource::Computed,
        },
        IndicatorTarget {
            code: "miejsca_uslug".into(),
            target: Some(Decimal::from(10)),
            source: IndicatorSource::Manual { value: Some(Decimal::from(4)) },
        },
    ];
    let mut units = new.units;
    for (i, u) in units.iter_mut().enumerate() {
        u.id = UnitId(id(10 + i as u128));
        u.meta = meta();
    }
    let mut tasks = new.tasks;
    for (i, t) in tasks.iter_mut().enumerate() {
        t.id = TaskId(id(20 + i as u128));
        t.meta = meta();
    }
    let mut forms = new.forms;
    for (i, f) in forms.iter_mut().enumerate() {
        f.id = SupportFormId(id(30 + i as u128));
        f.meta = meta();
        f.unit = f.unit.map(|_| units[0].id);
        f.task = Some(tasks[i].id);
    }
    let form_social = forms[0].id;
    let form_children = forms[3].id;
    let form_vocational = SupportFormId(id(39));
    forms.push(SupportForm {
        id: form_vocational,
        meta: meta(),
        name: "doradztwo zawodowe".into(),
        category: "zawodowa".into(),
        mode: SupportMode::Individual,
        hour_minutes: 60,
        unit: Some(units[0].id),
        task: None,
        central_name: String::new(),
        order: 10,
        archived: false,
    });
    data.upsert(Record::Project(project));
    let records = units.into_iter().map(Record::Unit).chain(tasks.into_iter().map(Record::Task));
    for record in records.chain(forms.into_iter().map(Record::SupportForm)) {
        data.upsert(record);
    }
    data.upsert(Record::Staff(Staff {
        id: StaffId(id(51)),
        meta: meta(),
        first_name: "Ewa".into(),
        last_name: "Koordynatorka".into(),
        role: StaffRole::Coordinator,
        specialty: String::new(),
        order: 0,
        archived: false,
    }));
    let volunteer = StaffId(id(50));
    data.upsert(Record::Staff(Staff {
        id: volunteer,
        meta: meta(),
        first_name: "Wiktor".into(),
        last_name: "Wolontariusz".into(),
        role: StaffRole::Volunteer,
        specialty: String::new(),
        order: 1,
        archived: false,
    }));
    (form_social, form_children, form_vocational, volunteer)
}

fn add_people(data: &mut Dataset) {
    use RecruitmentStatus as S;
    use Sex::{Female as K, Male as M};
    let adult = date(1980, 3, 15);
    let specs = [
        PersonSpec { n: 1, first: "Alicja", last: "Żak", sex: K, born: adult, status: S::Zakonczyl },
        PersonSpec { n: 2, first: "Barbara", last: "Łęcka", sex: K, born: adult, status: S::Zakonczyl },
        PersonSpec { n: 3, first: "Cezary", last: "Śliwa", sex: M, born: adult, status: S::Zakonczyl },
        PersonSpec { n: 4, first: "Dorota", last: "Nowak", sex: K, born: adult, status: S::Zakonczyl },
        PersonSpec { n: 5, first: "Emil", last: "Młody", sex: M, born: date(2006, 1, 1), status: S::Zakonczyl },
        PersonSpec { n: 6, first: "Felicja", last: "Kowalska", sex: K, born: adult, status: S::Zakonczyl },
        PersonSpec { n: 7, first: "Grażyna", last: "Wójcik", sex: K, born: adult, status: S::Przerwal },
        PersonSpec { n: 8, first: "Halina", last: "Bez-Rodo", sex: K, born: adult, status: S::Uczestnik },
        PersonSpec { n: 9, first: "Irena", last: "Ostatnia", sex: K, born: adult, status: S::Uczestnik },
        PersonSpec { n: 10, first: "Jan", last: "Kamiński", sex: M, born: adult, status: S::Uczestnik },
        PersonSpec { n: 11, first: "Kinga", last: "Lewandowska", sex: K, born: adult, status: S::Uczestnik },
        PersonSpec { n: 13, first: "Marta", last: "Rezerwowa", sex: K, born: adult, status: S::ListaRezerwowa },
        PersonSpec { n: 14, first: "Norbert", last: "Rezerwowy", sex: M, born: adult, status: S::ListaRezerwowa },
        PersonSpec { n: 15, first: "Olga", last: "Zgłoszona", sex: K, born: adult, status: S::Zgloszony },
        PersonSpec { n: 16, first: "Paweł", last: "Odrzucony", sex: M, born: adult, status: S::Niezakwalifikowany },
        PersonSpec { n: 100, first: "Zofia", last: "Otoczenie", sex: K, born: adult, status: S::Uczestnik },
    ];
    let mut people: Vec<Participant> = specs.iter().map(build_person).collect();
    let by = |people: &mut Vec<Participant>, n: u128| -> usize {
        people.iter().position(|p| p.id == ParticipantId(id(1000 + n))).unwrap()
    };
    // P1: social progress and a half-time open-ended contract, both confirmed in time.
    let i = by(&mut people, 1);
    people[i].end = Some(date(2022, 3, 31));
    people[i].exit = Some(ExitRecord {
        employment: Some(job("umowa_o_prace", date(2022, 4, 4), None, true, date(2022, 5, 15))),
        ..exit("podjecie_pracy", None, &["motywacja"], Some(date(2022, 5, 15)))
    });
    // P2: progress confirmed too late (4 months), a quarter-time contract; looking for work.
    let i = by(&mut people, 2);
    people[i].end = Some(date(2022, 3, 31));
    people[i].exit = Some(ExitRecord {
        employment: Some(job("umowa_o_prace", date(2022, 4, 10), None, false, date(2022, 5, 1))),
        ..exit("poszukujaca_pracy", None, &["pewnosc_siebie"], Some(date(2022, 8, 10)))
    });
    // P3: several outcomes: two kinds of progress, own business for 5 months, working and
    // a qualification.
    let i = by(&mut people, 3);
    people[i].end = Some(date(2022, 4, 30));
    people[i].exit = Some(ExitRecord {
        employment: Some(job("dzialalnosc", date(2022, 5, 2), Some(date(2022, 9, 30)), false, date(2022, 7, 29))),
        ..exit("podjecie_pracy", Some("kwalifikacje"), &["pewnosc_siebie", "wolontariat"], Some(date(2022, 6, 30)))
    });
    // P4: a qualification, no progress, no vocational support.
    let i = by(&mut people, 4);
    people[i].end = Some(date(2022, 4, 30));
    people[i].exit = Some(exit("kwalifikacje", None, &[], None));
    // P5: under 18 at joining: progress counts; work does not; the qualification does.
    let i = by(&mut people, 5);
    people[i].end = Some(date(2022, 5, 31));
    people[i].guardian = Some(kartoteka::domain::participant::Guardian { name: "Ewa Młoda".into(), consent: true });
    people[i].exit = Some(ExitRecord {
        employment: Some(job("umowa_o_prace", date(2022, 6, 1), None, true, date(2022, 6, 20))),
        ..exit("podjecie_pracy", Some("kwalifikacje"), &["rozpoczecie_nauki"], Some(date(2022, 6, 15)))
    });
    // P6: severe disability: progress confirmed, no work.
    let i = by(&mut people, 6);
    people[i].end = Some(date(2022, 5, 31));
    people[i].disability_degree = Some("znaczny".into());
    people[i].situation.insert("disability".into(), "tak".into());
    people[i].exit = Some(exit("inne", None, &["funkcjonowanie"], Some(date(2022, 7, 1))));
    // P7 left early.
    let i = by(&mut people, 7);
    people[i].end = Some(date(2021, 12, 15));
    people[i].leave_reason = "przeprowadzka".into();
    // P8 has no RODO consent recorded.
    let i = by(&mut people, 8);
    people[i].documents.retain(|d| d.kind != "rodo");
    // O1: otoczenie of P1.
    let i = by(&mut people, 100);
    people[i].kind = PersonKind::Otoczenie { of: ParticipantId(id(1001)) };
    for p in people {
        data.upsert(Record::Participant(p));
    }
}

fn add_sessions(data: &mut Dataset, forms: (SupportFormId, SupportFormId, SupportFormId), volunteer: StaffId) {
    use Presence::{Nieobecny as A, Obecny as O, Usprawiedliwiony as E};
    let (form_social, form_children, form_vocational) = forms;
    let person = |n: u128| ParticipantId(id(1000 + n));
    let mut next = 200u128;
    let mut session = |data: &mut Dataset,
                       form: SupportFormId,
                       day: NaiveDate,
                       from: (u32, u32),
                       to: (u32, u32),
                       marks: &[(u128, Presence)]| {
        next += 1;
        let s = Session {
            id: SessionId(id(next)),
            meta: meta(),
            date: day,
            start: time(from.0, from.1),
            end: time(to.0, to.1),
            form,
            unit: None,
            task: None,
            place: "CAL, sala 1".into(),
            leaders: vec![],
            topic: format!("Spotkanie {next}"),
            recommendations: String::new(),
            planned: false,
        };
        for &(n, presence) in marks {
            next += 1;
            data.upsert(Record::Attendance(Attendance {
                id: AttendanceId(id(next)),
                meta: meta(),
                session: s.id,
                participant: person(n),
                presence,
                hours: None,
            }));
        }
        let sid = s.id;
        data.upsert(Record::Session(s));
        sid
    };
    session(data, form_social, date(2022, 5, 2), (10, 0), (12, 0), &[(1, O), (2, O), (3, A), (4, E)]);
    session(data, form_vocational, date(2022, 5, 3), (9, 0), (10, 30), &[(2, O)]);
    session(data, form_social, date(2022, 5, 4), (10, 0), (12, 0), &[(1, O), (2, O)]);
    session(data, form_social, date(2022, 5, 11), (10, 0), (11, 30), &[(1, O), (4, A)]);
    session(data, form_children, date(2022, 5, 18), (16, 0), (17, 30), &[(10, O), (11, O)]);
    session(data, form_vocational, date(2022, 5, 20), (9, 0), (10, 0), &[(6, O)]);
    let planned = session(data, form_social, date(2022, 6, 10), (10, 0), (12, 0), &[]);
    if let Some(Record::Session(mut s)) = data.records().into_iter().find(|r| r.uuid() == planned.0) {
        s.planned = true;
        data.upsert(Record::Session(s));
    }
    for (k, n) in [1u128, 3, 5].into_iter().enumerate() {
        data.upsert(Record::Enrolment(SupportEnrolment {
            id: EnrolmentId(id(300 + k as u128)),
            meta: meta(),
            participant: person(n),
            form: form_vocational,
            start: date(2021, 10, 1),
            end: None,
        }));
    }
    for (k, (day, hours)) in [(date(2022, 5, 5), "2.5"), (date(2022, 5, 12), "1.25")].into_iter().enumerate() {
        data.upsert(Record::VolunteerHours(VolunteerHours {
            id: VolunteerHoursId(id(400 + k as u128)),
            meta: meta(),
            volunteer,
            date: day,
            hours: Decimal::from_str(hours).unwrap(),
            activity: "pomoc przy zajęciach".into(),
        }));
    }
}
