//! Indicator targets chosen from the catalogue: computed by the app, or a value entered by hand.

use super::FormContext;
use crate::domain::dictionary::{Kind, dictionaries};
use crate::domain::validation::Field;
use crate::i18n::{Msg, t, use_locale};
use crate::ui::components::{CheckboxField, TextField};
use crate::ui::labels::dict_label;
use leptos::prelude::*;

/// The indicators fieldset.
#[component]
pub(super) fn IndicatorsSection(
    /// The shared form state.
    ctx: FormContext,
) -> impl IntoView {
    let locale = use_locale().0;
    let rows = dictionaries().all(Kind::Indicator).iter().enumerate().map(|(i, entry)| {
        let code = entry.code.clone();
        let computable = entry.flag("computed");
        let kind_label = entry.text("kind").unwrap_or_default().to_owned();
        let enabled = Signal::derive(move || ctx.form.with(|f| f.indicators.get(i).is_some_and(|r| r.enabled)));
        let computed = Signal::derive(move || ctx.form.with(|f| f.indicators.get(i).is_some_and(|r| r.computed)));
        let label_code = code.clone();
        view! {
            <div class="indicator" class:enabled=move || enabled.get()>
                <CheckboxField
                    id=format!("indicator-{code}")
                    label=move || format!("{} ({kind_label})", dict_label(locale.get(), Kind::Indicator, &label_code))
                    checked=enabled
                    on_change=move |on| ctx.form.update(|f| f.indicators[i].enabled = on)
                />
                <Show when=move || enabled.get()>
                    <div class="grid-3 indented">
                        <TextField
                            id=format!("indicator-{}-target", i)
                            label=t(Msg::IndicatorTarget)
                            inputmode="decimal"
                            value=Signal::derive(move || ctx.form.with(|f| f.indicators[i].target.clone()))
                            on_input=move |v| ctx.form.update(|f| f.indicators[i].target = v)
                            on_blur=move |()| ctx.touch(Field::IndicatorTargetValue)
                        />
                        {if computable {
                            view! {
                                <CheckboxField
                                    id=format!("indicator-{}-computed", i)
                                    label=t(Msg::IndicatorComputed)
                                    checked=computed
                                    on_change=move |on| ctx.form.update(|f| f.indicators[i].computed = on)
                                />
                            }
                                .into_any()
                        } else {
                            view! { <p class="hint">{t(Msg::IndicatorManualOnly)}</p> }.into_any()
                        }}
                        <Show when=move || !computed.get()>
                            <TextField
                                id=format!("indicator-{}-value", i)
                                label=t(Msg::IndicatorCurrentValue)
                                inputmode="decimal"
                                value=Signal::derive(move || ctx.form.with(|f| f.indicators[i].value.clone()))
                                on_input=move |v| ctx.form.update(|f| f.indicators[i].value = v)
                                on_blur=move |()| ctx.touch(Field::IndicatorTargetValue)
                            />
                        </Show>
                    </div>
                </Show>
            </div>
        }
    });
    view! {
        <fieldset>
            <legend>{t(Msg::ProjectSectionIndicators)}</legend>
            <p class="hint">{t(Msg::ProjectIndicatorsHint)}</p>
            {rows.collect_view()}
            <p class="field-msg" class:incomplete=move || !ctx.status(Field::IndicatorTargetValue).get().is_invalid()>
                {move || ctx.status(Field::IndicatorTargetValue).get().message().map(str::to_owned)}
            </p>
        </fieldset>
    }
}
