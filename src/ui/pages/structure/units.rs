//! Units (placówki / kluby).

use super::{ArchivedList, ItemActions, run_reporting};
use crate::domain::dictionary::Kind;
use crate::domain::ids::UnitId;
use crate::domain::project::{Unit, validate_unit};
use crate::domain::record::{Record, RecordKind};
use crate::domain::usage::{StructureItem, archived_items, live_sorted};
use crate::domain::validation::Field;
use crate::i18n::{Msg, t, use_locale};
use crate::state::form_status::required_field_status;
use crate::state::records::use_records;
use crate::state::structure::{next_order, save_item};
use crate::ui::components::{SelectField, TextField};
use crate::ui::labels::{dict_label, dict_options};
use leptos::prelude::*;

/// Adding or editing one unit.
#[component]
fn UnitEditor(
    /// The unit being edited, or `None` to add a new one.
    existing: Option<Unit>,
    /// Called after a successful save or on cancel.
    #[prop(into)]
    on_done: Callback<()>,
) -> impl IntoView {
    let locale = use_locale().0;
    let records = use_records();
    let editing = existing.is_some();
    let prefix = existing.as_ref().map_or_else(|| "unit-new".to_owned(), |u| format!("unit-{}", u.id));
    let name = RwSignal::new(existing.as_ref().map(|u| u.name.clone()).unwrap_or_default());
    let kind = RwSignal::new(existing.as_ref().map_or_else(|| "inna".to_owned(), |u| u.kind.clone()));
    let address = RwSignal::new(existing.as_ref().map(|u| u.address.clone()).unwrap_or_default());
    let tried = RwSignal::new(false);
    let existing = StoredValue::new(existing);
    let build = move || {
        let mut unit = existing.get_value().unwrap_or_else(|| Unit {
            id: UnitId::new(),
            meta: records.new_meta(),
            name: String::new(),
            kind: String::new(),
            address: String::new(),
            order: next_order(&records, RecordKind::Unit),
            archived: false,
        });
        name.get_untracked().trim().clone_into(&mut unit.name);
        unit.kind = kind.get_untracked();
        address.get_untracked().trim().clone_into(&mut unit.address);
        unit
    };
    let name_status = Signal::derive(move || {
        let issues = validate_unit(&Unit { name: name.get(), ..build() });
        required_field_status(&issues, Field::UnitName, locale.get(), tried.get())
    });
    let save = move |_| {
        tried.set(true);
        let unit = build();
        if !validate_unit(&unit).is_empty() {
            return;
        }
        run_reporting(save_item(records, Record::Unit(unit)), if editing { Msg::Saved } else { Msg::UnitAdded });
        if !editing {
            name.set(String::new());
            address.set(String::new());
            tried.set(false);
        }
        on_done.run(());
    };
    view! {
        <div class="editor grid-3">
            <TextField id=format!("{prefix}-name") label=t(Msg::FieldUnitName) value=name on_input=move |v| name.set(v) status=name_status required=true/>
            <SelectField
                id=format!("{prefix}-kind")
                label=t(Msg::UnitKind)
                options=Signal::derive(move || dict_options(locale.get(), Kind::UnitKind))
                value=kind
                on_change=move |v| kind.set(v)
            />
            <TextField id=format!("{prefix}-address") label=t(Msg::UnitAddress) value=address on_input=move |v| address.set(v)/>
            <div class="editor-actions">
                <button type="button" class="button" on:click=save>{if editing { t(Msg::SaveChanges) } else { t(Msg::UnitAdd) }}</button>
                {editing.then(|| view! { <button type="button" class="button secondary" on:click=move |_| on_done.run(())>{t(Msg::Cancel)}</button> })}
            </div>
        </div>
    }
}

/// The units section.
#[component]
pub(super) fn UnitsSection() -> impl IntoView {
    let locale = use_locale().0;
    let records = use_records();
    let editing = RwSignal::new(None::<UnitId>);
    let list = Memo::new(move |_| records.data.with(|d| live_sorted(&d.units)));
    let archived = Signal::derive(move || records.data.with(|d| archived_items(&d.units)));
    view! {
        <section class="card wide" aria-labelledby="units-title">
            <h2 id="units-title">{t(Msg::UnitsTitle)}</h2>
            <div class="table-wrap">
            <table class="list">
                <thead>
                    <tr>
                        <th scope="col">{t(Msg::FieldUnitName)}</th>
                        <th scope="col">{t(Msg::UnitKind)}</th>
                        <th scope="col">{t(Msg::UnitAddress)}</th>
                        <th scope="col">{t(Msg::Actions)}</th>
                    </tr>
                </thead>
                <tbody>
                    <For each=move || list.get() key=|u| (u.id, u.meta.version.clone()) let:unit>
                        {
                            let id = unit.id;
                            let name = unit.name.clone();
                            let kind = unit.kind.clone();
                            let shown = unit.clone();
                            move || {
                                if editing.get() == Some(id) {
                                    view! {
                                        <tr>
                                            <td colspan="4">
                                                <UnitEditor existing=Some(shown.clone()) on_done=move |()| editing.set(None)/>
                                            </td>
                                        </tr>
                                    }
                                        .into_any()
                                } else {
                                    let kind = kind.clone();
                                    view! {
                                        <tr>
                                            <td>{name.clone()}</td>
                                            <td>{move || dict_label(locale.get(), Kind::UnitKind, &kind)}</td>
                                            <td>{shown.address.clone()}</td>
                                            <td>
                                                <ItemActions
                                                    name=name.clone()
                                                    kind=RecordKind::Unit
                                                    id=id.0
                                                    item=StructureItem::Unit(id)
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
            <h3>{t(Msg::UnitAdd)}</h3>
            <UnitEditor existing=None on_done=|()| {}/>
            <ArchivedList items=archived/>
        </section>
    }
}
