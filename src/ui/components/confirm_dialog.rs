//! A modal confirmation: a question, an explanation, confirm and cancel. Esc cancels.

use leptos::prelude::*;

/// A confirmation dialog shown over the page.
#[component]
pub fn ConfirmDialog(
    /// Whether the dialog is shown.
    #[prop(into)]
    open: Signal<bool>,
    /// The question (the dialog's accessible name).
    #[prop(into)]
    title: TextProp,
    /// What will happen.
    #[prop(into)]
    body: TextProp,
    /// The confirming button's text.
    #[prop(into)]
    confirm_label: TextProp,
    /// The cancelling button's text.
    #[prop(into)]
    cancel_label: TextProp,
    /// Called on confirm.
    #[prop(into)]
    on_confirm: Callback<()>,
    /// Called on cancel (button or Esc).
    #[prop(into)]
    on_cancel: Callback<()>,
) -> impl IntoView {
    // Signals are Copy, so the dialog's body can be rebuilt each time it opens.
    let [title, body, confirm_label, cancel_label] =
        [title, body, confirm_label, cancel_label].map(|t| Signal::derive(move || t.get().to_string()));
    let confirm_ref = NodeRef::<leptos::html::Button>::new();
    Effect::new(move |_| {
        if open.get()
            && let Some(button) = confirm_ref.get()
        {
            // Focus moves into the dialog so keyboard users land on the choice.
            button.focus().ok();
        }
    });
    view! {
        <Show when=move || open.get()>
            <div class="dialog-backdrop">
                <div
                    class="dialog"
                    role="dialog"
                    aria-modal="true"
                    aria-labelledby="confirm-title"
                    aria-describedby="confirm-body"
                    on:keydown=move |ev| {
                        if ev.key() == "Escape" {
                            on_cancel.try_run(());
                        }
                    }
                >
                    <h2 id="confirm-title">{move || title.get()}</h2>
                    <p id="confirm-body">{move || body.get()}</p>
                    <div class="actions">
                        <button type="button" class="button" node_ref=confirm_ref on:click=move |_| { on_confirm.try_run(()); }>
                            {move || confirm_label.get()}
                        </button>
                        <button type="button" class="button secondary" on:click=move |_| { on_cancel.try_run(()); }>
                            {move || cancel_label.get()}
                        </button>
                    </div>
                </div>
            </div>
        </Show>
    }
}
