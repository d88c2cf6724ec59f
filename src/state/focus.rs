//! Moving keyboard focus where the user has to act next.

use leptos::prelude::*;

/// After the next render, focuses the first invalid field inside the form `root` refers to,
/// so a refused save shows (and a screen reader reads) what to fix.
pub fn focus_first_invalid_later(root: NodeRef<leptos::html::Form>) {
    set_timeout(
        move || {
            if let Some(form) = root.get_untracked() {
                crate::browser::focus_first_invalid(&form);
            }
        },
        std::time::Duration::ZERO,
    );
}

/// After the next render, focuses the element with `id` (a field just added).
pub fn focus_by_id_later(id: String) {
    set_timeout(
        move || {
            crate::browser::focus_by_id(&id);
        },
        std::time::Duration::ZERO,
    );
}
