//! The change journal: one entry per change, written in the same transaction as the change.
//! It drives the "N zmian niewyeksportowanych" counter and the record's change history.

use crate::domain::ids::{DeviceId, StaffId};
use crate::domain::record::RecordKind;
use crate::domain::version_vector::VersionVector;
use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use uuid::Uuid;

/// What happened.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum JournalAction {
    /// A record was created.
    Created,
    /// A record was changed.
    Updated,
    /// A record was deleted (it stays as a tombstone).
    Deleted,
    /// A person was saved although the duplicate check found possible matches.
    DuplicateAccepted {
        /// The records it resembled.
        matches: Vec<Uuid>,
    },
    /// Changes up to `up_to` were exported (closing the day).
    Exported {
        /// The last journal sequence number included.
        up_to: u64,
        /// The export's id.
        export_id: Uuid,
    },
    /// A file was imported.
    Imported {
        /// The imported export's id.
        export_id: Uuid,
        /// How many records were added or updated.
        changed: u64,
    },
}

/// One journal entry.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct JournalEntry {
    /// When (UTC).
    pub at: DateTime<Utc>,
    /// On which device.
    pub device: DeviceId,
    /// By whom.
    #[serde(default)]
    pub staff: Option<StaffId>,
    /// What happened.
    pub action: JournalAction,
    /// The record's kind, for record changes.
    #[serde(default)]
    pub kind: Option<RecordKind>,
    /// The record's id, for record changes.
    #[serde(default)]
    pub record: Option<Uuid>,
    /// The version before the change.
    #[serde(default)]
    pub old_version: Option<VersionVector>,
    /// The version after the change.
    #[serde(default)]
    pub new_version: Option<VersionVector>,
    /// The names of the changed fields (never their values).
    #[serde(default)]
    pub fields: Vec<String>,
}

impl JournalEntry {
    /// Whether the entry is a change to a record (counted as not yet exported).
    pub fn is_change(&self) -> bool {
        matches!(self.action, JournalAction::Created | JournalAction::Updated | JournalAction::Deleted)
    }
}

/// A journal entry with its sequence number (assigned by storage, increasing).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Numbered {
    /// Sequence number.
    pub seq: u64,
    /// The entry.
    pub entry: JournalEntry,
}
