//! "Wymiana danych": close the day, export JSON and CSV, import another laptop's file, and
//! import a participant list from a spreadsheet.

mod import;
mod sealing;

use crate::codec::csv::Preset;
use crate::domain::validation::{Field, Issue};
use crate::i18n::format::date;
use crate::i18n::{Msg, fill, t, text, use_locale};
use crate::state::errors::{error_text, issue_text};
use crate::state::form_status::FieldStatus;
use crate::state::hand_off::{CsvKind, close_day, export_csv, export_json, parse_range};
use crate::state::notices::{NoticeKind, use_notices};
use crate::state::participants::today;
use crate::state::records::use_records;
use crate::ui::components::{SelectField, TextField};
pub use import::{ImportPanel, PeopleImport};
use leptos::prelude::*;
use leptos::task::spawn_local;

/// `/wymiana`.
#[component]
pub fn HandOffPage() -> impl IntoView {
    view! {
        <section class="page hand-off" aria-labelledby="hand-off-title">
            <h1 id="hand-off-title">{t(Msg::NavHandOff)}</h1>
            <sealing::SealingSection/>
            <CloseDaySection/>
            <ExportSection/>
            <section class="card" aria-labelledby="import-title">
                <h2 id="import-title">{t(Msg::ImportTitle)}</h2>
                <ImportPanel/>
            </section>
            <PeopleImport/>
            <WipeSection/>
        </section>
    }
}

fn status_of(issues: &[Issue], field: Field, locale: crate::i18n::Locale) -> FieldStatus {
    issues.iter().find(|i| i.field == field).map_or(FieldStatus::Fine, |i| FieldStatus::Invalid(issue_text(locale, *i)))
}

/// "Zamknij dzień".
#[component]
fn CloseDaySection() -> impl IntoView {
    let locale = use_locale().0;
    let records = use_records();
    let notices = use_notices();
    let day = RwSignal::new(date(today()));
    let issue = RwSignal::new(None::<Issue>);
    let result = RwSignal::new(None::<String>);
    let busy = RwSignal::new(false);
    let on_close = move |_| {
        let parsed = crate::domain::dates::parse_date(&day.get_untracked());
        let Ok(chosen) = parsed.map_err(|code| issue.set(Some(Issue::new(Field::CloseDay, code)))) else { return };
        issue.set(None);
        busy.set(true);
        spawn_local(async move {
            let l = locale.get_untracked();
            match close_day(records, chosen).await {
                Ok(done) => {
                    let msg = fill(
                        text(l, Msg::CloseDayDone),
                        &[("file", &done.file_name), ("changes", &done.changes.to_string())],
                    );
                    result.try_set(Some(msg.clone()));
                    notices.push(NoticeKind::Success, msg);
                }
                Err(e) => notices.push(NoticeKind::Error, error_text(l, &e)),
            }
            busy.try_set(false);
        });
    };
    view! {
        <section class="card" aria-labelledby="close-day-title">
            <h2 id="close-day-title">{t(Msg::CloseDayTitle)}</h2>
            <p class="hint">{t(Msg::CloseDayHint)}</p>
            <div class="inline-form">
                <TextField
                    id="close-day"
                    label=t(Msg::FieldCloseDay)
                    hint=t(Msg::DateHint)
                    value=day
                    on_input=move |v| day.set(v)
                    status=Signal::derive(move || status_of(&issue.get().into_iter().collect::<Vec<_>>(), Field::CloseDay, locale.get()))
                />
                <button type="button" class="button" disabled=move || busy.get() on:click=on_close>{t(Msg::CloseDayTitle)}</button>
            </div>
            <p class="result" role="status">{move || result.get()}</p>
        </section>
    }
}

/// JSON and CSV exports.
#[component]
fn ExportSection() -> impl IntoView {
    let locale = use_locale().0;
    let records = use_records();
    let notices = use_notices();
    let from = RwSignal::new(String::new());
    let to = RwSignal::new(String::new());
    let csv_from = RwSignal::new(String::new());
    let csv_to = RwSignal::new(String::new());
    let kind = RwSignal::new(CsvKind::Participants);
    let excel = RwSignal::new(true);
    let json_issues = RwSignal::new(Vec::<Issue>::new());
    let csv_issues = RwSignal::new(Vec::<Issue>::new());
    let report = move |r: Result<String, crate::state::errors::AppError>| {
        let l = locale.get_untracked();
        match r {
            Ok(name) => notices.push(NoticeKind::Success, fill(text(l, Msg::Downloaded), &[("file", &name)])),
            Err(e) => notices.push(NoticeKind::Error, error_text(l, &e)),
        }
    };
    let on_json = move |_| match parse_range(&from.get_untracked(), &to.get_untracked()) {
        Ok(range) => {
            json_issues.set(Vec::new());
            spawn_local(async move { report(export_json(records, range).await) });
        }
        Err(issues) => json_issues.set(issues),
    };
    let on_csv = move |_| match parse_range(&csv_from.get_untracked(), &csv_to.get_untracked()) {
        Ok(range) => {
            csv_issues.set(Vec::new());
            let preset = if excel.get_untracked() { Preset::ExcelPl } else { Preset::Rfc4180 };
            let kind = kind.get_untracked();
            spawn_local(async move { report(export_csv(records, kind, preset, range).await) });
        }
        Err(issues) => csv_issues.set(issues),
    };
    let kind_label = |k: CsvKind| match k {
        CsvKind::Participants => Msg::CsvParticipants,
        CsvKind::Sessions => Msg::CsvSessions,
        CsvKind::AttendanceLong => Msg::CsvAttendanceLong,
        CsvKind::AttendanceWide => Msg::CsvAttendanceWide,
        CsvKind::Individual => Msg::CsvIndividual,
        CsvKind::Volunteers => Msg::CsvVolunteers,
    };
    let kind_options = Signal::derive(move || {
        CsvKind::ALL
            .iter()
            .map(|k| (k.code().to_owned(), text(locale.get(), kind_label(*k)).to_owned()))
            .collect::<Vec<_>>()
    });
    let st = move |issues: RwSignal<Vec<Issue>>, field: Field| {
        Signal::derive(move || status_of(&issues.get(), field, locale.get()))
    };
    view! {
        <section class="card" aria-labelledby="export-title">
            <h2 id="export-title">{t(Msg::ExportTitle)}</h2>
            <fieldset>
                <legend>{t(Msg::ExportJsonTitle)}</legend>
                <p class="hint">{t(Msg::ExportJsonHint)}</p>
                <div class="inline-form">
                    <TextField id="json-from" label=t(Msg::FieldExportFrom) hint=t(Msg::DateHint) value=from on_input=move |v| from.set(v) status=st(json_issues, Field::ExportFrom)/>
                    <TextField id="json-to" label=t(Msg::FieldExportTo) hint=t(Msg::DateHint) value=to on_input=move |v| to.set(v) status=st(json_issues, Field::ExportTo)/>
                    <button type="button" class="button" on:click=on_json>{t(Msg::ExportJsonButton)}</button>
                </div>
            </fieldset>
            <fieldset>
                <legend>{t(Msg::ExportCsvTitle)}</legend>
                <SelectField
                    id="csv-kind"
                    label=t(Msg::FieldCsvKind)
                    options=kind_options
                    value=Signal::derive(move || kind.get().code().to_owned())
                    on_change=move |v: String| {
                        if let Some(k) = CsvKind::ALL.iter().find(|k| k.code() == v) {
                            kind.set(*k);
                        }
                    }
                />
                <fieldset class="radios">
                    <legend>{t(Msg::FieldCsvPreset)}</legend>
                    <label><input type="radio" name="csv-preset" prop:checked=move || excel.get() on:change=move |_| excel.set(true)/>" "{t(Msg::PresetExcel)}</label>
                    <label><input type="radio" name="csv-preset" prop:checked=move || !excel.get() on:change=move |_| excel.set(false)/>" "{t(Msg::PresetRfc)}</label>
                </fieldset>
                <p class="hint">{t(Msg::CsvRangeHint)}</p>
                <div class="inline-form">
                    <TextField id="csv-from" label=t(Msg::FieldExportFrom) hint=t(Msg::DateHint) value=csv_from on_input=move |v| csv_from.set(v) status=st(csv_issues, Field::ExportFrom)/>
                    <TextField id="csv-to" label=t(Msg::FieldExportTo) hint=t(Msg::DateHint) value=csv_to on_input=move |v| csv_to.set(v) status=st(csv_issues, Field::ExportTo)/>
                    <button type="button" class="button" on:click=on_csv>{t(Msg::ExportCsvButton)}</button>
                </div>
            </fieldset>
        </section>
    }
}

/// "Wyczyść wszystkie dane": typed confirmation, then everything on this computer is deleted.
#[component]
fn WipeSection() -> impl IntoView {
    let locale = use_locale().0;
    let records = use_records();
    let notices = use_notices();
    let typed = RwSignal::new(String::new());
    let busy = RwSignal::new(false);
    let confirmed = Signal::derive(move || typed.with(|t| crate::state::wipe::confirms(t)));
    let on_wipe = move |_| {
        if !confirmed.get_untracked() {
            return;
        }
        busy.set(true);
        spawn_local(async move {
            if let Err(e) = crate::state::wipe::wipe_everything(records).await {
                notices.push(NoticeKind::Error, error_text(locale.get_untracked(), &e));
            }
            busy.try_set(false);
        });
    };
    view! {
        <section class="card danger-zone" aria-labelledby="wipe-title">
            <h2 id="wipe-title">{t(Msg::WipeTitle)}</h2>
            <p>{t(Msg::WipeExplain)}</p>
            <p class="hint">{t(Msg::WipeExportFirst)}</p>
            <div class="inline-form">
                <TextField
                    id="wipe-confirm"
                    label=move || fill(text(locale.get(), Msg::WipeTypeToConfirm), &[("word", crate::state::wipe::CONFIRMATION)])
                    value=typed
                    on_input=move |v| typed.set(v)
                    autocomplete="off"
                />
                <button type="button" class="button danger" disabled=move || !confirmed.get() || busy.get() on:click=on_wipe>
                    {t(Msg::WipeTitle)}
                </button>
            </div>
        </section>
    }
}
