//! The IndexedDB backend (browser only).
//!
//! Opening and upgrades go through the `idb` crate; writes and bulk reads go through
//! `idb_glue.js`, which opens transactions with `durability: "strict"` (the `idb` crate has no
//! such option), issues all requests of a write synchronously and resolves only on `complete`.
//! Rust↔JS conversion happens once per batch of rows, never per record or field.

use super::schema::{self, Step};
use super::{Backend, LockMode, StorageError, Store, WriteOp};
use idb::{Factory, IndexParams, KeyPath, ObjectStoreParams};
use js_sys::{Array, Function, Promise, Reflect};
use std::cell::{Cell, RefCell};
use std::collections::BTreeMap;
use std::rc::Rc;
use wasm_bindgen::prelude::*;
use wasm_bindgen_futures::JsFuture;
use web_sys::IdbDatabase;

#[wasm_bindgen(module = "/src/storage/idb_glue.js")]
extern "C" {
    #[wasm_bindgen(js_name = writeOps)]
    fn glue_write_ops(db: &IdbDatabase, stores: &Array, durability: &str, ops: &Array) -> Promise;
    #[wasm_bindgen(js_name = readAll)]
    fn glue_read_all(db: &IdbDatabase, store: &str, chunk: u32) -> Promise;
    #[wasm_bindgen(js_name = readKeys)]
    fn glue_read_keys(db: &IdbDatabase, store: &str, keys: &Array) -> Promise;
    #[wasm_bindgen(js_name = readIndex)]
    fn glue_read_index(db: &IdbDatabase, store: &str, index: &str, value: &str) -> Promise;
    #[wasm_bindgen(js_name = readJournalAfter)]
    fn glue_read_journal_after(db: &IdbDatabase, seq: f64) -> Promise;
    #[wasm_bindgen(js_name = payloadsToBytes)]
    fn glue_payloads_to_bytes(tx: &web_sys::IdbTransaction, stores: &Array);
    #[wasm_bindgen(js_name = writeRawRows)]
    fn glue_write_raw_rows(db: &IdbDatabase, store: &str, json: &str) -> Promise;
    #[wasm_bindgen(js_name = payloadKinds)]
    fn glue_payload_kinds(db: &IdbDatabase, store: &str) -> Promise;
    #[wasm_bindgen(js_name = createVault)]
    fn glue_create_vault(passphrase: &str, iterations: u32) -> Promise;
    #[wasm_bindgen(js_name = unlockVault)]
    fn glue_unlock_vault(passphrase: &str, salt: &str, wrapped: &str, iterations: u32) -> Promise;
    #[wasm_bindgen(js_name = wrapForProfile)]
    fn glue_wrap_for_profile(passphrase: &str, salt: &str, wrapped: &str, iterations: u32, new: &str) -> Promise;
    #[wasm_bindgen(js_name = lockVault)]
    fn glue_lock_vault();
    #[wasm_bindgen(js_name = vaultUnlocked)]
    fn glue_vault_unlocked() -> bool;
    #[wasm_bindgen(js_name = sealPlainRows)]
    fn glue_seal_plain_rows(db: &IdbDatabase, stores: &Array, batch: u32) -> Promise;
    #[wasm_bindgen(js_name = acquireLock)]
    fn glue_acquire_lock(name: &str, mode: &str) -> Promise;
    /// Arms a fault of the protection run (tests only): it fails after `batches` batches of
    /// `store`.
    #[wasm_bindgen(js_name = setSealFault)]
    pub fn set_seal_fault(store: &str, batches: u32);
    /// Arms a write fault (tests only): the next write fails with `name` after `after` rows.
    #[wasm_bindgen(js_name = setWriteFault)]
    pub fn set_write_fault(name: Option<String>, after: u32);
}

/// Rows per JSON batch handed to JavaScript (and per `getAll` chunk when reading).
pub const BATCH: usize = 2000;

/// The name of the cross-tab lock around writes, imports, wipes and migrations.
pub const LOCK_NAME: &str = "kartoteka-write";

fn error_name(value: &JsValue) -> (String, String) {
    let get = |key: &str| Reflect::get(value, &JsValue::from_str(key)).ok().and_then(|v| v.as_string());
    (get("name").unwrap_or_else(|| "Error".into()), get("message").unwrap_or_default())
}

fn storage_error(value: &JsValue) -> StorageError {
    let (name, message) = error_name(value);
    StorageError::from_dom_name(&name, &message)
}

fn idb_error(error: &idb::Error) -> StorageError {
    match error {
        idb::Error::DomException(dom) => StorageError::from_dom_name(&dom.name(), &dom.message()),
        idb::Error::IndexedDbNotFound(_) => StorageError::Unavailable("IndexedDB API missing".into()),
        idb::Error::IndexedDbOpenFailed(value) => {
            let (name, message) = error_name(value);
            StorageError::Unavailable(format!("{name}: {message}"))
        }
        other => StorageError::Unexpected(format!("{other:?}")),
    }
}

fn apply_step(db: &idb::Database, raw_tx: &web_sys::IdbTransaction, step: Step) -> Result<(), String> {
    let tx = idb::Transaction::from(raw_tx.clone());
    match step {
        Step::CreateStore { store, key_path, auto_increment } => {
            // Idempotent: a step that already ran (or a store that exists) is skipped.
            if db.store_names().iter().any(|s| s == store) {
                return Ok(());
            }
            let mut params = ObjectStoreParams::new();
            params.key_path(Some(KeyPath::new_single(key_path)));
            params.auto_increment(auto_increment);
            db.create_object_store(store, params).map(|_| ()).map_err(|e| format!("create store {store}: {e:?}"))
        }
        Step::CreateIndex { store, index } => {
            let object_store = tx.object_store(store).map_err(|e| format!("open store {store}: {e:?}"))?;
            if object_store.index_names().iter().any(|i| i == index) {
                return Ok(());
            }
            let mut params = IndexParams::new();
            params.unique(false);
            object_store
                .create_index(index, KeyPath::new_single(index), Some(params))
                .map(|_| ())
                .map_err(|e| format!("create index {store}.{index}: {e:?}"))
        }
        Step::PayloadsToBytes => {
            // Cursor requests issued here stay within the upgrade transaction (no other await).
            let stores: Array = tx.store_names().into_iter().map(|s| JsValue::from_str(&s)).collect();
            glue_payloads_to_bytes(raw_tx, &stores);
            Ok(())
        }
    }
}

/// Called when another tab upgrades the database.
type VersionChangeCallback = Rc<RefCell<Option<Box<dyn Fn()>>>>;

/// An open IndexedDB database.
pub struct IdbBackend {
    name: String,
    version: u32,
    db: RefCell<Option<IdbDatabase>>,
    closed_by_other_tab: Rc<Cell<bool>>,
    on_version_change: VersionChangeCallback,
}

impl IdbBackend {
    /// Opens (and upgrades) the production database.
    ///
    /// # Errors
    /// `Unavailable`, `NewerSchema`, `MigrationFailed` or `Blocked`.
    pub async fn open() -> Result<Self, StorageError> {
        // An upgrade must not interleave with another tab's import or wipe: hold the lock.
        let release = JsFuture::from(glue_acquire_lock(LOCK_NAME, "exclusive"))
            .await
            .ok()
            .and_then(|v| v.dyn_into::<Function>().ok());
        let _guard = LockGuard(release);
        Self::open_with(schema::DB_NAME, schema::DB_VERSION, schema::STEPS).await
    }

    /// Opens database `name` at `version`, running `steps[v - 1]` for each version `v` the
    /// database lacks. A failing step aborts the upgrade: the database keeps its old version and
    /// data.
    ///
    /// # Errors
    /// `Unavailable`, `NewerSchema`, `MigrationFailed` or `Blocked`.
    pub async fn open_with(name: &str, version: u32, steps: &'static [&'static [Step]]) -> Result<Self, StorageError> {
        let factory = Factory::new().map_err(|e| idb_error(&e))?;
        let mut request = factory.open(name, Some(version)).map_err(|e| idb_error(&e))?;
        let failure: Rc<RefCell<Option<StorageError>>> = Rc::new(RefCell::new(None));
        let failure_in_upgrade = failure.clone();
        request.on_upgrade_needed(move |event| {
            let result = (|| -> Result<(), StorageError> {
                let unexpected = |e: idb::Error| StorageError::Unexpected(format!("{e:?}"));
                let old = event.old_version().map_err(unexpected)?;
                let new = event.new_version().map_err(unexpected)?.unwrap_or(version);
                let db = idb::DatabaseEvent::database(&event).map_err(unexpected)?;
                let raw_event: web_sys::IdbVersionChangeEvent = event.clone().into();
                let tx = raw_event
                    .target()
                    .and_then(|t| t.dyn_into::<web_sys::IdbOpenDbRequest>().ok())
                    .and_then(|r| r.transaction())
                    .ok_or_else(|| StorageError::Unexpected("no upgrade transaction".into()))?;
                for v in old + 1..=new {
                    let index = usize::try_from(v - 1).unwrap_or(usize::MAX);
                    let Some(version_steps) = steps.get(index) else {
                        return Err(StorageError::MigrationFailed {
                            to: v,
                            reason: "no steps for this version".into(),
                        });
                    };
                    for step in *version_steps {
                        if let Err(reason) = apply_step(&db, &tx, *step) {
                            // Abort the versionchange transaction: the database stays as it was.
                            tx.abort().ok();
                            return Err(StorageError::MigrationFailed { to: v, reason });
                        }
                    }
                }
                Ok(())
            })();
            if let Err(error) = result {
                *failure_in_upgrade.borrow_mut() = Some(error);
            }
        });
        let database = match request.await {
            Ok(db) => db,
            Err(error) => {
                if let Some(migration) = failure.borrow_mut().take() {
                    return Err(migration);
                }
                return Err(match idb_error(&error) {
                    StorageError::NewerSchema { supported, .. } => StorageError::NewerSchema { found: 0, supported },
                    other => other,
                });
            }
        };
        let raw: IdbDatabase = database.into();
        let backend = IdbBackend {
            name: name.to_owned(),
            version,
            db: RefCell::new(Some(raw.clone())),
            closed_by_other_tab: Rc::new(Cell::new(false)),
            on_version_change: Rc::new(RefCell::new(None)),
        };
        let closed = backend.closed_by_other_tab.clone();
        let notify = backend.on_version_change.clone();
        let db_for_handler = raw.clone();
        let handler = Closure::<dyn FnMut()>::new(move || {
            // Another tab wants a newer schema: let it proceed, and ask this tab to reload.
            db_for_handler.close();
            closed.set(true);
            if let Some(callback) = notify.borrow().as_ref() {
                callback();
            }
        });
        raw.set_onversionchange(Some(handler.as_ref().unchecked_ref()));
        // Lives as long as the connection; one per open.
        handler.forget();
        Ok(backend)
    }

    /// Calls `f` when another tab upgrades the database and this connection has closed.
    pub fn on_version_change(&self, f: impl Fn() + 'static) {
        *self.on_version_change.borrow_mut() = Some(Box::new(f));
    }

    /// The database name.
    pub fn name(&self) -> &str {
        &self.name
    }

    /// Closes the connection.
    pub fn close(&self) {
        if let Some(db) = self.db.borrow_mut().take() {
            db.close();
        }
    }

    /// Deletes a database (tests use it to clean up after themselves).
    ///
    /// # Errors
    /// When the browser refuses.
    pub async fn delete_database(name: &str) -> Result<(), StorageError> {
        let factory = Factory::new().map_err(|e| idb_error(&e))?;
        factory.delete(name).map_err(|e| idb_error(&e))?.await.map_err(|e| idb_error(&e))
    }

    fn handle(&self) -> Result<IdbDatabase, StorageError> {
        if self.closed_by_other_tab.get() {
            return Err(StorageError::Closed);
        }
        self.db.borrow().clone().ok_or(StorageError::Closed)
    }

    /// Reopens the connection after the browser closed it (e.g. after a quota failure left it
    /// unusable). Not used after a version change: that needs a reload.
    async fn reopen(&self) -> Result<(), StorageError> {
        if self.closed_by_other_tab.get() {
            return Err(StorageError::Closed);
        }
        let fresh = Self::open_with(&self.name, self.version, schema::STEPS).await?;
        let db = fresh.db.borrow_mut().take();
        *self.db.borrow_mut() = db;
        Ok(())
    }

    async fn call(&self, make: impl Fn(&IdbDatabase) -> Promise) -> Result<JsValue, StorageError> {
        let db = self.handle()?;
        match JsFuture::from(make(&db)).await {
            Ok(value) => Ok(value),
            Err(error) => match storage_error(&error) {
                StorageError::Closed => {
                    self.reopen().await?;
                    JsFuture::from(make(&self.handle()?)).await.map_err(|e| storage_error(&e))
                }
                other => Err(other),
            },
        }
    }

    /// Writes rows (a JSON array of stored objects) exactly as given, with no conversion:
    /// how tests recreate a database written by an older schema version.
    ///
    /// # Errors
    /// Write failures.
    pub async fn write_raw_rows(&self, store: Store, json: &str) -> Result<(), StorageError> {
        self.call(|db| glue_write_raw_rows(db, store.name(), json)).await.map(|_| ())
    }

    /// How each row of `store` keeps its payload: "bytes" or "string".
    ///
    /// # Errors
    /// Read failures.
    pub async fn payload_kinds(&self, store: Store) -> Result<Vec<String>, StorageError> {
        let value = self.call(|db| glue_payload_kinds(db, store.name())).await?;
        Ok(Array::from(&value).iter().filter_map(|v| v.as_string()).collect())
    }

    /// Encrypts every row still in clear, `batch` rows per transaction (resumable: an
    /// interrupted run leaves whole batches sealed and the rest readable). Returns how many.
    ///
    /// # Errors
    /// `Locked` without a data key; write failures (the batches before stay sealed).
    pub async fn seal_plain_rows(&self, batch: u32) -> Result<u32, StorageError> {
        let stores: Array = Store::all().into_iter().map(|s| JsValue::from_str(s.name())).collect();
        let value = self.call(|db| glue_seal_plain_rows(db, &stores, batch)).await?;
        #[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss, reason = "a row count")]
        Ok(value.as_f64().unwrap_or(0.0) as u32)
    }

    /// Writes `ops` and returns the durability the transaction ran with (tests check "strict").
    ///
    /// # Errors
    /// Any write failure; nothing is written then.
    pub async fn write_reporting_durability(&self, ops: Vec<WriteOp>) -> Result<String, StorageError> {
        let db = self.handle()?;
        let (stores, batches) = batches(&ops)?;
        let value =
            JsFuture::from(glue_write_ops(&db, &stores, "strict", &batches)).await.map_err(|e| storage_error(&e))?;
        Ok(value.as_string().unwrap_or_default())
    }
}

#[derive(serde::Serialize)]
struct JsRow<'a> {
    #[serde(flatten)]
    index: BTreeMap<&'static str, &'a str>,
    #[serde(skip_serializing_if = "str::is_empty")]
    id: &'a str,
    o: usize,
    l: usize,
}

/// One batch: the rows' JSON (keys, index fields, payload offsets) and their payload bytes.
struct Batch {
    store: &'static str,
    op: &'static str,
    json: String,
    bytes: Vec<u8>,
    rows: usize,
}

impl Batch {
    fn new(store: &'static str, op: &'static str) -> Self {
        Batch { store, op, json: String::from("["), bytes: Vec::new(), rows: 0 }
    }

    fn to_js(&self) -> JsValue {
        let json = format!("{}]", self.json);
        let bytes = js_sys::Uint8Array::from(self.bytes.as_slice());
        Array::of4(&JsValue::from_str(self.store), &JsValue::from_str(self.op), &JsValue::from_str(&json), &bytes)
            .into()
    }
}

/// Groups ops by (store, kind) in order and serializes each group as batches of rows.
fn batches(ops: &[WriteOp]) -> Result<(Array, Array), StorageError> {
    let mut stores: Vec<&'static str> = Vec::new();
    let out = Array::new();
    let mut current: Option<Batch> = None;
    for op in ops {
        let store = op.store().name();
        let kind = match op {
            WriteOp::Put(..) => "put",
            WriteOp::Add(..) => "add",
            WriteOp::Append(..) => "append",
            WriteOp::Delete(..) => "delete",
        };
        if !stores.contains(&store) {
            stores.push(store);
        }
        let same = current.as_ref().is_some_and(|b| b.store == store && b.op == kind && b.rows < BATCH);
        if !same {
            if let Some(done) = current.take() {
                out.push(&done.to_js());
            }
            current = Some(Batch::new(store, kind));
        }
        let batch = current.as_mut().ok_or_else(|| StorageError::Unexpected("no batch".into()))?;
        if batch.rows > 0 {
            batch.json.push(',');
        }
        let text = match op {
            WriteOp::Delete(_, key) => serde_json::to_string(key),
            WriteOp::Put(_, row) | WriteOp::Add(_, row) | WriteOp::Append(_, row) => {
                let entry = JsRow {
                    index: row.index.iter().map(|(k, v)| (*k, v.as_str())).collect(),
                    id: &row.key,
                    o: batch.bytes.len(),
                    l: row.payload.len(),
                };
                batch.bytes.extend_from_slice(row.payload.as_bytes());
                serde_json::to_string(&entry)
            }
        }
        .map_err(|e| StorageError::Unexpected(e.to_string()))?;
        batch.json.push_str(&text);
        batch.rows += 1;
    }
    if let Some(done) = current.take() {
        out.push(&done.to_js());
    }
    let names = stores.into_iter().map(JsValue::from_str).collect::<Array>();
    Ok((names, out))
}

/// The UTF-8 bytes the glue returned, as text.
fn as_text(value: &JsValue) -> Result<String, StorageError> {
    let bytes = value
        .dyn_ref::<js_sys::Uint8Array>()
        .ok_or_else(|| StorageError::Unexpected("glue returned no bytes".into()))?
        .to_vec();
    String::from_utf8(bytes).map_err(|e| StorageError::Corrupt { store: "payload", detail: e.to_string() })
}

/// Releases the Web Lock when dropped, even if the guarded work failed.
struct LockGuard(Option<Function>);

impl Drop for LockGuard {
    fn drop(&mut self) {
        if let Some(release) = self.0.take() {
            // Releasing cannot meaningfully fail; the browser frees the lock with the page anyway.
            release.call0(&JsValue::NULL).ok();
        }
    }
}

impl Backend for IdbBackend {
    async fn read_all(&self, store: Store) -> Result<Vec<String>, StorageError> {
        let chunk = u32::try_from(BATCH).unwrap_or(2000);
        let value = self.call(|db| glue_read_all(db, store.name(), chunk)).await?;
        Array::from(&value).iter().map(|v| as_text(&v)).collect()
    }

    async fn read_keys(&self, store: Store, keys: &[String]) -> Result<String, StorageError> {
        let list: Array = keys.iter().map(|k| JsValue::from_str(k)).collect();
        as_text(&self.call(|db| glue_read_keys(db, store.name(), &list)).await?)
    }

    async fn read_index(&self, store: Store, index: &'static str, value: &str) -> Result<String, StorageError> {
        as_text(&self.call(|db| glue_read_index(db, store.name(), index, value)).await?)
    }

    async fn read_journal_after(&self, seq: u64) -> Result<String, StorageError> {
        #[allow(clippy::cast_precision_loss, reason = "journal numbers stay far below 2^53")]
        let seq = seq as f64;
        as_text(&self.call(|db| glue_read_journal_after(db, seq)).await?)
    }

    async fn write(&self, ops: Vec<WriteOp>) -> Result<(), StorageError> {
        if ops.is_empty() {
            return Ok(());
        }
        // Everything is serialized before the transaction opens: nothing but IndexedDB requests
        // happens while it is open.
        let (stores, batches) = batches(&ops)?;
        let db = self.handle()?;
        JsFuture::from(glue_write_ops(&db, &stores, "strict", &batches))
            .await
            .map(|_| ())
            .map_err(|e| storage_error(&e))
    }

    async fn write_relaxed(&self, ops: Vec<WriteOp>) -> Result<(), StorageError> {
        if ops.is_empty() {
            return Ok(());
        }
        let (stores, batches) = batches(&ops)?;
        let db = self.handle()?;
        JsFuture::from(glue_write_ops(&db, &stores, "relaxed", &batches))
            .await
            .map(|_| ())
            .map_err(|e| storage_error(&e))
    }

    async fn locked<T>(&self, mode: LockMode, f: impl AsyncFnOnce() -> T) -> T {
        let mode = match mode {
            LockMode::Shared => "shared",
            LockMode::Exclusive => "exclusive",
        };
        // Without the lock (API refused) the work still runs: correctness within one tab holds,
        // and the version check in `Repo::save` still refuses stale overwrites.
        let release =
            JsFuture::from(glue_acquire_lock(LOCK_NAME, mode)).await.ok().and_then(|v| v.dyn_into::<Function>().ok());
        let _guard = LockGuard(release);
        f().await
    }

    fn schema_version(&self) -> u32 {
        self.version
    }
}

impl Drop for IdbBackend {
    fn drop(&mut self) {
        self.close();
    }
}

/// The data key in the page's memory: created, unlocked with a passphrase, wrapped for another
/// profile, dropped. The key itself never leaves `idb_glue.js` (see there).
pub mod vault {
    use super::{
        JsFuture, StorageError, glue_create_vault, glue_lock_vault, glue_unlock_vault, glue_vault_unlocked,
        glue_wrap_for_profile, storage_error,
    };

    /// Creates a random data key, unlocks with it, and returns it wrapped for `passphrase` as
    /// JSON `{salt, wrapped}` (base64).
    ///
    /// # Errors
    /// When WebCrypto is missing or fails.
    pub async fn create(passphrase: &str, iterations: u32) -> Result<String, StorageError> {
        let value = JsFuture::from(glue_create_vault(passphrase, iterations)).await.map_err(|e| storage_error(&e))?;
        Ok(value.as_string().unwrap_or_default())
    }

    /// Unlocks with a profile's passphrase.
    ///
    /// # Errors
    /// `WrongPassphrase`, or WebCrypto failures.
    pub async fn unlock(passphrase: &str, salt: &str, wrapped: &str, iterations: u32) -> Result<(), StorageError> {
        JsFuture::from(glue_unlock_vault(passphrase, salt, wrapped, iterations))
            .await
            .map(|_| ())
            .map_err(|e| storage_error(&e))
    }

    /// The data key wrapped for a new passphrase, after the coordinator's passphrase
    /// unwrapped it; JSON `{salt, wrapped}`.
    ///
    /// # Errors
    /// `WrongPassphrase` (the coordinator's), or WebCrypto failures.
    pub async fn wrap_for(
        passphrase: &str,
        salt: &str,
        wrapped: &str,
        iterations: u32,
        new_passphrase: &str,
    ) -> Result<String, StorageError> {
        let value = JsFuture::from(glue_wrap_for_profile(passphrase, salt, wrapped, iterations, new_passphrase))
            .await
            .map_err(|e| storage_error(&e))?;
        Ok(value.as_string().unwrap_or_default())
    }

    /// Drops the data key from memory.
    pub fn lock() {
        glue_lock_vault();
    }

    /// Whether a data key is in memory.
    pub fn unlocked() -> bool {
        glue_vault_unlocked()
    }
}
