//! "Wolontariat": volunteer hours (volunteer, date, hours, activity), the month's entries and
//! each volunteer's total.

use crate::domain::ids::VolunteerHoursId;
use crate::domain::project::StaffRole;
use crate::domain::validation::Field;
use crate::i18n::format::{date, hours, month_year};
use crate::i18n::{Msg, fill, t, text, use_locale};
use crate::state::errors::{AppError, error_text};
use crate::state::form_status::required_field_status;
use crate::state::notices::{NoticeKind, use_notices};
use crate::state::participants::today;
use crate::state::records::use_records;
use crate::state::sessions::{VolunteerForm, delete_volunteer_hours, save_volunteer_hours, volunteer_totals};
use crate::ui::components::{SelectField, TextField};
use chrono::{Datelike, Months, NaiveDate};
use leptos::prelude::*;
use leptos::task::spawn_local;
use leptos_router::components::A;
use leptos_router::hooks::use_query_map;

fn month_path(month: NaiveDate) -> String {
    format!("{}?miesiac={}", crate::ui::pages::Page::Volunteers.path(), month.format("%Y-%m"))
}

/// `/wolontariat?miesiac=rrrr-mm`.
#[component]
pub fn VolunteersPage() -> impl IntoView {
    let records = use_records();
    let query = use_query_map();
    let month = Memo::new(move |_| {
        query
            .with(|q| q.get("miesiac").and_then(|m| NaiveDate::parse_from_str(&format!("{m}-01"), "%Y-%m-%d").ok()))
            .unwrap_or_else(|| today().with_day(1).unwrap_or_else(today))
    });
    let no_volunteers = Memo::new(move |_| {
        records.data.with(|d| !d.staff.iter().any(|s| !s.meta.deleted && !s.archived && s.role == StaffRole::Volunteer))
    });
    view! {
        <section class="page volunteers" aria-labelledby="volunteers-title">
            <h1 id="volunteers-title">{t(Msg::VolunteerHoursTitle)}</h1>
            <Show when=move || no_volunteers.get()>
                <p class="hint">{t(Msg::NoVolunteers)} " " <A href=crate::ui::pages::Page::Structure.path()>{t(Msg::NavStructure)}</A></p>
            </Show>
            <VolunteerHoursForm/>
            <MonthEntries month=month/>
        </section>
    }
}

/// Adding volunteer hours.
#[component]
fn VolunteerHoursForm() -> impl IntoView {
    let locale = use_locale().0;
    let records = use_records();
    let notices = use_notices();
    let initial =
        records.data.with_untracked(|d| VolunteerForm::new_for(d, records.current_staff.get_untracked(), today()));
    let form = RwSignal::new(initial);
    let tried = RwSignal::new(false);
    let issues = Memo::new(move |_| {
        let f = form.get();
        let base = crate::domain::volunteer::VolunteerHours {
            id: VolunteerHoursId::nil(),
            meta: crate::domain::meta::Meta::new(
                &crate::domain::ids::DeviceId::default(),
                None,
                chrono::DateTime::UNIX_EPOCH,
            ),
            volunteer: crate::domain::ids::StaffId::nil(),
            date: today(),
            hours: rust_decimal::Decimal::ONE,
            activity: String::new(),
        };
        f.apply(base, today()).1
    });
    let status = move |field: Field| {
        Signal::derive(move || issues.with(|i| required_field_status(i, field, locale.get(), tried.get())))
    };
    let volunteers = Signal::derive(move || {
        records.data.with(|d| {
            let mut v: Vec<_> = d
                .staff
                .iter()
                .filter(|s| !s.meta.deleted && !s.archived && s.role == StaffRole::Volunteer)
                .map(|s| (s.order, s.id.to_string(), s.full_name()))
                .collect();
            v.sort();
            v.into_iter().map(|(_, id, name)| (id, name)).collect::<Vec<_>>()
        })
    });
    let form_ref = NodeRef::<leptos::html::Form>::new();
    let save = move || {
        tried.set(true);
        let snapshot = form.get_untracked();
        spawn_local(async move {
            match save_volunteer_hours(records, snapshot).await {
                Ok(_) => {
                    notices.push(NoticeKind::Success, text(locale.get_untracked(), Msg::Saved).to_owned());
                    tried.try_set(false);
                    form.try_update(|f| {
                        f.hours.clear();
                        f.activity.clear();
                    });
                }
                Err(error) => {
                    if let AppError::Validation(_) = error {
                        crate::state::focus::focus_first_invalid_later(form_ref);
                    }
                    notices.push(NoticeKind::Error, error_text(locale.get_untracked(), &error));
                }
            }
        });
    };
    view! {
    <form class="card" node_ref=form_ref novalidate on:submit=move |ev| {
        ev.prevent_default();
        save();
    }>
        <h2>{t(Msg::VolunteerHoursAdd)}</h2>
        <div class="grid-2">
            <SelectField
                id="volunteer"
                label=t(Msg::FieldVolunteerStaff)
                options=volunteers
                empty=t(Msg::ChooseOne)
                required=true
                value=Signal::derive(move || form.with(|f| f.volunteer.clone()))
                on_change=move |v| form.update(|f| f.volunteer = v)
                status=status(Field::VolunteerStaff)
            />
            <TextField id="volunteer-date" label=t(Msg::FieldVolunteerDate) hint=t(Msg::DateHint) inputmode="numeric" required=true
                value=Signal::derive(move || form.with(|f| f.date.clone())) on_input=move |v| form.update(|f| f.date = v) status=status(Field::VolunteerDate)/>
            <TextField id="volunteer-hours" label=t(Msg::FieldVolunteerHours) hint=t(Msg::HoursHint) inputmode="decimal" required=true
                value=Signal::derive(move || form.with(|f| f.hours.clone())) on_input=move |v| form.update(|f| f.hours = v) status=status(Field::VolunteerHours)/>
            <TextField id="volunteer-activity" label=t(Msg::FieldVolunteerActivity) required=true
                value=Signal::derive(move || form.with(|f| f.activity.clone())) on_input=move |v| form.update(|f| f.activity = v) status=status(Field::VolunteerActivity)/>
        </div>
        <div class="editor-actions">
            <button type="submit" class="button">{t(Msg::VolunteerHoursSave)}</button>
        </div>
    </form>
    }
}

/// The month's entries and each volunteer's total.
#[component]
fn MonthEntries(
    /// Any day of the month shown.
    month: Memo<NaiveDate>,
) -> impl IntoView {
    let locale = use_locale().0;
    let records = use_records();
    let notices = use_notices();
    let entries = Memo::new(move |_| {
        let m = month.get();
        records.data.with(|d| {
            let mut list: Vec<_> = d
                .volunteer_hours
                .iter()
                .filter(|v| !v.meta.deleted && v.date.year() == m.year() && v.date.month() == m.month())
                .map(|v| {
                    let name = d
                        .staff
                        .iter()
                        .find(|s| s.id == v.volunteer)
                        .map(crate::domain::project::Staff::full_name)
                        .unwrap_or_default();
                    (v.date, name, v.hours, v.activity.clone(), v.id)
                })
                .collect();
            list.sort_by(|a, b| (b.0, &a.1).cmp(&(a.0, &b.1)));
            list
        })
    });
    let totals = Memo::new(move |_| records.data.with(|d| volunteer_totals(d, month.get())));
    let remove = move |id: VolunteerHoursId| {
        spawn_local(async move {
            match delete_volunteer_hours(records, id).await {
                Ok(()) => notices.push(NoticeKind::Success, text(locale.get_untracked(), Msg::EntryDeleted).to_owned()),
                Err(error) => notices.push(NoticeKind::Error, error_text(locale.get_untracked(), &error)),
            }
        });
    };
    view! {
    <nav class="month-nav" aria-label=t(Msg::MonthLabel)>
        <A href=move || month_path(month.get() - Months::new(1)) attr:class="button secondary small">{t(Msg::MonthPrevious)}</A>
        <h2>{move || month_year(locale.get(), month.get())}</h2>
        <A href=move || month_path(month.get() + Months::new(1)) attr:class="button secondary small">{t(Msg::MonthNext)}</A>
    </nav>
    <Show when=move || !entries.with(Vec::is_empty) fallback=|| view! { <p class="empty">{t(Msg::VolunteerHoursEmpty)}</p> }>
        <table class="list">
            <thead>
                <tr>
                    <th scope="col">{t(Msg::FieldVolunteerDate)}</th>
                    <th scope="col">{t(Msg::FieldVolunteerStaff)}</th>
                    <th scope="col">{t(Msg::FieldVolunteerHours)}</th>
                    <th scope="col">{t(Msg::FieldVolunteerActivity)}</th>
                    <th scope="col"><span class="sr-only">{t(Msg::ColumnActions)}</span></th>
                </tr>
            </thead>
            <tbody>
                <For each=move || entries.get() key=|e| e.4 let:entry>
                    {
                        let (day, name, value, activity, id) = entry;
                        let what = format!("{} {}", date(day), activity);
                        let aria = move || fill(text(locale.get(), Msg::DeleteEntryNamed), &[("what", &what)]);
                        view! {
                            <tr>
                                <td>{date(day)}</td>
                                <td>{name}</td>
                                <td>{move || hours(locale.get(), value)}</td>
                                <td>{activity.clone()}</td>
                                <td><button type="button" class="button secondary small" aria-label=aria on:click=move |_| remove(id)>{t(Msg::Delete)}</button></td>
                            </tr>
                        }
                    }
                </For>
            </tbody>
        </table>
        <h3>{t(Msg::MonthTotals)}</h3>
        <ul class="totals">
            {move || totals.get().into_iter().map(|(name, value)| view! { <li>{name}": "<strong>{hours(locale.get(), value)}</strong></li> }).collect_view()}
        </ul>
    </Show>
    }
}
