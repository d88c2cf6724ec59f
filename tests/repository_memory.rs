//! The repository contract against the in-memory backend (natively).
#![cfg(not(target_arch = "wasm32"))]

mod support {
    pub mod contract;
    pub mod fixtures;
}

use kartoteka::storage::memory::MemoryBackend;
use kartoteka::storage::{Repo, StorageError};
use std::future::Future;
use std::pin::pin;
use std::task::{Context, Poll, Waker};
use support::contract;

/// Runs a future to completion; the memory backend never waits on anything external.
fn block_on<F: Future>(future: F) -> F::Output {
    let mut future = pin!(future);
    let mut cx = Context::from_waker(Waker::noop());
    loop {
        if let Poll::Ready(value) = future.as_mut().poll(&mut cx) {
            return value;
        }
    }
}

fn repo() -> Repo<MemoryBackend> {
    block_on(Repo::open(MemoryBackend::new())).expect("memory repo opens")
}

#[test]
fn saves_then_reads_back() {
    block_on(contract::saves_then_reads_back(&repo()));
}

#[test]
fn an_update_increments_this_devices_counter() {
    block_on(contract::an_update_increments_this_devices_counter(&repo()));
}

#[test]
fn saving_an_unchanged_record_writes_nothing() {
    block_on(contract::saving_an_unchanged_record_writes_nothing(&repo()));
}

#[test]
fn delete_leaves_a_tombstone() {
    block_on(contract::delete_leaves_a_tombstone(&repo()));
}

#[test]
fn a_stale_copy_is_refused() {
    block_on(contract::a_stale_copy_is_refused(&repo()));
}

#[test]
fn bulk_write_and_load() {
    block_on(contract::bulk_write_and_load(&repo(), 5000));
}

#[test]
fn a_failing_write_changes_nothing() {
    let repo = repo();
    block_on(contract::a_failing_write_changes_nothing(&repo, || {
        repo.backend().fail_next_write(StorageError::QuotaExceeded);
    }));
}

#[test]
fn a_colliding_insert_writes_nothing() {
    block_on(contract::a_colliding_insert_writes_nothing(&MemoryBackend::new()));
}

#[test]
fn settings_and_drafts_round_trip() {
    block_on(contract::settings_and_drafts_round_trip(&repo()));
}

#[test]
fn journal_numbers_changes_in_order() {
    block_on(contract::journal_numbers_changes_in_order(&repo()));
}

#[test]
fn the_device_id_survives_reopening() {
    let backend = MemoryBackend::new();
    let first = block_on(Repo::open(backend)).unwrap();
    let device = first.device().clone();
    // Reopen over the same rows: the stored device id is reused, not replaced.
    let reopened = block_on(Repo::open(first.into_backend())).unwrap();
    assert_eq!(reopened.device(), &device);
}
