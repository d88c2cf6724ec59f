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
    /// Audit: a participant card was opened.
    Viewed,
    /// Audit: one person's data was exported (the right of access).
    PersonExported,
    /// Audit: one person's data was erased (RODO).
    Erased,
    /// Audit: an export file was downloaded.
    FileDownloaded {
        /// The file's name.
        file: String,
    },
    /// Audit: an export was downloaded unencrypted, by the coordinator's explicit choice.
    PlainFileDownloaded {
        /// The file's name.
        file: String,
    },
    /// Audit: a local profile was added (who may unlock this computer, with which role).
    ProfileAdded {
        /// The staff member.
        profile: Uuid,
        /// The role the profile works in.
        role: crate::domain::project::StaffRole,
    },
    /// Audit: a local profile was removed.
    ProfileRemoved {
        /// The staff member.
        profile: Uuid,
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
    /// Whether the entry belongs to the audit log (who did what), not to record changes.
    pub fn is_audit(&self) -> bool {
        !self.is_change()
    }

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

/// The first instant after `day` ends in Poland (Europe/Warsaw), in UTC: "today" and the ends
/// of days are Polish, not UTC.
pub fn day_end_utc(day: chrono::NaiveDate) -> DateTime<Utc> {
    use chrono::TimeZone;
    let next = day.succ_opt().unwrap_or(day).and_hms_opt(0, 0, 0).unwrap_or_default();
    chrono_tz::Europe::Warsaw
        .from_local_datetime(&next)
        .earliest()
        .map_or_else(|| next.and_utc(), |t| t.with_timezone(&Utc))
}

/// Of the changes not yet exported (in sequence order), those made up to the end of `day`:
/// how many, and the last one's sequence number.
pub fn changes_until(unexported: &[Numbered], day: chrono::NaiveDate) -> (u64, Option<u64>) {
    let end = day_end_utc(day);
    let covered: Vec<&Numbered> = unexported.iter().filter(|n| n.entry.at < end).collect();
    (covered.len() as u64, covered.iter().map(|n| n.seq).max())
}

#[cfg(test)]
mod day_tests {
    use super::*;
    use chrono::{NaiveDate, TimeZone};

    fn change(seq: u64, at: DateTime<Utc>) -> Numbered {
        Numbered {
            seq,
            entry: JournalEntry {
                at,
                device: DeviceId("d".into()),
                staff: None,
                action: JournalAction::Created,
                kind: None,
                record: None,
                old_version: None,
                new_version: None,
                fields: Vec::new(),
            },
        }
    }

    #[test]
    fn a_polish_day_ends_at_polish_midnight_in_winter_and_summer() {
        let day = NaiveDate::from_ymd_opt(2026, 11, 23).unwrap();
        assert_eq!(day_end_utc(day), Utc.with_ymd_and_hms(2026, 11, 23, 23, 0, 0).unwrap());
        let summer = NaiveDate::from_ymd_opt(2026, 7, 1).unwrap();
        assert_eq!(day_end_utc(summer), Utc.with_ymd_and_hms(2026, 7, 1, 22, 0, 0).unwrap());
    }

    #[test]
    fn closing_a_day_takes_changes_until_polish_midnight_and_leaves_later_ones() {
        let day = NaiveDate::from_ymd_opt(2026, 11, 23).unwrap();
        let changes = [
            change(4, Utc.with_ymd_and_hms(2026, 11, 20, 9, 0, 0).unwrap()),
            // 23:30 in Warsaw on the 23rd.
            change(7, Utc.with_ymd_and_hms(2026, 11, 23, 22, 30, 0).unwrap()),
            // 00:30 in Warsaw on the 24th, still the 23rd in UTC.
            change(9, Utc.with_ymd_and_hms(2026, 11, 23, 23, 30, 0).unwrap()),
        ];
        assert_eq!(changes_until(&changes, day), (2, Some(7)));
        assert_eq!(changes_until(&changes[..0], day), (0, None));
    }
}
