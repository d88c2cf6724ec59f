//! Printable attendance lists ("Lista obecności"), A4: one session's list (the people marked,
//! or for a planned session the people enrolled, plus blank rows for walk-ins), and the monthly
//! list of a form of support (landscape, a column per session). The header repeats on every
//! printed page, rows are never split, and the app's chrome is not printed.

use super::{day_path, query_date, session_path};
use crate::domain::attendance::{enrolled_in, usual_people};
use crate::domain::dataset::Dataset;
use crate::domain::ids::{ParticipantId, SessionId, SupportFormId};
use crate::domain::project::Project;
use crate::domain::search::fold;
use crate::domain::session::{Presence, Session};
use crate::i18n::format::{date, hours, month_year};
use crate::i18n::{Locale, Msg, t, text, use_locale};
use crate::state::records::use_records;
use crate::ui::components::TextField;
use chrono::{Datelike, NaiveDate};
use leptos::prelude::*;
use leptos_router::components::A;
use leptos_router::hooks::{use_params_map, use_query_map};
use std::collections::{BTreeMap, BTreeSet};

/// Blank rows offered by default for people who come without being on the list.
const DEFAULT_BLANK_ROWS: usize = 3;

/// The project's header lines: title with number, and the funding line.
fn project_lines(project: Option<&Project>) -> (String, String) {
    project.map_or_else(Default::default, |p| {
        let title = if p.number.trim().is_empty() { p.title.clone() } else { format!("{} — {}", p.title, p.number) };
        (title, p.funding_line.clone())
    })
}

/// "Nazwisko Imię" of each person, sorted the Polish way.
fn sorted_people(data: &Dataset, people: impl IntoIterator<Item = ParticipantId>) -> Vec<(ParticipantId, String)> {
    let mut out: Vec<(String, ParticipantId, String)> = people
        .into_iter()
        .collect::<BTreeSet<_>>()
        .into_iter()
        .filter_map(|id| {
            let p = data.participants.iter().find(|p| p.id == id && !p.meta.deleted)?;
            Some((fold(&format!("{} {}", p.last_name, p.first_name)), id, format!("{} {}", p.first_name, p.last_name)))
        })
        .collect();
    out.sort();
    out.into_iter().map(|(_, id, name)| (id, name)).collect()
}

/// The logo strip and the project lines, shared by both lists.
#[component]
fn SheetHeader(
    /// The document's title.
    title: Msg,
) -> impl IntoView {
    let records = use_records();
    let (project_title, funding) = records.data.with_untracked(|d| project_lines(d.current_project()));
    view! {
        <div class="sheet-head">
            {move || records.logo.get().map(|src| view! { <img class="logo-strip" src=src alt=""/> })}
            <p class="sheet-project">{project_title}</p>
            {(!funding.is_empty()).then(|| view! { <p class="sheet-funding">{funding}</p> })}
            <h1 class="sheet-title">{t(title)}</h1>
        </div>
    }
}

/// The toolbar above a sheet (not printed).
#[component]
fn PrintToolbar(
    /// Where "Wróć" goes.
    back: String,
    /// The number of blank rows.
    blank: RwSignal<String>,
) -> impl IntoView {
    view! {
        <div class="print-toolbar no-print">
            <button type="button" class="button" on:click=move |_| crate::state::app_status::print_page()>{t(Msg::Print)}</button>
            <A href=back attr:class="button secondary">{t(Msg::Back)}</A>
            <TextField id="blank-rows" label=t(Msg::BlankRows) inputmode="numeric" value=blank on_input=move |v| blank.set(v)/>
            <p class="hint">{t(Msg::PrintHint)}</p>
        </div>
    }
}

fn blank_count(blank: RwSignal<String>) -> usize {
    blank.with(|b| b.trim().parse::<usize>().unwrap_or(0).min(60))
}

/// `/druk/lista-obecnosci/:id`.
#[component]
pub fn AttendanceListPage() -> impl IntoView {
    let records = use_records();
    let params = use_params_map();
    let id = params.with_untracked(|p| p.get("id").and_then(|s| SessionId::parse(&s).ok()));
    let session = id.and_then(|id| {
        records.data.with_untracked(|d| d.sessions.iter().find(|s| s.id == id && !s.meta.deleted).cloned())
    });
    match session {
        Some(s) => view! { <AttendanceSheet session=s/> }.into_any(),
        None => view! { <crate::ui::pages::NotFoundPage/> }.into_any(),
    }
}

#[component]
fn AttendanceSheet(
    /// The session.
    session: Session,
) -> impl IntoView {
    let locale = use_locale().0;
    let records = use_records();
    let blank = RwSignal::new(DEFAULT_BLANK_ROWS.to_string());
    let id = session.id;
    let rows = Memo::new(move |_| {
        records.data.with(|d| {
            let Some(s) = d.sessions.iter().find(|s| s.id == id) else { return Vec::new() };
            if s.planned {
                let people = usual_people(s.form, s.date, d);
                sorted_people(d, people).into_iter().map(|(_, name)| (name, None)).collect::<Vec<_>>()
            } else {
                let marks: BTreeMap<ParticipantId, Presence> = d
                    .attendance
                    .iter()
                    .filter(|a| a.session == id && !a.meta.deleted)
                    .map(|a| (a.participant, a.presence))
                    .collect();
                sorted_people(d, marks.keys().copied())
                    .into_iter()
                    .map(|(pid, name)| (name, marks.get(&pid).copied()))
                    .collect()
            }
        })
    });
    let facts = records.data.with_untracked(|d| {
        let form = d.support_forms.iter().find(|f| f.id == session.form);
        let unit =
            session.unit.and_then(|u| d.units.iter().find(|x| x.id == u)).map(|u| u.name.clone()).unwrap_or_default();
        let leaders: Vec<String> = session
            .leaders
            .iter()
            .filter_map(|l| d.staff.iter().find(|s| s.id == *l))
            .map(crate::domain::project::Staff::full_name)
            .collect();
        let minutes = form.map_or(60, |f| f.hour_minutes);
        (form.map(|f| f.name.clone()).unwrap_or_default(), unit, leaders.join(", "), session.hours(minutes), minutes)
    });
    let (form_name, unit, leaders, session_hours, minutes) = facts;
    let time = format!("{}–{}", session.start.format("%H:%M"), session.end.format("%H:%M"));
    let planned = session.planned;
    let present = move || rows.with(|r| r.iter().filter(|(_, m)| *m == Some(Presence::Obecny)).count());
    let fact = |label: Msg, value: String| view! { <div><dt>{t(label)}</dt><dd>{value}</dd></div> };
    let hours_fact = move || {
        let l = locale.get();
        format!(
            "{time} ({}, {})",
            hours(l, session_hours),
            crate::i18n::fill(text(l, Msg::HourOfMinutes), &[("minutes", &minutes.to_string())])
        )
    };
    view! {
        <section class="page print-page">
            <PrintToolbar back=session_path(id) blank=blank/>
            <article class="sheet" aria-label=t(Msg::AttendanceListTitle)>
                <table class="sheet-table">
                    <thead>
                        <tr>
                            <th colspan="3" class="sheet-header">
                                <SheetHeader title=Msg::AttendanceListTitle/>
                                <dl class="sheet-facts">
                                    {fact(Msg::FieldSessionUnit, unit)}
                                    {fact(Msg::FieldSessionForm, form_name)}
                                    {fact(Msg::FieldSessionDate, date(session.date))}
                                    <div><dt>{t(Msg::ColumnTime)}</dt><dd>{hours_fact}</dd></div>
                                    {fact(Msg::FieldSessionPlace, session.place.clone())}
                                    {fact(Msg::FieldSessionTopic, session.topic.clone())}
                                    {fact(Msg::FieldSessionLeaders, leaders)}
                                </dl>
                            </th>
                        </tr>
                        <tr class="columns">
                            <th scope="col" class="lp">{t(Msg::ColumnLp)}</th>
                            <th scope="col">{t(Msg::ColumnFullName)}</th>
                            <th scope="col" class="signature">{t(Msg::ColumnSignature)}</th>
                        </tr>
                    </thead>
                    <tbody>
                        {move || {
                            let l = locale.get();
                            let people = rows.get();
                            let listed = people.len();
                            people
                                .into_iter()
                                .enumerate()
                                .map(|(i, (name, mark))| {
                                    let note = match mark {
                                        Some(Presence::Nieobecny) => text(l, Msg::PresenceNieobecny),
                                        Some(Presence::Usprawiedliwiony) => text(l, Msg::PresenceUsprawiedliwiony),
                                        _ => "",
                                    };
                                    view! { <tr><td class="lp">{i + 1}"."</td><td>{name}</td><td class="signature">{note}</td></tr> }.into_any()
                                })
                                .chain((0..blank_count(blank)).map(move |i| {
                                    view! { <tr class="blank"><td class="lp">{listed + i + 1}"."</td><td></td><td class="signature"></td></tr> }.into_any()
                                }))
                                .collect_view()
                        }}
                    </tbody>
                </table>
                <footer class="sheet-footer">
                    <p>
                        {t(Msg::NumberPresent)}": "
                        {move || if planned { "……".to_owned() } else { present().to_string() }}
                    </p>
                    <p class="sign-line">{t(Msg::LeaderSignature)}</p>
                </footer>
            </article>
        </section>
    }
}

/// `/druk/lista-miesieczna/:form?miesiac=rrrr-mm`.
#[component]
pub fn MonthlyListPage() -> impl IntoView {
    let records = use_records();
    let params = use_params_map();
    let query = use_query_map();
    let form = params.with_untracked(|p| p.get("form").and_then(|s| SupportFormId::parse(&s).ok()));
    let month = query
        .with_untracked(|q| query_date(q.get("miesiac").map(|m| format!("{m}-01"))))
        .unwrap_or_else(|| crate::state::participants::today().with_day(1).unwrap_or_default());
    let exists = form.is_some_and(|f| records.data.with_untracked(|d| d.support_forms.iter().any(|x| x.id == f)));
    match form {
        Some(form) if exists => view! { <MonthlySheet form=form month=month/> }.into_any(),
        _ => view! { <crate::ui::pages::NotFoundPage/> }.into_any(),
    }
}

/// One session column of the monthly list.
#[derive(Clone, Debug, PartialEq, Eq)]
struct Column {
    id: SessionId,
    day: NaiveDate,
    time: String,
}

#[component]
fn MonthlySheet(
    /// The form of support.
    form: SupportFormId,
    /// Any day of the month.
    month: NaiveDate,
) -> impl IntoView {
    let locale = use_locale().0;
    let records = use_records();
    let blank = RwSignal::new(DEFAULT_BLANK_ROWS.to_string());
    let in_month = move |d: NaiveDate| d.year() == month.year() && d.month() == month.month();
    let table = Memo::new(move |_| {
        records.data.with(|d| {
            let mut sessions: Vec<&Session> =
                d.sessions.iter().filter(|s| s.form == form && !s.meta.deleted && in_month(s.date)).collect();
            sessions.sort_by_key(|s| (s.date, s.start));
            let columns: Vec<Column> = sessions
                .iter()
                .map(|s| Column {
                    id: s.id,
                    day: s.date,
                    time: format!("{}–{}", s.start.format("%H:%M"), s.end.format("%H:%M")),
                })
                .collect();
            let ids: BTreeSet<SessionId> = columns.iter().map(|c| c.id).collect();
            let marks: BTreeMap<(ParticipantId, SessionId), Presence> = d
                .attendance
                .iter()
                .filter(|a| !a.meta.deleted && ids.contains(&a.session))
                .map(|a| ((a.participant, a.session), a.presence))
                .collect();
            let last_day = month
                .with_day(1)
                .and_then(|m| m.checked_add_months(chrono::Months::new(1)))
                .map_or(month, |n| n.pred_opt().unwrap_or(n));
            let enrolled = enrolled_in(form, last_day, d).into_iter().chain(enrolled_in(
                form,
                month.with_day(1).unwrap_or(month),
                d,
            ));
            let people = sorted_people(d, enrolled.chain(marks.keys().map(|(p, _)| *p)));
            (columns, people, marks)
        })
    });
    let (form_name, unit) = records.data.with_untracked(|d| {
        let f = d.support_forms.iter().find(|f| f.id == form);
        let unit = f
            .and_then(|f| f.unit)
            .and_then(|u| d.units.iter().find(|x| x.id == u))
            .map(|u| u.name.clone())
            .unwrap_or_default();
        (f.map(|f| f.name.clone()).unwrap_or_default(), unit)
    });
    let col_count = move || table.with(|(c, _, _)| c.len());
    let mark_text = |l: Locale, m: Option<&Presence>| match m {
        Some(Presence::Nieobecny) => text(l, Msg::AbsentShort),
        Some(Presence::Usprawiedliwiony) => text(l, Msg::ExcusedShort),
        _ => "",
    };
    view! {
        <section class="page print-page">
            <PrintToolbar back=day_path(month) blank=blank/>
            <article class="sheet landscape" aria-label=t(Msg::MonthlyListTitle)>
                <table class="sheet-table monthly-table">
                    <thead>
                        <tr>
                            <th colspan=move || (col_count() + 2).to_string() class="sheet-header">
                                <SheetHeader title=Msg::MonthlyListTitle/>
                                <dl class="sheet-facts">
                                    <div><dt>{t(Msg::FieldSessionUnit)}</dt><dd>{unit}</dd></div>
                                    <div><dt>{t(Msg::FieldSessionForm)}</dt><dd>{form_name}</dd></div>
                                    <div><dt>{t(Msg::MonthLabel)}</dt><dd>{move || month_year(locale.get(), month)}</dd></div>
                                </dl>
                            </th>
                        </tr>
                        <tr class="columns">
                            <th scope="col" class="lp">{t(Msg::ColumnLp)}</th>
                            <th scope="col">{t(Msg::ColumnFullName)}</th>
                            {move || table.with(|(c, _, _)| c.iter().map(|col| view! {
                                <th scope="col" class="day-col">{col.day.format("%d.%m").to_string()}<br/><span class="time">{col.time.clone()}</span></th>
                            }).collect_view())}
                        </tr>
                    </thead>
                    <tbody>
                        {move || {
                            let l = locale.get();
                            let (columns, people, marks) = table.get();
                            let listed = people.len();
                            let cols = columns.len();
                            people
                                .into_iter()
                                .enumerate()
                                .map(|(i, (pid, name))| {
                                    let cells = columns.iter().map(|c| view! { <td class="day-col">{mark_text(l, marks.get(&(pid, c.id)))}</td> }).collect_view();
                                    view! { <tr><td class="lp">{i + 1}"."</td><td>{name}</td>{cells}</tr> }.into_any()
                                })
                                .chain((0..blank_count(blank)).map(move |i| {
                                    let cells = (0..cols).map(|_| view! { <td class="day-col"></td> }).collect_view();
                                    view! { <tr class="blank"><td class="lp">{listed + i + 1}"."</td><td></td>{cells}</tr> }.into_any()
                                }))
                                .collect_view()
                        }}
                    </tbody>
                </table>
                <Show when=move || col_count() == 0>
                    <p class="hint">{t(Msg::MonthlyNoSessions)}</p>
                </Show>
                <footer class="sheet-footer">
                    <p class="hint">{t(Msg::MonthlyLegend)}</p>
                    <p class="sign-line">{t(Msg::LeaderSignature)}</p>
                </footer>
            </article>
        </section>
    }
}
