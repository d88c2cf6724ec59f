//! Staff: animators, specialists, volunteers and coordinators.

use super::{ArchivedList, ItemActions, run_reporting};
use crate::domain::ids::StaffId;
use crate::domain::project::{Staff, StaffRole, validate_staff};
use crate::domain::record::{Record, RecordKind};
use crate::domain::usage::{StructureItem, archived_items, live_sorted};
use crate::domain::validation::Field;
use crate::i18n::{Msg, t, use_locale};
use crate::state::form_status::required_field_status;
use crate::state::records::use_records;
use crate::state::structure::{next_order, save_item};
use crate::ui::components::{SelectField, TextField};
use crate::ui::labels::role_label;
use crate::ui::pages::first_run::{role_code, role_from_code};
use leptos::prelude::*;

/// Adding or editing one staff member.
#[component]
pub(crate) fn StaffEditor(
    /// The person being edited, or `None` to add a new one.
    existing: Option<Staff>,
    /// Called with the saved person's id after a save, or `None` on cancel.
    #[prop(into)]
    on_done: Callback<Option<StaffId>>,
) -> impl IntoView {
    let locale = use_locale().0;
    let records = use_records();
    let editing = existing.is_some();
    let prefix = existing.as_ref().map_or_else(|| "staff-new".to_owned(), |x| format!("staff-{}", x.id));
    let e = existing.clone();
    let first = RwSignal::new(e.as_ref().map(|x| x.first_name.clone()).unwrap_or_default());
    let last = RwSignal::new(e.as_ref().map(|x| x.last_name.clone()).unwrap_or_default());
    let role = RwSignal::new(e.as_ref().map_or(StaffRole::Animator, |x| x.role));
    let specialty = RwSignal::new(e.as_ref().map(|x| x.specialty.clone()).unwrap_or_default());
    let tried = RwSignal::new(false);
    let existing = StoredValue::new(existing);
    let build = move || {
        let mut staff = existing.get_value().unwrap_or_else(|| Staff {
            id: StaffId::new(),
            meta: records.new_meta(),
            first_name: String::new(),
            last_name: String::new(),
            role: StaffRole::Animator,
            specialty: String::new(),
            order: next_order(&records, RecordKind::Staff),
            archived: false,
        });
        first.get_untracked().trim().clone_into(&mut staff.first_name);
        last.get_untracked().trim().clone_into(&mut staff.last_name);
        staff.role = role.get_untracked();
        specialty.get_untracked().trim().clone_into(&mut staff.specialty);
        staff
    };
    let status = move |field: Field| {
        Signal::derive(move || {
            let issues = validate_staff(&Staff { first_name: first.get(), last_name: last.get(), ..build() });
            required_field_status(&issues, field, locale.get(), tried.get())
        })
    };
    let save = move |_| {
        tried.set(true);
        let staff = build();
        if !validate_staff(&staff).is_empty() {
            return;
        }
        let id = staff.id;
        run_reporting(save_item(records, Record::Staff(staff)), if editing { Msg::Saved } else { Msg::StaffAdded });
        if !editing {
            first.set(String::new());
            last.set(String::new());
            specialty.set(String::new());
            tried.set(false);
        }
        on_done.run(Some(id));
    };
    view! {
        <div class="editor grid-3">
            <TextField id=format!("{prefix}-first") label=t(Msg::FieldStaffFirstName) value=first on_input=move |v| first.set(v) status=status(Field::StaffFirstName) required=true/>
            <TextField id=format!("{prefix}-last") label=t(Msg::FieldStaffLastName) value=last on_input=move |v| last.set(v) status=status(Field::StaffLastName) required=true/>
            <SelectField
                id=format!("{prefix}-role")
                label=t(Msg::StaffRoleLabel)
                options=Signal::derive(move || StaffRole::ALL.iter().map(|r| (role_code(*r).to_owned(), role_label(locale.get(), *r).to_owned())).collect::<Vec<_>>())
                value=Signal::derive(move || role_code(role.get()).to_owned())
                on_change=move |v: String| role.set(role_from_code(&v))
            />
            <TextField id=format!("{prefix}-specialty") label=t(Msg::StaffSpecialty) value=specialty on_input=move |v| specialty.set(v)/>
            <div class="editor-actions">
                <button type="button" class="button" on:click=save>{if editing { t(Msg::SaveChanges) } else { t(Msg::StaffAdd) }}</button>
                {editing.then(|| view! { <button type="button" class="button secondary" on:click=move |_| on_done.run(None)>{t(Msg::Cancel)}</button> })}
            </div>
        </div>
    }
}

/// The staff section.
#[component]
pub(super) fn StaffSection() -> impl IntoView {
    let locale = use_locale().0;
    let records = use_records();
    let editing = RwSignal::new(None::<StaffId>);
    let list = Memo::new(move |_| records.data.with(|d| live_sorted(&d.staff)));
    let archived = Signal::derive(move || records.data.with(|d| archived_items(&d.staff)));
    view! {
        <section class="card wide" aria-labelledby="staff-title">
            <h2 id="staff-title">{t(Msg::StaffTitle)}</h2>
            <div class="table-wrap">
            <table class="list">
                <thead>
                    <tr>
                        <th scope="col">{t(Msg::StaffName)}</th>
                        <th scope="col">{t(Msg::StaffRoleLabel)}</th>
                        <th scope="col">{t(Msg::StaffSpecialty)}</th>
                        <th scope="col">{t(Msg::Actions)}</th>
                    </tr>
                </thead>
                <tbody>
                    <For each=move || list.get() key=|x| (x.id, x.meta.version.clone()) let:person>
                        {
                            let id = person.id;
                            let shown = person.clone();
                            move || {
                                if editing.get() == Some(id) {
                                    view! {
                                        <tr>
                                            <td colspan="4">
                                                <StaffEditor existing=Some(shown.clone()) on_done=move |_| editing.set(None)/>
                                            </td>
                                        </tr>
                                    }
                                        .into_any()
                                } else {
                                    let role = shown.role;
                                    view! {
                                        <tr>
                                            <td>{shown.full_name()}</td>
                                            <td>{move || role_label(locale.get(), role)}</td>
                                            <td>{shown.specialty.clone()}</td>
                                            <td>
                                                <ItemActions
                                                    name=shown.full_name()
                                                    kind=RecordKind::Staff
                                                    id=id.0
                                                    item=StructureItem::Staff(id)
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
            <h3>{t(Msg::StaffAdd)}</h3>
            <StaffEditor existing=None on_done=|_| {}/>
            <ArchivedList items=archived/>
        </section>
    }
}
