//! The audit log: who (the person working on this computer) did what and when — opened a
//! participant card, exported or erased a person's data, downloaded an export, closed the day,
//! imported a file. Entries live in the journal but are not record changes, so they never count
//! as changes waiting for export; the close-the-day file carries them (`dziennik.json`).

use crate::domain::ids::ParticipantId;
use crate::domain::journal::{JournalAction, JournalEntry};
use crate::domain::record::RecordKind;
use crate::state::errors::AppError;
use crate::state::records::{RecordsContext, StorageError};
use chrono::Utc;

/// The entry for `action` by whoever is working now, about `person` if any.
pub fn entry(records: RecordsContext, action: JournalAction, person: Option<ParticipantId>) -> Option<JournalEntry> {
    let repo = records.repo()?;
    Some(JournalEntry {
        at: Utc::now(),
        device: repo.device().clone(),
        staff: repo.staff(),
        action,
        kind: person.map(|_| RecordKind::Participant),
        record: person.map(|p| p.0),
        old_version: None,
        new_version: None,
        fields: Vec::new(),
    })
}

/// Writes one audit entry (its own transaction).
///
/// # Errors
/// Storage errors.
pub async fn log(
    records: RecordsContext,
    action: JournalAction,
    person: Option<ParticipantId>,
) -> Result<(), AppError> {
    let repo = records.repo().ok_or(AppError::Storage(StorageError::Closed))?;
    let Some(entry) = entry(records, action, person) else { return Ok(()) };
    repo.write_exact(&[], &[entry]).await.map_err(AppError::Storage)
}

/// The audit entries, newest first.
///
/// # Errors
/// Storage errors.
pub async fn entries(records: RecordsContext) -> Result<Vec<JournalEntry>, AppError> {
    let repo = records.repo().ok_or(AppError::Storage(StorageError::Closed))?;
    let all = repo.journal_after(0).await.map_err(AppError::Storage)?;
    Ok(all.into_iter().rev().map(|n| n.entry).filter(JournalEntry::is_audit).collect())
}

/// Writes an audit entry in the background: the action itself already happened and must not
/// wait for, or fail because of, its log line.
pub fn log_later(records: RecordsContext, action: JournalAction, person: Option<ParticipantId>) {
    leptos::task::spawn_local(async move {
        // A failure here is a storage failure the next save reports anyway.
        log(records, action, person).await.ok();
    });
}
