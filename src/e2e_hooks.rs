//! Test hooks for the e2e suite and `make bench`, compiled only with the `e2e-hooks` feature
//! (the build in `target/e2e/dist-hooks`, never `dist/`). They drive the same state actions as
//! the screens, through `window.wasmBindings`, until every storage path has a real screen.

use crate::codec::record::encode;
use crate::domain::ids::ParticipantId;
use crate::domain::participant::Participant;
use crate::domain::pesel::{Sex, synthesize};
use crate::domain::record::Record;
use crate::state::notices::NoticesContext;
use crate::state::records::RecordsContext;
use crate::storage::indexed_db::IdbBackend;
use crate::storage::{Repo, schema};
use chrono::{NaiveDate, Utc};
use leptos::prelude::*;
use std::cell::RefCell;
use wasm_bindgen::prelude::*;

thread_local! {
    static CONTEXTS: RefCell<Option<(RecordsContext, NoticesContext)>> = const { RefCell::new(None) };
}

/// Called by the app root so the hooks reach the same state as the screens.
pub fn register(records: RecordsContext, notices: NoticesContext) {
    CONTEXTS.with(|c| *c.borrow_mut() = Some((records, notices)));
}

fn contexts() -> Result<(RecordsContext, NoticesContext), JsValue> {
    CONTEXTS.with(|c| *c.borrow()).ok_or_else(|| JsValue::from_str("app not started"))
}

fn sample_person(records: Option<&RecordsContext>, n: u32, name: &str) -> Participant {
    let now = Utc::now();
    let meta = records.and_then(RecordsContext::repo).map_or_else(
        || crate::domain::meta::Meta::new(&crate::domain::ids::DeviceId("bench".into()), None, now),
        |r| r.new_meta(now),
    );
    let mut p = Participant::new(ParticipantId::new(), meta);
    name.clone_into(&mut p.first_name);
    p.last_name = format!("Kowalska-{n}");
    let birth =
        NaiveDate::from_ymd_opt(1950 + i32::try_from(n % 50).unwrap_or(0), 1 + n % 12, 1 + n % 28).unwrap_or_default();
    p.pesel = synthesize(birth, n % 1000, Sex::Female).unwrap_or_default();
    p.birth_date = Some(birth);
    p.sex = Some(Sex::Female);
    p.phone = format!("+48 600 {:03} {:03}", n / 1000 % 1000, n % 1000);
    p.email = format!("osoba{n}@example.pl");
    p.education = Some("isced3".into());
    p.labour_status = Some("bierna".into());
    p.address.voivodeship = "24".into();
    p.address.powiat = "kłobucki".into();
    p.address.gmina = "Kłobuck".into();
    p.address.locality = "Kłobuck".into();
    p.address.street = "Zamkowa".into();
    p.address.building = (n % 120 + 1).to_string();
    p.address.degurba = Some("2".into());
    p.address.postal_code = "42-100".into();
    p.eligibility = vec!["pomoc_spoleczna".into()];
    p.situation.insert("disability".into(), "nie".into());
    p.notes = "Uczestniczka zajęć rękodzieła; kontakt przez córkę.".into();
    p
}

/// Saves one person through the app's save action; resolves with the id after the
/// transaction completed, rejects with the user's error sentence otherwise.
///
/// # Errors
/// Rejects with the error's text (the app not started, or the storage error).
#[wasm_bindgen]
pub async fn e2e_save_person(name: String) -> Result<String, JsValue> {
    let (records, _) = contexts()?;
    let person = sample_person(Some(&records), 0, &name);
    let id = person.id.to_string();
    records.save(vec![Record::Participant(person)], Vec::new()).await.map_err(|e| JsValue::from_str(&e.to_string()))?;
    Ok(id)
}

/// Saves `count` people in one save, showing the same notices a screen shows.
///
/// # Errors
/// Rejects with the error's text (the app not started, or the storage error).
#[wasm_bindgen]
pub async fn e2e_save_people(count: u32, prefix: String) -> Result<u32, JsValue> {
    let (records, notices) = contexts()?;
    let people =
        (0..count).map(|n| Record::Participant(sample_person(Some(&records), n, &format!("{prefix}{n}")))).collect();
    crate::state::records::save_and_notify(records, notices, people)
        .await
        .map_err(|e| JsValue::from_str(&e.to_string()))?;
    Ok(count)
}

/// The names of the people this tab has in memory (updated by other tabs' broadcasts).
///
/// # Errors
/// Rejects with the error's text (the app not started, or the storage error).
#[wasm_bindgen]
pub fn e2e_people() -> Result<Vec<String>, JsValue> {
    let (records, _) = contexts()?;
    Ok(records.data.with_untracked(|d| d.participants.iter().map(Participant::full_name).collect()))
}

/// Every record read fresh from IndexedDB, as canonical JSON (records sorted by id).
///
/// # Errors
/// Rejects with the error's text (the app not started, or the storage error).
#[wasm_bindgen]
pub async fn e2e_stored() -> Result<String, JsValue> {
    let (records, _) = contexts()?;
    let repo = records.repo().ok_or_else(|| JsValue::from_str("no repository"))?;
    let mut data = repo.load().await.map_err(|e| JsValue::from_str(&e.to_string()))?;
    data.participants.sort_by_key(|p| p.id);
    encode(&data).map_err(|e| JsValue::from_str(&e.0))
}

/// Benchmark data: `count` realistic participants as a JSON array (for the JS baseline).
///
/// # Errors
/// Rejects with the error's text (the app not started, or the storage error).
#[wasm_bindgen]
pub fn e2e_bench_records(count: u32) -> Result<String, JsValue> {
    let people: Vec<Participant> = (0..count).map(|n| sample_person(None, n, "Anna")).collect();
    encode(&people).map_err(|e| JsValue::from_str(&e.0))
}

/// Imports the same records into database `name` through the repository (one transaction),
/// then loads them all; returns `[import ms, load ms]` measured with `performance.now()`.
/// `sealed`: with a data key in memory, as on a protected computer (every payload encrypted on
/// the way in and decrypted on the way out); the key is dropped afterwards.
///
/// # Errors
/// Rejects with the error's text (the app not started, or the storage error).
#[wasm_bindgen]
pub async fn e2e_bench_repo(name: String, records_json: String, sealed: bool) -> Result<Vec<f64>, JsValue> {
    if sealed {
        crate::storage::indexed_db::vault::create("bench passphrase", 1_000)
            .await
            .map_err(|e| JsValue::from_str(&e.to_string()))?;
    }
    let result = bench_repo(&name, &records_json).await;
    if sealed {
        crate::storage::indexed_db::vault::lock();
    }
    result
}

async fn bench_repo(name: &str, records_json: &str) -> Result<Vec<f64>, JsValue> {
    let to_js = |e: crate::storage::StorageError| JsValue::from_str(&e.to_string());
    let now = || web_sys::window().and_then(|w| w.performance()).map_or(0.0, |p| p.now());
    let people: Vec<Participant> = serde_json::from_str(records_json).map_err(|e| JsValue::from_str(&e.to_string()))?;
    let backend = IdbBackend::open_with(name, schema::DB_VERSION, schema::STEPS).await.map_err(to_js)?;
    let repo = Repo::open(crate::storage::AnyBackend::IndexedDb(backend)).await.map_err(to_js)?;
    let records: Vec<Record> = people.into_iter().map(Record::Participant).collect();
    let start = now();
    repo.write_exact(&records, &[]).await.map_err(to_js)?;
    let imported = now();
    let data = repo.load().await.map_err(to_js)?;
    let loaded = now();
    if data.participants.len() != records.len() {
        return Err(JsValue::from_str("loaded a different number of records"));
    }
    drop(repo);
    IdbBackend::delete_database(name).await.map_err(to_js)?;
    Ok(vec![imported - start, loaded - imported])
}

/// Records a session of the form named `form_name` today (sessions have no screen yet), so a
/// form can be "in use".
///
/// # Errors
/// Rejects when no such form exists or the save fails.
#[wasm_bindgen]
pub async fn e2e_add_session(form_name: String) -> Result<String, JsValue> {
    let (records, _) = contexts()?;
    let form = records
        .data
        .with_untracked(|d| d.support_forms.iter().find(|f| f.name == form_name && !f.meta.deleted).map(|f| f.id))
        .ok_or_else(|| JsValue::from_str("no such form"))?;
    let repo = records.repo().ok_or_else(|| JsValue::from_str("no repository"))?;
    let session = crate::domain::session::Session {
        id: crate::domain::ids::SessionId::new(),
        meta: repo.new_meta(Utc::now()),
        date: Utc::now().date_naive(),
        start: chrono::NaiveTime::from_hms_opt(10, 0, 0).unwrap_or_default(),
        end: chrono::NaiveTime::from_hms_opt(11, 30, 0).unwrap_or_default(),
        form,
        unit: None,
        task: None,
        place: String::new(),
        leaders: Vec::new(),
        topic: "e2e".into(),
        recommendations: String::new(),
        planned: false,
    };
    let id = session.id.to_string();
    records.save(vec![Record::Session(session)], Vec::new()).await.map_err(|e| JsValue::from_str(&e.to_string()))?;
    Ok(id)
}

/// Writes `count` people in one transaction (benchmarks need thousands) and reloads the screens'
/// records, as after an import.
///
/// # Errors
/// Rejects with the storage error.
#[wasm_bindgen]
pub async fn e2e_seed_people(count: u32) -> Result<u32, JsValue> {
    let (records, _) = contexts()?;
    let people: Vec<Record> =
        (0..count).map(|n| Record::Participant(sample_person(Some(&records), n, "Anna"))).collect();
    let repo = records.repo().ok_or_else(|| JsValue::from_str("no repository"))?;
    repo.write_exact(&people, &[]).await.map_err(|e| JsValue::from_str(&e.to_string()))?;
    records.reload().await.map_err(|e| JsValue::from_str(&e.to_string()))?;
    Ok(count)
}

/// Saves `count` people who are already "uczestnik" of the project's first unit (one save), as
/// after recruitment: the people a first session's attendance list offers.
///
/// # Errors
/// Rejects with the error's text (the app not started, or the storage error).
#[wasm_bindgen]
pub async fn e2e_seed_participants(count: u32) -> Result<u32, JsValue> {
    let (records, _) = contexts()?;
    let (unit, project) = records.data.with_untracked(|d| {
        let unit = d.units.iter().filter(|u| !u.meta.deleted).min_by_key(|u| u.order).map(|u| u.id);
        (unit, d.current_project().cloned())
    });
    let project = project.ok_or_else(|| JsValue::from_str("no project"))?;
    let today = crate::state::participants::today();
    let ctx = crate::domain::participant_rules::RuleContext::for_project(&project, today);
    let mut people = Vec::new();
    for n in 0..count {
        let mut p = sample_person(Some(&records), n, "Anna");
        p.status = crate::domain::participant::RecruitmentStatus::Uczestnik;
        p.units = unit.into_iter().collect();
        p.start = project.start;
        // Complete as a real "uczestnik": every special-situation answer, the documents signed.
        for question in ["minority", "homeless", "other_disadvantage", "foreign_origin", "third_country"] {
            p.situation.entry(question.into()).or_insert_with(|| "nie".into());
        }
        p.situation.retain(|q, _| {
            crate::domain::dictionary::dictionaries()
                .get(crate::domain::dictionary::Kind::SituationQuestion, q)
                .is_some_and(|e| e.applies_to(project.period))
        });
        p.documents = project
            .required_documents
            .iter()
            .map(|kind| crate::domain::participant::DocumentRecord {
                kind: kind.clone(),
                date: project.start.unwrap_or(today),
                signed_by_guardian: false,
                note: String::new(),
            })
            .collect();
        let issues = crate::domain::participant_rules::validate_participant(&p, &ctx);
        if !issues.is_empty() {
            return Err(JsValue::from_str(&format!("seeded person is not valid: {issues:?}")));
        }
        people.push(Record::Participant(p));
    }
    records.save(people, Vec::new()).await.map_err(|e| JsValue::from_str(&e.to_string()))?;
    Ok(count)
}

/// The registry's rows as the list shows them, in list order, for the vanilla-JS baseline page:
/// `[name, status, locality, phone, start, badges, search text]`.
///
/// # Errors
/// Rejects when the app has not started.
#[wasm_bindgen]
pub fn e2e_list_rows() -> Result<String, JsValue> {
    use crate::state::registry::{Filters, Sort, index, select};
    let (records, _) = contexts()?;
    let rows = records.data.with_untracked(|d| {
        let required = d.current_project().map(|p| p.required_documents.clone()).unwrap_or_default();
        let all = index(d, &required);
        select(&all, &Filters::default(), Sort::default())
            .into_iter()
            .map(|i| {
                let r = &all[i];
                let p = d.participants.iter().find(|p| p.id == r.id);
                let mut badges = Vec::new();
                if r.missing_documents {
                    badges.push("brak dokumentów");
                }
                vec![
                    r.name.clone(),
                    crate::ui::labels::status_label(crate::i18n::Locale::Pl, r.status).to_owned(),
                    r.locality.clone(),
                    r.phone.clone(),
                    r.start.map(crate::i18n::format::date).unwrap_or_default(),
                    badges.join("|"),
                    p.map(crate::domain::search::haystack).unwrap_or_default(),
                ]
            })
            .collect::<Vec<_>>()
    });
    serde_json::to_string(&rows).map_err(|e| JsValue::from_str(&e.to_string()))
}

/// A CSV table: header and rows.
type BenchTable = (Vec<String>, Vec<Vec<String>>);

thread_local! {
    static BENCH_TABLE: std::cell::RefCell<Option<BenchTable>> = const { std::cell::RefCell::new(None) };
}

/// Benchmark data: `count` attendance rows (as the long attendance export has them), kept in
/// wasm memory for [`e2e_bench_csv_write`]; returns the same rows as JSON for the JS baseline.
///
/// # Errors
/// Never in practice (serializing strings).
#[wasm_bindgen]
pub fn e2e_bench_csv_rows(count: u32) -> Result<String, JsValue> {
    let header: Vec<String> = [
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
    ]
    .iter()
    .map(|s| (*s).to_owned())
    .collect();
    let presence = ["obecny", "nieobecny", "usprawiedliwiony"];
    let rows: Vec<Vec<String>> = (0..count)
        .map(|n| {
            vec![
                format!("2026-{:02}-{:02}", 1 + n % 12, 1 + n % 28),
                "16:00".to_owned(),
                "17:30".to_owned(),
                "zajęcia wspierające umiejętności społeczne; \"grupa\"".to_owned(),
                format!("Kowalska-Żółć-{n}"),
                "Łucja".to_owned(),
                format!("{:011}", 85_041_201_746_u64 + u64::from(n)),
                presence[(n % 3) as usize].to_owned(),
                if n % 3 == 0 { "2,00".to_owned() } else { "0".to_owned() },
                format!("{:08x}-0000-4000-8000-{:012x}", n / 12, n),
                if n % 50 == 0 {
                    "=HYPERLINK(\"x\")".to_owned()
                } else {
                    format!("{n:08x}-1111-4000-8000-000000000000")
                },
            ]
        })
        .collect();
    let json = serde_json::to_string(&(&header, &rows)).map_err(|e| JsValue::from_str(&e.to_string()))?;
    BENCH_TABLE.with(|t| *t.borrow_mut() = Some((header, rows)));
    Ok(json)
}

/// Writes the rows of [`e2e_bench_csv_rows`] with the Excel (PL) preset; returns the byte count.
///
/// # Errors
/// When no rows were made first.
#[wasm_bindgen]
pub fn e2e_bench_csv_write() -> Result<usize, JsValue> {
    BENCH_TABLE.with(|t| {
        let table = t.borrow();
        let (header, rows) = table.as_ref().ok_or_else(|| JsValue::from_str("no rows"))?;
        Ok(crate::codec::csv::write(crate::codec::csv::Preset::ExcelPl, header, rows).len())
    })
}

/// Arms a fault in the encryption of rows left in clear: it fails after `batches` batches of
/// `store`.
#[wasm_bindgen]
pub fn e2e_arm_seal_fault(store: &str, batches: u32) {
    crate::storage::indexed_db::set_seal_fault(store, batches);
}

/// How each row of `store` keeps its payload: "string", "bytes" (clear) or "sealed".
///
/// # Errors
/// Rejects when the app is locked or not started, or the read fails.
#[wasm_bindgen]
pub async fn e2e_payload_kinds(store: String) -> Result<Vec<String>, JsValue> {
    let (records, _) = contexts()?;
    let repo = records.repo().ok_or_else(|| JsValue::from_str("locked or not open"))?;
    let crate::storage::AnyBackend::IndexedDb(backend) = repo.backend() else {
        return Err(JsValue::from_str("not IndexedDB"));
    };
    let store = crate::storage::Store::all()
        .into_iter()
        .find(|s| s.name() == store)
        .ok_or_else(|| JsValue::from_str("no such store"))?;
    backend.payload_kinds(store).await.map_err(|e| JsValue::from_str(&e.to_string()))
}
