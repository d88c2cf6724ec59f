//! `BroadcastChannel`: tells the app's other tabs that records changed.

use super::BrowserError;
use wasm_bindgen::JsCast;
use wasm_bindgen::closure::Closure;
use web_sys::MessageEvent;

/// The channel every tab of the app listens on.
pub const CHANNEL: &str = "kartoteka-changes";

/// An open channel; messages are strings.
pub struct Channel {
    inner: web_sys::BroadcastChannel,
}

impl Channel {
    /// Opens the app's channel.
    ///
    /// # Errors
    /// When the browser has no `BroadcastChannel`.
    pub fn open() -> Result<Channel, BrowserError> {
        Ok(Channel { inner: web_sys::BroadcastChannel::new(CHANNEL)? })
    }

    /// Sends `text` to the other tabs (not to this one).
    ///
    /// # Errors
    /// When the channel is closed.
    pub fn post(&self, text: &str) -> Result<(), BrowserError> {
        self.inner.post_message(&text.into())?;
        Ok(())
    }

    /// Calls `f` with each message from another tab, for as long as the page lives.
    pub fn on_message(&self, f: impl Fn(String) + 'static) {
        let handler = Closure::<dyn FnMut(MessageEvent)>::new(move |event: MessageEvent| {
            if let Some(text) = event.data().as_string() {
                f(text);
            }
        });
        self.inner.set_onmessage(Some(handler.as_ref().unchecked_ref()));
        // One listener per page load, kept for the page's lifetime.
        handler.forget();
    }
}
