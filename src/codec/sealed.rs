//! Encrypted hand-off files ("plik zaszyfrowany"): every export — the close-the-day ZIP, the
//! JSON export, each CSV, one person's data — travels as this JSON wrapper. The content is
//! encrypted with a random AES-256-GCM file key; the file key is wrapped twice: with the
//! central office's RSA public key (RSA-OAEP with SHA-256) so the office can read every file,
//! and with the project's hand-off key (AES-KW, derived from the project's hand-off passphrase)
//! so the project's other laptops can import, join and restore. A lost stick leaks nothing.
//!
//! The browser seals with WebCrypto (`src/browser/file_crypto.js`); the office opens with
//! `kartoteka-decrypt` (`RustCrypto`, [`office::open_with_office`]). The additional data binds the
//! content to the wrapper's format, version and file name, so a flipped byte anywhere in the
//! ciphertext, the IV, the wrapped key or those fields gives an error, never wrong data.

use base64::Engine;
use base64::engine::general_purpose::STANDARD;
use serde::{Deserialize, Serialize};

/// The wrapper's `format`.
pub const FORMAT: &str = "kartoteka-zaszyfrowany";

/// The newest wrapper version this build writes and reads.
pub const VERSION: u32 = 1;

/// The suffix added to a sealed file's name.
pub const SUFFIX: &str = ".zaszyfrowany.json";

/// One wrapped copy of the file key.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct WrappedKey {
    /// `RSA-OAEP-256` or `AES-KW`.
    pub alg: String,
    /// For the office copy: SHA-256 of the public key (SPKI DER), hex, to tell keys apart.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub key_sha256: String,
    /// The wrapped file key, base64.
    pub key: String,
}

/// The wrapper, as stored in the file.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SealedFile {
    /// Always [`FORMAT`].
    pub format: String,
    /// The wrapper version.
    pub version: u32,
    /// The name of the file inside (what `kartoteka-decrypt` writes).
    pub file_name: String,
    /// Its MIME type.
    pub mime: String,
    /// The project it belongs to (its id; no personal data).
    pub project: String,
    /// Always `AES-256-GCM`.
    pub cipher: String,
    /// The 96-bit IV, base64.
    pub iv: String,
    /// The file key for the central office.
    pub office: WrappedKey,
    /// The file key for the project's laptops.
    pub project_key: WrappedKey,
    /// Ciphertext with the 128-bit tag appended, base64.
    pub ciphertext: String,
}

/// Why a sealed file cannot be opened.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum SealedError {
    /// Not a sealed Kartoteka file.
    #[error("to nie jest zaszyfrowany plik Kartoteki")]
    NotSealed,
    /// A newer wrapper than this build reads.
    #[error("plik w wersji {0} jest nowszy niż to narzędzie (czyta wersję {VERSION}); zaktualizuj je")]
    FutureVersion(u32),
    /// The key does not open it (another office key, or a damaged wrapped key).
    #[error("ten klucz nie otwiera pliku (inny klucz biura albo uszkodzony plik)")]
    WrongKey,
    /// The content fails its integrity check: damaged or altered.
    #[error("plik jest uszkodzony albo został zmieniony: nie przechodzi kontroli integralności")]
    Damaged,
    /// A field is not valid base64 or the key file cannot be read.
    #[error("{0}")]
    Malformed(String),
}

impl SealedFile {
    /// Reads a wrapper; `Ok(None)` when `bytes` is not a sealed file at all (a plain export).
    ///
    /// # Errors
    /// `FutureVersion`, or `Malformed` when it claims to be sealed but cannot be read.
    pub fn parse(bytes: &[u8]) -> Result<Option<SealedFile>, SealedError> {
        let Ok(value) = serde_json::from_slice::<serde_json::Value>(bytes) else { return Ok(None) };
        if value.get("format").and_then(serde_json::Value::as_str) != Some(FORMAT) {
            return Ok(None);
        }
        let version = value.get("version").and_then(serde_json::Value::as_u64).unwrap_or(0);
        if version > u64::from(VERSION) {
            return Err(SealedError::FutureVersion(u32::try_from(version).unwrap_or(u32::MAX)));
        }
        serde_json::from_value(value).map(Some).map_err(|e| SealedError::Malformed(e.to_string()))
    }

    /// The additional authenticated data: format, version and inner file name.
    pub fn aad(&self) -> String {
        aad(self.version, &self.file_name)
    }

    /// The IV and ciphertext, decoded.
    ///
    /// # Errors
    /// `Malformed` base64.
    pub fn parts(&self) -> Result<(Vec<u8>, Vec<u8>), SealedError> {
        Ok((b64(&self.iv)?, b64(&self.ciphertext)?))
    }
}

/// The additional authenticated data of a wrapper version and inner file name.
pub fn aad(version: u32, file_name: &str) -> String {
    format!("{FORMAT}/{version}/{file_name}")
}

/// Decodes base64.
///
/// # Errors
/// `Malformed`.
pub fn b64(text: &str) -> Result<Vec<u8>, SealedError> {
    STANDARD.decode(text.trim()).map_err(|e| SealedError::Malformed(format!("base64: {e}")))
}

/// The sealed file's name for an export named `name`.
pub fn sealed_name(name: &str) -> String {
    format!("{name}{SUFFIX}")
}

/// Opening with the central office's private key (native: `kartoteka-decrypt`, tests).
#[cfg(not(target_arch = "wasm32"))]
pub mod office {
    use super::{STANDARD, SealedError, SealedFile, b64};
    use aes_gcm::aead::{Aead, KeyInit, Payload};
    use aes_gcm::{Aes256Gcm, Nonce};
    use base64::Engine;
    use rsa::pkcs8::{DecodePrivateKey, EncodePublicKey};
    use rsa::{Oaep, RsaPrivateKey, RsaPublicKey};
    use sha2::{Digest, Sha256};

    /// Reads an RSA private key in PEM (PKCS#8 "PRIVATE KEY" or PKCS#1 "RSA PRIVATE KEY").
    ///
    /// # Errors
    /// `Malformed` with what is wrong.
    pub fn private_key(pem: &str) -> Result<RsaPrivateKey, SealedError> {
        use rsa::pkcs1::DecodeRsaPrivateKey;
        RsaPrivateKey::from_pkcs8_pem(pem)
            .or_else(|_| RsaPrivateKey::from_pkcs1_pem(pem))
            .map_err(|e| SealedError::Malformed(format!("the key file is not an RSA private key in PEM: {e}")))
    }

    /// SHA-256 of a public key's SPKI DER, hex.
    pub fn fingerprint(public: &RsaPublicKey) -> String {
        let der = public.to_public_key_der().map(|d| d.as_bytes().to_vec()).unwrap_or_default();
        Sha256::digest(der).iter().fold(String::with_capacity(64), |mut hex, b| {
            use std::fmt::Write;
            // Writing to a String cannot fail.
            write!(hex, "{b:02x}").ok();
            hex
        })
    }

    /// Opens `file` with the office's private key: the content, exactly as exported.
    ///
    /// # Errors
    /// `WrongKey` (another key or a damaged wrapped key), `Damaged` (integrity check fails),
    /// `Malformed`.
    pub fn open_with_office(file: &SealedFile, key: &RsaPrivateKey) -> Result<Vec<u8>, SealedError> {
        let wrapped = b64(&file.office.key)?;
        let file_key = key.decrypt(Oaep::new::<Sha256>(), &wrapped).map_err(|_| SealedError::WrongKey)?;
        if file_key.len() != 32 {
            return Err(SealedError::WrongKey);
        }
        let (iv, ciphertext) = file.parts()?;
        if iv.len() != 12 {
            return Err(SealedError::Damaged);
        }
        let cipher = Aes256Gcm::new_from_slice(&file_key).map_err(|_| SealedError::WrongKey)?;
        let aad = file.aad();
        cipher
            .decrypt(Nonce::from_slice(&iv), Payload { msg: &ciphertext, aad: aad.as_bytes() })
            .map_err(|_| SealedError::Damaged)
    }

    /// Seals `content` for the office only (tests and fixtures; the app seals in the browser).
    ///
    /// # Errors
    /// `Malformed` when RSA encryption fails.
    pub fn seal_for_office(
        content: &[u8],
        file_name: &str,
        mime: &str,
        public: &RsaPublicKey,
    ) -> Result<SealedFile, SealedError> {
        use aes_gcm::aead::OsRng;
        use aes_gcm::aead::rand_core::RngCore;
        let mut file_key = [0_u8; 32];
        let mut iv = [0_u8; 12];
        OsRng.fill_bytes(&mut file_key);
        OsRng.fill_bytes(&mut iv);
        let wrapped = public
            .encrypt(&mut OsRng, Oaep::new::<Sha256>(), &file_key)
            .map_err(|e| SealedError::Malformed(e.to_string()))?;
        let aad = super::aad(super::VERSION, file_name);
        let cipher = Aes256Gcm::new_from_slice(&file_key).map_err(|_| SealedError::WrongKey)?;
        let ciphertext = cipher
            .encrypt(Nonce::from_slice(&iv), Payload { msg: content, aad: aad.as_bytes() })
            .map_err(|_| SealedError::Damaged)?;
        Ok(SealedFile {
            format: super::FORMAT.into(),
            version: super::VERSION,
            file_name: file_name.into(),
            mime: mime.into(),
            project: String::new(),
            cipher: "AES-256-GCM".into(),
            iv: STANDARD.encode(iv),
            office: super::WrappedKey {
                alg: "RSA-OAEP-256".into(),
                key_sha256: fingerprint(public),
                key: STANDARD.encode(wrapped),
            },
            project_key: super::WrappedKey { alg: "AES-KW".into(), key_sha256: String::new(), key: String::new() },
            ciphertext: STANDARD.encode(ciphertext),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plain_exports_are_not_taken_for_sealed_files_and_newer_versions_are_refused() {
        assert_eq!(SealedFile::parse(b"{\"format\":\"kartoteka\",\"records\":[]}"), Ok(None));
        assert_eq!(SealedFile::parse(b"Nazwisko;Imi\xc4\x99\n"), Ok(None));
        assert_eq!(SealedFile::parse(b"PK\x03\x04"), Ok(None));
        let newer = format!("{{\"format\":\"{FORMAT}\",\"version\":9}}");
        assert_eq!(SealedFile::parse(newer.as_bytes()), Err(SealedError::FutureVersion(9)));
        assert!(matches!(
            SealedFile::parse(format!("{{\"format\":\"{FORMAT}\",\"version\":1}}").as_bytes()),
            Err(SealedError::Malformed(_))
        ));
        assert_eq!(sealed_name("dzien.zip"), "dzien.zip.zaszyfrowany.json");
    }
}
