//! The form's "Dokumenty" section: signed documents with dates, and a minor's guardian.

use super::PersonForm;
use crate::domain::validation::Field;
use crate::i18n::{Msg, fill, t, text, use_locale};
use crate::state::participant_form::DocumentRow;
use crate::state::records::use_records;
use crate::ui::components::{CheckboxField, TextField};
use crate::ui::labels::dict_label;
use leptos::prelude::*;

/// Signed documents with dates; a minor's guardian.
#[component]
pub fn DocumentsSection(
    /// The form.
    pf: PersonForm,
) -> impl IntoView {
    let locale = use_locale().0;
    let records = use_records();
    let required = Memo::new(move |_| {
        records.data.with(|d| d.current_project().map(|p| p.required_documents.clone()).unwrap_or_default())
    });
    let kinds = crate::domain::dictionary::dictionaries().all(crate::domain::dictionary::Kind::DocumentKind);
    let minor = Memo::new(move |_| pf.person.with(|p| p.is_minor_at_joining(crate::state::participants::today())));
    let row_of =
        move |kind: &str| pf.form.with(|f| f.documents.iter().find(|d| d.kind == kind).cloned().unwrap_or_default());
    let update = move |kind: String, change: Box<dyn Fn(&mut DocumentRow)>| {
        pf.form.update(|f| {
            if let Some(row) = f.documents.iter_mut().find(|d| d.kind == kind) {
                change(row);
            } else {
                let mut row = DocumentRow { kind: kind.clone(), ..DocumentRow::default() };
                change(&mut row);
                f.documents.push(row);
            }
        });
    };
    view! {
        <fieldset>
            <legend>{t(Msg::FieldDocuments)}</legend>
            <p class="hint">{t(Msg::DocumentsHint)}</p>
            <div class="table-wrap">
                <table class="list documents">
                    <thead>
                        <tr>
                            <th scope="col">{t(Msg::DocumentKindColumn)}</th>
                            <th scope="col">{t(Msg::DocumentDateColumn)}</th>
                            <th scope="col">{t(Msg::DocumentGuardianColumn)}</th>
                        </tr>
                    </thead>
                    <tbody>
                        {kinds
                            .iter()
                            .map(|entry| {
                                let code = entry.code.clone();
                                let label_code = code.clone();
                                let required_code = code.clone();
                                let (c1, c2, c3, c4) = (code.clone(), code.clone(), code.clone(), code.clone());
                                let label = move || dict_label(locale.get(), crate::domain::dictionary::Kind::DocumentKind, &label_code);
                                let label2 = label.clone();
                                view! {
                                    <tr>
                                        <th scope="row">
                                            {label}
                                            {move || required.with(|r| r.contains(&required_code)).then(|| view! { <span class="badge">{t(Msg::Required)}</span> })}
                                        </th>
                                        <td>
                                            <TextField
                                                id=format!("doc-{code}-date")
                                                label=move || fill(text(locale.get(), Msg::DocumentDateOf), &[("document", &label2())])
                                                inputmode="numeric"
                                                value=Signal::derive(move || row_of(&c1).date)
                                                on_input=move |v: String| update(c2.clone(), Box::new(move |r| r.date.clone_from(&v)))
                                                on_blur=move |()| pf.touch(if c4 == "deklaracja" { Field::Declaration } else { Field::Documents })
                                            />
                                        </td>
                                        <td>
                                            <CheckboxField
                                                id=format!("doc-{code}-guardian")
                                                label=t(Msg::DocumentGuardianSigned)
                                                checked=Signal::derive(move || row_of(&c3).signed_by_guardian)
                                                on_change=move |v: bool| update(code.clone(), Box::new(move |r| r.signed_by_guardian = v))
                                            />
                                        </td>
                                    </tr>
                                }
                            })
                            .collect_view()}
                    </tbody>
                </table>
            </div>
            <p class="field-msg" class:incomplete=move || !pf.status(Field::Declaration).get().is_invalid()>{move || pf.status(Field::Declaration).get().message().map(str::to_owned)}</p>
            <p class="field-msg" class:incomplete=move || !pf.status(Field::Documents).get().is_invalid()>{move || pf.status(Field::Documents).get().message().map(str::to_owned)}</p>
            <Show when=move || minor.get()>
                <div class="guardian">
                    <p class="hint">{t(Msg::GuardianHint)}</p>
                    {pf.text("guardian-name", Field::Guardian, Msg::FieldGuardian, |f| &f.guardian_name, |f, v| f.guardian_name = v)}
                    <CheckboxField
                        id="guardian-consent"
                        label=t(Msg::FieldGuardianConsent)
                        checked=Signal::derive(move || pf.form.with(|f| f.guardian_consent))
                        on_change=move |v| pf.form.update(|f| f.guardian_consent = v)
                    />
                </div>
            </Show>
        </fieldset>
    }
}
