//! "Dziś": the sessions of a day (any day can be chosen) with times, place, form, leader and the
//! number present; a week strip to move around; links to record a session, a consultation or
//! volunteer hours, and to the printable lists.

use super::{
    attendance_list_path, day_path, monthly_list_path, new_consultation_path, new_session_path, query_date,
    session_path,
};
use crate::domain::dates::parse_date;
use crate::domain::project::SupportMode;
use crate::i18n::format::{hours, long_date, month_year, weekday_short};
use crate::i18n::{Msg, fill, t, text, use_locale};
use crate::state::participants::today;
use crate::state::records::use_records;
use crate::state::sessions::{DayRow, day_rows, week_strip};
use crate::ui::components::TextField;
use chrono::{Days, NaiveDate};
use leptos::prelude::*;
use leptos_router::components::A;
use leptos_router::hooks::{use_navigate, use_query_map};

/// `/dzis?dzien=rrrr-mm-dd`.
#[component]
pub fn DayPage() -> impl IntoView {
    let locale = use_locale().0;
    let records = use_records();
    let query = use_query_map();
    let day = Memo::new(move |_| query.with(|q| query_date(q.get("dzien"))).unwrap_or_else(today));
    let rows = Memo::new(move |_| records.data.with(|d| day_rows(d, day.get())));
    let has_individual = Memo::new(move |_| {
        records.data.with(|d| {
            d.support_forms.iter().any(|f| !f.meta.deleted && !f.archived && f.mode == SupportMode::Individual)
        })
    });
    let group_forms = Memo::new(move |_| {
        records.data.with(|d| {
            let mut forms: Vec<_> = d
                .support_forms
                .iter()
                .filter(|f| !f.meta.deleted && !f.archived && f.mode == SupportMode::Group)
                .map(|f| (f.order, f.id, f.name.clone()))
                .collect();
            forms.sort();
            forms
        })
    });
    view! {
        <section class="page day" aria-labelledby="day-title">
            <div class="page-head">
                <h1 id="day-title">
                    {move || if day.get() == today() { text(locale.get(), Msg::DayTitleToday).to_owned() } else { text(locale.get(), Msg::DayTitle).to_owned() }}
                </h1>
                <A href=move || new_session_path(day.get()) attr:class="button">{t(Msg::SessionAdd)}</A>
                <Show when=move || has_individual.get()>
                    <A href=move || new_consultation_path(day.get()) attr:class="button secondary">{t(Msg::ConsultationAdd)}</A>
                </Show>
                <A href=crate::ui::pages::Page::Volunteers.path() attr:class="button secondary">{t(Msg::VolunteerHoursTitle)}</A>
            </div>
            <WeekNav day=day/>
            <h2 class="day-date">{move || long_date(locale.get(), day.get())}</h2>
            <Show
                when=move || !rows.with(Vec::is_empty)
                fallback=|| view! { <p class="empty">{t(Msg::DayEmpty)}</p> }
            >
                <table class="list sessions">
                    <thead>
                        <tr>
                            <th scope="col">{t(Msg::ColumnTime)}</th>
                            <th scope="col">{t(Msg::FieldSessionForm)}</th>
                            <th scope="col">{t(Msg::ColumnUnitPlace)}</th>
                            <th scope="col">{t(Msg::FieldSessionLeaders)}</th>
                            <th scope="col">{t(Msg::ColumnPresent)}</th>
                            <th scope="col"><span class="sr-only">{t(Msg::ColumnActions)}</span></th>
                        </tr>
                    </thead>
                    <tbody>
                        <For each=move || rows.get() key=|r| (r.session.id, r.session.meta.version.clone(), r.counts.present, r.counts.absent, r.counts.excused, r.clash) let:row>
                            <DayRowView row=row/>
                        </For>
                    </tbody>
                </table>
            </Show>
            <section class="monthly" aria-labelledby="monthly-title">
                <h2 id="monthly-title">{move || fill(text(locale.get(), Msg::MonthlyListsTitle), &[("month", &month_year(locale.get(), day.get()))])}</h2>
                <ul class="links">
                    <For each=move || group_forms.get() key=|(_, id, name)| (*id, name.clone()) let:entry>
                        {
                            let (_, id, name) = entry;
                            view! { <li><A href=move || monthly_list_path(id, day.get())>{name}</A></li> }
                        }
                    </For>
                </ul>
            </section>
        </section>
    }
}

/// The week strip (seven days with their number of sessions), previous/next week, today, and
/// a typed date to jump to.
#[component]
fn WeekNav(
    /// The day shown.
    day: Memo<NaiveDate>,
) -> impl IntoView {
    let locale = use_locale().0;
    let records = use_records();
    let navigate = use_navigate();
    let strip = Memo::new(move |_| records.data.with(|d| week_strip(d, day.get())));
    let go_to = RwSignal::new(String::new());
    let go_error = RwSignal::new(false);
    let jump = {
        let navigate = navigate.clone();
        move |to: NaiveDate| navigate(&day_path(to), leptos_router::NavigateOptions::default())
    };
    let jump_typed = {
        let jump = jump.clone();
        move || match parse_date(&go_to.get_untracked()) {
            Ok(d) => {
                go_error.set(false);
                go_to.set(String::new());
                jump(d);
            }
            Err(_) => go_error.set(true),
        }
    };
    let go_status = Signal::derive(move || {
        if go_error.get() {
            crate::state::form_status::FieldStatus::Invalid(crate::state::errors::issue_text(
                locale.get(),
                crate::domain::validation::Issue::new(
                    crate::domain::validation::Field::SessionDate,
                    crate::domain::validation::ErrorCode::DateFormat,
                ),
            ))
        } else {
            crate::state::form_status::FieldStatus::Fine
        }
    });
    let (prev, next) = (jump.clone(), jump.clone());
    view! {
    <nav class="week" aria-label=t(Msg::WeekLabel)>
        <button type="button" class="button secondary small" on:click=move |_| prev(day.get_untracked() - Days::new(7))>
            {t(Msg::WeekPrevious)}
        </button>
        <ol class="week-strip">
            <For each=move || strip.get() key=|(d, n)| (*d, *n) let:entry>
                {
                    let (d, n) = entry;
                    let label = move || {
                        let l = locale.get();
                        fill(text(l, Msg::WeekDayLink), &[("day", weekday_short(l, d)), ("date", &d.format("%d.%m").to_string()), ("count", &n.to_string())])
                    };
                    view! {
                        <li>
                            <A
                                href=day_path(d)
                                attr:class=move || if d == day.get() { "day-link current" } else { "day-link" }
                                attr:aria-current=move || (d == day.get()).then_some("date")
                                attr:aria-label=label
                            >
                                <span class="wd">{move || weekday_short(locale.get(), d)}</span>
                                <span class="dm">{d.format("%d.%m").to_string()}</span>
                                <span class="n">{if n == 0 { String::new() } else { n.to_string() }}</span>
                            </A>
                        </li>
                    }
                }
            </For>
        </ol>
        <button type="button" class="button secondary small" on:click=move |_| next(day.get_untracked() + Days::new(7))>
            {t(Msg::WeekNext)}
        </button>
        <A href=day_path(today()) attr:class="button secondary small">{t(Msg::TodayLink)}</A>
        <form class="go-to" novalidate on:submit=move |ev| {
            ev.prevent_default();
            jump_typed();
        }>
            <TextField id="go-to-day" label=t(Msg::GoToDay) hint=t(Msg::DateHint) inputmode="numeric" value=go_to on_input=move |v| go_to.set(v) status=go_status/>
            <button type="submit" class="button secondary small">{t(Msg::Show)}</button>
        </form>
    </nav>
    }
}

/// One session's row.
#[component]
fn DayRowView(
    /// The session and its summary.
    row: DayRow,
) -> impl IntoView {
    let locale = use_locale().0;
    let s = &row.session;
    let time = format!("{}–{}", s.start.format("%H:%M"), s.end.format("%H:%M"));
    let id = s.id;
    let planned = s.planned;
    let where_ = [row.unit_name.as_str(), s.place.as_str()]
        .iter()
        .filter(|x| !x.is_empty())
        .copied()
        .collect::<Vec<_>>()
        .join(", ");
    let (form_name, topic, person, leaders, counts, hours_value, clash, individual) = (
        row.form_name.clone(),
        s.topic.clone(),
        row.person.clone(),
        row.leaders.clone(),
        row.counts,
        row.hours,
        row.clash,
        row.individual,
    );
    let present = move || {
        let l = locale.get();
        if planned {
            text(l, Msg::SessionPlanned).to_owned()
        } else {
            fill(
                text(l, Msg::PresentOf),
                &[("present", &counts.present.to_string()), ("listed", &counts.total().to_string())],
            )
        }
    };
    view! {
        <tr class:clash=clash>
            <td class="nowrap">
                {time}
                <br/>
                <span class="hint">{move || hours(locale.get(), hours_value)}</span>
            </td>
            <th scope="row">
                <A href=session_path(id)>{form_name}</A>
                {individual.then(|| view! { <span class="badge">{t(Msg::BadgeIndividual)}</span> })}
                {(!topic.is_empty()).then(|| view! { <br/><span class="hint">{topic.clone()}</span> })}
                {person.map(|p| view! { <br/><span>{p}</span> })}
            </th>
            <td>{where_}</td>
            <td>
                {leaders}
                {clash.then(|| view! { <br/><span class="badge warn">{t(Msg::LeaderClashBadge)}</span> })}
            </td>
            <td class="nowrap present" data-label=move || text(locale.get(), Msg::ColumnPresent)>{present}</td>
            <td>
                {(!individual).then(|| view! {
                    <A href=attendance_list_path(id) attr:class="button secondary small">{t(Msg::PrintAttendanceList)}</A>
                })}
            </td>
        </tr>
    }
}
