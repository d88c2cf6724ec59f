//! `navigator.storage`: whether storage is persistent, asking for it, and usage/quota.

use super::BrowserError;
use js_sys::Reflect;
use wasm_bindgen::JsValue;
use wasm_bindgen_futures::JsFuture;
use web_sys::StorageManager;

/// Usage and quota as reported by `navigator.storage.estimate()`.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Estimate {
    /// Bytes used by this origin.
    pub usage: u64,
    /// Bytes this origin may use.
    pub quota: u64,
}

fn storage_manager() -> Option<StorageManager> {
    let navigator = super::window()?.navigator();
    let has = Reflect::has(&navigator, &JsValue::from_str("storage")).unwrap_or(false);
    if !has {
        return None;
    }
    Some(navigator.storage())
}

async fn bool_promise(promise: Result<js_sys::Promise, JsValue>) -> Result<bool, BrowserError> {
    let value = JsFuture::from(promise?).await?;
    Ok(value.as_bool().unwrap_or(false))
}

/// `Some(persisted)` when the browser can tell, `None` when the API is missing.
///
/// # Errors
/// When the browser rejects the query.
pub async fn persisted() -> Result<Option<bool>, BrowserError> {
    let Some(manager) = storage_manager() else {
        return Ok(None);
    };
    bool_promise(manager.persisted()).await.map(Some)
}

/// Asks for persistent storage; `Some(granted)`, or `None` when the API is missing.
///
/// # Errors
/// When the browser rejects the request.
pub async fn request_persist() -> Result<Option<bool>, BrowserError> {
    let Some(manager) = storage_manager() else {
        return Ok(None);
    };
    bool_promise(manager.persist()).await.map(Some)
}

/// Usage and quota, or `None` when the API is missing.
///
/// # Errors
/// When the browser rejects the query.
pub async fn estimate() -> Result<Option<Estimate>, BrowserError> {
    let Some(manager) = storage_manager() else {
        return Ok(None);
    };
    let value = JsFuture::from(manager.estimate()?).await?;
    let number = |key: &str| -> u64 {
        Reflect::get(&value, &JsValue::from_str(key))
            .ok()
            .and_then(|v| v.as_f64())
            .filter(|v| v.is_finite() && *v >= 0.0)
            // Byte counts fit f64's integer range; truncation of a fraction is harmless.
            .map_or(0, |v| {
                #[allow(
                    clippy::cast_possible_truncation,
                    clippy::cast_sign_loss,
                    reason = "checked finite and non-negative"
                )]
                let n = v as u64;
                n
            })
    };
    Ok(Some(Estimate { usage: number("usage"), quota: number("quota") }))
}
