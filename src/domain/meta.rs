//! What every stored record carries: timestamps, who changed it, a tombstone flag and a
//! version vector; and the per-record merge decision built on the vectors.

use crate::domain::ids::{DeviceId, StaffId};
use crate::domain::version_vector::{Causality, VersionVector};
use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

/// Bookkeeping common to every record.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Meta {
    /// When the record was first saved (UTC).
    pub created_at: DateTime<Utc>,
    /// The staff member who created it (the 2021-2027 export's "who added the participant").
    #[serde(default)]
    pub created_by: Option<StaffId>,
    /// When the record was last changed (UTC). Informative only: merging never uses clocks.
    pub updated_at: DateTime<Utc>,
    /// The staff member who last changed it, when known.
    #[serde(default)]
    pub updated_by: Option<StaffId>,
    /// A deleted record stays as a tombstone, so the deletion travels to other laptops.
    #[serde(default)]
    pub deleted: bool,
    /// Erased on request (RODO): the record keeps only its id, and this tombstone wins over
    /// every other version of it, so no import can bring the data back.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub erased: bool,
    /// Which changes this version has seen, per device.
    pub version: VersionVector,
}

impl Meta {
    /// Metadata of a record created now on `device` by `staff`.
    pub fn new(device: &DeviceId, staff: Option<StaffId>, now: DateTime<Utc>) -> Self {
        let mut version = VersionVector::new();
        version.increment(device);
        Meta {
            created_at: now,
            created_by: staff,
            updated_at: now,
            updated_by: staff,
            deleted: false,
            erased: false,
            version,
        }
    }

    /// Marks one more change made now on `device` by `staff`.
    pub fn touch(&mut self, device: &DeviceId, staff: Option<StaffId>, now: DateTime<Utc>) {
        self.version.increment(device);
        self.updated_at = now;
        self.updated_by = staff;
    }

    /// Turns the record into a tombstone (one more change).
    pub fn delete(&mut self, device: &DeviceId, staff: Option<StaffId>, now: DateTime<Utc>) {
        self.deleted = true;
        self.touch(device, staff, now);
    }
}

/// What to do with an incoming version of a record, given the local one.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum MergeDecision {
    /// Not known locally: add it.
    Add,
    /// The incoming version includes every local change: take it.
    TakeIncoming,
    /// The same version: nothing to do.
    Unchanged,
    /// The local version already includes the incoming one: keep it.
    KeepLocal,
    /// Edited independently (including a delete against an edit): the user decides.
    Conflict,
}

/// Decides by version vectors alone, never by clock — except that an erasure wins over every
/// version: an erased record is never brought back, nor is its erasure ever a conflict.
pub fn decide(local: Option<&Meta>, incoming: &Meta) -> MergeDecision {
    let Some(local) = local else {
        return MergeDecision::Add;
    };
    match (local.erased, incoming.erased) {
        (true, true) => return MergeDecision::Unchanged,
        (true, false) => return MergeDecision::KeepLocal,
        (false, true) => return MergeDecision::TakeIncoming,
        (false, false) => {}
    }
    match incoming.version.compare(&local.version) {
        Causality::Equal => MergeDecision::Unchanged,
        Causality::Dominates => MergeDecision::TakeIncoming,
        Causality::DominatedBy => MergeDecision::KeepLocal,
        Causality::Concurrent => MergeDecision::Conflict,
    }
}

/// The metadata of a conflict's resolution made on `device`: its vector dominates both sides.
pub fn resolution_meta(
    local: &Meta,
    incoming: &Meta,
    keep_deleted: bool,
    device: &DeviceId,
    staff: Option<StaffId>,
    now: DateTime<Utc>,
) -> Meta {
    Meta {
        created_at: local.created_at.min(incoming.created_at),
        created_by: if local.created_at <= incoming.created_at { local.created_by } else { incoming.created_by },
        updated_at: now,
        updated_by: staff,
        deleted: keep_deleted,
        erased: local.erased || incoming.erased,
        version: local.version.resolved(&incoming.version, device),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;

    fn at(secs: i64) -> DateTime<Utc> {
        Utc.timestamp_opt(1_700_000_000 + secs, 0).unwrap()
    }

    fn dev(name: &str) -> DeviceId {
        DeviceId(name.to_owned())
    }

    #[test]
    fn an_erasure_wins_over_every_version_and_is_never_a_conflict() {
        let (a, b) = (dev("a"), dev("b"));
        let mut base = Meta::new(&a, None, at(0));
        let mut edited = base.clone();
        edited.touch(&b, None, at(5));
        edited.touch(&b, None, at(6));
        base.delete(&a, None, at(10));
        base.erased = true;
        // The other laptop's later, concurrent edit cannot bring the erased data back …
        assert_eq!(decide(Some(&base), &edited), MergeDecision::KeepLocal);
        // … and the erasure, arriving there, replaces its edit without asking.
        assert_eq!(decide(Some(&edited), &base), MergeDecision::TakeIncoming);
        assert_eq!(decide(Some(&base), &base.clone()), MergeDecision::Unchanged);
        assert_eq!(decide(None, &base), MergeDecision::Add);
    }

    #[test]
    fn an_unknown_record_is_added() {
        let incoming = Meta::new(&dev("a"), None, at(0));
        assert_eq!(decide(None, &incoming), MergeDecision::Add);
    }

    #[test]
    fn the_same_version_is_unchanged_even_with_a_later_clock() {
        let local = Meta::new(&dev("a"), None, at(0));
        let mut incoming = local.clone();
        incoming.updated_at = at(999);
        assert_eq!(decide(Some(&local), &incoming), MergeDecision::Unchanged);
    }

    #[test]
    fn a_dominating_incoming_version_is_taken_even_with_an_older_clock() {
        let local = Meta::new(&dev("a"), None, at(100));
        let mut incoming = local.clone();
        incoming.touch(&dev("b"), None, at(0));
        assert_eq!(decide(Some(&local), &incoming), MergeDecision::TakeIncoming);
        assert_eq!(decide(Some(&incoming), &local), MergeDecision::KeepLocal);
    }

    #[test]
    fn edits_on_two_laptops_from_the_same_version_conflict() {
        let base = Meta::new(&dev("a"), None, at(0));
        let mut on_a = base.clone();
        on_a.touch(&dev("a"), None, at(10));
        let mut on_b = base.clone();
        on_b.touch(&dev("b"), None, at(20));
        assert_eq!(decide(Some(&on_a), &on_b), MergeDecision::Conflict);
    }

    #[test]
    fn a_delete_against_an_edit_conflicts_and_a_later_delete_travels() {
        let base = Meta::new(&dev("a"), None, at(0));
        let mut edited = base.clone();
        edited.touch(&dev("a"), None, at(10));
        let mut deleted = base.clone();
        deleted.delete(&dev("b"), None, at(20));
        assert_eq!(decide(Some(&edited), &deleted), MergeDecision::Conflict);

        let mut deleted_after_seeing_edit = edited.clone();
        deleted_after_seeing_edit.delete(&dev("b"), None, at(30));
        let decision = decide(Some(&edited), &deleted_after_seeing_edit);
        assert_eq!(decision, MergeDecision::TakeIncoming);
        assert!(deleted_after_seeing_edit.deleted);
    }

    #[test]
    fn a_resolution_dominates_both_sides_and_is_then_taken_everywhere() {
        let base = Meta::new(&dev("a"), None, at(0));
        let mut on_a = base.clone();
        on_a.touch(&dev("a"), None, at(10));
        let mut on_b = base.clone();
        on_b.touch(&dev("b"), None, at(20));
        let resolved = resolution_meta(&on_a, &on_b, false, &dev("b"), None, at(30));
        assert_eq!(decide(Some(&on_a), &resolved), MergeDecision::TakeIncoming);
        assert_eq!(decide(Some(&on_b), &resolved), MergeDecision::TakeIncoming);
        assert_eq!(resolved.created_at, at(0));
    }
}
