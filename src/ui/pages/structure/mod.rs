//! "Struktura": the project's units, tasks, forms of support and staff. Add, edit, reorder and
//! retire; an item in use is archived (and can be restored), an unused one deleted.

mod forms;
pub(crate) mod staff;
mod tasks;
mod units;

use crate::domain::record::RecordKind;
use crate::domain::usage::StructureItem;
use crate::i18n::{Msg, fill, t, text, use_locale};
use crate::state::errors::{AppError, error_text};
use crate::state::notices::{NoticeKind, use_notices};
use crate::state::records::use_records;
use crate::state::structure::{Direction, RetireOutcome, move_item, restore, retire};
use leptos::prelude::*;
use leptos::task::spawn_local;
pub(crate) use staff::StaffEditor;
use std::future::Future;

/// Runs a structure action and reports the outcome in the notice bar.
pub(crate) fn run_reporting<F>(action: F, ok: Msg)
where
    F: Future<Output = Result<(), AppError>> + 'static,
{
    let notices = use_notices();
    let locale = use_locale().0;
    spawn_local(async move {
        match action.await {
            Ok(()) => notices.push(NoticeKind::Success, text(locale.get_untracked(), ok).to_owned()),
            Err(error) => notices.push(NoticeKind::Error, error_text(locale.get_untracked(), &error)),
        }
    });
}

/// The structure page.
#[component]
pub fn StructurePage() -> impl IntoView {
    view! {
        <section class="page structure" aria-labelledby="structure-title">
            <h1 id="structure-title">{t(Msg::StructureTitle)}</h1>
            <p class="lead">{t(Msg::StructureIntro)}</p>
            <units::UnitsSection/>
            <tasks::TasksSection/>
            <forms::FormsSection/>
            <staff::StaffSection/>
        </section>
    }
}

/// Edit / up / down / retire buttons of one row; their accessible names include the item.
#[component]
pub(crate) fn ItemActions(
    /// The item's display name, for the buttons' accessible names.
    #[prop(into)]
    name: Signal<String>,
    /// Its kind (for reordering).
    kind: RecordKind,
    /// Its id.
    id: uuid::Uuid,
    /// The item, for retiring.
    item: StructureItem,
    /// Called when the user wants to edit it.
    #[prop(into)]
    on_edit: Callback<()>,
) -> impl IntoView {
    let locale = use_locale().0;
    let records = use_records();
    let notices = use_notices();
    let label = move |msg: Msg| fill(text(locale.get(), msg), &[("name", &name.get())]);
    let on_retire = move |_| {
        // Read now: once retired, the row (and its signals) is gone before the save returns.
        let shown = name.get_untracked();
        spawn_local(async move {
            match retire(records, item).await {
                Ok(outcome) => {
                    let msg =
                        if outcome == RetireOutcome::Archived { Msg::RetiredArchived } else { Msg::RetiredDeleted };
                    notices.push(NoticeKind::Success, fill(text(locale.get_untracked(), msg), &[("name", &shown)]));
                }
                Err(error) => notices.push(NoticeKind::Error, error_text(locale.get_untracked(), &error)),
            }
        });
    };
    view! {
        <div class="row-actions">
            <button type="button" class="button secondary small" aria-label=move || label(Msg::EditNamed) on:click=move |_| on_edit.run(())>
                {t(Msg::Edit)}
            </button>
            <button
                type="button"
                class="button secondary small"
                aria-label=move || label(Msg::MoveUpNamed)
                on:click=move |_| run_reporting(move_item(records, kind, id, Direction::Up), Msg::Moved)
            >
                "↑"
            </button>
            <button
                type="button"
                class="button secondary small"
                aria-label=move || label(Msg::MoveDownNamed)
                on:click=move |_| run_reporting(move_item(records, kind, id, Direction::Down), Msg::Moved)
            >
                "↓"
            </button>
            <button type="button" class="button secondary small" aria-label=move || label(Msg::RetireNamed) on:click=on_retire>
                {t(Msg::Retire)}
            </button>
        </div>
    }
}

/// The archived items of a section, each with "Przywróć".
#[component]
pub(crate) fn ArchivedList(
    /// (item, display name) of each archived item.
    #[prop(into)]
    items: Signal<Vec<(StructureItem, String)>>,
) -> impl IntoView {
    let locale = use_locale().0;
    let records = use_records();
    view! {
        <Show when=move || !items.get().is_empty()>
            <details class="archived">
                <summary>{move || fill(text(locale.get(), Msg::ArchivedCount), &[("n", &items.get().len().to_string())])}</summary>
                <ul>
                    {move || {
                        items
                            .get()
                            .into_iter()
                            .map(|(item, name)| {
                                let aria = fill(text(locale.get(), Msg::RestoreNamed), &[("name", &name)]);
                                view! {
                                    <li>
                                        <span>{name}</span>
                                        <button
                                            type="button"
                                            class="button secondary small"
                                            aria-label=aria
                                            on:click=move |_| run_reporting(restore(records, item), Msg::Restored)
                                        >
                                            {t(Msg::Restore)}
                                        </button>
                                    </li>
                                }
                            })
                            .collect_view()
                    }}
                </ul>
            </details>
        </Show>
    }
}
