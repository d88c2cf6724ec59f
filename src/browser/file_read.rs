//! Reading a file the user chose in an `<input type="file">`.

use super::BrowserError;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

/// A chosen file: its name, type and bytes.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ChosenFile {
    /// The file name.
    pub name: String,
    /// The MIME type the browser reports (may be empty).
    pub mime: String,
    /// The size in bytes.
    pub size: u64,
    handle: web_sys::File,
}

/// The first file chosen in the input that fired `event`.
pub fn chosen_file(event: &web_sys::Event) -> Option<ChosenFile> {
    let input = event.target()?.dyn_into::<web_sys::HtmlInputElement>().ok()?;
    let file = input.files()?.get(0)?;
    #[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss, reason = "file sizes are non-negative integers")]
    let size = file.size() as u64;
    Some(ChosenFile { name: file.name(), mime: file.type_(), size, handle: file })
}

impl ChosenFile {
    /// The file's bytes.
    ///
    /// # Errors
    /// When the browser cannot read the file.
    pub async fn bytes(&self) -> Result<Vec<u8>, BrowserError> {
        let buffer = JsFuture::from(self.handle.array_buffer()).await?;
        Ok(js_sys::Uint8Array::new(&buffer).to_vec())
    }
}

/// Empties the file input that fired `event`, so choosing the same file again fires `change`.
pub fn clear_input(event: &web_sys::Event) {
    if let Some(input) = event.target().and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok()) {
        input.set_value("");
    }
}
