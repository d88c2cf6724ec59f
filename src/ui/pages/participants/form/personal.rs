//! Dane osobowe: name, PESEL (which fills birth date and sex), age at joining, and the data
//! set's personal fields for the project's period.

use super::PersonForm;
use crate::domain::dictionary::{Kind, Period};
use crate::domain::validation::Field;
use crate::i18n::{Msg, fill, t, text, use_locale};
use crate::state::participants::{today, with_context};
use crate::state::records::use_records;
use crate::ui::components::{CheckboxField, SelectField, TextField};
use crate::ui::labels::{dict_options, sex_label};
use leptos::prelude::*;

/// The personal-data fieldset.
#[component]
pub(super) fn PersonalSection(
    /// The form.
    pf: PersonForm,
) -> impl IntoView {
    let locale = use_locale().0;
    let records = use_records();
    let form = pf.form;
    let pesel_fills =
        Memo::new(move |_| form.with(|f| with_context(&records, |ctx| f.valid_pesel(ctx).is_some()).unwrap_or(false)));
    let age = move || {
        pf.person
            .with(|p| p.age_at_joining(today()))
            .map(|a| fill(text(locale.get(), Msg::AgeAtJoining), &[("age", &a.to_string())]))
    };
    let linked = move || {
        let of = form.with(|f| f.otoczenie_of)?;
        records.data.with(|d| {
            d.participants
                .iter()
                .find(|p| p.id == of)
                .map(|p| fill(text(locale.get(), Msg::OtoczenieOf), &[("name", &p.full_name())]))
        })
    };
    let sex_options = Signal::derive(move || {
        vec![
            ("K".to_owned(), sex_label(locale.get(), crate::domain::pesel::Sex::Female)),
            ("M".to_owned(), sex_label(locale.get(), crate::domain::pesel::Sex::Male)),
        ]
    });
    let is_2021 = move || pf.period.get() == Period::P2021_2027;
    view! {
        <fieldset>
            <legend>{t(Msg::SectionPersonal)}</legend>
            {move || linked().map(|l| view! { <p class="hint">{l}</p> })}
            <div class="grid-2">
                {pf.text("first-name", Field::FirstName, Msg::FieldFirstName, |f| &f.first_name, |f, v| f.first_name = v)}
                {pf.text("last-name", Field::LastName, Msg::FieldLastName, |f| &f.last_name, |f, v| f.last_name = v)}
            </div>
            <div class="grid-3">
                <TextField
                    id="pesel"
                    label=t(Msg::FieldPesel)
                    inputmode="numeric"
                    autocomplete="off"
                    value=Signal::derive(move || form.with(|f| f.pesel.clone()))
                    on_input=move |v| {
                        form.update(|f| {
                            f.pesel = v;
                            // Best effort: without a project there is nothing to derive against.
                            with_context(&records, |ctx| f.derive_from_pesel(ctx)).ok();
                        });
                    }
                    on_blur=move |()| pf.touch(Field::Pesel)
                    status=pf.status(Field::Pesel)
                    readonly=Signal::derive(move || form.with(|f| f.no_pesel))
                />
                <CheckboxField
                    id="no-pesel"
                    label=t(Msg::FieldNoPesel)
                    checked=Signal::derive(move || form.with(|f| f.no_pesel))
                    on_change=move |v| form.update(|f| {
                        f.no_pesel = v;
                        if v {
                            f.pesel.clear();
                        }
                    })
                />
                <Show when=is_2021>
                    {pf.text("other-id", Field::OtherId, Msg::FieldOtherId, |f| &f.other_id, |f, v| f.other_id = v)}
                </Show>
            </div>
            <div class="grid-3">
                <SelectField
                    id="sex"
                    label=t(Msg::FieldSex)
                    options=sex_options
                    empty=t(Msg::ChooseOne)
                    value=Signal::derive(move || form.with(|f| f.sex.clone()))
                    on_change=move |v| form.update(|f| f.sex = v)
                    status=pf.status(Field::Sex)
                    disabled=pesel_fills
                />
                <TextField
                    id="birth-date"
                    label=t(Msg::FieldBirthDate)
                    hint=t(Msg::DateHint)
                    inputmode="numeric"
                    value=Signal::derive(move || form.with(|f| f.birth_date.clone()))
                    on_input=move |v| form.update(|f| f.birth_date = v)
                    on_blur=move |()| pf.touch(Field::BirthDate)
                    status=pf.status(Field::BirthDate)
                    readonly=pesel_fills
                />
                <Show when=move || form.with(|f| f.no_pesel)>
                    {pf.text("declared-age", Field::DeclaredAge, Msg::FieldDeclaredAge, |f| &f.declared_age, |f, v| f.declared_age = v)}
                </Show>
            </div>
            <p class="derived" role="status">{age}</p>
            <PersonDetails pf=pf/>
        </fieldset>
    }
}

/// Participant type, institution, country, citizenship (2021-2027) and education.
#[component]
fn PersonDetails(
    /// The form.
    pf: PersonForm,
) -> impl IntoView {
    let locale = use_locale().0;
    let form = pf.form;
    let is_2021 = move || pf.period.get() == Period::P2021_2027;
    view! {
        <div class="grid-3">
            <SelectField
                id="participant-type"
                label=t(Msg::FieldParticipantType)
                options=Signal::derive(move || dict_options(locale.get(), Kind::ParticipantType))
                value=Signal::derive(move || form.with(|f| f.participant_type.clone()))
                on_change=move |v| form.update(|f| f.participant_type = v)
            />
            <Show when=move || form.with(|f| f.participant_type == "pracownik_instytucji")>
                {pf.text("institution", Field::Institution, Msg::FieldInstitution, |f| &f.institution, |f, v| f.institution = v)}
            </Show>
            <SelectField
                id="country"
                label=t(Msg::FieldCountry)
                options=Signal::derive(move || dict_options(locale.get(), Kind::Country))
                value=Signal::derive(move || form.with(|f| f.country.clone()))
                on_change=move |v| form.update(|f| f.country = v)
            />
            <Show when=is_2021>
                <SelectField
                    id="citizenship"
                    label=t(Msg::FieldCitizenship)
                    options=Signal::derive(move || dict_options(locale.get(), Kind::Citizenship))
                    empty=t(Msg::ChooseOne)
                    value=Signal::derive(move || form.with(|f| f.citizenship.clone()))
                    on_change=move |v| form.update(|f| f.citizenship = v)
                    status=pf.status(Field::Citizenship)
                />
            </Show>
            <SelectField
                id="education"
                label=t(Msg::FieldEducation)
                options=Signal::derive(move || dict_options(locale.get(), Kind::Education))
                empty=t(Msg::ChooseOne)
                value=Signal::derive(move || form.with(|f| f.education.clone()))
                on_change=move |v| form.update(|f| f.education = v)
                status=pf.status(Field::Education)
            />
        </div>
    }
}
