//! The indicators dashboard on a fixture whose every figure was worked out by hand
//! (`tests/support/indicators_fixture.rs` says who is who).
//!
//! The same fixture, exported, is `tests/fixtures/indicators/bartoszyce.json`: the Playwright
//! dashboard test joins a laptop from it. `cargo test --test indicators -- --ignored
//! write_fixture` rewrites the file; `the_committed_fixture_file_is_the_fixture` keeps it honest.
#![cfg(not(target_arch = "wasm32"))]

mod support {
    pub mod indicators_fixture;
}

use kartoteka::codec::envelope;
use kartoteka::domain::dataset::Dataset;
use kartoteka::domain::ids::ParticipantId;
use kartoteka::domain::indicators::{FigureKey, Group, IndicatorValue, Members, dashboard, percent};
use kartoteka::domain::participant::RecruitmentStatus;
use kartoteka::domain::record::Record;
use rust_decimal::Decimal;
use std::path::PathBuf;
use std::str::FromStr;
use support::indicators_fixture::{Fixture, at, date, device, fixture, person_id};

fn today() -> chrono::NaiveDate {
    date(2024, 1, 1)
}

fn dec(text: &str) -> Decimal {
    Decimal::from_str(text).unwrap()
}

fn people(_f: &Fixture, labels: &[&str]) -> Vec<ParticipantId> {
    let mut ids: Vec<_> = labels.iter().map(|l| person_id(l)).collect();
    ids.sort();
    ids
}

fn sorted(mut ids: Vec<ParticipantId>) -> Vec<ParticipantId> {
    ids.sort();
    ids
}

fn file() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/indicators/bartoszyce.json")
}

fn export(data: &Dataset) -> String {
    envelope::write(data, &device(), uuid::Uuid::nil(), at()).1
}

#[test]
#[ignore = "rewrites the committed fixture file"]
fn write_fixture() {
    std::fs::create_dir_all(file().parent().unwrap()).unwrap();
    std::fs::write(file(), export(&fixture().data)).unwrap();
}

#[test]
fn the_committed_fixture_file_is_the_fixture() {
    let committed = std::fs::read_to_string(file()).unwrap();
    assert_eq!(committed, export(&fixture().data), "run: cargo test --test indicators -- --ignored write_fixture");
}

#[test]
fn recruitment_counts_participants_by_sex_against_the_70_30_target() {
    let f = fixture();
    let d = dashboard(&f.data, None, today());
    let r = &d.recruitment;
    assert_eq!((r.targets.total, r.targets.women, r.targets.men), (Some(100), Some(70), Some(30)));
    assert_eq!(
        sorted(r.total.clone()),
        people(&f, &["P1", "P2", "P3", "P4", "P5", "P6", "P7", "P8", "P9", "P10", "P11"])
    );
    assert_eq!(sorted(r.women.clone()), people(&f, &["P1", "P2", "P4", "P6", "P7", "P8", "P9", "P11"]));
    assert_eq!(sorted(r.men.clone()), people(&f, &["P3", "P5", "P10"]));
    assert_eq!(sorted(r.reserve.clone()), people(&f, &["P13", "P14"]));
    assert_eq!(r.otoczenie, people(&f, &["O1"]), "otoczenie is counted apart");
}

#[test]
fn statuses_missing_documents_and_people_past_their_end() {
    use RecruitmentStatus as S;
    let f = fixture();
    let d = dashboard(&f.data, None, today());
    let count = |s: RecruitmentStatus| d.by_status.iter().find(|(st, _)| *st == s).unwrap().1.len();
    assert_eq!(
        [
            S::Zgloszony,
            S::Zakwalifikowany,
            S::ListaRezerwowa,
            S::Niezakwalifikowany,
            S::Uczestnik,
            S::Zakonczyl,
            S::Przerwal
        ]
        .map(count),
        [1, 0, 2, 1, 4, 6, 1]
    );
    assert_eq!(d.missing_documents, people(&f, &["P8"]));
    // The project ended on 31.03.2023: everyone still "uczestnik" is past the end.
    assert_eq!(sorted(d.past_end_without_exit.clone()), people(&f, &["P8", "P9", "P10", "P11"]));
    // Before the project's end nobody is.
    assert!(dashboard(&f.data, None, date(2022, 6, 1)).past_end_without_exit.is_empty());
}

#[test]
fn hours_sessions_attendance_and_volunteers() {
    let f = fixture();
    let d = dashboard(&f.data, None, today());
    let form = |id| d.forms.iter().find(|x| x.form == id).unwrap();
    let social = form(f.form_social);
    assert_eq!((social.sessions.len(), social.hours), (3, dec("5.5")), "2 + 2 + 1.5 hours; the planned one not");
    assert_eq!((social.presence.present, social.presence.absent, social.presence.excused), (5, 2, 1));
    assert_eq!(social.presence.rate_percent(), Some(dec("62.5")));
    let children = form(f.form_children);
    assert_eq!((children.sessions.len(), children.hours), (1, dec("2")), "90 minutes in 45-minute hours");
    let vocational = form(f.form_vocational);
    assert_eq!((vocational.sessions.len(), vocational.hours), (2, dec("2.5")));
    assert_eq!(d.forms.len(), 5, "every form in use, sessions or not");
    assert_eq!(d.forms.iter().filter(|x| x.sessions.is_empty()).count(), 2);
    // Tasks: the template's four (two without sessions) and the sessions without a task.
    let hours: Vec<_> = d.tasks.iter().map(|t| (t.sessions.len(), t.hours)).collect();
    assert_eq!(hours, vec![(3, dec("5.5")), (0, dec("0")), (0, dec("0")), (1, dec("2")), (2, dec("2.5"))]);
    assert_eq!(d.tasks.last().unwrap().task, None);
    let weeks: Vec<_> = d.weeks.iter().map(|w| (w.monday, w.sessions.len())).collect();
    assert_eq!(weeks, vec![(date(2022, 5, 2), 3), (date(2022, 5, 9), 1), (date(2022, 5, 16), 2)]);
    assert_eq!((d.volunteer_entries.len(), d.volunteer_hours), (2, dec("3.75")));
}

#[test]
fn effectiveness_with_numerators_denominators_and_the_under_18_rule() {
    let f = fixture();
    let d = dashboard(&f.data, None, today());
    let groups = d.effectiveness.as_ref().expect("the project measures effectiveness");
    let general = groups.iter().find(|g| g.group == Group::General).unwrap();
    // Finished, general group: P1–P5. Progress confirmed within 3 months: P1, P3, P5 (the minor
    // counts for social effectiveness); P2's came after 4 months.
    assert_eq!(sorted(general.social.denominator.clone()), people(&f, &["P1", "P2", "P3", "P4", "P5"]));
    assert_eq!(sorted(general.social.numerator.clone()), people(&f, &["P1", "P3", "P5"]));
    assert_eq!(general.social.percent(), Some(dec("60")));
    assert_eq!((general.social.threshold, general.social.met()), (dec("34"), Some(true)));
    // Employment: finished adults with vocational support: P1, P2 (present at a consultation), P3
    // (P4 had none, P5 is under 18). Working: P1 (half time, open-ended) and P3 (own business for
    // 5 months); P2's quarter-time contract does not count.
    assert_eq!(sorted(general.employment.denominator.clone()), people(&f, &["P1", "P2", "P3"]));
    assert_eq!(sorted(general.employment.numerator.clone()), people(&f, &["P1", "P3"]));
    assert_eq!(general.employment.percent(), Some(dec("66.67")));
    assert_eq!((general.employment.threshold, general.employment.met()), (dec("22"), Some(true)));
    // Severe-disability group: P6 alone, progress but no work; threshold 12 %.
    let severe = groups.iter().find(|g| g.group == Group::Severe).unwrap();
    assert_eq!(severe.social.denominator, people(&f, &["P6"]));
    assert_eq!(severe.social.percent(), Some(dec("100")));
    assert_eq!(severe.employment.denominator, people(&f, &["P6"]));
    assert_eq!((severe.employment.percent(), severe.employment.threshold), (Some(dec("0")), dec("12")));
    assert_eq!(severe.employment.met(), Some(false));
}

#[test]
fn indicator_targets_with_their_current_values() {
    let f = fixture();
    let d = dashboard(&f.data, None, today());
    let value = |code: &str| d.indicators.iter().find(|i| i.code == code).unwrap();
    assert_eq!(value("osoby_objete_wsparciem").number(), Some(dec("11")));
    assert_eq!(value("osoby_objete_wsparciem").target, Some(dec("100")));
    // Working after leaving: P1 and P3; P5 is under 18 and not counted as working.
    let counted = |code: &str| match &value(code).value {
        IndicatorValue::Computed(ids) => sorted(ids.clone()),
        IndicatorValue::Manual(_) => panic!("{code} is computed"),
    };
    assert_eq!(counted("pracujace"), people(&f, &["P1", "P3"]));
    assert_eq!(counted("poszukujace_pracy"), people(&f, &["P2"]));
    // Qualifications: P3 (second situation), P4, and P5 — under-18s do count here.
    assert_eq!(counted("kwalifikacje"), people(&f, &["P3", "P4", "P5"]));
    assert_eq!(value("miejsca_uslug").value, IndicatorValue::Manual(Some(dec("4"))));
    assert_eq!(value("miejsca_uslug").target, Some(dec("10")));
}

#[test]
fn a_date_range_counts_sessions_by_date_and_exits_by_leaving_day() {
    let f = fixture();
    let april = dashboard(&f.data, Some((date(2022, 4, 1), date(2022, 4, 30))), today());
    let general = &april.effectiveness.as_ref().unwrap()[0];
    assert_eq!(sorted(general.social.denominator.clone()), people(&f, &["P3", "P4"]));
    assert_eq!(general.social.percent(), Some(dec("50")));
    assert_eq!(general.employment.percent(), Some(dec("100")));
    assert!(april.forms.iter().all(|x| x.sessions.is_empty()), "no sessions in April");
    assert!(april.recruitment.total.is_empty(), "everyone joined in 2021");

    let early_may = dashboard(&f.data, Some((date(2022, 5, 1), date(2022, 5, 15))), today());
    let social = early_may.forms.iter().find(|x| x.form == f.form_social).unwrap();
    assert_eq!((social.sessions.len(), social.hours), (3, dec("5.5")));
    let vocational = early_may.forms.iter().find(|x| x.form == f.form_vocational).unwrap();
    assert_eq!(vocational.hours, dec("1.5"));
    assert_eq!(early_may.volunteer_hours, dec("3.75"));
    // Nobody left in early May: "brak danych", never a division by zero.
    for g in early_may.effectiveness.as_ref().unwrap() {
        assert!(g.social.denominator.is_empty() && g.employment.denominator.is_empty());
        assert_eq!((g.social.percent(), g.employment.percent()), (None, None));
        assert_eq!(g.social.met(), None);
    }
}

#[test]
fn nobody_finished_yet_gives_no_data_and_no_division_by_zero() {
    let f = fixture();
    let mut data = f.data.clone();
    for mut p in data.participants.clone() {
        p.status = RecruitmentStatus::Uczestnik;
        p.exit = None;
        data.upsert(Record::Participant(p));
    }
    let d = dashboard(&data, None, today());
    for g in d.effectiveness.unwrap() {
        assert_eq!((g.social.percent(), g.employment.percent()), (None, None));
    }
    assert_eq!(percent(0, 0), None);
    assert_eq!(percent(1, 3), Some(dec("33.33")));
    assert_eq!(percent(2, 3), Some(dec("66.67")));
}

#[test]
fn a_project_not_measured_for_effectiveness_shows_none() {
    let f = fixture();
    let mut data = f.data.clone();
    let mut project = data.current_project().unwrap().clone();
    project.effectiveness_measured = false;
    data.upsert(Record::Project(project));
    assert_eq!(dashboard(&data, None, today()).effectiveness, None);
}

#[test]
fn every_figure_opens_into_exactly_what_it_counts() {
    let f = fixture();
    let d = dashboard(&f.data, None, today());
    let keys = [
        FigureKey::Recruited,
        FigureKey::Women,
        FigureKey::Men,
        FigureKey::Reserve,
        FigureKey::Otoczenie,
        FigureKey::Status(RecruitmentStatus::Zakonczyl),
        FigureKey::MissingDocuments,
        FigureKey::PastEnd,
        FigureKey::FormSessions(f.form_social),
        FigureKey::TaskSessions(None),
        FigureKey::Week(date(2022, 5, 2)),
        FigureKey::Volunteers,
        FigureKey::Effectiveness(Group::General, false, true),
        FigureKey::Effectiveness(Group::Severe, true, false),
        FigureKey::Indicator("pracujace".into()),
    ];
    for key in &keys {
        assert_eq!(FigureKey::parse(&key.code()).as_ref(), Some(key), "{}", key.code());
        assert!(d.members(key).is_some(), "{}", key.code());
    }
    assert_eq!(d.members(&FigureKey::Women), Some(Members::People(d.recruitment.women.clone())));
    let Some(Members::Sessions(week)) = d.members(&FigureKey::Week(date(2022, 5, 2))) else { panic!("sessions") };
    assert_eq!(week.len(), 3);
    let Some(Members::People(employed)) = d.members(&FigureKey::Effectiveness(Group::General, false, true)) else {
        panic!("people")
    };
    assert_eq!(sorted(employed), people(&f, &["P1", "P3"]));
    assert_eq!(d.members(&FigureKey::Indicator("miejsca_uslug".into())), None, "a manual value lists nobody");
    assert_eq!(FigureKey::parse("efektywnosc-spoleczna-ogolna-licznik-x"), None);
    assert_eq!(FigureKey::parse("status-nieznany"), None);
}

#[test]
fn the_fixture_file_joins_a_new_laptop_whole() {
    let file = envelope::read(std::fs::read(file()).unwrap().as_slice()).unwrap();
    let plan = kartoteka::domain::merge::plan(&Dataset::default(), &file.data, date(2026, 11, 23));
    assert!(plan.rejected.is_empty(), "{:?}", plan.rejected.iter().map(|r| &r.reason).collect::<Vec<_>>());
    assert!(plan.conflicts.is_empty() && plan.same_person.is_empty());
    assert_eq!(plan.added.len(), fixture().data.records().len());
}
