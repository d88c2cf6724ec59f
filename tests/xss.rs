//! The XSS corpus: 200 hostile texts in the text fields of people and sessions, exported as
//! `tests/fixtures/xss/corpus.json` for the Playwright test (`security.spec.ts`), which joins a
//! laptop from it and shows, searches, prints and exports everything with a canary that any
//! executed payload would set. `cargo test --test xss -- --ignored write_fixture` rewrites the file.
#![cfg(not(target_arch = "wasm32"))]

mod support {
    pub mod indicators_fixture;
}

use chrono::NaiveTime;
use kartoteka::codec::envelope;
use kartoteka::domain::dataset::Dataset;
use kartoteka::domain::ids::{AttendanceId, ParticipantId, SessionId};
use kartoteka::domain::meta::Meta;
use kartoteka::domain::participant::{Participant, RecruitmentStatus};
use kartoteka::domain::pesel::{Sex, synthesize};
use kartoteka::domain::record::Record;
use kartoteka::domain::session::{Attendance, Presence, Session};
use std::path::PathBuf;
use support::indicators_fixture::{at, date, device, fixture};
use uuid::Uuid;

/// Twenty ways in, each in ten dresses: 200 payloads. Each would set `window.__xss` (or fetch
/// from another origin) if the app ever rendered text as markup or a link target.
pub fn payloads() -> Vec<String> {
    let vectors = [
        "<script>window.__xss=1</script>",
        "<img src=x onerror=window.__xss=1>",
        "<svg onload=window.__xss=1>",
        "\"><script>window.__xss=1</script>",
        "'><img src=x onerror=window.__xss=1>",
        "javascript:window.__xss=1",
        "<a href=\"javascript:window.__xss=1\">x</a>",
        "<iframe srcdoc=\"<script>parent.__xss=1</script>\">",
        "<body onload=window.__xss=1>",
        "<details open ontoggle=window.__xss=1>",
        "<math><mtext><table><mglyph><style><img src=x onerror=window.__xss=1>",
        "{{constructor.constructor('window.__xss=1')()}}",
        "${window.__xss=1}",
        "=HYPERLINK(\"http://evil.example/\")",
        "+cmd|' /C calc'!A0",
        "<input autofocus onfocus=window.__xss=1>",
        "<video><source onerror=window.__xss=1>",
        "<style>@import 'http://evil.example/x.css'</style>",
        "<link rel=stylesheet href=http://evil.example/x.css>",
        "<object data=\"javascript:window.__xss=1\">",
    ];
    let dresses: [fn(&str) -> String; 10] = [
        |v| v.to_owned(),
        str::to_uppercase,
        |v| format!("Anna {v}"),
        |v| format!("{v} Kowalska"),
        |v| v.replace('<', "&lt;").replace('>', "&gt;"),
        |v| format!("\"{v}\""),
        |v| format!("Żółć\n{v}"),
        |v| format!("\t{v}"),
        |v| format!("{v}{v}").chars().take(100).collect(),
        |v| format!("';{v}"),
    ];
    let mut out = Vec::new();
    for dress in dresses {
        for v in vectors {
            out.push(dress(v).chars().take(100).collect());
        }
    }
    out
}

fn meta() -> Meta {
    Meta::new(&device(), None, at())
}

fn corpus() -> Dataset {
    let base = fixture();
    let mut data = Dataset::default();
    for record in base.data.records() {
        if matches!(
            record,
            Record::Project(_) | Record::Unit(_) | Record::Task(_) | Record::SupportForm(_) | Record::Staff(_)
        ) {
            data.upsert(record);
        }
    }
    let all = payloads();
    let mut people = Vec::new();
    for (n, payload) in all.iter().enumerate() {
        let n32 = u32::try_from(n).unwrap();
        let mut p = Participant::new(ParticipantId(Uuid::from_u128(0x5000 + n as u128)), meta());
        p.first_name = format!("Xss{n:03}");
        p.last_name.clone_from(payload);
        p.pesel = synthesize(date(1970 + i32::try_from(n % 30).unwrap(), 1 + n32 % 12, 1 + n32 % 28), n32, Sex::Female)
            .unwrap();
        p.address.street.clone_from(&all[(n + 1) % all.len()]);
        p.address.locality.clone_from(&all[(n + 2) % all.len()]);
        p.notes.clone_from(&all[(n + 3) % all.len()]);
        p.status = RecruitmentStatus::Zgloszony;
        people.push(p.id);
        data.upsert(Record::Participant(p));
    }
    // Sessions of the first form on one day, with hostile topics and places, 20 people each.
    for (k, chunk) in people.chunks(20).enumerate() {
        let id = SessionId(Uuid::from_u128(0x6000 + k as u128));
        let k32 = u32::try_from(k).unwrap();
        data.upsert(Record::Session(Session {
            id,
            meta: meta(),
            date: date(2022, 5, 2),
            start: NaiveTime::from_hms_opt(8 + k32, 0, 0).unwrap(),
            end: NaiveTime::from_hms_opt(8 + k32, 45, 0).unwrap(),
            form: base.form_social,
            unit: None,
            task: None,
            place: all[(k * 7) % all.len()].clone(),
            leaders: vec![],
            topic: all[(k * 11 + 5) % all.len()].clone(),
            recommendations: String::new(),
            planned: false,
        }));
        for (j, person) in chunk.iter().enumerate() {
            data.upsert(Record::Attendance(Attendance {
                id: AttendanceId(Uuid::from_u128(0x7000 + (k * 20 + j) as u128)),
                meta: meta(),
                session: id,
                participant: *person,
                presence: Presence::Obecny,
                hours: None,
            }));
        }
    }
    data
}

fn file() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/xss/corpus.json")
}

fn export(data: &Dataset) -> String {
    envelope::write(data, &device(), Uuid::nil(), at()).1
}

#[test]
#[ignore = "rewrites the committed fixture file"]
fn write_fixture() {
    std::fs::create_dir_all(file().parent().unwrap()).unwrap();
    std::fs::write(file(), export(&corpus())).unwrap();
}

#[test]
fn the_committed_corpus_is_the_corpus_and_joins_whole() {
    assert_eq!(payloads().len(), 200);
    let committed = std::fs::read_to_string(file()).unwrap();
    assert_eq!(committed, export(&corpus()), "run: cargo test --test xss -- --ignored write_fixture");
    let read = envelope::read(committed.as_bytes()).unwrap();
    let plan = kartoteka::domain::merge::plan(&Dataset::default(), &read.data, date(2026, 11, 23));
    assert!(plan.rejected.is_empty(), "{:?}", plan.rejected.iter().map(|r| &r.reason).collect::<Vec<_>>());
    assert_eq!(plan.added.len(), read.data.records().len());
}
