//! "Profile i hasła" (coordinator): who may unlock this computer, in which role — adding and
//! removing profiles — and the idle time before the app locks itself.

use crate::domain::access::Right;
use crate::domain::ids::StaffId;
use crate::domain::project::Staff;
use crate::i18n::{Msg, fill, t, text, use_locale};
use crate::state::errors::{AppError, error_text};
use crate::state::notices::{NoticeKind, use_notices};
use crate::state::profiles::{self, MAX_IDLE_MINUTES};
use crate::state::records::use_records;
use crate::ui::components::{SelectField, TextField};
use crate::ui::labels::role_label;
use crate::ui::pages::lock::{NewPassphrase, NoAccessPage, chosen_staff, passphrase_status};
use leptos::prelude::*;
use leptos::task::spawn_local;

/// "Profile i hasła" (coordinator): the profiles of this computer, adding and removing them,
/// and the idle time before the app locks itself.
#[component]
pub fn ProfilesPage() -> impl IntoView {
    let records = use_records();
    move || {
        if records.allows(Right::ManageProfiles) {
            view! { <ProfilesManager/> }.into_any()
        } else {
            view! { <NoAccessPage/> }.into_any()
        }
    }
}

#[component]
fn ProfilesManager() -> impl IntoView {
    let locale = use_locale().0;
    let records = use_records();
    let notices = use_notices();
    let report = move |result: Result<(), AppError>, done: Msg| match result {
        Ok(()) => notices.push(NoticeKind::Success, text(locale.get_untracked(), done).to_owned()),
        Err(e) => notices.push(NoticeKind::Error, error_text(locale.get_untracked(), &e)),
    };
    let remove = move |id: StaffId| {
        spawn_local(async move { report(profiles::remove(records, id).await, Msg::ProfilesRemoved) });
    };
    let idle_options =
        Signal::derive(move || (1..=MAX_IDLE_MINUTES).map(|m| (m.to_string(), format!("{m} min"))).collect::<Vec<_>>());
    view! {
        <section class="page profiles" aria-labelledby="profiles-title">
            <h1 id="profiles-title">{t(Msg::ProfilesTitle)}</h1>
            <p class="lead">{t(Msg::ProfilesWhy)}</p>
            <div class="card table-scroll">
                <table class="list">
                    <caption>{t(Msg::ProfilesTitle)}</caption>
                    <thead>
                        <tr>
                            <th scope="col">{t(Msg::WhoIsWorkingChoose)}</th>
                            <th scope="col">{t(Msg::StaffRoleLabel)}</th>
                            <th scope="col">{t(Msg::ProfilesActions)}</th>
                        </tr>
                    </thead>
                    <tbody>
                        <For each=move || records.profiles.get() key=|p| (p.id, p.role) let:profile>
                            <tr>
                                <td>{profile.name.clone()}</td>
                                <td>{move || role_label(locale.get(), profile.role)}</td>
                                <td>
                                    <button
                                        type="button"
                                        class="button secondary small"
                                        on:click=move |_| remove(profile.id)
                                    >
                                        {
                                            let name = profile.name.clone();
                                            move || fill(text(locale.get(), Msg::ProfilesRemove), &[("name", &name)])
                                        }
                                    </button>
                                </td>
                            </tr>
                        </For>
                    </tbody>
                </table>
            </div>
            <AddProfile/>
            <div class="card">
                <SelectField
                    id="idle-minutes"
                    label=t(Msg::ProfilesIdle)
                    options=idle_options
                    value=Signal::derive(move || records.idle_minutes.get().to_string())
                    on_change=move |v: String| {
                        let minutes = v.parse().unwrap_or(profiles::DEFAULT_IDLE_MINUTES);
                        spawn_local(async move {
                            report(records.set_idle_minutes(minutes).await, Msg::ProfilesIdleSaved);
                        });
                    }
                />
            </div>
        </section>
    }
}

#[component]
fn AddProfile() -> impl IntoView {
    let locale = use_locale().0;
    let records = use_records();
    let notices = use_notices();
    let chosen = RwSignal::new(String::new());
    let passphrase = RwSignal::new(String::new());
    let repeat = RwSignal::new(String::new());
    let mine = RwSignal::new(String::new());
    let error = RwSignal::new(None::<AppError>);
    let without_profile = Signal::derive(move || {
        let have: Vec<StaffId> = records.profiles.with(|p| p.iter().map(|p| p.id).collect());
        records.data.with(|d| {
            let mut staff: Vec<_> =
                d.staff.iter().filter(|s| !s.meta.deleted && !s.archived && !have.contains(&s.id)).cloned().collect();
            staff.sort_by_key(|s| s.order);
            staff
                .into_iter()
                .map(|s| (s.id.to_string(), format!("{} ({})", s.full_name(), role_label(locale.get(), s.role))))
                .collect::<Vec<_>>()
        })
    });
    let add = Action::new_local(move |staff: &Staff| {
        let staff = staff.clone();
        async move {
            let result = profiles::add(
                records,
                &staff,
                &passphrase.get_untracked(),
                &repeat.get_untracked(),
                &mine.get_untracked(),
            )
            .await;
            match result {
                Ok(()) => {
                    for field in [passphrase, repeat, mine, chosen] {
                        field.try_set(String::new());
                    }
                    notices.push(NoticeKind::Success, text(locale.get_untracked(), Msg::ProfilesAdded).to_owned());
                }
                Err(e @ AppError::Passphrase(_)) => {
                    error.try_set(Some(e));
                }
                Err(e) => notices.push(NoticeKind::Error, error_text(locale.get_untracked(), &e)),
            }
        }
    });
    view! {
        <section class="card" aria-labelledby="add-profile-title">
            <h2 id="add-profile-title">{t(Msg::ProfilesAdd)}</h2>
            <Show
                when=move || !without_profile.with(Vec::is_empty)
                fallback=|| view! { <p>{t(Msg::ProfilesNoStaff)}</p> }
            >
                <SelectField
                    id="profile-person"
                    label=t(Msg::WhoIsWorkingChoose)
                    options=without_profile
                    value=chosen
                    empty=t(Msg::ChooseOne)
                    on_change=move |v| chosen.set(v)
                />
                <NewPassphrase id="profile" passphrase=passphrase repeat=repeat error=error/>
                <TextField
                    id="profile-mine"
                    label=t(Msg::ProfilesMyPassphrase)
                    value=mine
                    on_input=move |v| mine.set(v)
                    status=Signal::derive(move || error.with(|e| passphrase_status(e.as_ref(), "current", locale.get())))
                    input_type="password"
                    autocomplete="current-password"
                />
                <button
                    type="button"
                    class="button"
                    disabled=move || chosen.get().is_empty() || add.pending().get()
                    on:click=move |_| {
                        error.set(None);
                        if let Some(staff) = chosen_staff(&records, &chosen.get_untracked()) {
                            add.dispatch(staff);
                        }
                    }
                >
                    {t(Msg::ProfilesAdd)}
                </button>
            </Show>
        </section>
    }
}
