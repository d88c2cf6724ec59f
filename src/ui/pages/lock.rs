//! The lock screen, protecting a computer with the first (coordinator's) passphrase, the new
//! passphrase pair both use with "Profile i hasła", and "Brak uprawnień".

use crate::domain::ids::StaffId;
use crate::domain::project::{Staff, StaffRole};
use crate::i18n::{Msg, fill, t, text, use_locale};
use crate::state::errors::{AppError, error_text};
use crate::state::form_status::FieldStatus;
use crate::state::notices::{NoticeKind, use_notices};
use crate::state::profiles::{self, PassphraseProblem, lock_now};
use crate::state::records::use_records;
use crate::ui::components::{SelectField, TextField};
use crate::ui::labels::role_label;
use crate::ui::pages::structure::StaffEditor;
use leptos::prelude::*;

/// The message of `error` if it concerns the passphrase field `which` (`new`, `repeat`,
/// `current`); other errors go to the notices.
pub(crate) fn passphrase_status(error: Option<&AppError>, which: &str, locale: crate::i18n::Locale) -> FieldStatus {
    let belongs = match error {
        Some(AppError::Passphrase(PassphraseProblem::TooShort)) => which == "new",
        Some(AppError::Passphrase(PassphraseProblem::Mismatch)) => which == "repeat",
        Some(AppError::Passphrase(PassphraseProblem::Wrong { .. } | PassphraseProblem::Wait { .. })) => {
            which == "current"
        }
        _ => false,
    };
    match error {
        Some(e) if belongs => FieldStatus::Invalid(error_text(locale, e)),
        _ => FieldStatus::Fine,
    }
}

/// The staff member whose id (as text) a select holds, if any.
pub(crate) fn chosen_staff(records: &crate::state::records::RecordsContext, chosen: &str) -> Option<Staff> {
    let id = StaffId::parse(chosen).ok()?;
    records.data.with_untracked(|d| d.staff.iter().find(|s| s.id == id).cloned())
}

/// A new passphrase typed twice, with the warning that it cannot be recovered.
#[component]
pub fn NewPassphrase(
    /// Prefix of the inputs' ids.
    id: &'static str,
    /// The passphrase.
    passphrase: RwSignal<String>,
    /// Its repetition.
    repeat: RwSignal<String>,
    /// The last refusal, shown under the field it concerns.
    error: RwSignal<Option<AppError>>,
) -> impl IntoView {
    let locale = use_locale().0;
    view! {
        <p class="hint">{t(Msg::PassphraseHint)}</p>
        <div class="grid-2">
            <TextField
                id=format!("{id}-passphrase")
                label=t(Msg::FieldPassphrase)
                value=passphrase
                on_input=move |v| passphrase.set(v)
                status=Signal::derive(move || error.with(|e| passphrase_status(e.as_ref(), "new", locale.get())))
                input_type="password"
                autocomplete="new-password"
                required=true
            />
            <TextField
                id=format!("{id}-repeat")
                label=t(Msg::FieldPassphraseRepeat)
                value=repeat
                on_input=move |v| repeat.set(v)
                status=Signal::derive(move || error.with(|e| passphrase_status(e.as_ref(), "repeat", locale.get())))
                input_type="password"
                autocomplete="new-password"
                required=true
            />
        </div>
    }
}

/// The lock screen: choose yourself, type your passphrase.
#[component]
pub fn LockPage() -> impl IntoView {
    let locale = use_locale().0;
    let records = use_records();
    let chosen = RwSignal::new(profiles::last_choice(&records).map(|id| id.to_string()).unwrap_or_default());
    let passphrase = RwSignal::new(String::new());
    let error = RwSignal::new(None::<AppError>);
    let options = Signal::derive(move || {
        records.profiles.with(|all| {
            all.iter()
                .map(|p| (p.id.to_string(), format!("{} ({})", p.name, role_label(locale.get(), p.role))))
                .collect::<Vec<_>>()
        })
    });
    let unlock = Action::new_local(move |(id, pass): &(StaffId, String)| {
        let (id, pass) = (*id, pass.clone());
        async move {
            // The page is replaced once unlocked: `try_` writes then do nothing.
            if let Err(e) = profiles::unlock(records, id, &pass).await {
                error.try_set(Some(e));
                passphrase.try_set(String::new());
            }
        }
    });
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        error.set(None);
        if let Ok(id) = StaffId::parse(&chosen.get_untracked()) {
            unlock.dispatch((id, passphrase.get_untracked()));
        }
    };
    view! {
        <section class="page lock" aria-labelledby="lock-title">
            <h1 id="lock-title">{t(Msg::LockTitle)}</h1>
            <p class="lead">{t(Msg::LockWhy)}</p>
            <form class="card" on:submit=submit>
                <SelectField
                    id="lock-person"
                    label=t(Msg::WhoIsWorkingChoose)
                    options=options
                    value=chosen
                    empty=t(Msg::ChooseOne)
                    on_change=move |v| {
                        error.set(None);
                        chosen.set(v);
                    }
                />
                <TextField
                    id="lock-passphrase"
                    label=t(Msg::FieldPassphrase)
                    value=passphrase
                    on_input=move |v| passphrase.set(v)
                    status=Signal::derive(move || {
                        error.with(|e| match e {
                            Some(e) => FieldStatus::Invalid(error_text(locale.get(), e)),
                            None => FieldStatus::Fine,
                        })
                    })
                    input_type="password"
                    autocomplete="current-password"
                />
                <button type="submit" class="button" disabled=move || unlock.pending().get() || chosen.get().is_empty()>
                    {t(Msg::LockUnlock)}
                </button>
                <Show when=move || unlock.pending().get()>
                    <p role="status">{t(Msg::LockChecking)}</p>
                </Show>
            </form>
        </section>
    }
}

/// Shown instead of every page while a project exists but this computer has no profile yet
/// (a database from before profiles, or a laptop that just joined from a file).
#[component]
pub fn ProtectPage() -> impl IntoView {
    let locale = use_locale().0;
    let records = use_records();
    let notices = use_notices();
    let chosen = RwSignal::new(records.current_staff.get_untracked().map(|s| s.to_string()).unwrap_or_default());
    let passphrase = RwSignal::new(String::new());
    let repeat = RwSignal::new(String::new());
    let error = RwSignal::new(None::<AppError>);
    let adding = RwSignal::new(false);
    let coordinators = Signal::derive(move || {
        records.data.with(|d| {
            let mut staff: Vec<_> = d
                .staff
                .iter()
                .filter(|s| !s.meta.deleted && !s.archived && s.role == StaffRole::Coordinator)
                .cloned()
                .collect();
            staff.sort_by_key(|s| s.order);
            staff.into_iter().map(|s| (s.id.to_string(), s.full_name())).collect::<Vec<_>>()
        })
    });
    let protect = Action::new_local(move |staff: &Staff| {
        let staff = staff.clone();
        async move {
            let result =
                profiles::create_first(records, &staff, &passphrase.get_untracked(), &repeat.get_untracked()).await;
            match result {
                Ok(()) => notices.push(NoticeKind::Success, text(locale.get_untracked(), Msg::ProtectDone).to_owned()),
                Err(e @ AppError::Passphrase(_)) => {
                    error.try_set(Some(e));
                }
                Err(e) => notices.push(NoticeKind::Error, error_text(locale.get_untracked(), &e)),
            }
        }
    });
    let on_added = move |id: Option<StaffId>| {
        if let Some(id) = id {
            adding.set(false);
            chosen.set(id.to_string());
        }
    };
    view! {
        <section class="page protect" aria-labelledby="protect-title">
            <h1 id="protect-title">{t(Msg::ProtectTitle)}</h1>
            <p class="lead">{t(Msg::ProtectWhy)}</p>
            <p class="warning" role="note">{t(Msg::PassphraseWarning)}</p>
            <div class="card">
                <p class="hint">{t(Msg::ProtectExportHint)}</p>
                <button
                    type="button"
                    class="button secondary"
                    on:click=move |_| {
                        let l = locale.get_untracked();
                        match crate::state::hand_off::backup_before_protecting(records) {
                            Ok(name) => notices.push(NoticeKind::Success, fill(text(l, Msg::Downloaded), &[("file", &name)])),
                            Err(e) => notices.push(NoticeKind::Error, error_text(l, &e)),
                        }
                    }
                >
                    {t(Msg::ProtectExportFirst)}
                </button>
            </div>
            <div class="card">
                <SelectField
                    id="protect-person"
                    label=t(Msg::ProtectCoordinator)
                    options=coordinators
                    value=chosen
                    empty=t(Msg::ChooseOne)
                    on_change=move |v| chosen.set(v)
                />
                <NewPassphrase id="protect" passphrase=passphrase repeat=repeat error=error/>
                <button
                    type="button"
                    class="button"
                    disabled=move || chosen.get().is_empty() || protect.pending().get()
                    on:click=move |_| {
                        error.set(None);
                        if let Some(staff) = chosen_staff(&records, &chosen.get_untracked()) {
                            protect.dispatch(staff);
                        }
                    }
                >
                    {t(Msg::ProtectConfirm)}
                </button>
                <button type="button" class="button secondary" on:click=move |_| adding.update(|a| *a = !*a)>
                    {t(Msg::WhoIsWorkingNotListed)}
                </button>
                <Show when=move || protect.pending().get()>
                    <p role="status">{t(Msg::ProtectWorking)}</p>
                </Show>
            </div>
            <Show when=move || adding.get()>
                <div class="card">
                    <StaffEditor existing=None on_done=on_added/>
                </div>
            </Show>
        </section>
    }
}

/// "Brak uprawnień": what a role may not open, also when typed as an address.
#[component]
pub fn NoAccessPage() -> impl IntoView {
    let locale = use_locale().0;
    let records = use_records();
    view! {
        <section class="page" aria-labelledby="no-access-title">
            <h1 id="no-access-title">{t(Msg::NoAccessTitle)}</h1>
            <p>
                {move || {
                    let role = records.role.get().map(|r| role_label(locale.get(), r)).unwrap_or_default();
                    fill(text(locale.get(), Msg::NoAccessBody), &[("role", role)])
                }}
            </p>
            <button type="button" class="button secondary" on:click=move |_| lock_now()>{t(Msg::SwitchPerson)}</button>
        </section>
    }
}
