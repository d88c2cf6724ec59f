// The repository contract: every backend must pass these. Included by
// tests/repository_memory.rs (natively) and tests/browser_storage.rs (IndexedDB in Chromium).
#![allow(dead_code, reason = "each adapter's test file calls every function; rustc sees them per file")]

use super::fixtures::*;
use kartoteka::domain::journal::JournalAction;
use kartoteka::domain::record::Record;
use kartoteka::domain::session::Presence;
use kartoteka::storage::{Backend, Repo, Row, StorageError, Store, WriteOp};

/// A project, a participant, a session and an attendance saved in one call read back equal.
pub async fn saves_then_reads_back<B: Backend>(repo: &Repo<B>) {
    let project = project(repo.new_meta(at(0)));
    let person = person(repo.new_meta(at(0)), "Łucja", "Żółć", 7);
    let session = session(repo.new_meta(at(0)), kartoteka::domain::ids::SupportFormId::new());
    let mark = attendance(repo.new_meta(at(0)), session.id, person.id, Presence::Obecny);
    let records = vec![
        Record::Project(project.clone()),
        Record::Participant(person.clone()),
        Record::Session(session.clone()),
        Record::Attendance(mark.clone()),
    ];
    let saved = repo.save(records, vec![], at(1)).await.expect("save succeeds");
    assert_eq!(saved.len(), 4);
    let data = repo.load().await.expect("load succeeds");
    assert_eq!(data.project, vec![project]);
    assert_eq!(data.participants, vec![person]);
    assert_eq!(data.sessions, vec![session]);
    assert_eq!(data.attendance, vec![mark]);
    assert_eq!(repo.unexported_changes().await.unwrap(), 4);
}

/// Updating increments this device's counter and journals the changed field names.
pub async fn an_update_increments_this_devices_counter<B: Backend>(repo: &Repo<B>) {
    let person = person(repo.new_meta(at(0)), "Jan", "Nowak", 1);
    let mut saved = repo.save(vec![Record::Participant(person.clone())], vec![], at(1)).await.unwrap();
    let Some(Record::Participant(mut stored)) = saved.pop() else { panic!("participant saved") };
    assert_eq!(stored.meta.version.get(repo.device()), 1);
    stored.first_name = "Janusz".into();
    stored.address.locality = "Łódź".into();
    let Some(Record::Participant(updated)) =
        repo.save(vec![Record::Participant(stored)], vec![], at(2)).await.unwrap().pop()
    else {
        panic!("participant updated")
    };
    assert_eq!(updated.meta.version.get(repo.device()), 2);
    assert_eq!(updated.meta.updated_at, at(2));
    let loaded = repo.load().await.unwrap();
    assert_eq!(loaded.participants, vec![updated.clone()]);
    let history = repo.history(person.id.0).await.unwrap();
    assert_eq!(history.len(), 2);
    assert_eq!(history[0].action, JournalAction::Created);
    assert_eq!(history[1].action, JournalAction::Updated);
    assert_eq!(history[1].fields, vec!["address.locality", "first_name"]);
    assert_eq!(history[1].old_version.as_ref().unwrap().get(repo.device()), 1);
    assert_eq!(history[1].new_version.as_ref().unwrap().get(repo.device()), 2);
}

/// Saving a record whose fields did not change writes nothing.
pub async fn saving_an_unchanged_record_writes_nothing<B: Backend>(repo: &Repo<B>) {
    let person = person(repo.new_meta(at(0)), "Ola", "Kot", 2);
    let saved = repo.save(vec![Record::Participant(person)], vec![], at(1)).await.unwrap();
    let before = repo.unexported_changes().await.unwrap();
    let again = repo.save(saved, vec![], at(2)).await.unwrap();
    assert!(again.is_empty());
    assert_eq!(repo.unexported_changes().await.unwrap(), before);
}

/// Delete leaves a tombstone that loads as deleted, journaled as a deletion.
pub async fn delete_leaves_a_tombstone<B: Backend>(repo: &Repo<B>) {
    let person = person(repo.new_meta(at(0)), "Ewa", "Lis", 3);
    let saved = repo.save(vec![Record::Participant(person.clone())], vec![], at(1)).await.unwrap();
    let tombstone = repo.delete(saved.into_iter().next().unwrap(), at(2)).await.unwrap();
    assert!(tombstone.meta().deleted);
    let loaded = repo.load().await.unwrap();
    assert_eq!(loaded.participants.len(), 1);
    assert!(loaded.participants[0].meta.deleted);
    assert_eq!(loaded.participants[0].meta.version.get(repo.device()), 2);
    let history = repo.history(person.id.0).await.unwrap();
    assert_eq!(history.last().unwrap().action, JournalAction::Deleted);
}

/// A copy edited from an older version is refused, and nothing is written.
pub async fn a_stale_copy_is_refused<B: Backend>(repo: &Repo<B>) {
    let person = person(repo.new_meta(at(0)), "Adam", "Wróbel", 4);
    let saved = repo.save(vec![Record::Participant(person)], vec![], at(1)).await.unwrap();
    let Record::Participant(base) = saved[0].clone() else { unreachable!() };
    let mut first = base.clone();
    first.phone = "601 000 000".into();
    repo.save(vec![Record::Participant(first)], vec![], at(2)).await.unwrap();
    let changes = repo.unexported_changes().await.unwrap();
    let mut second = base;
    second.phone = "602 000 000".into();
    let result = repo.save(vec![Record::Participant(second)], vec![], at(3)).await;
    assert!(matches!(result, Err(StorageError::Stale { .. })), "{result:?}");
    assert_eq!(repo.load().await.unwrap().participants[0].phone, "601 000 000");
    assert_eq!(repo.unexported_changes().await.unwrap(), changes);
}

/// Thousands of records written in one call load back complete (several read chunks).
pub async fn bulk_write_and_load<B: Backend>(repo: &Repo<B>, count: u32) {
    let records: Vec<Record> = (0..count)
        .map(|n| Record::Participant(person(repo.new_meta(at(0)), "Osoba", &format!("Numer{n}"), n)))
        .collect();
    repo.write_exact(&records, &[]).await.expect("bulk write succeeds");
    let loaded = repo.load().await.unwrap();
    assert_eq!(loaded.participants.len(), count as usize);
    let loaded_records: Vec<Record> = loaded.participants.into_iter().map(Record::Participant).collect();
    assert_eq!(ids(&loaded_records), ids(&records));
    let sample = records.iter().find(|r| r.uuid() == loaded_records[count as usize / 2].uuid()).unwrap();
    assert_eq!(sample, &loaded_records[count as usize / 2]);
}

/// A write that fails (here: the storage is full) changes nothing at all.
pub async fn a_failing_write_changes_nothing<B: Backend>(repo: &Repo<B>, arm_quota_fault: impl Fn()) {
    let kept = person(repo.new_meta(at(0)), "Stary", "Rekord", 5);
    repo.save(vec![Record::Participant(kept.clone())], vec![], at(1)).await.unwrap();
    let before = repo.load().await.unwrap();
    let changes = repo.unexported_changes().await.unwrap();
    arm_quota_fault();
    let batch: Vec<Record> =
        (10..13).map(|n| Record::Participant(person(repo.new_meta(at(2)), "Nowy", "Rekord", n))).collect();
    let result = repo.save(batch, vec![], at(2)).await;
    assert_eq!(result, Err(StorageError::QuotaExceeded));
    assert_eq!(repo.load().await.unwrap(), before);
    assert_eq!(repo.unexported_changes().await.unwrap(), changes);
}

/// An insert that collides fails the whole write: the other row is not written either.
pub async fn a_colliding_insert_writes_nothing<B: Backend>(backend: &B) {
    let row = |key: &str| Row { key: key.into(), index: vec![], payload: format!("{{\"id\":\"{key}\"}}") };
    backend.write(vec![WriteOp::Put(Store::Drafts, row("a"))]).await.unwrap();
    let result =
        backend.write(vec![WriteOp::Put(Store::Drafts, row("b")), WriteOp::Add(Store::Drafts, row("a"))]).await;
    assert_eq!(result, Err(StorageError::Constraint));
    let found = backend.read_keys(Store::Drafts, &["a".into(), "b".into()]).await.unwrap();
    assert_eq!(found, r#"[{"id":"a"},null]"#);
}

/// Settings and drafts round-trip; the device id is stable.
pub async fn settings_and_drafts_round_trip<B: Backend>(repo: &Repo<B>) {
    assert!(!repo.device().0.is_empty());
    repo.set_setting("current_staff", &"abc").await.unwrap();
    assert_eq!(repo.setting::<String>("current_staff").await.unwrap().as_deref(), Some("abc"));
    assert_eq!(repo.setting::<String>("missing").await.unwrap(), None);
    repo.put_draft("participant:new", &vec!["Jan", "Now"]).await.unwrap();
    assert_eq!(repo.draft::<Vec<String>>("participant:new").await.unwrap(), Some(vec!["Jan".into(), "Now".into()]));
    repo.delete_draft("participant:new").await.unwrap();
    assert_eq!(repo.draft::<Vec<String>>("participant:new").await.unwrap(), None);
}

/// The journal numbers entries in order and records changes only.
pub async fn journal_numbers_changes_in_order<B: Backend>(repo: &Repo<B>) {
    let a = person(repo.new_meta(at(0)), "A", "A", 20);
    let b = person(repo.new_meta(at(0)), "B", "B", 21);
    repo.save(vec![Record::Participant(a.clone())], vec![], at(1)).await.unwrap();
    repo.save(vec![Record::Participant(b.clone())], vec![], at(2)).await.unwrap();
    let all = repo.journal_after(0).await.unwrap();
    assert_eq!(all.len(), 2);
    assert!(all[0].seq < all[1].seq);
    assert_eq!(all[0].entry.record, Some(a.id.0));
    let later = repo.journal_after(all[0].seq).await.unwrap();
    assert_eq!(later.len(), 1);
    assert_eq!(later[0].entry.record, Some(b.id.0));
}
