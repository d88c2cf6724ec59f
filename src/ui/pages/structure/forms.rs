//! Forms of support (formy wsparcia): category, group or individual, hour length, unit, task.

use super::{ArchivedList, ItemActions, run_reporting};
use crate::domain::dictionary::Kind;
use crate::domain::ids::{SupportFormId, TaskId, UnitId};
use crate::domain::project::{SupportForm, SupportMode, validate_support_form};
use crate::domain::record::{Record, RecordKind};
use crate::domain::usage::{StructureItem, archived_items, live_sorted};
use crate::domain::validation::Field;
use crate::i18n::{Msg, t, text, use_locale};
use crate::state::form_status::required_field_status;
use crate::state::records::use_records;
use crate::state::structure::{next_order, save_item};
use crate::ui::components::{SelectField, TextField};
use crate::ui::labels::{dict_label, dict_options, mode_label};
use leptos::prelude::*;

/// Adding or editing one form of support.
#[component]
fn FormEditor(
    /// The form being edited, or `None` to add a new one.
    existing: Option<SupportForm>,
    /// Called after a save or on cancel.
    #[prop(into)]
    on_done: Callback<()>,
) -> impl IntoView {
    let locale = use_locale().0;
    let records = use_records();
    let editing = existing.is_some();
    let prefix = existing.as_ref().map_or_else(|| "form-new".to_owned(), |x| format!("form-{}", x.id));
    let e = existing.clone();
    let name = RwSignal::new(e.as_ref().map(|x| x.name.clone()).unwrap_or_default());
    let category = RwSignal::new(e.as_ref().map(|x| x.category.clone()).unwrap_or_default());
    let mode = RwSignal::new(e.as_ref().map_or(SupportMode::Group, |x| x.mode));
    let hour = RwSignal::new(e.as_ref().map_or(60, |x| x.hour_minutes));
    let unit = RwSignal::new(e.as_ref().and_then(|x| x.unit).map(|u| u.to_string()).unwrap_or_default());
    let task = RwSignal::new(e.as_ref().and_then(|x| x.task).map(|u| u.to_string()).unwrap_or_default());
    let tried = RwSignal::new(false);
    let existing = StoredValue::new(existing);
    let build = move || {
        let mut form = existing.get_value().unwrap_or_else(|| SupportForm {
            id: SupportFormId::new(),
            meta: records.new_meta(),
            name: String::new(),
            category: String::new(),
            mode: SupportMode::Group,
            hour_minutes: 60,
            unit: None,
            task: None,
            central_name: String::new(),
            order: next_order(&records, RecordKind::SupportForm),
            archived: false,
        });
        name.get_untracked().trim().clone_into(&mut form.name);
        form.category = category.get_untracked();
        form.mode = mode.get_untracked();
        form.hour_minutes = hour.get_untracked();
        form.unit = UnitId::parse(&unit.get_untracked()).ok();
        form.task = TaskId::parse(&task.get_untracked()).ok();
        form
    };
    let status = move |field: Field| {
        Signal::derive(move || {
            let issues = validate_support_form(&SupportForm { name: name.get(), category: category.get(), ..build() });
            required_field_status(&issues, field, locale.get(), tried.get())
        })
    };
    let unit_options = Signal::derive(move || {
        records.data.with(|d| {
            d.units
                .iter()
                .filter(|u| !u.meta.deleted && !u.archived)
                .map(|u| (u.id.to_string(), u.name.clone()))
                .collect::<Vec<_>>()
        })
    });
    let task_options = Signal::derive(move || {
        records.data.with(|d| {
            d.tasks
                .iter()
                .filter(|x| !x.meta.deleted && !x.archived)
                .map(|x| (x.id.to_string(), x.name.clone()))
                .collect::<Vec<_>>()
        })
    });
    let save = move |_| {
        tried.set(true);
        let form = build();
        if !validate_support_form(&form).is_empty() {
            return;
        }
        run_reporting(save_item(records, Record::SupportForm(form)), if editing { Msg::Saved } else { Msg::FormAdded });
        if !editing {
            name.set(String::new());
            tried.set(false);
        }
        on_done.run(());
    };
    view! {
        <div class="editor grid-3">
            <TextField id=format!("{prefix}-name") label=t(Msg::FieldFormName) value=name on_input=move |v| name.set(v) status=status(Field::FormName) required=true/>
            <SelectField
                id=format!("{prefix}-category")
                label=t(Msg::FieldFormCategory)
                options=Signal::derive(move || dict_options(locale.get(), Kind::SupportCategory))
                value=category
                empty=t(Msg::ChooseOne)
                on_change=move |v| category.set(v)
                status=status(Field::FormCategory)
                required=true
            />
            <SelectField
                id=format!("{prefix}-mode")
                label=t(Msg::FormMode)
                options=Signal::derive(move || {
                    vec![
                        ("group".to_owned(), mode_label(locale.get(), SupportMode::Group).to_owned()),
                        ("individual".to_owned(), mode_label(locale.get(), SupportMode::Individual).to_owned()),
                    ]
                })
                value=Signal::derive(move || if mode.get() == SupportMode::Group { "group".to_owned() } else { "individual".to_owned() })
                on_change=move |v: String| mode.set(if v == "individual" { SupportMode::Individual } else { SupportMode::Group })
            />
            <SelectField
                id=format!("{prefix}-hour")
                label=t(Msg::FieldFormHourLength)
                options=Signal::derive(move || {
                    vec![("60".to_owned(), text(locale.get(), Msg::Hour60).to_owned()), ("45".to_owned(), text(locale.get(), Msg::Hour45).to_owned())]
                })
                value=Signal::derive(move || hour.get().to_string())
                on_change=move |v: String| hour.set(if v == "45" { 45 } else { 60 })
            />
            <SelectField id=format!("{prefix}-unit") label=t(Msg::FormUnit) options=unit_options value=unit empty=t(Msg::NoneChosen) on_change=move |v| unit.set(v)/>
            <SelectField id=format!("{prefix}-task") label=t(Msg::FormTask) options=task_options value=task empty=t(Msg::NoneChosen) on_change=move |v| task.set(v)/>
            <div class="editor-actions">
                <button type="button" class="button" on:click=save>{if editing { t(Msg::SaveChanges) } else { t(Msg::FormAdd) }}</button>
                {editing.then(|| view! { <button type="button" class="button secondary" on:click=move |_| on_done.run(())>{t(Msg::Cancel)}</button> })}
            </div>
        </div>
    }
}

/// The forms-of-support section.
#[component]
pub(super) fn FormsSection() -> impl IntoView {
    let locale = use_locale().0;
    let records = use_records();
    let editing = RwSignal::new(None::<SupportFormId>);
    let list = Memo::new(move |_| records.data.with(|d| live_sorted(&d.support_forms)));
    let archived = Signal::derive(move || records.data.with(|d| archived_items(&d.support_forms)));
    let unit_name = move |id: Option<UnitId>| {
        records
            .data
            .with(|d| id.and_then(|id| d.units.iter().find(|u| u.id == id)).map(|u| u.name.clone()).unwrap_or_default())
    };
    view! {
        <section class="card wide" aria-labelledby="forms-title">
            <h2 id="forms-title">{t(Msg::FormsTitle)}</h2>
            <div class="table-wrap">
            <table class="list">
                <thead>
                    <tr>
                        <th scope="col">{t(Msg::FieldFormName)}</th>
                        <th scope="col">{t(Msg::FieldFormCategory)}</th>
                        <th scope="col">{t(Msg::FormMode)}</th>
                        <th scope="col">{t(Msg::FieldFormHourLength)}</th>
                        <th scope="col">{t(Msg::FormUnit)}</th>
                        <th scope="col">{t(Msg::Actions)}</th>
                    </tr>
                </thead>
                <tbody>
                    <For each=move || list.get() key=|x| (x.id, x.meta.version.clone()) let:form>
                        {
                            let id = form.id;
                            let shown = form.clone();
                            move || {
                                if editing.get() == Some(id) {
                                    view! {
                                        <tr>
                                            <td colspan="6">
                                                <FormEditor existing=Some(shown.clone()) on_done=move |()| editing.set(None)/>
                                            </td>
                                        </tr>
                                    }
                                        .into_any()
                                } else {
                                    let category = shown.category.clone();
                                    let mode = shown.mode;
                                    let unit = shown.unit;
                                    view! {
                                        <tr>
                                            <td>{shown.name.clone()}</td>
                                            <td>{move || dict_label(locale.get(), Kind::SupportCategory, &category)}</td>
                                            <td>{move || mode_label(locale.get(), mode)}</td>
                                            <td>{format!("{} min", shown.hour_minutes)}</td>
                                            <td>{move || unit_name(unit)}</td>
                                            <td>
                                                <ItemActions
                                                    name=shown.name.clone()
                                                    kind=RecordKind::SupportForm
                                                    id=id.0
                                                    item=StructureItem::Form(id)
                                                    on_edit=move |()| editing.set(Some(id))
                                                />
                                            </td>
                                        </tr>
                                    }
                                        .into_any()
                                }
                            }
                        }
                    </For>
                </tbody>
            </table>
            </div>
            <h3>{t(Msg::FormAdd)}</h3>
            <FormEditor existing=None on_done=|()| {}/>
            <ArchivedList items=archived/>
        </section>
    }
}
