//! Kwalifikowalność: the eligibility grounds (with their art. 7 and art. 1 ust. 2 details) and
//! the units the person belongs to.

use super::PersonForm;
use crate::domain::dictionary::{Kind, dictionaries};
use crate::domain::validation::Field;
use crate::i18n::{Msg, t, use_locale};
use crate::state::records::use_records;
use crate::ui::components::CheckboxField;
use crate::ui::labels::dict_label;
use leptos::prelude::*;
use std::collections::BTreeSet;

fn toggle(set: &mut BTreeSet<String>, code: &str, on: bool) {
    if on {
        set.insert(code.to_owned());
    } else {
        set.remove(code);
    }
}

/// The eligibility fieldset.
#[component]
pub(super) fn EligibilitySection(
    /// The form.
    pf: PersonForm,
) -> impl IntoView {
    let locale = use_locale().0;
    let records = use_records();
    let form = pf.form;
    let detail = |kind: Kind,
                  parent: &'static str,
                  pick: fn(&mut crate::state::participant_form::ParticipantForm) -> &mut BTreeSet<String>,
                  read: fn(&crate::state::participant_form::ParticipantForm) -> &BTreeSet<String>| {
        view! {
            <Show when=move || form.with(|f| f.eligibility.contains(parent))>
                <div class="checks indented">
                    {dictionaries()
                        .all(kind)
                        .iter()
                        .map(|e| {
                            let code = e.code.clone();
                            let (c1, c2) = (code.clone(), code.clone());
                            view! {
                                <CheckboxField
                                    id=format!("{parent}-{code}")
                                    label=move || dict_label(locale.get(), kind, &c1)
                                    checked=Signal::derive(move || form.with(|f| read(f).contains(&c2)))
                                    on_change=move |on| form.update(|f| toggle(pick(f), &code, on))
                                />
                            }
                        })
                        .collect_view()}
                </div>
            </Show>
        }
    };
    view! {
        <fieldset>
            <legend>{t(Msg::SectionEligibility)}</legend>
            <p class="hint">{t(Msg::EligibilityHint)}</p>
            {move || {
                dictionaries()
                    .for_period(Kind::EligibilityGround, pf.period.get())
                    .map(|e| {
                        let code = e.code.clone();
                        let (c1, c2) = (code.clone(), code.clone());
                        view! {
                            <CheckboxField
                                id=format!("ground-{code}")
                                label=move || dict_label(locale.get(), Kind::EligibilityGround, &c1)
                                checked=Signal::derive(move || form.with(|f| f.eligibility.contains(&c2)))
                                on_change=move |on| form.update(|f| toggle(&mut f.eligibility, &code, on))
                            />
                        }
                    })
                    .collect_view()
            }}
            {detail(Kind::Art7Ground, "pomoc_spoleczna", |f| &mut f.art7_grounds, |f| &f.art7_grounds)}
            {detail(Kind::Art1Group, "zatrudnienie_socjalne", |f| &mut f.art1_groups, |f| &f.art1_groups)}
            <p class="field-msg" class:incomplete=move || !pf.status(Field::Eligibility).get().is_invalid()>
                {move || pf.status(Field::Eligibility).get().message().map(str::to_owned)}
            </p>
            <h3>{t(Msg::FieldUnits)}</h3>
            <div class="checks">
                {move || {
                    records
                        .data
                        .with(|d| d.units.iter().filter(|u| !u.meta.deleted && !u.archived).cloned().collect::<Vec<_>>())
                        .into_iter()
                        .map(|u| {
                            let id = u.id;
                            view! {
                                <CheckboxField
                                    id=format!("unit-{id}")
                                    label=u.name.clone()
                                    checked=Signal::derive(move || form.with(|f| f.units.contains(&id)))
                                    on_change=move |on: bool| form.update(|f| {
                                        if on {
                                            f.units.insert(id);
                                        } else {
                                            f.units.remove(&id);
                                        }
                                    })
                                />
                            }
                        })
                        .collect_view()
                }}
            </div>
        </fieldset>
    }
}
