//! Importing another laptop's file (preview, conflicts, apply) — also the first run's "Dołącz
//! z pliku" — and a participant list from a spreadsheet.

use crate::domain::merge::{Choice, Conflict, RejectReason};
use crate::domain::record::Record;
use crate::i18n::{Msg, fill, t, text, use_locale};
use crate::state::errors::{error_text, field_label, issue_text};
use crate::state::files::{chosen_file, clear_chosen};
use crate::state::hand_off::{ImportPreview, apply_import, import_people, read_import, read_people_file};
use crate::state::notices::{NoticeKind, use_notices};
use crate::state::records::use_records;
use chrono_tz::Europe::Warsaw;
use leptos::prelude::*;
use leptos::task::spawn_local;
use std::collections::BTreeMap;
use uuid::Uuid;

/// The name a record is shown by in the preview.
fn record_name(r: &Record) -> String {
    match r {
        Record::Participant(p) => format!("{} {}", p.last_name, p.first_name),
        Record::Project(p) => p.title.clone(),
        Record::Unit(u) => u.name.clone(),
        Record::Task(x) => x.name.clone(),
        Record::SupportForm(f) => f.name.clone(),
        Record::Staff(s) => s.full_name(),
        Record::Session(s) => format!("{} {}", crate::i18n::format::date(s.date), s.start.format("%H:%M")),
        Record::Attendance(_) | Record::Enrolment(_) | Record::VolunteerHours(_) => r.kind().name().to_owned(),
    }
}

/// A field of a record as the conflict table names it: the form's label where there is one.
fn field_name(locale: crate::i18n::Locale, key: &str) -> String {
    use crate::domain::validation::Field;
    let field = match key {
        "first_name" => Some(Field::FirstName),
        "last_name" => Some(Field::LastName),
        "pesel" => Some(Field::Pesel),
        "phone" => Some(Field::Phone),
        "email" => Some(Field::Email),
        "education" => Some(Field::Education),
        "labour_status" => Some(Field::LabourStatus),
        "status" => Some(Field::Status),
        "start" => Some(Field::ParticipationStart),
        "end" => Some(Field::ParticipationEnd),
        "name" => Some(Field::FormName),
        "title" => Some(Field::ProjectTitle),
        _ => None,
    };
    field.map_or_else(|| key.replace('_', " "), |f| text(locale, field_label(f)).to_owned())
}

/// A field's value as text.
fn value_text(r: &Record, key: &str) -> String {
    let value = serde_json::to_value(r).ok().and_then(|v| v.get("record").and_then(|x| x.get(key)).cloned());
    match value {
        Some(serde_json::Value::String(s)) => s,
        Some(serde_json::Value::Null) | None => "—".to_owned(),
        Some(other) => other.to_string(),
    }
}

/// Pick a Kartoteka file, see what it changes, decide conflicts, apply.
#[component]
pub fn ImportPanel() -> impl IntoView {
    let locale = use_locale().0;
    let records = use_records();
    let notices = use_notices();
    let preview = RwSignal::new(None::<ImportPreview>);
    let choices = RwSignal::new(BTreeMap::<Uuid, Choice>::new());
    let busy = RwSignal::new(false);
    let error = RwSignal::new(None::<String>);
    let navigate = leptos_router::hooks::use_navigate();
    // A sealed file without this laptop's hand-off key waits for the project's passphrase.
    let waiting = StoredValue::new_local(None::<crate::state::files::ChosenFile>);
    let needs_passphrase = RwSignal::new(false);
    let passphrase = RwSignal::new(String::new());
    let read = move |file: crate::state::files::ChosenFile, typed: Option<String>| {
        preview.set(None);
        choices.set(BTreeMap::new());
        error.set(None);
        busy.set(true);
        spawn_local(async move {
            match read_import(records, file.clone(), typed).await {
                Ok(p) => {
                    needs_passphrase.try_set(false);
                    passphrase.try_set(String::new());
                    preview.try_set(Some(p));
                }
                Err(e) => {
                    use crate::state::sealing::SealProblem;
                    let asks = matches!(
                        e,
                        crate::state::errors::AppError::Seal(
                            SealProblem::PassphraseNeeded | SealProblem::WrongPassphrase
                        )
                    );
                    if asks {
                        waiting.try_set_value(Some(file));
                    }
                    needs_passphrase.try_set(asks);
                    error.try_set(Some(error_text(locale.get_untracked(), &e)));
                }
            }
            busy.try_set(false);
        });
    };
    let on_file = move |ev: leptos::ev::Event| {
        let Some(file) = chosen_file(&ev) else { return };
        clear_chosen(&ev);
        read(file, None);
    };
    let on_open = move |()| {
        if let Some(file) = waiting.get_value() {
            read(file, Some(passphrase.get_untracked()));
        }
    };
    let on_apply = Callback::new(move |()| {
        let Some(p) = preview.get_untracked() else { return };
        busy.set(true);
        let navigate = navigate.clone();
        spawn_local(async move {
            let l = locale.get_untracked();
            match apply_import(records, &p, &choices.get_untracked()).await {
                Ok(0) => notices.push(NoticeKind::Info, text(l, Msg::ImportNothing).to_owned()),
                Ok(n) => {
                    notices.push(NoticeKind::Success, fill(text(l, Msg::ImportDone), &[("n", &n.to_string())]));
                    preview.try_set(None);
                    // A joined laptop starts working: who is working, then the registry.
                    if p.join {
                        navigate(&crate::ui::pages::Page::HOME.path(), leptos_router::NavigateOptions::default());
                    }
                }
                Err(e) => {
                    // A stale preview must not stay on screen to be applied later.
                    if matches!(e, crate::state::errors::AppError::ImportStale) {
                        preview.try_set(None);
                    }
                    notices.push(NoticeKind::Error, error_text(l, &e));
                }
            }
            busy.try_set(false);
        });
    });
    view! {
        <div class="import-panel">
            <p class="hint">{t(Msg::ImportHint)}</p>
            <div class="field">
                <label for="import-file">{t(Msg::FieldImportFile)}</label>
                <input id="import-file" type="file" accept=".zip,.json,application/zip,application/json" aria-describedby="import-error" on:change=on_file/>
                <p class="field-msg invalid" id="import-error" role="alert">{move || error.get()}</p>
            </div>
            <Show when=move || needs_passphrase.get()>
                <HandOffPassphrase passphrase=passphrase busy=busy on_open=Callback::new(on_open)/>
            </Show>
            <Show when=move || busy.get()>
                {move || {
                    let label = text(locale.get(), if preview.with(Option::is_some) { Msg::ImportApplying } else { Msg::ImportReading });
                    view! { <p role="status"><progress aria-label=label></progress>" "{label}</p> }
                }}
            </Show>
            {move || preview.get().map(|p| view! { <PreviewView preview=p choices=choices busy=busy on_apply=on_apply/> })}
        </div>
    }
}

#[component]
fn PreviewView(
    preview: ImportPreview,
    choices: RwSignal<BTreeMap<Uuid, Choice>>,
    busy: RwSignal<bool>,
    on_apply: Callback<()>,
) -> impl IntoView {
    let locale = use_locale().0;
    let counts = preview.plan.counts();
    let header = preview.export.header.clone();
    let saved_at = header.exported_at.with_timezone(&Warsaw).format("%d.%m.%Y %H:%M").to_string();
    let source = move || {
        fill(
            text(locale.get(), Msg::ImportSource),
            &[("file", &preview.file_name), ("device", &header.device.0), ("at", &saved_at)],
        )
    };
    let conflicts = preview.plan.conflicts.clone();
    let total_conflicts = conflicts.len();
    let undecided = move || choices.with(|c| c.len() < total_conflicts);
    let join = preview.join;
    let same = preview.plan.same_person.clone();
    let rejected = preview.plan.rejected.clone();
    let count = |label: Msg, n: usize| view! { <div><dt>{t(label)}</dt><dd>{n}</dd></div> };
    view! {
        <section class="import-preview" aria-labelledby="import-preview-title">
            <h3 id="import-preview-title">{t(Msg::ImportPreviewTitle)}</h3>
            <p>{source}</p>
            <dl class="counts" aria-label=move || text(locale.get(), Msg::ImportPreviewTitle)>
                {count(Msg::ImportCountAdded, counts.added)}
                {count(Msg::ImportCountUpdated, counts.updated)}
                {count(Msg::ImportCountUnchanged, counts.unchanged)}
                {count(Msg::ImportCountConflicts, counts.conflicts)}
                {count(Msg::ImportCountRejected, counts.rejected)}
            </dl>
            {(!same.is_empty()).then(|| view! {
                <h4>{t(Msg::ImportSamePersonTitle)}</h4>
                <p class="hint">{t(Msg::ImportSamePersonHint)}</p>
                <ul>{same.iter().map(|s| view! { <li>{s.name.clone()}</li> }).collect_view()}</ul>
            })}
            {(!rejected.is_empty()).then(|| view! {
                <h4>{t(Msg::ImportRejectedTitle)}</h4>
                <ul class="rejected">
                    {rejected.iter().map(|r| {
                        let name = record_name(&r.record);
                        let reason = r.reason;
                        let why = move || {
                            let l = locale.get();
                            match reason {
                                RejectReason::BadPesel(_) => text(l, Msg::RejectBadPesel).to_owned(),
                                RejectReason::MissingReference => text(l, Msg::RejectMissingReference).to_owned(),
                                RejectReason::Invalid(issue) => issue_text(l, issue),
                            }
                        };
                        view! { <li>{name}": "{why}</li> }
                    }).collect_view()}
                </ul>
            })}
            {(!conflicts.is_empty()).then(|| view! {
                <h4>{t(Msg::ConflictsTitle)}</h4>
                {conflicts.iter().map(|c| view! { <ConflictView conflict=c.clone() choices=choices/> }).collect_view()}
            })}
            <button type="button" class="button" disabled=move || busy.get() || undecided() on:click=move |_| on_apply.run(())>
                {t(if join { Msg::ImportJoinApply } else { Msg::ImportApply })}
            </button>
        </section>
    }
}

#[component]
fn ConflictView(conflict: Conflict, choices: RwSignal<BTreeMap<Uuid, Choice>>) -> impl IntoView {
    let locale = use_locale().0;
    let id = conflict.local.uuid();
    let name = record_name(&conflict.local);
    let group = format!("conflict-{id}");
    let rows = conflict.fields.clone();
    let pick = move |c: Choice| {
        choices.update(|m| {
            m.insert(id, c);
        });
    };
    let (mine, theirs) = (conflict.local.clone(), conflict.incoming.clone());
    view! {
        <fieldset class="conflict">
            <legend>{name.clone()}</legend>
            <p class="hint">{t(Msg::ConflictHint)}</p>
            <table class="list">
                <thead><tr><th scope="col">{t(Msg::ColumnField)}</th><th scope="col">{t(Msg::ColumnMine)}</th><th scope="col">{t(Msg::ColumnTheirs)}</th></tr></thead>
                <tbody>
                    {rows.iter().map(|key| {
                        let key2 = key.clone();
                        view! { <tr><th scope="row">{move || field_name(locale.get(), &key2)}</th><td>{value_text(&mine, key)}</td><td>{value_text(&theirs, key)}</td></tr> }
                    }).collect_view()}
                </tbody>
            </table>
            <div class="radios" role="radiogroup" aria-label=name>
                <label><input type="radio" name=group.clone() on:change=move |_| pick(Choice::Mine)/>" "{t(Msg::KeepMine)}</label>
                <label><input type="radio" name=group on:change=move |_| pick(Choice::Theirs)/>" "{t(Msg::TakeTheirs)}</label>
            </div>
        </fieldset>
    }
}

/// A participant list from a spreadsheet: preview with rejected rows, then add the valid ones.
#[component]
pub fn PeopleImport() -> impl IntoView {
    let locale = use_locale().0;
    let records = use_records();
    let notices = use_notices();
    let file = RwSignal::new(None::<crate::codec::participants_csv::PeopleFile>);
    let error = RwSignal::new(None::<String>);
    let busy = RwSignal::new(false);
    let on_file = move |ev: leptos::ev::Event| {
        let Some(chosen) = chosen_file(&ev) else { return };
        clear_chosen(&ev);
        file.set(None);
        error.set(None);
        spawn_local(async move {
            match read_people_file(records, chosen).await {
                Ok(f) => {
                    file.try_set(Some(f));
                }
                Err(e) => {
                    error.try_set(Some(error_text(locale.get_untracked(), &e)));
                }
            }
        });
    };
    let on_add = move |_| {
        let Some(f) = file.get_untracked() else { return };
        busy.set(true);
        spawn_local(async move {
            let l = locale.get_untracked();
            match import_people(records, &f).await {
                Ok(n) => {
                    notices.push(NoticeKind::Success, fill(text(l, Msg::PeopleImported), &[("n", &n.to_string())]));
                    file.try_set(None);
                }
                Err(e) => notices.push(NoticeKind::Error, error_text(l, &e)),
            }
            busy.try_set(false);
        });
    };
    view! {
        <section class="card" aria-labelledby="people-import-title">
            <h2 id="people-import-title">{t(Msg::PeopleImportTitle)}</h2>
            <p class="hint">{t(Msg::PeopleImportHint)}</p>
            <div class="field">
                <label for="people-file">{t(Msg::FieldPeopleFile)}</label>
                <input id="people-file" type="file" accept=".csv,text/csv" aria-describedby="people-error" on:change=on_file/>
                <p class="field-msg invalid" id="people-error" role="alert">{move || error.get()}</p>
            </div>
            {move || file.get().map(|f| {
                let valid = f.people.len();
                let rejected = f.rejected.clone();
                let ignored = f.ignored_columns.join(", ");
                view! {
                    <div class="people-preview">
                        <p><strong>{move || fill(text(locale.get(), Msg::PeopleValid), &[("n", &valid.to_string())])}</strong></p>
                        {(!ignored.is_empty()).then(|| view! { <p class="hint">{move || fill(text(locale.get(), Msg::PeopleIgnored), &[("names", &ignored)])}</p> })}
                        {(!rejected.is_empty()).then(|| view! {
                            <h3>{t(Msg::PeopleRejectedTitle)}</h3>
                            <ul class="rejected">
                                {rejected.iter().map(|r| {
                                    let r = r.clone();
                                    view! { <li>{move || {
                                        let l = locale.get();
                                        let reasons = r.issues.iter().map(|i| issue_text(l, *i)).collect::<Vec<_>>().join(" ");
                                        fill(text(l, Msg::PeopleRejectedRow), &[("line", &r.line.to_string()), ("reasons", &reasons)])
                                    }}</li> }
                                }).collect_view()}
                            </ul>
                        })}
                        <button type="button" class="button" disabled=move || busy.get() || valid == 0 on:click=on_add>{t(Msg::PeopleImportButton)}</button>
                    </div>
                }
            })}
        </section>
    }
}

/// Asks for the project's hand-off passphrase to open a sealed file.
#[component]
fn HandOffPassphrase(passphrase: RwSignal<String>, busy: RwSignal<bool>, on_open: Callback<()>) -> impl IntoView {
    view! {
        <div class="field">
            <label for="import-passphrase">{t(Msg::FieldOpenPassphrase)}</label>
            <input
                id="import-passphrase"
                type="password"
                autocomplete="off"
                prop:value=move || passphrase.get()
                on:input=move |ev| passphrase.set(event_target_value(&ev))
            />
        </div>
        <button type="button" class="button" disabled=move || busy.get() on:click=move |_| on_open.run(())>
            {t(Msg::ImportOpenSealed)}
        </button>
    }
}
