//! "Kto pracuje na tym komputerze?": asked once per device; every saved record and journal
//! entry names the person chosen here. Changeable from the header.

use crate::domain::ids::StaffId;
use crate::i18n::{Msg, t, text, use_locale};
use crate::state::errors::error_text;
use crate::state::notices::{NoticeKind, use_notices};
use crate::state::records::use_records;
use crate::ui::components::SelectField;
use crate::ui::labels::role_label;
use crate::ui::pages::structure::StaffEditor;
use leptos::prelude::*;
use leptos::task::spawn_local;

/// The who-is-working page.
#[component]
pub fn WhoIsWorkingPage() -> impl IntoView {
    let locale = use_locale().0;
    let records = use_records();
    let notices = use_notices();
    let chosen = RwSignal::new(records.current_staff.get_untracked().map(|s| s.to_string()).unwrap_or_default());
    let adding = RwSignal::new(false);
    let options = Signal::derive(move || {
        records.data.with(|d| {
            let mut staff: Vec<_> = d.staff.iter().filter(|s| !s.meta.deleted && !s.archived).cloned().collect();
            staff.sort_by_key(|s| s.order);
            staff
                .into_iter()
                .map(|s| (s.id.to_string(), format!("{} ({})", s.full_name(), role_label(locale.get(), s.role))))
                .collect::<Vec<_>>()
        })
    });
    let choose = move |id: StaffId| {
        spawn_local(async move {
            match records.set_current_staff(id).await {
                Ok(()) => {
                    notices.push(NoticeKind::Success, text(locale.get_untracked(), Msg::WhoIsWorkingSet).to_owned());
                }
                Err(error) => notices.push(NoticeKind::Error, error_text(locale.get_untracked(), &error)),
            }
        });
    };
    let on_added = move |id: Option<StaffId>| {
        if let Some(id) = id {
            adding.set(false);
            chosen.set(id.to_string());
        }
    };
    view! {
        <section class="page" aria-labelledby="who-title">
            <h1 id="who-title">{t(Msg::WhoIsWorkingTitle)}</h1>
            <p class="lead">{t(Msg::WhoIsWorkingWhy)}</p>
            <div class="card">
                <SelectField
                    id="who"
                    label=t(Msg::WhoIsWorkingChoose)
                    options=options
                    value=chosen
                    empty=t(Msg::ChooseOne)
                    on_change=move |v| chosen.set(v)
                />
                <button
                    type="button"
                    class="button"
                    disabled=move || chosen.get().is_empty()
                    on:click=move |_| {
                        if let Ok(id) = StaffId::parse(&chosen.get_untracked()) {
                            choose(id);
                        }
                    }
                >
                    {t(Msg::WhoIsWorkingConfirm)}
                </button>
                <button type="button" class="button secondary" on:click=move |_| adding.update(|a| *a = !*a)>
                    {t(Msg::WhoIsWorkingNotListed)}
                </button>
            </div>
            <Show when=move || adding.get()>
                <div class="card">
                    <StaffEditor existing=None on_done=on_added/>
                </div>
            </Show>
        </section>
    }
}
