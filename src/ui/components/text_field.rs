//! A labelled text input with its message line (error or "do uzupełnienia").

use crate::state::form_status::FieldStatus;
use leptos::prelude::*;

/// One text input with a visible label.
#[component]
pub fn TextField(
    /// The input's id (the label points at it).
    #[prop(into)]
    id: String,
    /// The visible label, also the accessible name.
    #[prop(into)]
    label: TextProp,
    /// The current text.
    #[prop(into)]
    value: Signal<String>,
    /// Called with the new text on every keystroke.
    #[prop(into)]
    on_input: Callback<String>,
    /// Called when the field is left.
    #[prop(optional, into)]
    on_blur: Option<Callback<()>>,
    /// What to say under the field.
    #[prop(optional, into)]
    status: Signal<FieldStatus>,
    /// The input type (`text`, `date`, `tel`, `email`, `number`, `time`).
    #[prop(default = "text")]
    input_type: &'static str,
    /// A hint shown under the label.
    #[prop(optional, into)]
    hint: Option<TextProp>,
    /// Marks the field as required for the current step.
    #[prop(optional)]
    required: bool,
    /// Makes the field read-only (e.g. derived from the PESEL).
    #[prop(optional, into)]
    readonly: Signal<bool>,
    /// `inputmode` for on-screen keyboards (e.g. `numeric`, `decimal`).
    #[prop(optional)]
    inputmode: Option<&'static str>,
    /// `autocomplete` hint (e.g. `off`, `given-name`).
    #[prop(optional)]
    autocomplete: Option<&'static str>,
) -> impl IntoView {
    let message_id = format!("{id}-msg");
    let hint_id = format!("{id}-hint");
    let described = if hint.is_some() { format!("{hint_id} {message_id}") } else { message_id.clone() };
    view! {
        <div
            class="field"
            class:invalid=move || status.get().is_invalid()
            class:incomplete=move || matches!(status.get(), FieldStatus::Incomplete(_))
        >
            <div class="label-row">
                <label for=id.clone()>{move || label.get()}</label>
                {required.then(|| view! { <span class="required" aria-hidden="true">"*"</span> })}
            </div>
            {hint.map(|h| view! { <p class="hint" id=hint_id.clone()>{move || h.get()}</p> })}
            <input
                id=id
                type=input_type
                prop:value=move || value.get()
                on:input=move |ev| { on_input.try_run(event_target_value(&ev)); }
                on:blur=move |_| {
                    if let Some(cb) = on_blur {
                        let _ = cb.try_run(());
                    }
                }
                readonly=move || readonly.get()
                aria-required=required.then_some("true")
                aria-invalid=move || if status.get().is_invalid() { "true" } else { "false" }
                aria-describedby=described
                inputmode=inputmode
                autocomplete=autocomplete
            />
            <p class="field-msg" id=message_id aria-live="polite">
                {move || status.get().message().map(str::to_owned)}
            </p>
        </div>
    }
}
