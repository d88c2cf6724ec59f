//! A corpus of hostile files (tests/fixtures/hostile): each is refused with its own Polish
//! message before anything is written, or — for records that are bad one by one — rejected by
//! the import plan, which then writes none of them.
//!
//! The corpus is committed; `cargo test --test codec_hostile -- --ignored write_corpus`
//! rewrites it from the fixture data below.
#![cfg(not(target_arch = "wasm32"))]

mod support {
    pub mod fixtures;
}

use kartoteka::codec::bundle;
use kartoteka::codec::envelope::{self, MAX_FILE_BYTES, ReadError};
use kartoteka::domain::dataset::Dataset;
use kartoteka::domain::ids::DeviceId;
use kartoteka::domain::merge::{RejectReason, plan, records_to_write};
use kartoteka::domain::meta::Meta;
use kartoteka::domain::record::Record;
use kartoteka::i18n::Locale;
use kartoteka::state::errors::{AppError, error_text};
use std::collections::BTreeMap;
use std::path::PathBuf;
use support::fixtures::{at, date, person, project};

fn dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/hostile")
}

fn meta() -> Meta {
    Meta::new(&DeviceId("hostile".into()), None, at(0))
}

fn base() -> Dataset {
    let mut d = Dataset::default();
    d.upsert(Record::Project(project(meta())));
    for n in 1..=3 {
        d.upsert(Record::Participant(person(meta(), "Anna", &format!("Wrogowska-{n}"), n)));
    }
    d
}

fn export(d: &Dataset) -> String {
    envelope::write(d, &DeviceId("hostile".into()), uuid::Uuid::nil(), at(0)).1
}

/// A file whose data section says what `data_json` says, with a correct hash.
fn with_data(data_json: &str) -> String {
    let good = export(&base());
    let start = good.find("\"data\": ").unwrap() + "\"data\": ".len();
    let end = good.rfind('}').unwrap();
    let hash = envelope::sha256_hex(data_json.as_bytes());
    let head = &good[..start];
    let old_hash = envelope::read(good.as_bytes()).unwrap().header.data_sha256;
    format!("{}{}\n{}", head.replace(&old_hash, &hash), data_json, &good[end..])
}

#[test]
#[ignore = "rewrites the committed corpus"]
fn write_corpus() {
    std::fs::create_dir_all(dir()).unwrap();
    let good = export(&base());
    let write = |name: &str, bytes: &[u8]| std::fs::write(dir().join(name), bytes).unwrap();
    write("truncated.json", &good.as_bytes()[..good.len() * 2 / 3]);
    write("future-version.json", good.replacen("\"format_version\": 1", "\"format_version\": 2", 1).as_bytes());
    write("not-kartoteka.json", br#"{"uczestnicy": [{"imie": "Anna"}]}"#);
    write("deep-nesting.json", format!("{}{}", "[".repeat(10_000), "]".repeat(10_000)).as_bytes());
    write("tampered.json", good.replacen("Wrogowska-2", "Wrogowska-9", 1).as_bytes());
    let mut bytes = good.clone().into_bytes();
    let pos = good.find("Wrogowska-1").unwrap();
    bytes[pos] = 0xFF;
    write("invalid-utf8.json", &bytes);
    // The same person twice (a correct hash, so only the duplicate check stops it).
    let mut twice = base();
    let first = twice.participants[0].clone();
    twice.participants.push(first);
    write("duplicate-ids.json", export(&twice).as_bytes());
    // A session where participants belong, then a record of no known kind.
    let canonical = envelope::canonical_data(&base());
    let wrong = canonical.replacen(
        "\"participants\":[{",
        "\"participants\":[{\"date\":\"2022-03-02\",\"start\":\"16:00:00\",",
        1,
    );
    write("wrong-record-kind.json", with_data(&wrong).as_bytes());
    // A bad PESEL: the file is whole; the import plan rejects that one person.
    let mut bad = base();
    bad.participants[1].pesel = "85041201747".into();
    write("bad-pesel.json", export(&bad).as_bytes());
    // A close-the-day ZIP whose manifest promises a file with another hash.
    let d = base();
    let close = bundle::CloseDay {
        data: &d,
        device: &DeviceId("hostile".into()),
        export_id: uuid::Uuid::nil(),
        now: at(0),
        day: date(2022, 3, 2),
        changes: 0,
        today: date(2022, 3, 2),
        audit: &[],
    };
    let (_, zip) = bundle::write(&close).unwrap();
    let text = "\"sha256\": \"";
    let mut z = zip.clone();
    let pos = z.windows(text.len()).position(|w| w == text.as_bytes()).unwrap() + text.len();
    z[pos] = if z[pos] == b'0' { b'1' } else { b'0' };
    write("bundle-bad-manifest.zip", &z);
}

fn read(name: &str) -> Result<envelope::Export, ReadError> {
    bundle::read_any(&std::fs::read(dir().join(name)).unwrap()).map(|(e, _)| e)
}

fn polish(e: ReadError) -> String {
    error_text(Locale::Pl, &AppError::Import(e))
}

/// A file, the error it must give, and words its Polish sentence must contain.
type Case = (&'static str, fn(&ReadError) -> bool, &'static str);

#[test]
fn every_hostile_file_is_refused_with_its_own_message() {
    let cases: &[Case] = &[
        ("truncated.json", |e| matches!(e, ReadError::NotJson(_)), "uszkodzony albo niepełny"),
        (
            "future-version.json",
            |e| matches!(e, ReadError::FutureVersion { found: 2, .. }),
            "nowsza wersja Kartoteki (format 2)",
        ),
        ("not-kartoteka.json", |e| matches!(e, ReadError::NotKartoteka), "To nie jest plik Kartoteki"),
        ("deep-nesting.json", |e| matches!(e, ReadError::NotJson(_) | ReadError::NotKartoteka), "Kartoteki"),
        ("tampered.json", |e| matches!(e, ReadError::HashMismatch), "sumą kontrolną"),
        ("invalid-utf8.json", |e| matches!(e, ReadError::NotJson(_)), "uszkodzony albo niepełny"),
        ("duplicate-ids.json", |e| matches!(e, ReadError::DuplicateId(_)), "ten sam rekord dwa razy"),
        ("wrong-record-kind.json", |e| matches!(e, ReadError::BadRecords(_)), "nieprawidłowe rekordy"),
        ("bundle-bad-manifest.zip", |e| matches!(e, ReadError::HashMismatch | ReadError::NotJson(_)), "uszkodzony"),
    ];
    let mut names: Vec<String> =
        std::fs::read_dir(dir()).unwrap().map(|e| e.unwrap().file_name().into_string().unwrap()).collect();
    names.sort();
    for (name, expected, words) in cases {
        let error = read(name).expect_err(name);
        assert!(expected(&error), "{name}: {error:?}");
        let sentence = polish(error);
        assert!(sentence.contains(words), "{name}: {sentence}");
        names.retain(|n| n != name);
    }
    assert_eq!(names, vec!["bad-pesel.json"], "every file in the corpus is covered");
}

#[test]
fn a_file_over_the_limit_is_refused_before_parsing() {
    let big = vec![b'{'; MAX_FILE_BYTES + 1];
    let error = bundle::read_any(&big).unwrap_err();
    assert_eq!(error, ReadError::TooLarge { bytes: MAX_FILE_BYTES + 1 });
    assert!(polish(error).contains("za duży (50,0 MB)"));
}

#[test]
fn a_bad_pesel_is_rejected_by_the_plan_and_not_written() {
    let file = read("bad-pesel.json").unwrap();
    let p = plan(&Dataset::default(), &file.data, date(2026, 11, 23));
    assert_eq!(p.rejected.len(), 1);
    assert!(matches!(p.rejected[0].reason, RejectReason::BadPesel(_)));
    let written = records_to_write(&p, &BTreeMap::new(), &DeviceId("me".into()), None, at(1));
    let Record::Participant(bad) = &p.rejected[0].record else { panic!("a person is rejected") };
    assert!(written.iter().all(|r| r.uuid() != bad.id.0));
    assert_eq!(written.len(), file.data.records().len() - 1);
}
