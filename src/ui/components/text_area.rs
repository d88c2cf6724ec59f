//! A labelled multi-line text input.

use crate::state::form_status::FieldStatus;
use leptos::prelude::*;

/// A textarea with a visible label and message line.
#[component]
pub fn TextArea(
    /// The textarea's id.
    #[prop(into)]
    id: String,
    /// The visible label.
    #[prop(into)]
    label: TextProp,
    /// The current text.
    #[prop(into)]
    value: Signal<String>,
    /// Called with the new text on every keystroke.
    #[prop(into)]
    on_input: Callback<String>,
    /// What to say under the field.
    #[prop(optional, into)]
    status: Signal<FieldStatus>,
    /// Visible rows.
    #[prop(default = 3)]
    rows: u32,
) -> impl IntoView {
    let message_id = format!("{id}-msg");
    view! {
        <div class="field" class:invalid=move || status.get().is_invalid()>
            <label for=id.clone()>{move || label.get()}</label>
            <textarea
                id=id
                rows=rows
                prop:value=move || value.get()
                on:input=move |ev| { on_input.try_run(event_target_value(&ev)); }
                aria-invalid=move || if status.get().is_invalid() { "true" } else { "false" }
                aria-describedby=message_id.clone()
            ></textarea>
            <p class="field-msg" id=message_id aria-live="polite">
                {move || status.get().message().map(str::to_owned)}
            </p>
        </div>
    }
}
