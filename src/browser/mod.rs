//! Thin wrappers over browser APIs: no domain logic, typed results, called only from `state`.

pub mod broadcast;
pub mod download;
#[cfg(target_arch = "wasm32")]
pub mod file_crypto;
pub mod file_read;
pub mod persistence;
pub mod prefs;
pub mod service_worker;
pub mod wipe;

use wasm_bindgen::JsValue;

/// A browser call failed; carries the JavaScript error's name for the reference code.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[error("browser API failed: {name}")]
pub struct BrowserError {
    /// The `DOMException`/`Error` name, e.g. `SecurityError`, or `unknown`.
    pub name: String,
}

impl From<JsValue> for BrowserError {
    fn from(value: JsValue) -> Self {
        let name = js_sys::Reflect::get(&value, &JsValue::from_str("name"))
            .ok()
            .and_then(|n| n.as_string())
            .unwrap_or_else(|| "unknown".to_owned());
        BrowserError { name }
    }
}

/// The global `window`, when running in a page.
pub fn window() -> Option<web_sys::Window> {
    web_sys::window()
}

/// Resolves after `ms` milliseconds (at once when there is no window to set a timer on).
pub async fn sleep_ms(ms: i32) {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        let scheduled =
            window().is_some_and(|w| w.set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, ms).is_ok());
        if !scheduled {
            // Without a timer, resolve now rather than hang the caller forever.
            resolve.call0(&JsValue::NULL).ok();
        }
    });
    wasm_bindgen_futures::JsFuture::from(promise).await.ok();
}

/// Reloads the page (after an update elsewhere, or to retry opening the database).
pub fn reload_page() {
    if let Some(window) = window() {
        // If the reload is refused the page simply stays; the user can press F5.
        window.location().reload().ok();
    }
}

/// Opens the print dialog.
pub fn print_page() {
    if let Some(window) = window() {
        // A refused print dialog leaves the page as it is; the user can press Ctrl+P.
        window.print().ok();
    }
}

/// Focuses (and so scrolls to) the first field marked `aria-invalid="true"` inside `root`.
/// Returns whether one was found.
pub fn focus_first_invalid(root: &web_sys::Element) -> bool {
    use wasm_bindgen::JsCast;
    let Ok(Some(element)) = root.query_selector("[aria-invalid='true']") else { return false };
    element.dyn_into::<web_sys::HtmlElement>().is_ok_and(|e| e.focus().is_ok())
}

/// Focuses the element with `id`, if there is one. Returns whether it was focused.
pub fn focus_by_id(id: &str) -> bool {
    use wasm_bindgen::JsCast;
    window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id(id))
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
        .is_some_and(|e| e.focus().is_ok())
}
