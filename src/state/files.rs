//! Files the user picks: the bridge between a file input's event and the browser helper.

pub use crate::browser::file_read::ChosenFile;

/// The file chosen in the input that fired `event`, if any.
pub fn chosen_file(event: &leptos::ev::Event) -> Option<ChosenFile> {
    crate::browser::file_read::chosen_file(event)
}

/// Empties the file input that fired `event` (after its file was taken), so the same file can
/// be chosen again — browsers fire no `change` for an unchanged choice.
pub fn clear_chosen(event: &leptos::ev::Event) {
    crate::browser::file_read::clear_input(event);
}
