//! Version vectors: which edits a record has seen, per device, and how two versions relate.
//!
//! Merging never decides by clock. A change on a device increments that device's counter;
//! comparing two vectors says whether one version includes the other, or whether they were
//! edited independently (a conflict for the user to resolve).

use crate::domain::ids::DeviceId;
use serde::{Deserialize, Serialize};
use std::cmp::Ordering;
use std::collections::BTreeMap;

/// Device id → number of changes that device made to the record.
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(transparent)]
pub struct VersionVector(pub BTreeMap<DeviceId, u64>);

/// How one version relates to another.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Causality {
    /// The same version.
    Equal,
    /// This version includes every change of the other, and more.
    Dominates,
    /// The other version includes every change of this one, and more.
    DominatedBy,
    /// Each has changes the other lacks: edited independently.
    Concurrent,
}

impl VersionVector {
    /// An empty vector (a record nobody has changed yet).
    pub fn new() -> Self {
        Self::default()
    }

    /// The counter of `device` (0 when absent).
    pub fn get(&self, device: &DeviceId) -> u64 {
        self.0.get(device).copied().unwrap_or(0)
    }

    /// Records one more change made on `device`.
    pub fn increment(&mut self, device: &DeviceId) {
        *self.0.entry(device.clone()).or_insert(0) += 1;
    }

    /// How `self` relates to `other`.
    pub fn compare(&self, other: &VersionVector) -> Causality {
        let mut greater = false;
        let mut less = false;
        for device in self.0.keys().chain(other.0.keys()) {
            match self.get(device).cmp(&other.get(device)) {
                Ordering::Greater => greater = true,
                Ordering::Less => less = true,
                Ordering::Equal => {}
            }
        }
        match (greater, less) {
            (false, false) => Causality::Equal,
            (true, false) => Causality::Dominates,
            (false, true) => Causality::DominatedBy,
            (true, true) => Causality::Concurrent,
        }
    }

    /// The pointwise maximum: a version that has seen everything both have seen.
    #[must_use]
    pub fn joined(&self, other: &VersionVector) -> VersionVector {
        let mut out = self.clone();
        for (device, &count) in &other.0 {
            let entry = out.0.entry(device.clone()).or_insert(0);
            *entry = (*entry).max(count);
        }
        out
    }

    /// The vector of a conflict's resolution made on `device`: dominates both sides.
    #[must_use]
    pub fn resolved(&self, other: &VersionVector, device: &DeviceId) -> VersionVector {
        let mut out = self.joined(other);
        out.increment(device);
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn dev(name: &str) -> DeviceId {
        DeviceId(name.to_owned())
    }

    fn vv(pairs: &[(&str, u64)]) -> VersionVector {
        VersionVector(pairs.iter().map(|(d, c)| (dev(d), *c)).collect())
    }

    #[test]
    fn equal_vectors_are_equal_even_with_explicit_zeros() {
        assert_eq!(vv(&[("a", 1)]).compare(&vv(&[("a", 1), ("b", 0)])), Causality::Equal);
        assert_eq!(VersionVector::new().compare(&VersionVector::new()), Causality::Equal);
    }

    #[test]
    fn a_later_edit_on_one_device_dominates() {
        let base = vv(&[("a", 1)]);
        let mut later = base.clone();
        later.increment(&dev("a"));
        assert_eq!(later.compare(&base), Causality::Dominates);
        assert_eq!(base.compare(&later), Causality::DominatedBy);
    }

    #[test]
    fn edits_on_two_devices_from_the_same_start_are_concurrent() {
        let base = vv(&[("a", 2)]);
        let mut on_a = base.clone();
        on_a.increment(&dev("a"));
        let mut on_b = base.clone();
        on_b.increment(&dev("b"));
        assert_eq!(on_a.compare(&on_b), Causality::Concurrent);
        assert_eq!(on_b.compare(&on_a), Causality::Concurrent);
    }

    #[test]
    fn a_resolution_dominates_both_sides() {
        let a = vv(&[("a", 3), ("b", 1)]);
        let b = vv(&[("a", 2), ("b", 2)]);
        let resolved = a.resolved(&b, &dev("a"));
        assert_eq!(resolved.compare(&a), Causality::Dominates);
        assert_eq!(resolved.compare(&b), Causality::Dominates);
        assert_eq!(resolved, vv(&[("a", 4), ("b", 2)]));
    }

    #[test]
    fn join_takes_the_pointwise_maximum() {
        assert_eq!(vv(&[("a", 3)]).joined(&vv(&[("a", 1), ("b", 5)])), vv(&[("a", 3), ("b", 5)]));
    }
}
