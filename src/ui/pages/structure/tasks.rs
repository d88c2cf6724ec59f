//! Tasks (zadania) of the project.

use super::{ArchivedList, ItemActions, run_reporting};
use crate::domain::ids::TaskId;
use crate::domain::project::{Task, validate_task};
use crate::domain::record::{Record, RecordKind};
use crate::domain::usage::{StructureItem, archived_items, live_sorted};
use crate::domain::validation::Field;
use crate::i18n::{Msg, t, use_locale};
use crate::state::form_status::required_field_status;
use crate::state::records::use_records;
use crate::state::structure::{next_order, save_item};
use crate::ui::components::TextField;
use leptos::prelude::*;

/// Adding or editing one task.
#[component]
fn TaskEditor(
    /// The task being edited, or `None` to add a new one.
    existing: Option<Task>,
    /// Called after a save or on cancel.
    #[prop(into)]
    on_done: Callback<()>,
) -> impl IntoView {
    let locale = use_locale().0;
    let records = use_records();
    let editing = existing.is_some();
    let prefix = existing.as_ref().map_or_else(|| "task-new".to_owned(), |x| format!("task-{}", x.id));
    let name = RwSignal::new(existing.as_ref().map(|x| x.name.clone()).unwrap_or_default());
    let tried = RwSignal::new(false);
    let existing = StoredValue::new(existing);
    let build = move || {
        let mut task = existing.get_value().unwrap_or_else(|| Task {
            id: TaskId::new(),
            meta: records.new_meta(),
            name: String::new(),
            order: next_order(&records, RecordKind::Task),
            archived: false,
        });
        name.get_untracked().trim().clone_into(&mut task.name);
        task
    };
    let status = Signal::derive(move || {
        let issues = validate_task(&Task { name: name.get(), ..build() });
        required_field_status(&issues, Field::TaskName, locale.get(), tried.get())
    });
    let save = move |_| {
        tried.set(true);
        let task = build();
        if !validate_task(&task).is_empty() {
            return;
        }
        run_reporting(save_item(records, Record::Task(task)), if editing { Msg::Saved } else { Msg::TaskAdded });
        if !editing {
            name.set(String::new());
            tried.set(false);
        }
        on_done.run(());
    };
    view! {
        <div class="editor grid-3">
            <TextField id=format!("{prefix}-name") label=t(Msg::FieldTaskName) value=name on_input=move |v| name.set(v) status=status required=true/>
            <div class="editor-actions">
                <button type="button" class="button" on:click=save>{if editing { t(Msg::SaveChanges) } else { t(Msg::TaskAdd) }}</button>
                {editing.then(|| view! { <button type="button" class="button secondary" on:click=move |_| on_done.run(())>{t(Msg::Cancel)}</button> })}
            </div>
        </div>
    }
}

/// The tasks section.
#[component]
pub(super) fn TasksSection() -> impl IntoView {
    let records = use_records();
    let editing = RwSignal::new(None::<TaskId>);
    let list = Memo::new(move |_| records.data.with(|d| live_sorted(&d.tasks)));
    let archived = Signal::derive(move || records.data.with(|d| archived_items(&d.tasks)));
    view! {
        <section class="card wide" aria-labelledby="tasks-title">
            <h2 id="tasks-title">{t(Msg::TasksTitle)}</h2>
            <div class="table-wrap">
            <table class="list">
                <thead>
                    <tr>
                        <th scope="col">{t(Msg::FieldTaskName)}</th>
                        <th scope="col">{t(Msg::Actions)}</th>
                    </tr>
                </thead>
                <tbody>
                    <For each=move || list.get() key=|x| (x.id, x.meta.version.clone()) let:task>
                        {
                            let id = task.id;
                            let shown = task.clone();
                            move || {
                                if editing.get() == Some(id) {
                                    view! {
                                        <tr>
                                            <td colspan="2">
                                                <TaskEditor existing=Some(shown.clone()) on_done=move |()| editing.set(None)/>
                                            </td>
                                        </tr>
                                    }
                                        .into_any()
                                } else {
                                    view! {
                                        <tr>
                                            <td>{shown.name.clone()}</td>
                                            <td>
                                                <ItemActions
                                                    name=shown.name.clone()
                                                    kind=RecordKind::Task
                                                    id=id.0
                                                    item=StructureItem::Task(id)
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
            <h3>{t(Msg::TaskAdd)}</h3>
            <TaskEditor existing=None on_done=|()| {}/>
            <ArchivedList items=archived/>
        </section>
    }
}
