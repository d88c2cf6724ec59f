//! Notices: short messages for the user (saved, failed, …) shown in the notice bar.

use leptos::prelude::*;

/// How a notice should look and be announced.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NoticeKind {
    /// Something finished as asked.
    Success,
    /// Neutral information.
    Info,
    /// Something failed; the text says what to do.
    Error,
}

/// One message in the notice bar.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Notice {
    /// Unique within the page's lifetime, for keyed rendering and dismissal.
    pub id: u64,
    /// How it looks.
    pub kind: NoticeKind,
    /// The sentence, already translated and filled.
    pub text: String,
}

/// The shared list of notices, newest last.
#[derive(Clone, Copy)]
pub struct NoticesContext {
    list: RwSignal<Vec<Notice>>,
    next_id: StoredValue<u64>,
}

impl NoticesContext {
    /// The notices to show.
    pub fn list(&self) -> Signal<Vec<Notice>> {
        self.list.into()
    }

    /// Shows a new notice.
    pub fn push(&self, kind: NoticeKind, text: String) {
        let id = self.next_id.get_value();
        self.next_id.set_value(id + 1);
        self.list.update(|l| {
            // Only the latest few matter; older ones would only push the page down.
            if l.len() >= 4 {
                l.remove(0);
            }
            l.push(Notice { id, kind, text });
        });
    }

    /// Removes one notice.
    pub fn dismiss(&self, id: u64) {
        self.list.update(|l| l.retain(|n| n.id != id));
    }
}

/// Creates and provides the notices context.
pub fn provide_notices() -> NoticesContext {
    let context = NoticesContext { list: RwSignal::new(Vec::new()), next_id: StoredValue::new(0) };
    provide_context(context);
    context
}

/// The notices context provided by the app root.
///
/// # Panics
/// When no `NoticesContext` was provided (a wiring bug).
pub fn use_notices() -> NoticesContext {
    expect_context::<NoticesContext>()
}
