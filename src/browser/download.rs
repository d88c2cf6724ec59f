//! Saving bytes as a file the user downloads (Blob + `<a download>`).

use super::BrowserError;
use wasm_bindgen::JsCast;

/// Offers `bytes` as a download named `name` with MIME type `mime`.
///
/// # Errors
/// When the page has no document or the browser refuses the Blob.
pub fn download(name: &str, mime: &str, bytes: &[u8]) -> Result<(), BrowserError> {
    let missing = || BrowserError { name: "NoDocument".into() };
    let document = super::window().and_then(|w| w.document()).ok_or_else(missing)?;
    let array = js_sys::Uint8Array::from(bytes);
    let parts = js_sys::Array::of1(&array);
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let blob = web_sys::Blob::new_with_u8_array_sequence_and_options(&parts, &options)?;
    let url = web_sys::Url::create_object_url_with_blob(&blob)?;
    let link = document.create_element("a")?.dyn_into::<web_sys::HtmlAnchorElement>().map_err(|_| missing())?;
    link.set_href(&url);
    link.set_download(name);
    link.click();
    // The click has started the download; the URL can go.
    web_sys::Url::revoke_object_url(&url)?;
    Ok(())
}
