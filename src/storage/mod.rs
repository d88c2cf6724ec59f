//! Durable storage: the port (`Backend`), its two adapters (IndexedDB in the browser, memory
//! for tests), and `Repo`, the typed layer the app uses on top of either.
//!
//! A backend stores rows `{key, index fields, payload}` where the payload is the record's JSON
//! (a later encryption layer replaces it without touching callers) and the index fields are
//! never personal data. Every write is one transaction that resolves only after `complete`.

pub mod memory;
pub mod repo;
pub mod schema;

#[cfg(target_arch = "wasm32")]
pub mod indexed_db;

use crate::domain::record::RecordKind;
pub use repo::Repo;

/// A store of the database.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Store {
    /// One store per record kind.
    Record(RecordKind),
    /// The change journal (auto-numbered).
    Journal,
    /// Key-value settings of this database: device id, last export, ….
    Meta,
    /// Form drafts kept while typing.
    Drafts,
    /// Local profiles and their wrapped data keys (never encrypted; no participant data).
    Keyring,
}

impl Store {
    /// The IndexedDB store name.
    pub fn name(self) -> &'static str {
        match self {
            Store::Record(kind) => kind.name(),
            Store::Journal => "journal",
            Store::Meta => "meta",
            Store::Drafts => "drafts",
            Store::Keyring => "keyring",
        }
    }

    /// Every store of the current schema.
    pub fn all() -> Vec<Store> {
        let mut stores: Vec<Store> = RecordKind::ALL.into_iter().map(Store::Record).collect();
        stores.extend([Store::Journal, Store::Meta, Store::Drafts, Store::Keyring]);
        stores
    }
}

/// One stored row.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Row {
    /// The primary key (a UUID, or a meta/draft key). Ignored for journal appends.
    pub key: String,
    /// Non-personal index fields kept in clear: (name, value).
    pub index: Vec<(&'static str, String)>,
    /// The record as JSON text.
    pub payload: String,
}

/// One operation of a write.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum WriteOp {
    /// Insert or replace.
    Put(Store, Row),
    /// Insert; fails the whole write if the key exists.
    Add(Store, Row),
    /// Append to an auto-numbered store (the journal).
    Append(Store, Row),
    /// Remove a key.
    Delete(Store, String),
}

impl WriteOp {
    /// The store it writes to.
    pub fn store(&self) -> Store {
        match self {
            WriteOp::Put(s, _) | WriteOp::Add(s, _) | WriteOp::Append(s, _) | WriteOp::Delete(s, _) => *s,
        }
    }
}

/// Everything that can go wrong in storage. Each variant becomes a sentence in `state::errors`.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum StorageError {
    /// IndexedDB cannot be opened (private window, blocked profile, missing API).
    #[error("IndexedDB is unavailable: {0}")]
    Unavailable(String),
    /// The database was written by a newer version of the app.
    #[error("database schema {found} is newer than this app's {supported}")]
    NewerSchema {
        /// The version found on disk.
        found: u32,
        /// The newest version this app knows.
        supported: u32,
    },
    /// An upgrade step failed; the old data is untouched.
    #[error("migration to schema {to} failed: {reason}")]
    MigrationFailed {
        /// The version the failing step was upgrading to.
        to: u32,
        /// What failed.
        reason: String,
    },
    /// Another tab keeps an older version open and blocks the upgrade.
    #[error("upgrade blocked by another tab")]
    Blocked,
    /// The disk or the origin's quota is full; nothing was written.
    #[error("storage quota exceeded")]
    QuotaExceeded,
    /// An insert collided with an existing key; nothing was written.
    #[error("a record with this id already exists")]
    Constraint,
    /// The record changed elsewhere (another tab or an import) since it was loaded.
    #[error("{kind:?} {id} changed elsewhere")]
    Stale {
        /// Its kind.
        kind: RecordKind,
        /// Its id.
        id: String,
    },
    /// The connection was closed (another tab upgraded the database, or the browser closed it).
    #[error("the database connection is closed")]
    Closed,
    /// A stored payload could not be decoded.
    #[error("stored data in {store} cannot be read: {detail}")]
    Corrupt {
        /// The store.
        store: &'static str,
        /// Decoder message.
        detail: String,
    },
    /// The store is locked: encrypted data cannot be read or written without a passphrase.
    #[error("the store is locked")]
    Locked,
    /// The passphrase does not open the profile's key.
    #[error("wrong passphrase")]
    WrongPassphrase,
    /// Anything else, with the browser's error name as a reference.
    #[error("storage failed: {0}")]
    Unexpected(String),
}

impl StorageError {
    /// Maps a `DOMException` name to a typed error.
    pub fn from_dom_name(name: &str, message: &str) -> StorageError {
        match name {
            "QuotaExceededError" => StorageError::QuotaExceeded,
            "KartotekaLocked" => StorageError::Locked,
            "KartotekaWrongPassphrase" => StorageError::WrongPassphrase,
            "KartotekaTampered" => StorageError::Corrupt { store: "payload", detail: message.to_owned() },
            "ConstraintError" => StorageError::Constraint,
            "InvalidStateError" | "TransactionInactiveError" => StorageError::Closed,
            "VersionError" => StorageError::NewerSchema { found: 0, supported: schema::DB_VERSION },
            "SecurityError" | "NotAllowedError" | "UnknownError" if message.contains("open") => {
                StorageError::Unavailable(name.to_owned())
            }
            _ => StorageError::Unexpected(if message.is_empty() {
                name.to_owned()
            } else {
                format!("{name}: {message}")
            }),
        }
    }
}

/// Whether a lock is shared (reads, ordinary saves) or exclusive (import, wipe, migration).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LockMode {
    /// Many holders at once.
    Shared,
    /// One holder, nobody else.
    Exclusive,
}

/// The storage port: rows in, rows out, each write atomic and durable before it resolves.
#[allow(async_fn_in_trait, reason = "wasm is single-threaded; IndexedDB futures are !Send")]
pub trait Backend {
    /// Every payload of `store`, as JSON arrays of payloads (chunks of at most a few thousand).
    async fn read_all(&self, store: Store) -> Result<Vec<String>, StorageError>;
    /// The payloads of `keys` as one JSON array, `null` where a key is absent.
    async fn read_keys(&self, store: Store, keys: &[String]) -> Result<String, StorageError>;
    /// The payloads whose index field `index` equals `value`, as one JSON array.
    async fn read_index(&self, store: Store, index: &'static str, value: &str) -> Result<String, StorageError>;
    /// Journal entries numbered after `seq`, as a JSON array of `[seq, payload]`.
    async fn read_journal_after(&self, seq: u64) -> Result<String, StorageError>;
    /// Applies every op in one transaction with strict durability, resolving after `complete`;
    /// on any failure nothing is written.
    async fn write(&self, ops: Vec<WriteOp>) -> Result<(), StorageError>;
    /// Like [`Backend::write`] with relaxed durability: for drafts, which are not acknowledged
    /// saves and are rewritten at every keystroke.
    async fn write_relaxed(&self, ops: Vec<WriteOp>) -> Result<(), StorageError> {
        self.write(ops).await
    }
    /// Runs `f` while holding the cross-tab lock in `mode`.
    async fn locked<T>(&self, mode: LockMode, f: impl AsyncFnOnce() -> T) -> T;
    /// The schema version of the open database.
    fn schema_version(&self) -> u32;
}

/// The backend the app runs on: IndexedDB in the browser, memory in native tests and in
/// component tests. The app never falls back from IndexedDB to memory on its own.
pub enum AnyBackend {
    /// In memory: lost on reload.
    Memory(memory::MemoryBackend),
    /// IndexedDB.
    #[cfg(target_arch = "wasm32")]
    IndexedDb(indexed_db::IdbBackend),
}

macro_rules! delegate {
    ($self:ident, |$b:ident| $body:expr) => {
        match $self {
            AnyBackend::Memory($b) => $body,
            #[cfg(target_arch = "wasm32")]
            AnyBackend::IndexedDb($b) => $body,
        }
    };
}

impl AnyBackend {
    /// Closes the connection and deletes the database for good ("Wyczyść wszystkie dane").
    /// Other tabs are asked to close theirs (`versionchange`) and do.
    ///
    /// # Errors
    /// When the browser refuses to delete it.
    #[cfg_attr(not(target_arch = "wasm32"), allow(clippy::unused_async, reason = "awaits in the browser"))]
    pub async fn destroy(&self) -> Result<(), StorageError> {
        match self {
            AnyBackend::Memory(_) => Ok(()),
            #[cfg(target_arch = "wasm32")]
            AnyBackend::IndexedDb(b) => {
                b.close();
                indexed_db::IdbBackend::delete_database(b.name()).await
            }
        }
    }
}

impl Backend for AnyBackend {
    async fn read_all(&self, store: Store) -> Result<Vec<String>, StorageError> {
        delegate!(self, |b| b.read_all(store).await)
    }
    async fn read_keys(&self, store: Store, keys: &[String]) -> Result<String, StorageError> {
        delegate!(self, |b| b.read_keys(store, keys).await)
    }
    async fn read_index(&self, store: Store, index: &'static str, value: &str) -> Result<String, StorageError> {
        delegate!(self, |b| b.read_index(store, index, value).await)
    }
    async fn read_journal_after(&self, seq: u64) -> Result<String, StorageError> {
        delegate!(self, |b| b.read_journal_after(seq).await)
    }
    async fn write(&self, ops: Vec<WriteOp>) -> Result<(), StorageError> {
        delegate!(self, |b| b.write(ops).await)
    }
    async fn write_relaxed(&self, ops: Vec<WriteOp>) -> Result<(), StorageError> {
        delegate!(self, |b| b.write_relaxed(ops).await)
    }
    async fn locked<T>(&self, mode: LockMode, f: impl AsyncFnOnce() -> T) -> T {
        delegate!(self, |b| b.locked(mode, f).await)
    }
    fn schema_version(&self) -> u32 {
        delegate!(self, |b| b.schema_version())
    }
}
