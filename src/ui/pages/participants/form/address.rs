//! Adres: the gmina is picked from the project's area (DEGURBA follows), or entered for an
//! address outside the area (then DEGURBA is asked).

use super::PersonForm;
use crate::domain::dictionary::Kind;
use crate::domain::validation::Field;
use crate::i18n::{Msg, fill, t, text, use_locale};
use crate::state::participant_form::OUTSIDE_AREA;
use crate::state::participants::with_context;
use crate::state::records::use_records;
use crate::ui::components::{SelectField, TextField};
use crate::ui::labels::{dict_label, dict_options};
use leptos::prelude::*;

/// The address fieldset.
#[component]
pub(super) fn AddressSection(
    /// The form.
    pf: PersonForm,
) -> impl IntoView {
    let locale = use_locale().0;
    let records = use_records();
    let form = pf.form;
    let unit_options = Signal::derive(move || {
        let mut options: Vec<(String, String)> = pf
            .area
            .get()
            .iter()
            .map(|u| {
                (
                    u.teryt.clone(),
                    format!(
                        "{} ({}, {})",
                        u.name,
                        u.powiat,
                        dict_label(locale.get(), Kind::Voivodeship, &u.voivodeship)
                    ),
                )
            })
            .collect();
        options.push((OUTSIDE_AREA.to_owned(), text(locale.get(), Msg::AddressOutsideArea).to_owned()));
        options
    });
    let outside = move || form.with(|f| f.area_unit == OUTSIDE_AREA);
    let derived = move || {
        let unit = form.with(|f| f.area_unit.clone());
        pf.area.with(|area| {
            area.iter().find(|u| u.teryt == unit).map(|u| {
                fill(
                    text(locale.get(), Msg::AddressDerived),
                    &[
                        ("powiat", &u.powiat),
                        ("voivodeship", &dict_label(locale.get(), Kind::Voivodeship, &u.voivodeship)),
                        ("degurba", &u.degurba.clone().unwrap_or_else(|| text(locale.get(), Msg::ToFill).to_owned())),
                    ],
                )
            })
        })
    };
    view! {
        <fieldset>
            <legend>{t(Msg::SectionAddress)}</legend>
            <SelectField
                id="area-unit"
                label=t(Msg::FieldGmina)
                options=unit_options
                empty=t(Msg::ChooseOne)
                value=Signal::derive(move || form.with(|f| f.area_unit.clone()))
                on_change=move |v| {
                    form.update(|f| {
                        f.area_unit = v;
                        // Best effort: the area list comes from the project, which exists here.
                        with_context(&records, |ctx| f.apply_area_unit(ctx)).ok();
                    });
                }
                status=pf.status(Field::Gmina)
            />
            <p class="derived" role="status">{derived}</p>
            <Show when=outside>
                <div class="grid-2">
                    <SelectField
                        id="voivodeship"
                        label=t(Msg::FieldVoivodeship)
                        options=Signal::derive(move || dict_options(locale.get(), Kind::Voivodeship))
                        empty=t(Msg::ChooseOne)
                        value=Signal::derive(move || form.with(|f| f.voivodeship.clone()))
                        on_change=move |v| form.update(|f| f.voivodeship = v)
                        status=pf.status(Field::Voivodeship)
                    />
                    {pf.text("powiat", Field::Powiat, Msg::FieldPowiat, |f| &f.powiat, |f, v| f.powiat = v)}
                    {pf.text("gmina", Field::Gmina, Msg::FieldGmina, |f| &f.gmina, |f, v| f.gmina = v)}
                    <SelectField
                        id="degurba"
                        label=t(Msg::FieldDegurba)
                        options=Signal::derive(move || dict_options(locale.get(), Kind::Degurba))
                        empty=t(Msg::ChooseOne)
                        value=Signal::derive(move || form.with(|f| f.degurba.clone()))
                        on_change=move |v| form.update(|f| f.degurba = v)
                        status=pf.status(Field::Degurba)
                    />
                </div>
            </Show>
            <div class="grid-3">
                {pf.text("locality", Field::Locality, Msg::FieldLocality, |f| &f.locality, |f, v| f.locality = v)}
                {pf.text("street", Field::Street, Msg::FieldStreet, |f| &f.street, |f, v| f.street = v)}
                {pf.text("building", Field::Building, Msg::FieldBuilding, |f| &f.building, |f, v| f.building = v)}
                {pf.text("flat", Field::Flat, Msg::FieldFlat, |f| &f.flat, |f, v| f.flat = v)}
                <TextField
                    id="postal-code"
                    label=t(Msg::FieldPostalCode)
                    hint=t(Msg::PostalHint)
                    inputmode="numeric"
                    value=Signal::derive(move || form.with(|f| f.postal_code.clone()))
                    on_input=move |v| form.update(|f| f.postal_code = v)
                    on_blur=move |()| pf.touch(Field::PostalCode)
                    status=pf.status(Field::PostalCode)
                />
            </div>
        </fieldset>
    }
}
