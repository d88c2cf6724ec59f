//! The header counter "N zmian niewyeksportowanych".

use crate::i18n::{Msg, plural, text, use_locale};
use leptos::prelude::*;

/// Shows how many record changes have not been exported yet.
#[component]
pub fn UnexportedBadge(
    /// The number of unexported changes.
    #[prop(into)]
    count: Signal<u64>,
) -> impl IntoView {
    let locale = use_locale().0;
    let label = move || {
        let n = count.get();
        if n == 0 {
            text(locale.get(), Msg::UnexportedNone).to_owned()
        } else {
            plural(locale.get(), n, [Msg::UnexportedOne, Msg::UnexportedFew, Msg::UnexportedMany])
        }
    };
    view! {
        <span class="unexported" class:pending=move || { count.get() > 0 } role="status" data-testid="unexported">
            {label}
        </span>
    }
}
