//! The in-memory backend: for native tests and component tests. Nothing survives a reload, so
//! the app never uses it in place of IndexedDB. It can be told to fail the next write, to test
//! that a failed write changes nothing.

use super::{Backend, LockMode, Row, StorageError, Store, WriteOp, schema};
use std::cell::RefCell;
use std::collections::BTreeMap;

#[derive(Clone, Default)]
struct State {
    stores: BTreeMap<&'static str, BTreeMap<String, Row>>,
    journal: BTreeMap<u64, Row>,
}

/// Rows kept in maps; every write applies wholly or not at all.
#[derive(Default)]
pub struct MemoryBackend {
    state: RefCell<State>,
    fault: RefCell<Option<StorageError>>,
}

fn join(payloads: impl Iterator<Item = String>) -> String {
    let mut out = String::from("[");
    for (i, p) in payloads.enumerate() {
        if i > 0 {
            out.push(',');
        }
        out.push_str(&p);
    }
    out.push(']');
    out
}

impl MemoryBackend {
    /// An empty store.
    pub fn new() -> Self {
        Self::default()
    }

    /// Makes the next write fail with `error` (and write nothing).
    pub fn fail_next_write(&self, error: StorageError) {
        *self.fault.borrow_mut() = Some(error);
    }

    /// How many rows `store` holds (journal included).
    pub fn row_count(&self, store: Store) -> usize {
        let state = self.state.borrow();
        match store {
            Store::Journal => state.journal.len(),
            other => state.stores.get(other.name()).map_or(0, BTreeMap::len),
        }
    }
}

impl Backend for MemoryBackend {
    async fn read_all(&self, store: Store) -> Result<Vec<String>, StorageError> {
        let state = self.state.borrow();
        let rows: Vec<String> = match store {
            Store::Journal => state.journal.values().map(|r| r.payload.clone()).collect(),
            other => state
                .stores
                .get(other.name())
                .map(|m| m.values().map(|r| r.payload.clone()).collect())
                .unwrap_or_default(),
        };
        Ok(rows.chunks(2000).map(|c| join(c.iter().cloned())).collect())
    }

    async fn read_keys(&self, store: Store, keys: &[String]) -> Result<String, StorageError> {
        let state = self.state.borrow();
        let map = state.stores.get(store.name());
        Ok(join(
            keys.iter().map(|k| map.and_then(|m| m.get(k)).map_or_else(|| "null".to_owned(), |r| r.payload.clone())),
        ))
    }

    async fn read_index(&self, store: Store, index: &'static str, value: &str) -> Result<String, StorageError> {
        let state = self.state.borrow();
        let rows: Vec<&Row> = match store {
            Store::Journal => state.journal.values().collect(),
            other => state.stores.get(other.name()).map(|m| m.values().collect()).unwrap_or_default(),
        };
        Ok(join(
            rows.into_iter()
                .filter(|r| r.index.iter().any(|(name, v)| *name == index && v == value))
                .map(|r| r.payload.clone()),
        ))
    }

    async fn read_journal_after(&self, seq: u64) -> Result<String, StorageError> {
        let state = self.state.borrow();
        Ok(join(state.journal.range(seq + 1..).map(|(n, r)| format!("[{n},{}]", r.payload))))
    }

    async fn write(&self, ops: Vec<WriteOp>) -> Result<(), StorageError> {
        if let Some(error) = self.fault.borrow_mut().take() {
            return Err(error);
        }
        // Apply to a copy and swap it in only when every op succeeded: all or nothing.
        let mut next = self.state.borrow().clone();
        for op in ops {
            match op {
                WriteOp::Put(store, row) => {
                    next.stores.entry(store.name()).or_default().insert(row.key.clone(), row);
                }
                WriteOp::Add(store, row) => {
                    let map = next.stores.entry(store.name()).or_default();
                    if map.contains_key(&row.key) {
                        return Err(StorageError::Constraint);
                    }
                    map.insert(row.key.clone(), row);
                }
                WriteOp::Append(_, row) => {
                    let seq = next.journal.keys().next_back().map_or(1, |n| n + 1);
                    next.journal.insert(seq, row);
                }
                WriteOp::Delete(store, key) => {
                    if let Some(map) = next.stores.get_mut(store.name()) {
                        map.remove(&key);
                    }
                }
            }
        }
        *self.state.borrow_mut() = next;
        Ok(())
    }

    async fn locked<T>(&self, _mode: LockMode, f: impl AsyncFnOnce() -> T) -> T {
        f().await
    }

    fn schema_version(&self) -> u32 {
        schema::DB_VERSION
    }
}
