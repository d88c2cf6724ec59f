//! Local profiles on a shared laptop: one per staff member, each with its own passphrase and a
//! role. Every profile holds the same random data key, wrapped with a key derived from its
//! passphrase (PBKDF2-SHA256, 600 000 iterations, random salt); the keyring is the one store
//! kept in clear. Unlocking puts the data key in the page's memory; locking reloads the page,
//! which drops the key and every decrypted record. After five wrong passphrases each further
//! try waits longer.

use crate::domain::ids::StaffId;
use crate::domain::journal::JournalAction;
use crate::domain::project::{Staff, StaffRole};
use crate::i18n::Msg;
use crate::state::errors::AppError;
use crate::state::records::RecordsContext;
use crate::storage::{Backend, Row, StorageError, Store, WriteOp};
use chrono::{DateTime, Duration, Utc};
use leptos::prelude::*;
use serde::{Deserialize, Serialize};

/// PBKDF2-SHA256 iterations for new profiles (OWASP 2023 guidance for PBKDF2-HMAC-SHA256).
pub const PBKDF2_ITERATIONS: u32 = 600_000;

/// The shortest passphrase accepted.
pub const MIN_PASSPHRASE_CHARS: usize = 12;

/// Wrong passphrases allowed before each further try has to wait.
pub const FREE_TRIES: u32 = 5;

/// Idle minutes before the app locks itself, unless a coordinator chose otherwise.
pub const DEFAULT_IDLE_MINUTES: u32 = 5;

/// The most idle minutes a coordinator may choose.
pub const MAX_IDLE_MINUTES: u32 = 15;

/// One local profile, as kept in the keyring (in clear: no participant data, no key in clear).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Profile {
    /// The staff member (also the row key).
    pub id: StaffId,
    /// The name shown on the lock screen.
    pub name: String,
    /// What the profile may do.
    pub role: StaffRole,
    /// PBKDF2 salt, base64.
    pub salt: String,
    /// The data key wrapped (AES-KW) with the passphrase-derived key, base64.
    pub wrapped: String,
    /// PBKDF2 iterations used for this profile.
    pub iterations: u32,
    /// Wrong passphrases since the last good one.
    #[serde(default)]
    pub failed: u32,
    /// No try before this moment (after too many wrong ones).
    #[serde(default)]
    pub wait_until: Option<DateTime<Utc>>,
}

/// Why a passphrase was refused.
#[derive(Clone, Copy, Debug, PartialEq, Eq, thiserror::Error)]
pub enum PassphraseProblem {
    /// Shorter than [`MIN_PASSPHRASE_CHARS`].
    #[error("passphrase too short")]
    TooShort,
    /// The repetition differs.
    #[error("passphrases differ")]
    Mismatch,
    /// Wrong; `left` tries remain before waiting starts.
    #[error("wrong passphrase")]
    Wrong {
        /// Tries left before a delay.
        left: u32,
    },
    /// Too many wrong tries: wait this long.
    #[error("wait {seconds} s")]
    Wait {
        /// Seconds to wait.
        seconds: i64,
    },
}

impl PassphraseProblem {
    /// The catalogue message.
    pub fn message(self) -> Msg {
        match self {
            PassphraseProblem::TooShort => Msg::ErrPassphraseTooShort,
            PassphraseProblem::Mismatch => Msg::ErrPassphraseMismatch,
            PassphraseProblem::Wrong { .. } => Msg::ErrPassphraseWrong,
            PassphraseProblem::Wait { .. } => Msg::ErrPassphraseWait,
        }
    }

    /// The number filled into the message.
    pub fn code(self) -> String {
        match self {
            PassphraseProblem::TooShort | PassphraseProblem::Mismatch => String::new(),
            PassphraseProblem::Wrong { left } => left.to_string(),
            PassphraseProblem::Wait { seconds } => seconds.to_string(),
        }
    }
}

/// Checks a new passphrase and its repetition.
///
/// # Errors
/// `TooShort` or `Mismatch`.
pub fn check_new(passphrase: &str, repeat: &str) -> Result<(), PassphraseProblem> {
    if passphrase.chars().count() < MIN_PASSPHRASE_CHARS {
        Err(PassphraseProblem::TooShort)
    } else if passphrase != repeat {
        Err(PassphraseProblem::Mismatch)
    } else {
        Ok(())
    }
}

/// How long the next try waits after `failed` wrong passphrases: nothing for the first
/// [`FREE_TRIES`], then 30 s doubling each time, at most an hour.
pub fn delay_after(failed: u32) -> Option<Duration> {
    let over = failed.checked_sub(FREE_TRIES)?;
    let seconds = 30_i64.saturating_mul(1_i64 << over.min(7)).min(3600);
    Some(Duration::seconds(seconds))
}

/// Whether the profile may try a passphrase at `now`.
///
/// # Errors
/// `Wait` with the seconds left.
pub fn may_try(profile: &Profile, now: DateTime<Utc>) -> Result<(), PassphraseProblem> {
    match profile.wait_until {
        Some(until) if until > now => Err(PassphraseProblem::Wait { seconds: (until - now).num_seconds().max(1) }),
        _ => Ok(()),
    }
}

/// The profile after one more wrong passphrase at `now`, and the problem to show.
pub fn after_wrong(profile: &Profile, now: DateTime<Utc>) -> (Profile, PassphraseProblem) {
    let mut next = profile.clone();
    next.failed = profile.failed.saturating_add(1);
    next.wait_until = delay_after(next.failed).map(|d| now + d);
    let problem = match next.wait_until {
        Some(until) => PassphraseProblem::Wait { seconds: (until - now).num_seconds() },
        None => PassphraseProblem::Wrong { left: FREE_TRIES - next.failed },
    };
    (next, problem)
}

/// Every profile of the keyring, by name.
///
/// # Errors
/// Read or decode failures.
pub async fn keyring<B: Backend>(backend: &B) -> Result<Vec<Profile>, StorageError> {
    let mut profiles = Vec::new();
    for chunk in backend.read_all(Store::Keyring).await? {
        profiles.extend(
            crate::codec::record::decode_chunk::<Profile>(&chunk)
                .map_err(|e| StorageError::Corrupt { store: "keyring", detail: e.to_string() })?,
        );
    }
    profiles.sort_by(|a, b| a.name.cmp(&b.name));
    Ok(profiles)
}

/// Writes one profile.
///
/// # Errors
/// Write failures.
pub async fn put<B: Backend>(backend: &B, profile: &Profile) -> Result<(), StorageError> {
    let payload = crate::codec::record::encode(profile)
        .map_err(|e| StorageError::Corrupt { store: "keyring", detail: e.to_string() })?;
    let row = Row { key: profile.id.to_string(), index: Vec::new(), payload };
    backend.write(vec![WriteOp::Put(Store::Keyring, row)]).await
}

/// The data key in the page's memory (browser only; native builds have no WebCrypto).
#[cfg(target_arch = "wasm32")]
mod vault {
    pub use crate::storage::indexed_db::vault::{create, lock, unlock, wrap_for};
}

#[cfg(not(target_arch = "wasm32"))]
#[allow(clippy::unused_async, reason = "the same signatures as the browser")]
mod vault {
    use crate::storage::StorageError;
    fn none() -> StorageError {
        StorageError::Unavailable("WebCrypto exists only in the browser".into())
    }
    pub async fn create(_: &str, _: u32) -> Result<String, StorageError> {
        Err(none())
    }
    pub async fn unlock(_: &str, _: &str, _: &str, _: u32) -> Result<(), StorageError> {
        Err(none())
    }
    pub async fn wrap_for(_: &str, _: &str, _: &str, _: u32, _: &str) -> Result<String, StorageError> {
        Err(none())
    }
    pub fn lock() {}
}

#[derive(Deserialize)]
struct Wrapped {
    salt: String,
    wrapped: String,
}

fn wrapped_profile(staff: &Staff, json: &str) -> Result<Profile, AppError> {
    let w: Wrapped = serde_json::from_str(json)
        .map_err(|e| AppError::Storage(StorageError::Unexpected(format!("vault answer: {e}"))))?;
    Ok(Profile {
        id: staff.id,
        name: staff.full_name(),
        role: staff.role,
        salt: w.salt,
        wrapped: w.wrapped,
        iterations: PBKDF2_ITERATIONS,
        failed: 0,
        wait_until: None,
    })
}

/// Protects this computer: the first profile (a coordinator) gets a new random data key; from
/// then on everything is written encrypted, and what was written in clear before is encrypted
/// in batches.
///
/// # Errors
/// `Passphrase` problems, `NotAllowed` for a non-coordinator, storage failures.
pub async fn create_first(
    records: RecordsContext,
    staff: &Staff,
    passphrase: &str,
    repeat: &str,
) -> Result<(), AppError> {
    check_new(passphrase, repeat).map_err(AppError::Passphrase)?;
    if staff.role != StaffRole::Coordinator {
        return Err(AppError::NotAllowed);
    }
    let repo = records.repo().ok_or(AppError::Storage(StorageError::Closed))?;
    let json = vault::create(passphrase, PBKDF2_ITERATIONS).await.map_err(AppError::Storage)?;
    let profile = wrapped_profile(staff, &json)?;
    if let Err(error) = put(repo.backend(), &profile).await {
        // Without the keyring row nothing may be written encrypted: forget the key again.
        vault::lock();
        return Err(AppError::Storage(error));
    }
    records.profiles.set(vec![profile.clone()]);
    records.start_as(&profile);
    crate::state::audit::log_later(
        records,
        JournalAction::ProfileAdded { profile: profile.id.0, role: profile.role },
        None,
    );
    records.seal_remaining().await.map_err(AppError::Storage)
}

/// Unlocks with `profile`'s passphrase and opens the records.
///
/// # Errors
/// `Passphrase(Wrong | Wait)`, storage failures.
pub async fn unlock(records: RecordsContext, id: StaffId, passphrase: &str) -> Result<(), AppError> {
    let now = Utc::now();
    let profile =
        records.profiles.with_untracked(|p| p.iter().find(|p| p.id == id).cloned()).ok_or(AppError::NotAllowed)?;
    may_try(&profile, now).map_err(AppError::Passphrase)?;
    match vault::unlock(passphrase, &profile.salt, &profile.wrapped, profile.iterations).await {
        Ok(()) => {
            let good = Profile { failed: 0, wait_until: None, ..profile };
            records.open_unlocked(good).await.map_err(AppError::Storage)
        }
        Err(StorageError::WrongPassphrase) => {
            let (next, problem) = after_wrong(&profile, now);
            records.keep_profile(next).await.map_err(AppError::Storage)?;
            Err(AppError::Passphrase(problem))
        }
        Err(other) => Err(AppError::Storage(other)),
    }
}

/// Adds a profile for `staff`; the coordinator confirms with their own passphrase.
///
/// # Errors
/// `NotAllowed` unless a coordinator works, `ProfileExists`, passphrase problems (the new one,
/// or a wrong coordinator's one), storage failures.
pub async fn add(
    records: RecordsContext,
    staff: &Staff,
    passphrase: &str,
    repeat: &str,
    coordinator_passphrase: &str,
) -> Result<(), AppError> {
    records.require(crate::domain::access::Right::ManageProfiles)?;
    check_new(passphrase, repeat).map_err(AppError::Passphrase)?;
    let me = records.current_profile().ok_or(AppError::NotAllowed)?;
    if records.profiles.with_untracked(|p| p.iter().any(|p| p.id == staff.id)) {
        return Err(AppError::ProfileExists);
    }
    let json = vault::wrap_for(coordinator_passphrase, &me.salt, &me.wrapped, me.iterations, passphrase)
        .await
        .map_err(|e| match e {
            StorageError::WrongPassphrase => AppError::Passphrase(PassphraseProblem::Wrong { left: FREE_TRIES }),
            other => AppError::Storage(other),
        })?;
    let profile = wrapped_profile(staff, &json)?;
    records.keep_profile(profile.clone()).await.map_err(AppError::Storage)?;
    crate::state::audit::log_later(
        records,
        JournalAction::ProfileAdded { profile: profile.id.0, role: profile.role },
        None,
    );
    Ok(())
}

/// Removes a profile (never the last coordinator's).
///
/// # Errors
/// `NotAllowed`, `LastCoordinator`, storage failures.
pub async fn remove(records: RecordsContext, id: StaffId) -> Result<(), AppError> {
    records.require(crate::domain::access::Right::ManageProfiles)?;
    let coordinators_left = records
        .profiles
        .with_untracked(|p| p.iter().filter(|p| p.id != id && p.role == StaffRole::Coordinator).count());
    if coordinators_left == 0 {
        return Err(AppError::LastCoordinator);
    }
    records.drop_profile(id).await.map_err(AppError::Storage)?;
    crate::state::audit::log_later(records, JournalAction::ProfileRemoved { profile: id.0 }, None);
    Ok(())
}

/// The profile to preselect on the lock screen: the last one that unlocked here, else the
/// only one.
pub fn last_choice(records: &RecordsContext) -> Option<StaffId> {
    let last = crate::browser::prefs::last_profile().and_then(|s| StaffId::parse(&s).ok());
    records.profiles.with_untracked(|all| {
        last.filter(|id| all.iter().any(|p| p.id == *id)).or_else(|| (all.len() == 1).then(|| all[0].id))
    })
}

/// Locks after `records.idle_minutes` without a key press, click, touch or scroll, while a
/// profile is working. Checked every 10 seconds against the clock.
pub fn watch_idle(records: RecordsContext) {
    let last = std::rc::Rc::new(std::cell::Cell::new(js_sys::Date::now()));
    for kind in ["keydown", "pointerdown", "wheel", "touchstart"] {
        let last = last.clone();
        // Listeners for the page's lifetime: the app root never unmounts.
        std::mem::forget(window_event_listener_untyped(kind, move |_| last.set(js_sys::Date::now())));
    }
    // Without timers (never in a real browser) the app simply does not lock by itself.
    let _ = set_interval_with_handle(
        move || {
            let working = records.role.get_untracked().is_some()
                && records.startup.get_untracked() == crate::state::records::Startup::Ready;
            let limit = f64::from(records.idle_minutes.get_untracked()) * 60_000.0;
            if working && js_sys::Date::now() - last.get() >= limit {
                lock_this_tab();
            }
        },
        std::time::Duration::from_secs(10),
    );
}

/// Locks now ("Zablokuj", "Zmień osobę"): this tab and every other tab of the app forget the
/// data key and reload, which drops every decrypted record and the page; the lock screen comes
/// back. (The idle lock locks only the idle tab: someone may be working in another.)
pub fn lock_now() {
    if let Ok(channel) = crate::browser::broadcast::Channel::open() {
        // Without the channel the other tabs still lock when idle or closed.
        channel.post(LOCK_MESSAGE).ok();
    }
    lock_this_tab();
}

/// The message that locks the other tabs.
pub const LOCK_MESSAGE: &str = "lock";

/// Locks this tab only.
pub fn lock_this_tab() {
    vault::lock();
    crate::state::app_status::reload_page();
}

#[cfg(test)]
mod tests {
    use super::*;

    fn profile() -> Profile {
        Profile {
            id: StaffId::new(),
            name: "Ewa Koordynatorka".into(),
            role: StaffRole::Coordinator,
            salt: "c2FsdA==".into(),
            wrapped: "a2V5".into(),
            iterations: PBKDF2_ITERATIONS,
            failed: 0,
            wait_until: None,
        }
    }

    #[test]
    fn new_passphrases_are_long_enough_and_typed_twice_the_same() {
        assert_eq!(check_new("krótkie", "krótkie"), Err(PassphraseProblem::TooShort));
        assert_eq!(check_new("zielony rower nad wodą", "zielony rower nad woda"), Err(PassphraseProblem::Mismatch));
        assert_eq!(check_new("zielony rower nad wodą", "zielony rower nad wodą"), Ok(()));
        // Characters, not bytes: 12 Polish letters are enough.
        assert_eq!(check_new("ąęółśżźćńąęó", "ąęółśżźćńąęó"), Ok(()));
    }

    #[test]
    fn five_wrong_tries_are_free_then_the_wait_grows() {
        let now = Utc::now();
        let mut p = profile();
        for left in (0..FREE_TRIES).rev() {
            assert_eq!(may_try(&p, now), Ok(()));
            let (next, problem) = after_wrong(&p, now);
            if left > 0 {
                assert_eq!(problem, PassphraseProblem::Wrong { left });
            }
            p = next;
        }
        assert_eq!(p.failed, 5);
        assert_eq!(may_try(&p, now), Err(PassphraseProblem::Wait { seconds: 30 }));
        assert_eq!(may_try(&p, now + Duration::seconds(31)), Ok(()));
        let (p6, problem) = after_wrong(&p, now + Duration::seconds(31));
        assert_eq!(problem, PassphraseProblem::Wait { seconds: 60 });
        assert_eq!(delay_after(7), Some(Duration::seconds(120)));
        assert_eq!(delay_after(40), Some(Duration::seconds(3600)));
        assert_eq!(p6.failed, 6);
    }

    #[test]
    fn profiles_round_trip_through_the_keyring_store_sorted_by_name() {
        use std::pin::pin;
        use std::task::{Context, Poll, Waker};
        let backend = crate::storage::memory::MemoryBackend::new();
        let mut second = profile();
        second.name = "Anna Wolontariuszka".into();
        second.role = StaffRole::Volunteer;
        let work = async {
            put(&backend, &profile()).await.expect("written");
            put(&backend, &second).await.expect("written");
            keyring(&backend).await.expect("read")
        };
        let mut work = pin!(work);
        let mut cx = Context::from_waker(Waker::noop());
        let read = loop {
            if let Poll::Ready(v) = work.as_mut().poll(&mut cx) {
                break v;
            }
        };
        assert_eq!(
            read.iter().map(|p| p.name.as_str()).collect::<Vec<_>>(),
            ["Anna Wolontariuszka", "Ewa Koordynatorka"]
        );
        assert_eq!(read[0].role, StaffRole::Volunteer);
    }
}
