//! Files the user picks: the bridge between a file input's event and the browser helper.

pub use crate::browser::file_read::ChosenFile;

/// The file chosen in the input that fired `event`, if any.
pub fn chosen_file(event: &leptos::ev::Event) -> Option<ChosenFile> {
    crate::browser::file_read::chosen_file(event)
}
