//! Status na rynku pracy (with its "w tym" and job fields) and the special-situation questions,
//! each answerable with "Odmowa podania informacji".

use super::PersonForm;
use crate::domain::dictionary::{Kind, dictionaries};
use crate::domain::validation::Field;
use crate::i18n::{Msg, t, use_locale};
use crate::ui::components::SelectField;
use crate::ui::labels::{dict_label, dict_options};
use leptos::prelude::*;

/// The labour-market fieldset.
#[component]
pub(super) fn LabourSection(
    /// The form.
    pf: PersonForm,
) -> impl IntoView {
    let locale = use_locale().0;
    let form = pf.form;
    let details = Signal::derive(move || {
        let status = form.with(|f| f.labour_status.clone());
        let period = pf.period.get();
        dictionaries()
            .for_period(Kind::LabourDetail, period)
            .filter(|e| e.parents.contains(&status))
            .map(|e| (e.code.clone(), dict_label(locale.get(), Kind::LabourDetail, &e.code)))
            .collect::<Vec<_>>()
    });
    let employed = move || form.with(|f| f.labour_status == "pracujaca");
    view! {
        <fieldset>
            <legend>{t(Msg::SectionLabour)}</legend>
            <div class="grid-2">
                <SelectField
                    id="labour-status"
                    label=t(Msg::FieldLabourStatus)
                    options=Signal::derive(move || dict_options(locale.get(), Kind::LabourStatus))
                    empty=t(Msg::ChooseOne)
                    value=Signal::derive(move || form.with(|f| f.labour_status.clone()))
                    on_change=move |v| form.update(|f| {
                        f.labour_status = v;
                        f.labour_detail.clear();
                        if f.labour_status != "pracujaca" {
                            f.occupation.clear();
                            f.employer.clear();
                        }
                    })
                    status=pf.status(Field::LabourStatus)
                />
                <SelectField
                    id="labour-detail"
                    label=t(Msg::FieldLabourDetail)
                    options=details
                    empty=t(Msg::NoneChosen)
                    value=Signal::derive(move || form.with(|f| f.labour_detail.clone()))
                    on_change=move |v| form.update(|f| f.labour_detail = v)
                    status=pf.status(Field::LabourDetail)
                />
            </div>
            <Show when=employed>
                <div class="grid-2">
                    <SelectField
                        id="occupation"
                        label=t(Msg::FieldOccupation)
                        options=Signal::derive(move || dict_options(locale.get(), Kind::Occupation))
                        empty=t(Msg::NoneChosen)
                        value=Signal::derive(move || form.with(|f| f.occupation.clone()))
                        on_change=move |v| form.update(|f| f.occupation = v)
                    />
                    {pf.text("employer", Field::Employer, Msg::FieldEmployer, |f| &f.employer, |f, v| f.employer = v)}
                </div>
            </Show>
        </fieldset>
    }
}

/// The special-situation fieldset: one radio group per question of the period.
#[component]
pub(super) fn SituationSection(
    /// The form.
    pf: PersonForm,
) -> impl IntoView {
    let locale = use_locale().0;
    let form = pf.form;
    let questions =
        move || dictionaries().for_period(Kind::SituationQuestion, pf.period.get()).cloned().collect::<Vec<_>>();
    view! {
        <fieldset>
            <legend>{t(Msg::SectionSituation)}</legend>
            <p class="hint">{t(Msg::SituationHint)}</p>
            {move || {
                questions()
                    .into_iter()
                    .map(|q| {
                        let code = q.code.clone();
                        let label_code = code.clone();
                        let answers: Vec<&str> = if q.flag("refusal_allowed") { vec!["tak", "nie", "odmowa"] } else { vec!["tak", "nie"] };
                        view! {
                            <fieldset class="question" role="radiogroup">
                                <legend>{move || dict_label(locale.get(), Kind::SituationQuestion, &label_code)}</legend>
                                {answers
                                    .into_iter()
                                    .map(|answer| {
                                        let id = format!("situation-{code}-{answer}");
                                        let (c1, c2) = (code.clone(), code.clone());
                                        view! {
                                            <span class="radio">
                                                <input
                                                    type="radio"
                                                    id=id.clone()
                                                    name=format!("situation-{code}")
                                                    prop:checked=move || form.with(|f| f.situation.get(&c1).is_some_and(|a| a == answer))
                                                    on:change=move |_| form.update(|f| {
                                                        f.situation.insert(c2.clone(), answer.to_owned());
                                                    })
                                                />
                                                <label for=id>{move || dict_label(locale.get(), Kind::Answer, answer)}</label>
                                            </span>
                                        }
                                    })
                                    .collect_view()}
                            </fieldset>
                        }
                    })
                    .collect_view()
            }}
            <Show when=move || form.with(|f| f.situation.get("disability").is_some_and(|a| a == "tak"))>
                <SelectField
                    id="disability-degree"
                    label=t(Msg::FieldDisabilityDegree)
                    options=Signal::derive(move || dict_options(locale.get(), Kind::DisabilityDegree))
                    empty=t(Msg::ChooseOne)
                    value=Signal::derive(move || form.with(|f| f.disability_degree.clone()))
                    on_change=move |v| form.update(|f| f.disability_degree = v)
                />
            </Show>
            <p class="field-msg" class:incomplete=move || !pf.status(Field::SituationAnswer).get().is_invalid()>
                {move || pf.status(Field::SituationAnswer).get().message().map(str::to_owned)}
            </p>
        </fieldset>
    }
}
