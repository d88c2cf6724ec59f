//! A labelled select with an optional empty choice.

use crate::state::form_status::FieldStatus;
use leptos::prelude::*;

/// One choice of a select: (value, label).
pub type SelectOption = (String, String);

/// A select with a visible label.
#[component]
pub fn SelectField(
    /// The select's id.
    #[prop(into)]
    id: String,
    /// The visible label.
    #[prop(into)]
    label: TextProp,
    /// The choices.
    #[prop(into)]
    options: Signal<Vec<SelectOption>>,
    /// The chosen value ("" for none).
    #[prop(into)]
    value: Signal<String>,
    /// Called with the chosen value.
    #[prop(into)]
    on_change: Callback<String>,
    /// The label of the empty choice; without it there is none.
    #[prop(optional, into)]
    empty: Option<TextProp>,
    /// What to say under the field.
    #[prop(optional, into)]
    status: Signal<FieldStatus>,
    /// Marks the field as required.
    #[prop(optional)]
    required: bool,
    /// Disables the select.
    #[prop(optional, into)]
    disabled: Signal<bool>,
) -> impl IntoView {
    let message_id = format!("{id}-msg");
    view! {
        <div class="field" class:invalid=move || status.get().is_invalid()>
            <div class="label-row">
                <label for=id.clone()>{move || label.get()}</label>
                {required.then(|| view! { <span class="required" aria-hidden="true">"*"</span> })}
            </div>
            <select
                id=id
                on:change=move |ev| { on_change.try_run(event_target_value(&ev)); }
                prop:value=move || value.get()
                disabled=move || disabled.get()
                aria-invalid=move || if status.get().is_invalid() { "true" } else { "false" }
                aria-describedby=message_id.clone()
            >
                {empty.map(|e| view! { <option value="" selected=move || value.get().is_empty()>{move || e.get()}</option> })}
                {move || {
                    let current = value.get();
                    options
                        .get()
                        .into_iter()
                        .map(|(v, l)| {
                            let selected = v == current;
                            view! { <option value=v selected=selected>{l}</option> }
                        })
                        .collect_view()
                }}
            </select>
            <p class="field-msg" id=message_id aria-live="polite">
                {move || status.get().message().map(str::to_owned)}
            </p>
        </div>
    }
}
