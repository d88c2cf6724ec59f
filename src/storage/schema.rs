//! The IndexedDB schema in one place: the database name, its version, and the forward upgrade
//! steps from each version to the next. Steps are idempotent (each checks before it creates).

/// The production database name. Tests never use it.
pub const DB_NAME: &str = "kartoteka";

/// The schema version this app writes.
pub const DB_VERSION: u32 = 3;

/// One upgrade step.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Step {
    /// Create an object store.
    CreateStore {
        /// Store name.
        store: &'static str,
        /// Key path of the primary key.
        key_path: &'static str,
        /// Whether keys are generated (the journal's sequence numbers).
        auto_increment: bool,
    },
    /// Create a non-unique index on a top-level field.
    CreateIndex {
        /// Store name.
        store: &'static str,
        /// Index name (also the field name).
        index: &'static str,
    },
    /// Rewrite string payloads as UTF-8 bytes (half the size of the UTF-16 strings browsers
    /// store for text with Polish letters, and the form encrypted payloads take later).
    PayloadsToBytes,
}

const fn store(store: &'static str) -> Step {
    Step::CreateStore { store, key_path: "id", auto_increment: false }
}

const fn index(store: &'static str, index: &'static str) -> Step {
    Step::CreateIndex { store, index }
}

/// Version 1: one store per record kind keyed by UUID, the journal, settings; sessions by date
/// and attendance by session.
pub const V1: &[Step] = &[
    Step::CreateStore { store: "meta", key_path: "id", auto_increment: false },
    store("project"),
    store("units"),
    store("tasks"),
    store("support_forms"),
    store("staff"),
    store("participants"),
    store("sessions"),
    store("attendance"),
    store("enrolments"),
    store("volunteer_hours"),
    Step::CreateStore { store: "journal", key_path: "seq", auto_increment: true },
    index("sessions", "date"),
    index("attendance", "session"),
];

/// Version 2: payloads stored as bytes; attendance and enrolments by participant (the
/// participant card), volunteer hours by date, the journal by record (change history), and
/// form drafts.
pub const V2: &[Step] = &[
    Step::PayloadsToBytes,
    index("attendance", "participant"),
    index("enrolments", "participant"),
    index("volunteer_hours", "date"),
    index("journal", "record"),
    store("drafts"),
];

/// Version 3: the keyring — one row per local profile (name, role, salt, the data key wrapped
/// with the profile's passphrase). The only store whose payloads stay in clear: it must be
/// readable before anyone unlocks, and it holds no participant data.
pub const V3: &[Step] = &[store("keyring")];

/// The steps of every version, oldest first: `STEPS[v - 1]` upgrades from `v - 1` to `v`.
pub const STEPS: &[&[Step]] = &[V1, V2, V3];

#[cfg(test)]
mod tests {
    use super::*;
    use crate::storage::Store;
    use std::collections::BTreeSet;

    fn created_stores(steps: &[&[Step]]) -> BTreeSet<&'static str> {
        steps
            .iter()
            .flat_map(|s| s.iter())
            .filter_map(|s| match s {
                Step::CreateStore { store, .. } => Some(*store),
                Step::CreateIndex { .. } | Step::PayloadsToBytes => None,
            })
            .collect()
    }

    #[test]
    fn the_steps_create_every_store_the_app_uses_and_the_version_matches() {
        assert_eq!(STEPS.len(), DB_VERSION as usize);
        let created = created_stores(STEPS);
        for store in Store::all() {
            assert!(created.contains(store.name()), "no step creates {}", store.name());
        }
    }

    #[test]
    fn indexes_are_created_on_stores_that_exist_by_then() {
        let mut stores = BTreeSet::new();
        for version in STEPS {
            for step in *version {
                match step {
                    Step::CreateStore { store, .. } => assert!(stores.insert(*store), "{store} created twice"),
                    Step::CreateIndex { store, .. } => assert!(stores.contains(store), "index on missing {store}"),
                    Step::PayloadsToBytes => {}
                }
            }
        }
    }
}
