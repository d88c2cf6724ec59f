//! The loaded records and the actions that change them.
//!
//! Opening happens once at start: IndexedDB is opened (and upgraded), the records are loaded,
//! and the app renders. A save resolves only after the IndexedDB transaction completed; then the
//! in-memory records, the unexported-changes counter and the other tabs are updated, and the
//! first successful save asks the browser for persistent storage.

use crate::browser::broadcast::Channel;
use crate::browser::persistence;
use crate::domain::access::{Right, may, names_only};
use crate::domain::dataset::Dataset;
use crate::domain::ids::StaffId;
use crate::domain::journal::JournalEntry;
use crate::domain::project::StaffRole;
use crate::domain::record::Record;
use crate::i18n::{Msg, text};
use crate::state::errors::{AppError, error_text};
use crate::state::notices::{NoticeKind, NoticesContext};
use crate::state::participants::today;
use crate::state::profiles::Profile;
pub use crate::storage::StorageError;
use crate::storage::{AnyBackend, Repo};
use chrono::Utc;
use leptos::prelude::*;
use leptos::task::spawn_local;
use std::rc::Rc;

const CURRENT_STAFF_KEY: &str = "current_staff";
const LOGO_KEY: &str = "logo";
const IDLE_KEY: &str = "idle_minutes";

/// The logo strip image, stored locally.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Logo {
    /// `image/png` or `image/jpeg`.
    pub mime: String,
    /// The image bytes, base64.
    pub base64: String,
}

impl Logo {
    /// The image as a `data:` URL for `<img src>`.
    pub fn data_url(&self) -> String {
        format!("data:{};base64,{}", self.mime, self.base64)
    }
}

/// Where opening the database stands.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Startup {
    /// Opening, upgrading and loading.
    Opening,
    /// Ready to work.
    Ready,
    /// Opening failed: the app shows what happened and saves nothing.
    Failed(StorageError),
    /// Everything was deleted from this computer ("Wyczyść wszystkie dane").
    Wiped,
    /// The store is encrypted and locked: the lock screen asks for a passphrase.
    Locked,
    /// This browser held Kartoteka's data (since the given day) and its storage is now empty:
    /// the browser deleted it (no disk space, cleared browsing data, a damaged store). Nothing
    /// starts until someone has read what to do.
    Vanished(chrono::NaiveDate),
}

/// How opening ended.
enum Opened {
    Ready,
    Locked,
    Vanished(chrono::NaiveDate),
}

/// The day this browser first held the database it remembers, when that one is not `device`'s:
/// the remembered database is gone.
fn vanished_store(device: &crate::domain::ids::DeviceId) -> Option<chrono::NaiveDate> {
    let (known, since) = crate::browser::prefs::known_store()?;
    (known != device.0).then(|| chrono::NaiveDate::parse_from_str(&since, "%Y-%m-%d").unwrap_or_else(|_| today()))
}

/// Remembers `device`'s database as this browser's (keeping the day it was first seen here).
fn remember_store(device: &crate::domain::ids::DeviceId) {
    if crate::browser::prefs::known_store().is_some_and(|(known, _)| known == device.0) {
        return;
    }
    crate::browser::prefs::remember_store(&device.0, &today().format("%Y-%m-%d").to_string());
}

thread_local! {
    /// The open database while locked: nothing may read it until a passphrase unlocks it.
    static LOCKED: std::cell::RefCell<Option<AnyBackend>> = const { std::cell::RefCell::new(None) };
}

/// The records in memory and the repository behind them.
#[derive(Clone, Copy)]
pub struct RecordsContext {
    /// Every record, tombstones included.
    pub data: RwSignal<Dataset>,
    /// Record changes not yet exported (the header counter).
    pub unexported: RwSignal<u64>,
    /// When the oldest change not yet exported was made (for the 7-day warning).
    pub oldest_unexported: RwSignal<Option<chrono::DateTime<Utc>>>,
    /// Where opening stands.
    pub startup: RwSignal<Startup>,
    /// Another tab upgraded the database: this tab must reload.
    pub reload_required: RwSignal<bool>,
    /// The answer to the persistence request made after the first save, if one was made.
    pub persisted_after_save: RwSignal<Option<bool>>,
    /// Who is working on this computer (named in every saved record and journal entry).
    pub current_staff: RwSignal<Option<StaffId>>,
    /// The logo strip for printed documents, as a `data:` URL.
    pub logo: RwSignal<Option<String>>,
    /// The participant registry's search index, rebuilt when the records change.
    pub registry: Memo<Vec<crate::state::registry::Row>>,
    /// The local profiles (the keyring); empty until this computer is protected.
    pub profiles: RwSignal<Vec<Profile>>,
    /// The role of who unlocked; `None` before any profile exists (the set-up).
    pub role: RwSignal<Option<StaffRole>>,
    /// Idle minutes before the app locks itself.
    pub idle_minutes: RwSignal<u32>,
    /// Exports are offered unencrypted (the coordinator's explicit choice; this session only).
    pub plain_exports: RwSignal<bool>,
    /// Whether this laptop has the project's hand-off key.
    pub handoff_ready: RwSignal<bool>,
    repo: StoredValue<Option<Rc<Repo<AnyBackend>>>, LocalStorage>,
    channel: StoredValue<Option<Rc<Channel>>, LocalStorage>,
    asked_persistence: StoredValue<bool>,
}

impl RecordsContext {
    fn new() -> Self {
        let data = RwSignal::new(Dataset::default());
        let role = RwSignal::new(None::<StaffRole>);
        let registry = Memo::new(move |_| {
            // A names-only view has no documents to be missing.
            let sees_all = role.with(|r| r.is_none_or(|r| may(r, Right::SeeSensitive)));
            data.with(|d| {
                let required =
                    d.current_project().filter(|_| sees_all).map(|p| p.required_documents.clone()).unwrap_or_default();
                crate::state::registry::index(d, &required)
            })
        });
        // Keep the index built (after loading and after each change), so opening the list does
        // not pay for folding thousands of names.
        Effect::new(move |_| registry.with(|_| ()));
        RecordsContext {
            data,
            registry,
            unexported: RwSignal::new(0),
            oldest_unexported: RwSignal::new(None),
            startup: RwSignal::new(Startup::Opening),
            reload_required: RwSignal::new(false),
            persisted_after_save: RwSignal::new(None),
            current_staff: RwSignal::new(None),
            profiles: RwSignal::new(Vec::new()),
            role,
            idle_minutes: RwSignal::new(crate::state::profiles::DEFAULT_IDLE_MINUTES),
            plain_exports: RwSignal::new(false),
            handoff_ready: RwSignal::new(false),
            logo: RwSignal::new(None),
            repo: StoredValue::new_local(None),
            channel: StoredValue::new_local(None),
            asked_persistence: StoredValue::new(false),
        }
    }

    /// The repository, once open.
    pub fn repo(&self) -> Option<Rc<Repo<AnyBackend>>> {
        self.repo.get_value()
    }

    /// Metadata for a record created now, on this device, by who is working.
    pub fn new_meta(&self) -> crate::domain::meta::Meta {
        let now = Utc::now();
        match self.repo() {
            Some(repo) => repo.new_meta(now),
            // Screens that create records exist only once the database is open.
            None => crate::domain::meta::Meta::new(&crate::domain::ids::DeviceId::default(), None, now),
        }
    }

    /// The schema version and device id of the open database.
    pub fn database_info(&self) -> Option<(u32, String)> {
        self.repo().map(|r| (crate::storage::Backend::schema_version(r.backend()), r.device().0.clone()))
    }

    /// Installs an open repository and loads everything from it.
    ///
    /// # Errors
    /// When loading fails.
    pub async fn install(&self, repo: Repo<AnyBackend>) -> Result<(), StorageError> {
        let repo = Rc::new(repo);
        self.repo.set_value(Some(repo.clone()));
        self.reload().await?;
        let staff = repo.setting::<StaffId>(CURRENT_STAFF_KEY).await?;
        repo.set_staff(staff);
        self.current_staff.set(staff);
        if let Some(minutes) = repo.setting::<u32>(IDLE_KEY).await? {
            self.idle_minutes.set(minutes.clamp(1, crate::state::profiles::MAX_IDLE_MINUTES));
        }
        self.handoff_ready.set(repo.setting::<String>(crate::state::sealing::HANDOFF_KEY).await?.is_some());
        let logo = repo.setting::<Option<Logo>>(LOGO_KEY).await?.flatten();
        self.logo.set(logo.map(|l| l.data_url()));
        Ok(())
    }

    /// Records who is working on this computer from now on.
    ///
    /// # Errors
    /// When the choice cannot be stored.
    pub async fn set_current_staff(&self, staff: StaffId) -> Result<(), AppError> {
        let repo = self.repo().ok_or(AppError::Storage(StorageError::Closed))?;
        repo.set_setting(CURRENT_STAFF_KEY, &staff).await.map_err(AppError::Storage)?;
        repo.set_staff(Some(staff));
        self.current_staff.set(Some(staff));
        Ok(())
    }

    /// Sets the idle minutes before the app locks itself (1 to 15; coordinators only).
    ///
    /// # Errors
    /// `NotAllowed`, or when it cannot be stored.
    pub async fn set_idle_minutes(&self, minutes: u32) -> Result<(), AppError> {
        self.require(Right::ManageProfiles)?;
        let minutes = minutes.clamp(1, crate::state::profiles::MAX_IDLE_MINUTES);
        let repo = self.repo().ok_or(AppError::Storage(StorageError::Closed))?;
        repo.set_setting(IDLE_KEY, &minutes).await.map_err(AppError::Storage)?;
        self.idle_minutes.set(minutes);
        Ok(())
    }

    /// Stores (or with `None` removes) the logo strip.
    ///
    /// # Errors
    /// When it cannot be stored.
    pub async fn set_logo(&self, logo: Option<Logo>) -> Result<(), AppError> {
        let repo = self.repo().ok_or(AppError::Storage(StorageError::Closed))?;
        match &logo {
            Some(l) => repo.set_setting(LOGO_KEY, l).await,
            None => repo.set_setting::<Option<Logo>>(LOGO_KEY, &None).await,
        }
        .map_err(AppError::Storage)?;
        self.logo.set(logo.map(|l| l.data_url()));
        Ok(())
    }

    /// Reads every record and the counter again (after another tab changed something).
    ///
    /// # Errors
    /// When reading fails.
    pub async fn reload(&self) -> Result<(), StorageError> {
        let repo = self.repo().ok_or(StorageError::Closed)?;
        let mut data = repo.load().await?;
        if !self.may(Right::SeeSensitive) {
            for p in &mut data.participants {
                *p = names_only(p);
            }
        }
        self.data.set(data);
        self.refresh_unexported(&repo).await
    }

    /// Reads the unexported-changes counter and the oldest such change again.
    ///
    /// # Errors
    /// When reading the journal fails.
    pub async fn refresh_unexported(&self, repo: &Repo<AnyBackend>) -> Result<(), StorageError> {
        let changes = repo.unexported().await?;
        self.unexported.set(changes.len() as u64);
        self.oldest_unexported.set(changes.first().map(|n| n.entry.at));
        Ok(())
    }

    /// Writes records exactly as merged from a file, with their journal entries, in one
    /// transaction; then updates memory and the other tabs.
    ///
    /// # Errors
    /// `AppError::Storage`; nothing was written then.
    pub async fn write_merged(&self, records: Vec<Record>, journal: Vec<JournalEntry>) -> Result<(), AppError> {
        let repo = self.repo().ok_or(AppError::Storage(StorageError::Closed))?;
        repo.write_exact(&records, &journal).await.map_err(AppError::Storage)?;
        self.data.update(|d| {
            for record in records {
                d.upsert(record);
            }
        });
        // The write is done; a failing count only leaves the counter stale.
        self.refresh_unexported(&repo).await.ok();
        self.tell_other_tabs();
        self.ask_persistence_once();
        Ok(())
    }

    /// Saves records (and extra journal entries) in one transaction. Resolves after the
    /// transaction completed; returns the records as saved.
    ///
    /// # Errors
    /// `AppError::Storage` with what went wrong; nothing was written then.
    pub async fn save(&self, records: Vec<Record>, extra: Vec<JournalEntry>) -> Result<Vec<Record>, AppError> {
        let repo = self.repo().ok_or(AppError::Storage(StorageError::Closed))?;
        self.refuse_hidden(&records)?;
        let saved = repo.save(records, extra, Utc::now()).await.map_err(AppError::Storage)?;
        if saved.is_empty() {
            return Ok(saved);
        }
        let sees_all = self.may(Right::SeeSensitive);
        self.data.update(|d| {
            for record in &saved {
                match record {
                    Record::Participant(p) if !sees_all => d.upsert(Record::Participant(names_only(p))),
                    other => d.upsert(other.clone()),
                }
            }
        });
        // The write is done; a failing count only leaves the counter stale until the next save.
        self.refresh_unexported(&repo).await.ok();
        self.tell_other_tabs();
        self.ask_persistence_once();
        Ok(saved)
    }

    /// Deletes a record (a tombstone that travels to other laptops).
    ///
    /// # Errors
    /// As [`RecordsContext::save`].
    pub async fn delete(&self, record: Record) -> Result<Record, AppError> {
        let mut record = record;
        record.meta_mut().deleted = true;
        let mut saved = self.save(vec![record], Vec::new()).await?;
        saved.pop().ok_or(AppError::Storage(StorageError::Unexpected("nothing deleted".into())))
    }

    /// Whether who is working may do `right`. Before any profile exists (setting up, or a
    /// database from before profiles) there is one person at the computer and no role yet.
    pub fn may(&self, right: Right) -> bool {
        self.role.get_untracked().is_none_or(|role| may(role, right))
    }

    /// Reactive [`RecordsContext::may`], for showing and hiding controls.
    pub fn allows(&self, right: Right) -> bool {
        self.role.get().is_none_or(|role| may(role, right))
    }

    /// `Ok` when who is working may do `right`.
    ///
    /// # Errors
    /// `NotAllowed`.
    pub fn require(&self, right: Right) -> Result<(), AppError> {
        if self.may(right) { Ok(()) } else { Err(AppError::NotAllowed) }
    }

    /// A role that may not edit participants may only add new people (a name-only walk-in);
    /// its view never holds the rest of a record, so it must never write one back.
    fn refuse_hidden(&self, records: &[Record]) -> Result<(), AppError> {
        if self.may(Right::EditParticipants) {
            return Ok(());
        }
        let touches_existing = self.data.with_untracked(|d| {
            records.iter().any(|r| match r {
                Record::Participant(p) => d.participants.iter().any(|q| q.id == p.id),
                _ => false,
            })
        });
        if touches_existing { Err(AppError::NotAllowed) } else { Ok(()) }
    }

    /// The profile of who is working, if this computer is protected.
    pub fn current_profile(&self) -> Option<Profile> {
        let id = self.current_staff.get_untracked()?;
        self.profiles.with_untracked(|p| p.iter().find(|p| p.id == id).cloned())
    }

    /// From now on `profile` is working (named in every record and journal entry).
    pub fn start_as(&self, profile: &Profile) {
        if let Some(repo) = self.repo() {
            repo.set_staff(Some(profile.id));
        }
        self.role.set(Some(profile.role));
        self.current_staff.set(Some(profile.id));
        crate::browser::prefs::remember_last_profile(&profile.id.to_string());
    }

    /// Writes a profile to the keyring (also while locked) and keeps it in memory.
    ///
    /// # Errors
    /// Write failures.
    pub async fn keep_profile(&self, profile: Profile) -> Result<(), StorageError> {
        if let Some(repo) = self.repo() {
            crate::state::profiles::put(repo.backend(), &profile).await?;
        } else {
            let backend = LOCKED.with(|l| l.borrow_mut().take()).ok_or(StorageError::Closed)?;
            let written = crate::state::profiles::put(&backend, &profile).await;
            LOCKED.with(|l| *l.borrow_mut() = Some(backend));
            written?;
        }
        self.profiles.update(|all| {
            all.retain(|p| p.id != profile.id);
            all.push(profile);
            all.sort_by(|a, b| a.name.cmp(&b.name));
        });
        Ok(())
    }

    /// Removes a profile from the keyring.
    ///
    /// # Errors
    /// Write failures.
    pub async fn drop_profile(&self, id: StaffId) -> Result<(), StorageError> {
        let repo = self.repo().ok_or(StorageError::Closed)?;
        crate::storage::Backend::write(
            repo.backend(),
            vec![crate::storage::WriteOp::Delete(crate::storage::Store::Keyring, id.to_string())],
        )
        .await?;
        self.profiles.update(|all| all.retain(|p| p.id != id));
        Ok(())
    }

    /// After a good passphrase: opens the records as `profile` and starts working.
    ///
    /// # Errors
    /// Opening or loading failures (the store stays locked then).
    pub async fn open_unlocked(&self, profile: Profile) -> Result<(), StorageError> {
        let backend = LOCKED.with(|l| l.borrow_mut().take()).ok_or(StorageError::Closed)?;
        // The role first: loading already gives a volunteer names only.
        self.role.set(Some(profile.role));
        let repo = Repo::open(backend).await?;
        remember_store(repo.device());
        self.install(repo).await?;
        self.start_as(&profile);
        self.keep_profile(profile).await?;
        self.listen_to_other_tabs();
        self.startup.set(Startup::Ready);
        // Rows left in clear by an interrupted protection are sealed now.
        self.seal_remaining().await
    }

    /// After the "data vanished" page was read: this (empty) database is the browser's from now
    /// on, and the app starts as on a new computer (where a file can restore the project).
    pub fn accept_vanished(&self) {
        if let Some(repo) = self.repo() {
            remember_store(repo.device());
        }
        self.listen_to_other_tabs();
        self.startup.set(Startup::Ready);
    }

    /// Encrypts every row still in clear, under the exclusive cross-tab lock.
    ///
    /// # Errors
    /// Storage failures; whole batches before the failure stay encrypted, the rest readable.
    #[cfg_attr(not(target_arch = "wasm32"), allow(clippy::unused_async, reason = "awaits in the browser"))]
    pub async fn seal_remaining(&self) -> Result<(), StorageError> {
        let Some(repo) = self.repo() else { return Ok(()) };
        match repo.backend() {
            AnyBackend::Memory(_) => Ok(()),
            #[cfg(target_arch = "wasm32")]
            AnyBackend::IndexedDb(b) => {
                use crate::storage::Backend;
                b.locked(crate::storage::LockMode::Exclusive, async || b.seal_plain_rows(200).await.map(|_| ())).await
            }
        }
    }

    fn tell_other_tabs(&self) {
        if let Some(channel) = self.channel.get_value() {
            // Other tabs only miss a live refresh if this fails; they reload on their next start.
            channel.post("changed").ok();
        }
    }

    fn ask_persistence_once(&self) {
        if self.asked_persistence.get_value() {
            return;
        }
        self.asked_persistence.set_value(true);
        let answer = self.persisted_after_save;
        spawn_local(async move {
            let already = persistence::persisted().await.ok().flatten();
            let result =
                if already == Some(true) { Some(true) } else { persistence::request_persist().await.ok().flatten() };
            answer.set(result);
        });
    }

    /// Listens for other tabs' changes and reloads when they happen.
    fn listen_to_other_tabs(&self) {
        let Ok(channel) = Channel::open() else { return };
        let this = *self;
        channel.on_message(move |message| {
            if message == crate::state::profiles::LOCK_MESSAGE {
                if this.role.get_untracked().is_some() {
                    crate::state::profiles::lock_this_tab();
                }
                return;
            }
            spawn_local(async move {
                // A failed reload keeps the previous records on screen; the next message retries.
                this.reload().await.ok();
            });
        });
        self.channel.set_value(Some(Rc::new(channel)));
    }
}

#[cfg(target_arch = "wasm32")]
async fn open_backend(records: RecordsContext) -> Result<AnyBackend, StorageError> {
    let backend = crate::storage::indexed_db::IdbBackend::open().await?;
    let reload = records.reload_required;
    backend.on_version_change(move || reload.set(true));
    Ok(AnyBackend::IndexedDb(backend))
}

#[cfg(not(target_arch = "wasm32"))]
#[allow(clippy::unused_async, reason = "the same signature as the browser version")]
#[allow(clippy::large_types_passed_by_value, reason = "a Copy handle of signal ids, passed like everywhere")]
async fn open_backend(_records: RecordsContext) -> Result<AnyBackend, StorageError> {
    Err(StorageError::Unavailable("IndexedDB exists only in the browser".into()))
}

/// Saves and tells the user: "Zapisano." after the transaction completed, or the error sentence.
///
/// # Errors
/// As [`RecordsContext::save`]; the notice has already been shown.
pub async fn save_and_notify(
    records: RecordsContext,
    notices: NoticesContext,
    changes: Vec<Record>,
) -> Result<Vec<Record>, AppError> {
    match records.save(changes, Vec::new()).await {
        Ok(saved) => {
            notices.push(NoticeKind::Success, text(use_locale_now(), Msg::Saved).to_owned());
            Ok(saved)
        }
        Err(error) => {
            notices.push(NoticeKind::Error, error_text(use_locale_now(), &error));
            Err(error)
        }
    }
}

/// The current locale without subscribing, also outside components (falls back to Polish).
fn use_locale_now() -> crate::i18n::Locale {
    use_context::<crate::i18n::LocaleContext>()
        .map(|c| c.0.get_untracked())
        .or_else(|| crate::browser::prefs::stored_locale_tag().as_deref().and_then(crate::i18n::Locale::from_tag))
        .unwrap_or_default()
}

/// Creates the records context and opens the database in the background.
pub fn provide_records() -> RecordsContext {
    let records = RecordsContext::new();
    provide_context(records);
    spawn_local(async move {
        let result = async {
            let backend = open_backend(records).await?;
            let profiles = crate::state::profiles::keyring(&backend).await?;
            if profiles.is_empty() {
                // Not protected yet (setting up, or data from before profiles): open in clear.
                let repo = Repo::open(backend).await?;
                let vanished = vanished_store(repo.device());
                if vanished.is_none() {
                    remember_store(repo.device());
                }
                records.install(repo).await?;
                Ok(vanished.map_or(Opened::Ready, Opened::Vanished))
            } else {
                // A keyring: the data is there (its device id is encrypted, checked on unlock).
                records.profiles.set(profiles);
                LOCKED.with(|l| *l.borrow_mut() = Some(backend));
                Ok(Opened::Locked)
            }
        }
        .await;
        match result {
            Ok(Opened::Ready) => {
                records.listen_to_other_tabs();
                records.startup.set(Startup::Ready);
            }
            Ok(Opened::Vanished(since)) => records.startup.set(Startup::Vanished(since)),
            Ok(Opened::Locked) => records.startup.set(Startup::Locked),
            Err(error) => records.startup.set(Startup::Failed(error)),
        }
    });
    records
}

/// Provides a records context over an already open repository (component tests).
pub fn provide_records_with(repo: Repo<AnyBackend>) -> RecordsContext {
    let records = RecordsContext::new();
    provide_context(records);
    spawn_local(async move {
        match records.install(repo).await {
            Ok(()) => records.startup.set(Startup::Ready),
            Err(error) => records.startup.set(Startup::Failed(error)),
        }
    });
    records
}

/// The records context provided by the app root.
///
/// # Panics
/// When no `RecordsContext` was provided (a wiring bug).
pub fn use_records() -> RecordsContext {
    expect_context::<RecordsContext>()
}
