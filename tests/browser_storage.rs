//! The repository contract and the schema upgrades against real IndexedDB in headless Chromium.
//! Every test opens its own database `kartoteka-test-<name>-<random>` and deletes it at the end.
#![cfg(target_arch = "wasm32")]

mod support {
    pub mod contract;
    pub mod fixtures;
}

use kartoteka::domain::dataset::Dataset;
use kartoteka::domain::journal::JournalEntry;
use kartoteka::storage::indexed_db::{IdbBackend, set_write_fault};
use kartoteka::storage::schema::{self, Step};
use kartoteka::storage::{Backend, Repo, Row, StorageError, Store, WriteOp};
use serde_json::Value;
use std::cell::Cell;
use std::rc::Rc;
use support::contract;
use wasm_bindgen_test::{wasm_bindgen_test, wasm_bindgen_test_configure};

wasm_bindgen_test_configure!(run_in_browser);

fn db_name(test: &str) -> String {
    format!("kartoteka-test-{test}-{}", uuid::Uuid::new_v4().simple())
}

async fn open_repo(name: &str) -> Repo<IdbBackend> {
    let backend = IdbBackend::open_with(name, schema::DB_VERSION, schema::STEPS).await.expect("test database opens");
    Repo::open(backend).await.expect("repo opens")
}

async fn cleanup(repo: Repo<IdbBackend>) {
    let name = repo.backend().name().to_owned();
    drop(repo);
    IdbBackend::delete_database(&name).await.expect("test database deleted");
}

macro_rules! contract_test {
    ($name:ident) => {
        #[wasm_bindgen_test]
        async fn $name() {
            let repo = open_repo(&db_name(stringify!($name))).await;
            contract::$name(&repo).await;
            cleanup(repo).await;
        }
    };
}

contract_test!(saves_then_reads_back);
contract_test!(an_update_increments_this_devices_counter);
contract_test!(saving_an_unchanged_record_writes_nothing);
contract_test!(delete_leaves_a_tombstone);
contract_test!(a_stale_copy_is_refused);
contract_test!(settings_and_drafts_round_trip);
contract_test!(journal_numbers_changes_in_order);

#[wasm_bindgen_test]
async fn bulk_write_and_load_spans_several_read_chunks() {
    let repo = open_repo(&db_name("bulk")).await;
    contract::bulk_write_and_load(&repo, 5000).await;
    cleanup(repo).await;
}

#[wasm_bindgen_test]
async fn a_failing_write_changes_nothing() {
    let repo = open_repo(&db_name("fault")).await;
    contract::a_failing_write_changes_nothing(&repo, || set_write_fault(Some("QuotaExceededError".into()), 1)).await;
    cleanup(repo).await;
}

#[wasm_bindgen_test]
async fn a_colliding_insert_writes_nothing() {
    let repo = open_repo(&db_name("collide")).await;
    contract::a_colliding_insert_writes_nothing(repo.backend()).await;
    cleanup(repo).await;
}

#[wasm_bindgen_test]
async fn user_saves_run_in_strict_durability_transactions() {
    let repo = open_repo(&db_name("strict")).await;
    let row = Row { key: "k".into(), index: vec![], payload: "{\"id\":\"k\",\"value\":1}".into() };
    let durability = repo.backend().write_reporting_durability(vec![WriteOp::Put(Store::Meta, row)]).await.unwrap();
    assert_eq!(durability, "strict");
    cleanup(repo).await;
}

#[wasm_bindgen_test]
async fn the_device_id_survives_reopening_the_database() {
    let name = db_name("device");
    let first = open_repo(&name).await;
    let device = first.device().clone();
    drop(first);
    let again = open_repo(&name).await;
    assert_eq!(again.device(), &device);
    cleanup(again).await;
}

const V1_FIXTURE: &str = include_str!("fixtures/idb_v1.json");

/// Writes the committed v1 rows, exactly as version 1 stored them (string payloads), into a
/// fresh database created by the v1 steps only.
async fn create_v1_database(name: &str) {
    let fixture: Value = serde_json::from_str(V1_FIXTURE).unwrap();
    assert_eq!(fixture["schema_version"], 1);
    let v1 = IdbBackend::open_with(name, 1, schema::STEPS).await.expect("v1 database opens");
    assert_eq!(v1.schema_version(), 1);
    for (store_name, rows) in fixture["stores"].as_object().unwrap() {
        let store = Store::all().into_iter().find(|s| s.name() == store_name).unwrap();
        v1.write_raw_rows(store, &rows.to_string()).await.expect("fixture rows written");
    }
    assert!(v1.payload_kinds(Store::Meta).await.unwrap().iter().all(|k| k == "string"));
    v1.close();
}

/// The fixture's records decoded by today's domain types.
fn fixture_dataset() -> Dataset {
    let fixture: Value = serde_json::from_str(V1_FIXTURE).unwrap();
    let records = |store: &str| -> String {
        let rows = fixture["stores"][store].as_array().unwrap();
        format!("[{}]", rows.iter().map(|r| r["payload"].as_str().unwrap()).collect::<Vec<_>>().join(","))
    };
    macro_rules! kind {
        ($store:literal) => {
            serde_json::from_str(&records($store)).expect(concat!($store, " fixture decodes"))
        };
    }
    Dataset {
        project: kind!("project"),
        units: kind!("units"),
        tasks: kind!("tasks"),
        support_forms: kind!("support_forms"),
        staff: kind!("staff"),
        participants: kind!("participants"),
        sessions: kind!("sessions"),
        attendance: kind!("attendance"),
        enrolments: kind!("enrolments"),
        volunteer_hours: kind!("volunteer_hours"),
    }
}

#[wasm_bindgen_test]
async fn a_version_1_database_opens_under_the_current_schema_with_every_field_intact() {
    let name = db_name("upgrade");
    create_v1_database(&name).await;
    let repo = open_repo(&name).await;
    assert_eq!(repo.backend().schema_version(), schema::DB_VERSION);
    assert_eq!(repo.device().0, "laptop-a", "the stored device id is kept");
    // Version 2 stores payloads as UTF-8 bytes; the upgrade converted version 1's strings.
    for store in Store::all() {
        let kinds = repo.backend().payload_kinds(store).await.unwrap();
        assert!(kinds.iter().all(|k| k == "bytes"), "{} still has {kinds:?}", store.name());
    }
    let loaded = repo.load().await.unwrap();
    assert_eq!(loaded, fixture_dataset());
    // The indexes added in version 2 cover the rows written under version 1.
    let p1 = loaded.participants[0].id.to_string();
    let by_participant = repo
        .backend()
        .read_index(Store::Record(kartoteka::domain::record::RecordKind::Attendance), "participant", &p1)
        .await
        .unwrap();
    let marks: Vec<Value> = serde_json::from_str(&by_participant).unwrap();
    assert_eq!(marks.len(), 1);
    let history: Vec<JournalEntry> = repo.history(loaded.participants[0].id.0).await.unwrap();
    assert_eq!(history.len(), 1);
    assert_eq!(history[0].fields, vec!["first_name", "last_name", "pesel"]);
    cleanup(repo).await;
}

/// The version after this app's, changing nothing: a newer app's database.
const NEWER: &[&[Step]] = &[schema::V1, schema::V2, schema::V3, &[]];

/// Version 2 with a step that cannot succeed (an index on a store that does not exist).
const BROKEN_STEPS: &[&[Step]] = &[schema::V1, &[Step::CreateIndex { store: "no_such_store", index: "x" }]];

#[wasm_bindgen_test]
async fn a_failed_migration_leaves_the_old_version_and_data_untouched() {
    let name = db_name("failed-migration");
    create_v1_database(&name).await;
    let result = IdbBackend::open_with(&name, 2, BROKEN_STEPS).await.err();
    assert!(matches!(result, Some(StorageError::MigrationFailed { to: 2, .. })), "{result:?}");
    // Still version 1: opening at version 1 works (it would fail with VersionError at 2).
    let v1 = IdbBackend::open_with(&name, 1, schema::STEPS).await.expect("still at version 1");
    let repo = Repo::open(v1).await.unwrap();
    assert_eq!(repo.load().await.unwrap(), fixture_dataset());
    cleanup(repo).await;
}

#[wasm_bindgen_test]
async fn a_database_from_a_newer_app_is_refused_with_a_typed_error() {
    let name = db_name("newer");
    let newer = IdbBackend::open_with(&name, schema::DB_VERSION + 1, NEWER).await.unwrap();
    newer.close();
    let result = IdbBackend::open_with(&name, schema::DB_VERSION, schema::STEPS).await.err();
    assert!(matches!(result, Some(StorageError::NewerSchema { .. })), "{result:?}");
    IdbBackend::delete_database(&name).await.unwrap();
}

#[wasm_bindgen_test]
async fn an_upgrade_in_another_connection_closes_this_one_and_asks_to_reload() {
    let name = db_name("versionchange");
    let repo = open_repo(&name).await;
    let asked = Rc::new(Cell::new(false));
    let flag = asked.clone();
    repo.backend().on_version_change(move || flag.set(true));
    let newer =
        IdbBackend::open_with(&name, schema::DB_VERSION + 1, NEWER).await.expect("the upgrade is not blocked for long");
    assert!(asked.get(), "this connection was told");
    assert_eq!(repo.load().await.err(), Some(StorageError::Closed));
    newer.close();
    drop(repo);
    IdbBackend::delete_database(&name).await.unwrap();
}
