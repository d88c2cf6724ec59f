//! The card's documents checklist: each required document with its date, entered in place.

use crate::domain::dictionary::Kind;
use crate::domain::participant::Participant;
use crate::i18n::format::date;
use crate::i18n::{Msg, fill, t, text, use_locale};
use crate::state::errors::error_text;
use crate::state::notices::{NoticeKind, use_notices};
use crate::state::participants::record_document;
use crate::state::records::use_records;
use crate::ui::components::{CheckboxField, TextField};
use crate::ui::labels::dict_label;
use leptos::prelude::*;
use leptos::task::spawn_local;

/// The documents checklist: each kind with its date, or a field to record it.
#[component]
pub fn DocumentsCard(
    /// The person.
    person: Participant,
) -> impl IntoView {
    let locale = use_locale().0;
    let records = use_records();
    let notices = use_notices();
    let required = Memo::new(move |_| {
        records.data.with(|d| d.current_project().map(|p| p.required_documents.clone()).unwrap_or_default())
    });
    let id = person.id;
    let person = StoredValue::new(person);
    let shown_kinds = ["deklaracja", "rodo", "kontrakt_socjalny", "diagnoza_potrzeb", "isr"];
    view! {
        <section class="card" aria-labelledby="docs-title">
            <h2 id="docs-title">{t(Msg::FieldDocuments)}</h2>
            <ul class="checklist">
                {move || {
                    let mut kinds: Vec<String> = required.get();
                    for k in shown_kinds {
                        if !kinds.iter().any(|x| x == k) {
                            kinds.push(k.to_owned());
                        }
                    }
                    for d in &person.get_value().documents {
                        if !kinds.contains(&d.kind) {
                            kinds.push(d.kind.clone());
                        }
                    }
                    kinds
                        .into_iter()
                        .map(|kind| {
                            let recorded = person.get_value().document(&kind).cloned();
                            let label = dict_label(locale.get(), Kind::DocumentKind, &kind);
                            let is_required = required.with(|r| r.contains(&kind));
                            let typed = RwSignal::new(String::new());
                            let guardian = RwSignal::new(false);
                            let k = kind.clone();
                            let save = move |_| {
                                let (kind, value, g) = (k.clone(), typed.get_untracked(), guardian.get_untracked());
                                spawn_local(async move {
                                    match record_document(records, id, kind, value, g).await {
                                        Ok(()) => notices.push(NoticeKind::Success, text(locale.get_untracked(), Msg::Saved).to_owned()),
                                        Err(error) => notices.push(NoticeKind::Error, error_text(locale.get_untracked(), &error)),
                                    }
                                });
                            };
                            let done = recorded.is_some();
                            view! {
                                <li class:done=done class:required=is_required>
                                    {if let Some(doc) = recorded { view! {
                                        <span>{"✓ "}{label.clone()}": "{date(doc.date)}{doc.signed_by_guardian.then(|| format!(" ({})", text(locale.get(), Msg::DocumentGuardianSigned)))}</span>
                                    }
                                        .into_any() } else {
                                        let open = RwSignal::new(false);
                                        let label_for_aria = label.clone();
                                        view! {
                                            <div class="doc-missing">
                                                <span>{label.clone()}": "<em>{t(Msg::DocumentMissing)}</em></span>
                                                " "
                                                <button
                                                    type="button"
                                                    class="button secondary small"
                                                    aria-expanded=move || if open.get() { "true" } else { "false" }
                                                    aria-label=fill(text(locale.get(), Msg::DocumentRecordNamed), &[("document", &label_for_aria)])
                                                    on:click=move |_| open.update(|o| *o = !*o)
                                                >
                                                    {t(Msg::DocumentRecord)}
                                                </button>
                                                <Show when=move || open.get()>
                                                    <div class="inline">
                                                        <TextField
                                                            id=format!("card-doc-{kind}")
                                                            label=fill(text(locale.get(), Msg::DocumentDateOf), &[("document", &label)])
                                                            hint=t(Msg::DateHint)
                                                            inputmode="numeric"
                                                            value=typed
                                                            on_input=move |v| typed.set(v)
                                                        />
                                                        <CheckboxField id=format!("card-doc-{kind}-guardian") label=t(Msg::DocumentGuardianSigned) checked=guardian on_change=move |v| guardian.set(v)/>
                                                        <button type="button" class="button small" aria-label=fill(text(locale.get(), Msg::DocumentSaveNamed), &[("document", &label)]) on:click=save.clone()>
                                                            {t(Msg::DocumentSave)}
                                                        </button>
                                                    </div>
                                                </Show>
                                            </div>
                                        }
                                        .into_any()
                                    }}
                                </li>
                            }
                        })
                        .collect_view()
                }}
            </ul>
        </section>
    }
}
