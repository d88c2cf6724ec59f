//! The project's area: the TERC units (gminas, and the town and rural parts of urban-rural
//! gminas) addresses pick from, each with its powiat, voivodeship and DEGURBA.

use super::FormContext;
use crate::domain::dictionary::Kind;
use crate::domain::project::validate_area_unit;
use crate::domain::validation::Field;
use crate::i18n::{Msg, fill, t, text, use_locale};
use crate::state::form_status::field_status;
use crate::state::project_form::{AreaRow, voivodeship_from_teryt};
use crate::ui::components::{SelectField, TextField};
use crate::ui::labels::dict_options;
use leptos::prelude::*;

/// The area fieldset.
#[component]
pub(super) fn AreaSection(
    /// The shared form state.
    ctx: FormContext,
) -> impl IntoView {
    let rows = move || ctx.form.with(|f| f.area.len());
    view! {
        <fieldset>
            <legend>{t(Msg::FieldArea)}</legend>
            <p class="hint">{t(Msg::AreaHint)}</p>
            <p class="field-msg" class:incomplete=move || !ctx.status(Field::Area).get().is_invalid()>
                {move || ctx.status(Field::Area).get().message().map(str::to_owned)}
            </p>
            {move || (0..rows()).map(|i| view! { <AreaRowEditor ctx=ctx index=i/> }).collect_view()}
            <button type="button" class="button secondary" on:click=move |_| ctx.form.update(|f| f.area.push(AreaRow::default()))>
                {t(Msg::AreaAdd)}
            </button>
        </fieldset>
    }
}

/// One area unit's inputs.
#[component]
fn AreaRowEditor(
    /// The shared form state.
    ctx: FormContext,
    /// The row's position in the area list.
    index: usize,
) -> impl IntoView {
    let locale = use_locale().0;
    let i = index;
    let row_issues = Memo::new(move |_| {
        ctx.form.with(|f| {
            f.area
                .get(i)
                .map(|r| {
                    validate_area_unit(&crate::domain::project::AreaUnit {
                        teryt: r.teryt.trim().to_owned(),
                        name: r.name.clone(),
                        powiat: r.powiat.clone(),
                        voivodeship: r.voivodeship.clone(),
                        degurba: Some(r.degurba.clone()).filter(|d| !d.is_empty()),
                    })
                })
                .unwrap_or_default()
        })
    });
    let status = move |field: Field| {
        Signal::derive(move || {
            row_issues.with(|i| {
                field_status(i, field, locale.get(), ctx.tried.get() || ctx.touched.with(|t| t.contains(&field)))
            })
        })
    };
    let get = move |f: fn(&AreaRow) -> String| {
        Signal::derive(move || ctx.form.with(|form| form.area.get(i).map(f).unwrap_or_default()))
    };
    let number = move || fill(text(locale.get(), Msg::AreaRowHeading), &[("n", &(i + 1).to_string())]);
    view! {
        <div class="area-row" role="group" aria-label=number>
            <h3>{number}</h3>
            <div class="grid-3">
                <TextField
                    id=format!("area-{i}-teryt")
                    label=t(Msg::FieldAreaTeryt)
                    inputmode="numeric"
                    value=get(|r| r.teryt.clone())
                    on_input=move |v: String| {
                        ctx.form.update(|f| {
                            if let Some(ww) = voivodeship_from_teryt(&v) {
                                f.area[i].voivodeship = ww;
                            }
                            f.area[i].teryt = v;
                        });
                    }
                    on_blur=move |()| ctx.touch(Field::AreaTeryt)
                    status=status(Field::AreaTeryt)
                />
                <TextField
                    id=format!("area-{i}-name")
                    label=t(Msg::FieldAreaName)
                    value=get(|r| r.name.clone())
                    on_input=move |v| ctx.form.update(|f| f.area[i].name = v)
                    on_blur=move |()| ctx.touch(Field::AreaName)
                    status=status(Field::AreaName)
                />
                <TextField
                    id=format!("area-{i}-powiat")
                    label=t(Msg::FieldAreaPowiat)
                    value=get(|r| r.powiat.clone())
                    on_input=move |v| ctx.form.update(|f| f.area[i].powiat = v)
                    on_blur=move |()| ctx.touch(Field::AreaPowiat)
                    status=status(Field::AreaPowiat)
                />
                <SelectField
                    id=format!("area-{i}-voivodeship")
                    label=t(Msg::FieldAreaVoivodeship)
                    options=Signal::derive(move || dict_options(locale.get(), Kind::Voivodeship))
                    value=get(|r| r.voivodeship.clone())
                    empty=t(Msg::ChooseOne)
                    on_change=move |v| ctx.form.update(|f| f.area[i].voivodeship = v)
                    status=status(Field::AreaVoivodeship)
                />
                <SelectField
                    id=format!("area-{i}-degurba")
                    label=t(Msg::FieldAreaDegurba)
                    options=Signal::derive(move || dict_options(locale.get(), Kind::Degurba))
                    value=get(|r| r.degurba.clone())
                    empty=t(Msg::ChooseOne)
                    on_change=move |v| ctx.form.update(|f| f.area[i].degurba = v)
                    status=status(Field::AreaDegurba)
                />
            </div>
            <button
                type="button"
                class="button secondary"
                on:click=move |_| {
                    ctx.form.update(|f| {
                        f.area.remove(i);
                    });
                }
            >
                {t(Msg::AreaRemove)}
            </button>
        </div>
    }
}
