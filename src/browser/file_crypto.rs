//! WebCrypto for hand-off files (`file_crypto.js`): seal an export, open an imported file,
//! derive the project's hand-off key, check the office's public key.

use super::BrowserError;
use js_sys::{Promise, Uint8Array};
use wasm_bindgen::prelude::*;
use wasm_bindgen_futures::JsFuture;

#[wasm_bindgen(module = "/src/browser/file_crypto.js")]
extern "C" {
    #[wasm_bindgen(js_name = sealFile)]
    fn glue_seal(bytes: &Uint8Array, name: &str, mime: &str, project: &str, office: &str, key: &str) -> Promise;
    #[wasm_bindgen(js_name = openFile)]
    fn glue_open(json: &str, key: &str) -> Promise;
    #[wasm_bindgen(js_name = deriveProjectKey)]
    fn glue_derive(passphrase: &str, project: &str, iterations: u32) -> Promise;
    #[wasm_bindgen(js_name = officeKeyFingerprint)]
    fn glue_fingerprint(pem: &str) -> Promise;
}

async fn text(promise: Promise) -> Result<String, BrowserError> {
    Ok(JsFuture::from(promise).await?.as_string().unwrap_or_default())
}

/// The sealed wrapper's JSON for `bytes`.
///
/// # Errors
/// `KartotekaBadOfficeKey`, or WebCrypto failures.
pub async fn seal(
    bytes: &[u8],
    name: &str,
    mime: &str,
    project: &str,
    office: &str,
    key: &str,
) -> Result<String, BrowserError> {
    text(glue_seal(&Uint8Array::from(bytes), name, mime, project, office, key)).await
}

/// The content of a sealed wrapper.
///
/// # Errors
/// `KartotekaWrongPassphrase` (another project's key), `KartotekaTampered`.
pub async fn open(json: &str, key: &str) -> Result<Vec<u8>, BrowserError> {
    let value = JsFuture::from(glue_open(json, key)).await?;
    Ok(Uint8Array::new(&value).to_vec())
}

/// The project's hand-off key (base64) from its passphrase.
///
/// # Errors
/// WebCrypto failures.
pub async fn derive_project_key(passphrase: &str, project: &str, iterations: u32) -> Result<String, BrowserError> {
    text(glue_derive(passphrase, project, iterations)).await
}

/// SHA-256 (hex) of the office's public key.
///
/// # Errors
/// `KartotekaBadOfficeKey` when it is not an RSA public key (≥ 2048 bits) in PEM.
pub async fn office_fingerprint(pem: &str) -> Result<String, BrowserError> {
    text(glue_fingerprint(pem)).await
}
