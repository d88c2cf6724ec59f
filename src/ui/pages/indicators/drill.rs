//! The list behind an opened figure: people, sessions or volunteer entries, each linked.

use super::Ctx;
use super::figures::{figure_label, form_name};
use crate::domain::dataset::Dataset;
use crate::domain::dates::{date_text, time_text};
use crate::domain::indicators::{FigureKey, Members};
use crate::i18n::format::hours;
use crate::i18n::{Locale, Msg, fill, t, text, use_locale};
use crate::state::records::use_records;
use crate::ui::labels::status_label;
use crate::ui::pages::participants::participant_path;
use crate::ui::pages::sessions::session_path;
use leptos::prelude::*;
use leptos_router::components::A;

/// The list behind an opened figure.
#[component]
pub(super) fn DrillList(
    /// The figure.
    key: FigureKey,
) -> impl IntoView {
    let locale = use_locale().0;
    let records = use_records();
    let ctx = expect_context::<Ctx>();
    let close = move || super::dashboard_href(&ctx.from.get(), &ctx.to.get(), None);
    let title_key = key.clone();
    let title = move || records.data.with(|d| figure_label(&title_key, d, locale.get()));
    let members = Memo::new(move |_| ctx.board.with(|b| b.members(&key)));
    view! {
        <section class="card drill" aria-labelledby="drill-title">
            <div class="page-head">
                <h2 id="drill-title">{title}</h2>
                <A href=close attr:class="button secondary">{t(Msg::DashCloseList)}</A>
            </div>
            {move || {
                let l = locale.get();
                records.data.with(|d| match members.get() {
                    None => view! { <p class="hint">{text(l, Msg::DashNothingToList)}</p> }.into_any(),
                    Some(m) => member_table(l, d, m).into_any(),
                })
            }}
        </section>
    }
}

fn member_table(l: Locale, d: &Dataset, members: Members) -> AnyView {
    let dash = |date: Option<chrono::NaiveDate>| date.map_or_else(|| "—".to_owned(), date_text);
    match members {
        Members::People(ids) => {
            let count = fill(text(l, Msg::DashListedPeople), &[("n", &ids.len().to_string())]);
            let rows = ids
                .iter()
                .filter_map(|id| d.participants.iter().find(|p| p.id == *id))
                .map(|p| {
                    view! {
                        <tr>
                            <th scope="row"><A href=participant_path(p.id)>{format!("{} {}", p.last_name, p.first_name)}</A></th>
                            <td>{status_label(l, p.status)}</td>
                            <td>{dash(p.start)}</td>
                            <td>{dash(p.end)}</td>
                        </tr>
                    }
                })
                .collect_view();
            listing(
                l,
                count,
                "drill-people",
                [Msg::ColumnName, Msg::FieldStatus, Msg::FieldParticipationStart, Msg::FieldParticipationEnd],
                rows,
            )
        }
        Members::Sessions(ids) => {
            let count = fill(text(l, Msg::DashListedSessions), &[("n", &ids.len().to_string())]);
            let rows = ids
                .iter()
                .filter_map(|id| d.sessions.iter().find(|s| s.id == *id))
                .map(|s| {
                    let (href, day, time) =
                        (session_path(s.id), date_text(s.date), format!("{}–{}", time_text(s.start), time_text(s.end)));
                    let (form, topic) = (form_name(d, s.form), s.topic.clone());
                    view! {
                        <tr>
                            <th scope="row"><A href=href>{day}</A></th>
                            <td>{time}</td>
                            <td>{form}</td>
                            <td>{topic}</td>
                        </tr>
                    }
                })
                .collect_view();
            listing(
                l,
                count,
                "drill-sessions",
                [Msg::FieldSessionDate, Msg::DashTime, Msg::FieldSessionForm, Msg::FieldSessionTopic],
                rows,
            )
        }
        Members::Volunteers(ids) => {
            let count = fill(text(l, Msg::DashListedEntries), &[("n", &ids.len().to_string())]);
            let rows = ids
                .iter()
                .filter_map(|id| d.volunteer_hours.iter().find(|v| v.id == *id))
                .map(|v| {
                    let who = d
                        .staff
                        .iter()
                        .find(|s| s.id == v.volunteer)
                        .map(crate::domain::project::Staff::full_name)
                        .unwrap_or_default();
                    view! {
                        <tr>
                            <th scope="row">{date_text(v.date)}</th>
                            <td>{who}</td>
                            <td>{hours(l, v.hours)}</td>
                            <td>{v.activity.clone()}</td>
                        </tr>
                    }
                })
                .collect_view();
            listing(
                l,
                count,
                "drill-volunteers",
                [Msg::FieldSessionDate, Msg::DashVolunteer, Msg::ColumnHours, Msg::DashActivity],
                rows,
            )
        }
    }
}

/// "n listed" and a table with four columns.
fn listing(l: Locale, count: String, class: &'static str, headers: [Msg; 4], rows: impl IntoView + 'static) -> AnyView {
    view! {
        <p class="count" role="status">{count}</p>
        <div class="table-wrap">
            <table class=format!("list compact {class}")>
                <thead><tr>{headers.map(|h| view! { <th scope="col">{text(l, h)}</th> }).to_vec()}</tr></thead>
                <tbody>{rows}</tbody>
            </table>
        </div>
    }
    .into_any()
}
