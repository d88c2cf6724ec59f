//! A labelled checkbox.

use leptos::prelude::*;

/// A checkbox with its label to the right.
#[component]
pub fn CheckboxField(
    /// The checkbox's id.
    #[prop(into)]
    id: String,
    /// The visible label.
    #[prop(into)]
    label: TextProp,
    /// Whether it is checked.
    #[prop(into)]
    checked: Signal<bool>,
    /// Called with the new state.
    #[prop(into)]
    on_change: Callback<bool>,
    /// Disables the checkbox.
    #[prop(optional, into)]
    disabled: Signal<bool>,
) -> impl IntoView {
    view! {
        <div class="checkbox">
            <input
                type="checkbox"
                id=id.clone()
                prop:checked=move || checked.get()
                disabled=move || disabled.get()
                on:change=move |ev| { on_change.try_run(event_target_checked(&ev)); }
            />
            <label for=id>{move || label.get()}</label>
        </div>
    }
}
