//! Encrypted hand-off: every export is sealed for the central office and the project's laptops
//! (see `codec::sealed`), unless the coordinator explicitly chose plain files for this session
//! (warned, and logged). Imports open sealed files with the project's hand-off key, asking for
//! the project's hand-off passphrase the first time on a laptop.

use crate::codec::sealed::{SealedFile, sealed_name};
use crate::domain::access::Right;
use crate::domain::journal::JournalAction;
use crate::domain::record::Record;
use crate::state::errors::AppError;
use crate::state::records::{RecordsContext, StorageError};
use leptos::prelude::*;

/// Where this laptop keeps the project's hand-off key (in the encrypted `meta` store).
pub(crate) const HANDOFF_KEY: &str = "handoff_key";

/// PBKDF2 iterations for the project's hand-off key.
pub const HANDOFF_ITERATIONS: u32 = 600_000;

/// Why a hand-off could not be sealed or opened.
#[derive(Clone, Copy, Debug, PartialEq, Eq, thiserror::Error)]
pub enum SealProblem {
    /// No office public key in the project settings.
    #[error("no office key")]
    NoOfficeKey,
    /// No hand-off passphrase set on this laptop.
    #[error("no hand-off key")]
    NoProjectKey,
    /// The office key is not an RSA public key in PEM.
    #[error("bad office key")]
    BadOfficeKey,
    /// A sealed file needs the project's hand-off passphrase.
    #[error("hand-off passphrase needed")]
    PassphraseNeeded,
    /// The hand-off passphrase (or key) does not open the file.
    #[error("wrong hand-off passphrase")]
    WrongPassphrase,
    /// The sealed file is damaged or altered.
    #[error("sealed file damaged")]
    Damaged,
    /// A newer sealed-file version.
    #[error("sealed file from a newer version")]
    FutureVersion,
    /// A sealed file of another project.
    #[error("sealed file of another project")]
    OtherProject,
}

#[cfg(target_arch = "wasm32")]
use crate::browser::file_crypto;

#[cfg(not(target_arch = "wasm32"))]
#[allow(clippy::unused_async, reason = "the same signatures as the browser")]
mod file_crypto {
    use crate::browser::BrowserError;
    fn none() -> BrowserError {
        BrowserError { name: "NoWebCrypto".into() }
    }
    pub async fn seal(_: &[u8], _: &str, _: &str, _: &str, _: &str, _: &str) -> Result<String, BrowserError> {
        Err(none())
    }
    pub async fn open(_: &str, _: &str) -> Result<Vec<u8>, BrowserError> {
        Err(none())
    }
    pub async fn derive_project_key(_: &str, _: &str, _: u32) -> Result<String, BrowserError> {
        Err(none())
    }
    pub async fn office_fingerprint(_: &str) -> Result<String, BrowserError> {
        Err(none())
    }
}

fn browser_problem(error: &crate::browser::BrowserError) -> AppError {
    match error.name.as_str() {
        "KartotekaBadOfficeKey" => AppError::Seal(SealProblem::BadOfficeKey),
        "KartotekaWrongPassphrase" => AppError::Seal(SealProblem::WrongPassphrase),
        "KartotekaTampered" => AppError::Seal(SealProblem::Damaged),
        _ => AppError::Download(error.clone()),
    }
}

/// This laptop's hand-off key, if set.
///
/// # Errors
/// Storage failures.
pub async fn project_key(records: RecordsContext) -> Result<Option<String>, AppError> {
    let repo = records.repo().ok_or(AppError::Storage(StorageError::Closed))?;
    repo.setting::<String>(HANDOFF_KEY).await.map_err(AppError::Storage)
}

#[allow(clippy::large_types_passed_by_value, reason = "a Copy handle of signal ids, passed like everywhere")]
async fn keep_project_key(records: RecordsContext, key: &str) -> Result<(), AppError> {
    let repo = records.repo().ok_or(AppError::Storage(StorageError::Closed))?;
    repo.set_setting(HANDOFF_KEY, &key.to_owned()).await.map_err(AppError::Storage)?;
    records.handoff_ready.set(true);
    Ok(())
}

/// Sets the project's hand-off passphrase on this laptop (coordinator). Every laptop of the
/// project must use the same one: it opens each other's files.
///
/// # Errors
/// `NotAllowed`, passphrase problems, storage failures.
pub async fn set_handoff_passphrase(records: RecordsContext, passphrase: &str, repeat: &str) -> Result<(), AppError> {
    records.require(Right::Settings)?;
    crate::state::profiles::check_new(passphrase, repeat).map_err(AppError::Passphrase)?;
    let project = records.data.with_untracked(|d| d.current_project().map(|p| p.id.to_string())).unwrap_or_default();
    let key = file_crypto::derive_project_key(passphrase, &project, HANDOFF_ITERATIONS)
        .await
        .map_err(|e| browser_problem(&e))?;
    keep_project_key(records, &key).await
}

/// Checks and saves the central office's public key (PEM) in the project settings; returns its
/// SHA-256 fingerprint.
///
/// # Errors
/// `NotAllowed`, `BadOfficeKey`, storage failures.
pub async fn set_office_key(records: RecordsContext, pem: &str) -> Result<String, AppError> {
    records.require(Right::Settings)?;
    let fingerprint = file_crypto::office_fingerprint(pem.trim()).await.map_err(|e| browser_problem(&e))?;
    let mut project =
        records.data.with_untracked(|d| d.current_project().cloned()).ok_or(AppError::Storage(StorageError::Closed))?;
    pem.trim().clone_into(&mut project.office_public_key);
    records.save(vec![Record::Project(project)], Vec::new()).await?;
    Ok(fingerprint)
}

/// Offers an export for download: sealed (the default), or plain when the coordinator chose so
/// for this session (logged). Returns the name of the file offered.
///
/// # Errors
/// `NoOfficeKey`/`NoProjectKey` (nothing offered), `BadOfficeKey`, a refused download.
pub async fn offer(records: RecordsContext, name: &str, mime: &str, bytes: &[u8]) -> Result<String, AppError> {
    if records.plain_exports.get_untracked() {
        crate::state::hand_off::download(name, mime, bytes)?;
        crate::state::audit::log_later(records, JournalAction::PlainFileDownloaded { file: name.to_owned() }, None);
        return Ok(name.to_owned());
    }
    let (project, office) = records
        .data
        .with_untracked(|d| d.current_project().map(|p| (p.id.to_string(), p.office_public_key.clone())))
        .unwrap_or_default();
    if office.trim().is_empty() {
        return Err(AppError::Seal(SealProblem::NoOfficeKey));
    }
    let key = project_key(records).await?.ok_or(AppError::Seal(SealProblem::NoProjectKey))?;
    let sealed =
        file_crypto::seal(bytes, name, mime, &project, &office, &key).await.map_err(|e| browser_problem(&e))?;
    let sealed_file = sealed_name(name);
    crate::state::hand_off::download(&sealed_file, "application/json", sealed.as_bytes())?;
    crate::state::audit::log_later(records, JournalAction::FileDownloaded { file: sealed_file.clone() }, None);
    Ok(sealed_file)
}

/// The content of an imported file: itself when plain; opened with this laptop's hand-off key,
/// or with the key of `passphrase` (then kept for the next files) when sealed.
///
/// # Errors
/// `PassphraseNeeded` (no key here and none typed), `WrongPassphrase`, `Damaged`,
/// `FutureVersion`.
pub async fn open_if_sealed(
    records: RecordsContext,
    bytes: Vec<u8>,
    passphrase: Option<&str>,
) -> Result<Vec<u8>, AppError> {
    let sealed = match SealedFile::parse(&bytes) {
        Ok(None) => return Ok(bytes),
        Ok(Some(sealed)) => sealed,
        Err(crate::codec::sealed::SealedError::FutureVersion(_)) => {
            return Err(AppError::Seal(SealProblem::FutureVersion));
        }
        Err(_) => return Err(AppError::Seal(SealProblem::Damaged)),
    };
    let here = records.data.with_untracked(|d| d.current_project().map(|p| p.id.to_string()));
    if here.is_some_and(|id| id != sealed.project) {
        return Err(AppError::Seal(SealProblem::OtherProject));
    }
    let json = String::from_utf8_lossy(&bytes).into_owned();
    let typed = match passphrase.filter(|p| !p.is_empty()) {
        Some(p) => Some(
            file_crypto::derive_project_key(p, &sealed.project, HANDOFF_ITERATIONS)
                .await
                .map_err(|e| browser_problem(&e))?,
        ),
        None => None,
    };
    let key = match &typed {
        Some(k) => k.clone(),
        None => project_key(records).await?.ok_or(AppError::Seal(SealProblem::PassphraseNeeded))?,
    };
    let content = file_crypto::open(&json, &key).await.map_err(|e| browser_problem(&e))?;
    if let Some(k) = typed {
        keep_project_key(records, &k).await?;
    }
    Ok(content)
}
