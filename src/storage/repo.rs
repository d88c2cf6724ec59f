//! `Repo`: the typed storage layer on top of any backend.
//!
//! A save reads the current versions, refuses to overwrite a record that changed elsewhere,
//! increments this device's counter, and writes the records together with their journal
//! entries in one transaction, holding the cross-tab write lock throughout.

use super::{Backend, LockMode, Row, StorageError, Store, WriteOp};
use crate::codec::record::{
    PayloadError, all_fields, changed_fields, decode_chunk, decode_numbered, decode_optional_chunk, encode,
};
use crate::domain::dataset::Dataset;
use crate::domain::ids::{DeviceId, StaffId};
use crate::domain::journal::{JournalAction, JournalEntry, Numbered};
use crate::domain::meta::Meta;
use crate::domain::record::{Record, RecordKind};
use chrono::{DateTime, Utc};
use serde::Serialize;
use serde::de::DeserializeOwned;
use std::cell::Cell;
use std::collections::BTreeMap;
use uuid::Uuid;

const DEVICE_KEY: &str = "device";
const LAST_EXPORT_KEY: &str = "last_export";

/// The typed repository the app's state layer uses.
pub struct Repo<B> {
    backend: B,
    device: DeviceId,
    staff: Cell<Option<StaffId>>,
}

/// A record's payload, whatever its kind.
fn payload(record: &Record) -> Result<String, PayloadError> {
    match record {
        Record::Project(r) => encode(r),
        Record::Unit(r) => encode(r),
        Record::Task(r) => encode(r),
        Record::SupportForm(r) => encode(r),
        Record::Staff(r) => encode(r),
        Record::Participant(r) => encode(r),
        Record::Session(r) => encode(r),
        Record::Attendance(r) => encode(r),
        Record::Enrolment(r) => encode(r),
        Record::VolunteerHours(r) => encode(r),
    }
}

fn corrupt(store: Store) -> impl Fn(PayloadError) -> StorageError {
    move |e| StorageError::Corrupt { store: store.name(), detail: e.0 }
}

/// The stored row of a record.
///
/// # Errors
/// `Corrupt` if the record cannot be serialized (never for domain types).
pub fn row_of(record: &Record) -> Result<Row, StorageError> {
    let store = Store::Record(record.kind());
    Ok(Row {
        key: record.uuid().to_string(),
        index: record.index_fields(),
        payload: payload(record).map_err(corrupt(store))?,
    })
}

fn journal_row(entry: &JournalEntry) -> Result<Row, StorageError> {
    let index = entry.record.map(|id| vec![("record", id.to_string())]).unwrap_or_default();
    Ok(Row { key: String::new(), index, payload: encode(entry).map_err(corrupt(Store::Journal))? })
}

fn decode_kind(kind: RecordKind, chunk: &str) -> Result<Vec<Option<Record>>, PayloadError> {
    fn wrap<T: DeserializeOwned>(chunk: &str, f: fn(T) -> Record) -> Result<Vec<Option<Record>>, PayloadError> {
        Ok(decode_optional_chunk::<T>(chunk)?.into_iter().map(|o| o.map(f)).collect())
    }
    match kind {
        RecordKind::Project => wrap(chunk, Record::Project),
        RecordKind::Unit => wrap(chunk, Record::Unit),
        RecordKind::Task => wrap(chunk, Record::Task),
        RecordKind::SupportForm => wrap(chunk, Record::SupportForm),
        RecordKind::Staff => wrap(chunk, Record::Staff),
        RecordKind::Participant => wrap(chunk, Record::Participant),
        RecordKind::Session => wrap(chunk, Record::Session),
        RecordKind::Attendance => wrap(chunk, Record::Attendance),
        RecordKind::Enrolment => wrap(chunk, Record::Enrolment),
        RecordKind::VolunteerHours => wrap(chunk, Record::VolunteerHours),
    }
}

/// The record's own fields as JSON (without the kind wrapper), for diffs.
fn inner_value(record: &Record) -> serde_json::Value {
    serde_json::to_value(record)
        .ok()
        .and_then(|mut v| v.get_mut("record").map(serde_json::Value::take))
        .unwrap_or_default()
}

#[derive(Serialize, serde::Deserialize)]
struct Setting<T> {
    id: String,
    value: T,
}

impl<B: Backend> Repo<B> {
    /// Opens the repository: reads this database's device id, creating it on first use.
    ///
    /// # Errors
    /// Any storage error of the reads and the first write.
    pub async fn open(backend: B) -> Result<Self, StorageError> {
        let repo = Repo { backend, device: DeviceId(String::new()), staff: Cell::new(None) };
        let device = if let Some(device) = repo.setting::<DeviceId>(DEVICE_KEY).await? {
            device
        } else {
            let device = DeviceId::new();
            repo.set_setting(DEVICE_KEY, &device).await?;
            device
        };
        Ok(Repo { device, ..repo })
    }

    /// Gives the backend back (to reopen over the same rows).
    pub fn into_backend(self) -> B {
        self.backend
    }

    /// The backend.
    pub fn backend(&self) -> &B {
        &self.backend
    }

    /// This database's device id (the key of its version-vector counters).
    pub fn device(&self) -> &DeviceId {
        &self.device
    }

    /// Sets who is working: named in every record and journal entry saved from now on.
    pub fn set_staff(&self, staff: Option<StaffId>) {
        self.staff.set(staff);
    }

    /// Who is working.
    pub fn staff(&self) -> Option<StaffId> {
        self.staff.get()
    }

    /// Metadata for a record created now on this device.
    pub fn new_meta(&self, now: DateTime<Utc>) -> Meta {
        Meta::new(&self.device, self.staff.get(), now)
    }

    async fn load_kind<T: DeserializeOwned>(&self, kind: RecordKind) -> Result<Vec<T>, StorageError> {
        let store = Store::Record(kind);
        let mut out = Vec::new();
        for chunk in self.backend.read_all(store).await? {
            out.extend(decode_chunk::<T>(&chunk).map_err(corrupt(store))?);
        }
        Ok(out)
    }

    /// Every record, tombstones included.
    ///
    /// # Errors
    /// Read failures, or `Corrupt` when a payload cannot be decoded.
    pub async fn load(&self) -> Result<Dataset, StorageError> {
        Ok(Dataset {
            project: self.load_kind(RecordKind::Project).await?,
            units: self.load_kind(RecordKind::Unit).await?,
            tasks: self.load_kind(RecordKind::Task).await?,
            support_forms: self.load_kind(RecordKind::SupportForm).await?,
            staff: self.load_kind(RecordKind::Staff).await?,
            participants: self.load_kind(RecordKind::Participant).await?,
            sessions: self.load_kind(RecordKind::Session).await?,
            attendance: self.load_kind(RecordKind::Attendance).await?,
            enrolments: self.load_kind(RecordKind::Enrolment).await?,
            volunteer_hours: self.load_kind(RecordKind::VolunteerHours).await?,
        })
    }

    async fn current_versions(&self, records: &[Record]) -> Result<BTreeMap<Uuid, Record>, StorageError> {
        let mut by_kind: BTreeMap<RecordKind, Vec<String>> = BTreeMap::new();
        for r in records {
            by_kind.entry(r.kind()).or_default().push(r.uuid().to_string());
        }
        let mut current = BTreeMap::new();
        for (kind, keys) in by_kind {
            let chunk = self.backend.read_keys(Store::Record(kind), &keys).await?;
            for record in decode_kind(kind, &chunk).map_err(corrupt(Store::Record(kind)))?.into_iter().flatten() {
                current.insert(record.uuid(), record);
            }
        }
        Ok(current)
    }

    /// Saves records in one transaction with their journal entries, plus any `extra` journal
    /// entries (e.g. a duplicate-check decision). A new record keeps the metadata it was created
    /// with; a changed one gets this device's counter incremented. Records whose fields did not
    /// change are skipped. Returns the records as saved.
    ///
    /// # Errors
    /// `Stale` if a record changed elsewhere since it was loaded (nothing is written then), or
    /// any write failure (nothing is written then either).
    pub async fn save(
        &self,
        records: Vec<Record>,
        extra: Vec<JournalEntry>,
        now: DateTime<Utc>,
    ) -> Result<Vec<Record>, StorageError> {
        self.backend.locked(LockMode::Exclusive, async || self.save_locked(records, extra, now).await).await
    }

    async fn save_locked(
        &self,
        records: Vec<Record>,
        extra: Vec<JournalEntry>,
        now: DateTime<Utc>,
    ) -> Result<Vec<Record>, StorageError> {
        let current = self.current_versions(&records).await?;
        let mut ops = Vec::new();
        let mut saved = Vec::new();
        for mut record in records {
            let entry = match current.get(&record.uuid()) {
                None => JournalEntry {
                    at: now,
                    device: self.device.clone(),
                    staff: self.staff.get(),
                    action: if record.meta().deleted { JournalAction::Deleted } else { JournalAction::Created },
                    kind: Some(record.kind()),
                    record: Some(record.uuid()),
                    old_version: None,
                    new_version: Some(record.meta().version.clone()),
                    fields: all_fields(&inner_value(&record)),
                },
                Some(old) => {
                    if old.meta().version != record.meta().version {
                        return Err(StorageError::Stale { kind: record.kind(), id: record.uuid().to_string() });
                    }
                    let mut fields = changed_fields(&inner_value(old), &inner_value(&record));
                    let deleted_now = record.meta().deleted && !old.meta().deleted;
                    if deleted_now {
                        fields.push("deleted".to_owned());
                    }
                    if fields.is_empty() {
                        continue;
                    }
                    record.meta_mut().touch(&self.device, self.staff.get(), now);
                    JournalEntry {
                        at: now,
                        device: self.device.clone(),
                        staff: self.staff.get(),
                        action: if deleted_now { JournalAction::Deleted } else { JournalAction::Updated },
                        kind: Some(record.kind()),
                        record: Some(record.uuid()),
                        old_version: Some(old.meta().version.clone()),
                        new_version: Some(record.meta().version.clone()),
                        fields,
                    }
                }
            };
            ops.push(WriteOp::Put(Store::Record(record.kind()), row_of(&record)?));
            ops.push(WriteOp::Append(Store::Journal, journal_row(&entry)?));
            saved.push(record);
        }
        for entry in &extra {
            ops.push(WriteOp::Append(Store::Journal, journal_row(entry)?));
        }
        if !ops.is_empty() {
            self.backend.write(ops).await?;
        }
        Ok(saved)
    }

    /// Deletes a record: it stays as a tombstone, so the deletion travels to other laptops.
    ///
    /// # Errors
    /// As [`Repo::save`].
    pub async fn delete(&self, mut record: Record, now: DateTime<Utc>) -> Result<Record, StorageError> {
        record.meta_mut().deleted = true;
        let mut saved = self.save(vec![record], Vec::new(), now).await?;
        saved.pop().ok_or(StorageError::Unexpected("delete wrote nothing".into()))
    }

    /// Writes records exactly as given (their metadata already final, e.g. merged from a file)
    /// together with `journal`, in one transaction under the exclusive lock.
    ///
    /// # Errors
    /// Any write failure; nothing is written then.
    pub async fn write_exact(&self, records: &[Record], journal: &[JournalEntry]) -> Result<(), StorageError> {
        let mut ops = Vec::with_capacity(records.len() + journal.len());
        for record in records {
            ops.push(WriteOp::Put(Store::Record(record.kind()), row_of(record)?));
        }
        for entry in journal {
            ops.push(WriteOp::Append(Store::Journal, journal_row(entry)?));
        }
        self.backend.locked(LockMode::Exclusive, async || self.backend.write(ops).await).await
    }

    /// The change history of one record, oldest first.
    ///
    /// # Errors
    /// Read failures.
    pub async fn history(&self, id: Uuid) -> Result<Vec<JournalEntry>, StorageError> {
        let chunk = self.backend.read_index(Store::Journal, "record", &id.to_string()).await?;
        decode_chunk(&chunk).map_err(corrupt(Store::Journal))
    }

    /// Journal entries numbered after `seq`.
    ///
    /// # Errors
    /// Read failures.
    pub async fn journal_after(&self, seq: u64) -> Result<Vec<Numbered>, StorageError> {
        let chunk = self.backend.read_journal_after(seq).await?;
        let pairs = decode_numbered::<JournalEntry>(&chunk).map_err(corrupt(Store::Journal))?;
        Ok(pairs.into_iter().map(|(seq, entry)| Numbered { seq, entry }).collect())
    }

    /// Record changes not yet exported, in order: each with its sequence number.
    ///
    /// # Errors
    /// Read failures.
    pub async fn unexported(&self) -> Result<Vec<Numbered>, StorageError> {
        let last = self.setting::<u64>(LAST_EXPORT_KEY).await?.unwrap_or(0);
        let entries = self.journal_after(last).await?;
        Ok(entries.into_iter().filter(|n| n.entry.is_change()).collect())
    }

    /// Marks the changes up to `up_to` as exported and journals the export, in one transaction.
    ///
    /// # Errors
    /// Write failures; nothing is marked then.
    pub async fn record_export(&self, up_to: u64, export_id: Uuid, now: DateTime<Utc>) -> Result<(), StorageError> {
        let setting =
            encode(&Setting { id: LAST_EXPORT_KEY.to_owned(), value: up_to }).map_err(corrupt(Store::Meta))?;
        let entry = JournalEntry {
            at: now,
            device: self.device.clone(),
            staff: self.staff.get(),
            action: JournalAction::Exported { up_to, export_id },
            kind: None,
            record: None,
            old_version: None,
            new_version: None,
            fields: Vec::new(),
        };
        let ops = vec![
            WriteOp::Put(Store::Meta, Row { key: LAST_EXPORT_KEY.to_owned(), index: Vec::new(), payload: setting }),
            WriteOp::Append(Store::Journal, journal_row(&entry)?),
        ];
        self.backend.locked(LockMode::Exclusive, async || self.backend.write(ops).await).await
    }

    /// The number of record changes not yet exported.
    ///
    /// # Errors
    /// Read failures.
    pub async fn unexported_changes(&self) -> Result<u64, StorageError> {
        let last = self.setting::<u64>(LAST_EXPORT_KEY).await?.unwrap_or(0);
        let entries = self.journal_after(last).await?;
        Ok(entries.iter().filter(|n| n.entry.is_change()).count() as u64)
    }

    /// A setting of this database.
    ///
    /// # Errors
    /// Read failures or an undecodable value.
    pub async fn setting<T: DeserializeOwned>(&self, key: &str) -> Result<Option<T>, StorageError> {
        let chunk = self.backend.read_keys(Store::Meta, &[key.to_owned()]).await?;
        let mut values = decode_optional_chunk::<Setting<T>>(&chunk).map_err(corrupt(Store::Meta))?;
        Ok(values.pop().flatten().map(|s| s.value))
    }

    /// Stores a setting of this database.
    ///
    /// # Errors
    /// Write failures.
    pub async fn set_setting<T: Serialize>(&self, key: &str, value: &T) -> Result<(), StorageError> {
        let payload = encode(&Setting { id: key.to_owned(), value }).map_err(corrupt(Store::Meta))?;
        let row = Row { key: key.to_owned(), index: Vec::new(), payload };
        self.backend.write(vec![WriteOp::Put(Store::Meta, row)]).await
    }

    /// A form draft.
    ///
    /// # Errors
    /// Read failures or an undecodable draft.
    pub async fn draft<T: DeserializeOwned>(&self, key: &str) -> Result<Option<T>, StorageError> {
        let chunk = self.backend.read_keys(Store::Drafts, &[key.to_owned()]).await?;
        let mut values = decode_optional_chunk::<Setting<T>>(&chunk).map_err(corrupt(Store::Drafts))?;
        Ok(values.pop().flatten().map(|s| s.value))
    }

    /// Keeps a form draft.
    ///
    /// # Errors
    /// Write failures.
    pub async fn put_draft<T: Serialize>(&self, key: &str, value: &T) -> Result<(), StorageError> {
        let payload = encode(&Setting { id: key.to_owned(), value }).map_err(corrupt(Store::Drafts))?;
        self.backend
            .write(vec![WriteOp::Put(Store::Drafts, Row { key: key.to_owned(), index: Vec::new(), payload })])
            .await
    }

    /// Drops a form draft.
    ///
    /// # Errors
    /// Write failures.
    pub async fn delete_draft(&self, key: &str) -> Result<(), StorageError> {
        self.backend.write(vec![WriteOp::Delete(Store::Drafts, key.to_owned())]).await
    }
}
