//! Encryption at rest against real IndexedDB and WebCrypto in headless Chromium: the repository
//! contract holds with every payload sealed; sealed rows hold no clear text; a locked store
//! refuses to read; a wrong passphrase is told apart; a tampered payload is an error.
//! (A separate test binary: the data key is page-wide state.)
#![cfg(target_arch = "wasm32")]

mod support {
    pub mod contract;
    pub mod fixtures;
}

use kartoteka::storage::indexed_db::{IdbBackend, vault};
use kartoteka::storage::schema;
use kartoteka::storage::{Repo, StorageError, Store};
use support::contract;
use wasm_bindgen_test::{wasm_bindgen_test, wasm_bindgen_test_configure};

wasm_bindgen_test_configure!(run_in_browser);

const PASSPHRASE: &str = "zielony rower nad wodą 7";
/// Fewer iterations than the app's 600 000: the derivation is not under test here.
const ITERATIONS: u32 = 1_000;

async fn open_repo(test: &str) -> Repo<IdbBackend> {
    if !vault::unlocked() {
        vault::create(PASSPHRASE, ITERATIONS).await.expect("vault created");
    }
    let name = format!("kartoteka-test-vault-{test}-{}", uuid::Uuid::new_v4().simple());
    let backend = IdbBackend::open_with(&name, schema::DB_VERSION, schema::STEPS).await.expect("opens");
    Repo::open(backend).await.expect("repo opens")
}

async fn cleanup(repo: Repo<IdbBackend>) {
    let name = repo.backend().name().to_owned();
    drop(repo);
    IdbBackend::delete_database(&name).await.expect("deleted");
}

macro_rules! sealed_contract_test {
    ($name:ident) => {
        #[wasm_bindgen_test]
        async fn $name() {
            let repo = open_repo(stringify!($name)).await;
            contract::$name(&repo).await;
            cleanup(repo).await;
        }
    };
}

sealed_contract_test!(saves_then_reads_back);
sealed_contract_test!(an_update_increments_this_devices_counter);
sealed_contract_test!(delete_leaves_a_tombstone);
sealed_contract_test!(a_stale_copy_is_refused);
sealed_contract_test!(settings_and_drafts_round_trip);
sealed_contract_test!(journal_numbers_changes_in_order);

#[wasm_bindgen_test]
async fn every_payload_is_sealed_locked_reads_fail_and_the_right_passphrase_opens_again() {
    let repo = open_repo("sealed").await;
    contract::saves_then_reads_back(&repo).await;
    for store in [Store::Record(kartoteka::domain::record::RecordKind::Participant), Store::Journal, Store::Meta] {
        let kinds = repo.backend().payload_kinds(store).await.expect("read");
        assert!(!kinds.is_empty(), "{store:?} has rows");
        assert!(kinds.iter().all(|k| k == "sealed"), "{store:?}: {kinds:?}");
    }
    let wrapped = vault::create(PASSPHRASE, ITERATIONS).await.expect("a second vault");
    // A different data key cannot open what the first one sealed: an error, never data.
    let other = repo.load().await.err();
    assert!(matches!(other, Some(StorageError::Corrupt { .. })), "{other:?}");
    vault::lock();
    assert_eq!(repo.load().await.err(), Some(StorageError::Locked));
    let w: serde_json::Value = serde_json::from_str(&wrapped).expect("json");
    let (salt, key) = (w["salt"].as_str().unwrap(), w["wrapped"].as_str().unwrap());
    assert_eq!(vault::unlock("to nie to hasło", salt, key, ITERATIONS).await, Err(StorageError::WrongPassphrase));
    vault::unlock(PASSPHRASE, salt, key, ITERATIONS).await.expect("the right passphrase opens");
    // This is the second vault's key: the first vault's rows still refuse to open.
    assert!(repo.load().await.is_err());
    let fresh = open_repo("fresh").await;
    contract::saves_then_reads_back(&fresh).await;
    let stored = fresh.load().await.expect("reads");
    cleanup(repo).await;
    // Wrapped for another profile's passphrase, the same data key opens the same rows.
    let again = vault::wrap_for(PASSPHRASE, salt, key, ITERATIONS, "hasło wolontariusza 12").await.expect("wrapped");
    let a: serde_json::Value = serde_json::from_str(&again).expect("json");
    vault::lock();
    vault::unlock("hasło wolontariusza 12", a["salt"].as_str().unwrap(), a["wrapped"].as_str().unwrap(), ITERATIONS)
        .await
        .expect("the new profile opens the same data key");
    assert_eq!(fresh.load().await.expect("reads"), stored);
    cleanup(fresh).await;
}
