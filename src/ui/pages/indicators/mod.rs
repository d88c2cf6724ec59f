//! "Wskaźniki": how the project stands against its targets, computed offline from the records,
//! for the whole project or a date range. Every number opens into the list it counts
//! (`?pokaz=…` in the address, so the back button returns to it), and "Eksportuj wskaźniki"
//! downloads the figures as CSV.

mod charts;
mod drill;
mod figures;

use crate::codec::csv::Preset;
use crate::domain::dates::date_text;
use crate::domain::indicators::{Dashboard, FigureKey, Group, IndicatorValue, Share, dashboard};
use crate::domain::validation::{Field, Issue};
use crate::i18n::format::{hours, integer, percent};
use crate::i18n::{Locale, Msg, fill, t, text, use_locale};
use crate::state::errors::{error_text, issue_text};
use crate::state::form_status::FieldStatus;
use crate::state::hand_off::{download_table, parse_dashboard_range};
use crate::state::notices::{NoticeKind, use_notices};
use crate::state::participants::today;
use crate::state::records::use_records;
use crate::ui::components::TextField;
use crate::ui::labels::{dict_label, status_label};
use charts::{Bar, Columns, fraction};
use drill::DrillList;
use figures::{csv_table, form_name, group_label, task_name, verdict, week_label};
use leptos::prelude::*;
use leptos_router::components::A;
use leptos_router::hooks::{use_navigate, use_query_map};
use rust_decimal::Decimal;
use rust_decimal::prelude::ToPrimitive;

fn to_f64(value: Decimal) -> f64 {
    value.to_f64().unwrap_or(0.0)
}

#[allow(clippy::cast_precision_loss, reason = "counts are small")]
fn count_f64(n: usize) -> f64 {
    n as f64
}

/// The address of the dashboard for a range and an opened figure.
fn dashboard_href(from: &str, to: &str, show: Option<&FigureKey>) -> String {
    let mut query = Vec::new();
    if !from.is_empty() {
        query.push(format!("od={from}"));
    }
    if !to.is_empty() {
        query.push(format!("do={to}"));
    }
    if let Some(key) = show {
        query.push(format!("pokaz={}", key.code()));
    }
    if query.is_empty() { "/wskazniki".to_owned() } else { format!("/wskazniki?{}", query.join("&")) }
}

/// What the page shares with its parts.
#[derive(Clone, Copy)]
struct Ctx {
    /// The range as in the address.
    from: Memo<String>,
    to: Memo<String>,
    /// The dashboard for it.
    board: Memo<Dashboard>,
}

impl Ctx {
    fn href(self, key: &FigureKey) -> String {
        dashboard_href(&self.from.get(), &self.to.get(), Some(key))
    }
}

/// A number that opens into the list it counts.
#[component]
fn Figure(
    /// The figure.
    key: FigureKey,
    /// The number as shown.
    #[prop(into)]
    value: String,
    /// The figure's name, for the accessible name of the link.
    #[prop(into)]
    label: String,
) -> impl IntoView {
    let locale = use_locale().0;
    let ctx = expect_context::<Ctx>();
    let href = move || ctx.href(&key);
    let shown = value.clone();
    let name = move || fill(text(locale.get(), Msg::DashOpenList), &[("figure", &label), ("value", &value)]);
    view! { <A href=href attr:class="figure" attr:aria-label=name>{shown}</A> }
}

/// `/wskazniki`.
#[component]
pub fn IndicatorsPage() -> impl IntoView {
    let locale = use_locale().0;
    let records = use_records();
    let notices = use_notices();
    let query = use_query_map();
    let navigate = use_navigate();
    let from = Memo::new(move |_| query.with(|q| q.get("od").unwrap_or_default()));
    let to = Memo::new(move |_| query.with(|q| q.get("do").unwrap_or_default()));
    let range = Memo::new(move |_| parse_dashboard_range(&from.get(), &to.get()));
    let board = Memo::new(move |_| {
        let range = range.get().unwrap_or(None);
        records.data.with(|d| dashboard(d, range, today()))
    });
    let shown = Memo::new(move |_| query.with(|q| q.get("pokaz").and_then(|c| FigureKey::parse(&c))));
    let ctx = Ctx { from, to, board };
    provide_context(ctx);

    let typed_from = RwSignal::new(from.get_untracked());
    let typed_to = RwSignal::new(to.get_untracked());
    let issues = Memo::new(move |_| range.get().err().unwrap_or_default());
    let status = move |field: Field| {
        Signal::derive(move || {
            issues.with(|i: &Vec<Issue>| {
                i.iter()
                    .find(|x| x.field == field)
                    .map_or(FieldStatus::Fine, |x| FieldStatus::Invalid(issue_text(locale.get(), *x)))
            })
        })
    };
    let go = Callback::new(move |(a, b): (String, String)| {
        navigate(&dashboard_href(a.trim(), b.trim(), None), leptos_router::NavigateOptions::default());
    });
    let excel = RwSignal::new(true);
    let on_export = move |_| {
        let l = locale.get_untracked();
        let preset = if excel.get_untracked() { Preset::ExcelPl } else { Preset::Rfc4180 };
        let (header, rows) = records.data.with_untracked(|d| board.with_untracked(|b| csv_table(b, d, l, preset)));
        leptos::task::spawn_local(async move {
            let name = format!("wskazniki-{}.csv", preset.suffix());
            match download_table(records, &name, preset, &header, &rows).await {
                Ok(name) => notices.push(NoticeKind::Success, fill(text(l, Msg::Downloaded), &[("file", &name)])),
                Err(e) => notices.push(NoticeKind::Error, error_text(l, &e)),
            }
        });
    };
    let scope = move || {
        let l = locale.get();
        match range.get() {
            Ok(Some((a, b))) => fill(text(l, Msg::DashScopeRange), &[("from", &date_text(a)), ("to", &date_text(b))]),
            _ => text(l, Msg::DashScopeAll).to_owned(),
        }
    };
    view! {
        <section class="page indicators" aria-labelledby="indicators-title">
            <div class="page-head">
                <h1 id="indicators-title">{t(Msg::NavIndicators)}</h1>
            </div>
            <form class="card range-form" on:submit=move |ev| {
                ev.prevent_default();
                go.run((typed_from.get_untracked(), typed_to.get_untracked()));
            }>
                <div class="inline-form">
                    <TextField id="dash-from" label=t(Msg::FieldDashboardFrom) hint=t(Msg::DateHint) inputmode="numeric" value=typed_from on_input=move |v| typed_from.set(v) status=status(Field::DashboardFrom)/>
                    <TextField id="dash-to" label=t(Msg::FieldDashboardTo) hint=t(Msg::DateHint) inputmode="numeric" value=typed_to on_input=move |v| typed_to.set(v) status=status(Field::DashboardTo)/>
                    <button type="submit" class="button">{t(Msg::DashShow)}</button>
                    <button type="button" class="button secondary" on:click=move |_| {
                        typed_from.set(String::new());
                        typed_to.set(String::new());
                        go.run((String::new(), String::new()));
                    }>{t(Msg::DashWholeProject)}</button>
                </div>
                <p class="scope" role="status">{scope}</p>
            </form>
            {move || shown.get().map(|key| view! { <DrillList key=key/> })}
            <div class="dash-grid">
                <RecruitmentCard/>
                <StatusCard/>
            </div>
            <HoursCard/>
            <EffectivenessCard/>
            <IndicatorsCard/>
            <section class="card" aria-labelledby="dash-export-title">
                <h2 id="dash-export-title">{t(Msg::DashExport)}</h2>
                <fieldset class="radios">
                    <legend>{t(Msg::FieldCsvPreset)}</legend>
                    <label><input type="radio" name="dash-preset" prop:checked=move || excel.get() on:change=move |_| excel.set(true)/>" "{t(Msg::PresetExcel)}</label>
                    <label><input type="radio" name="dash-preset" prop:checked=move || !excel.get() on:change=move |_| excel.set(false)/>" "{t(Msg::PresetRfc)}</label>
                </fieldset>
                <button type="button" class="button" on:click=on_export>{t(Msg::DashExport)}</button>
            </section>
        </section>
    }
}

/// One "n of target" line with its bar.
fn target_line(locale: Locale, key: FigureKey, label: String, value: usize, target: Option<u32>) -> impl IntoView {
    let goal = target.map(f64::from);
    let shown = integer(locale, value as u64);
    let of = target.map(|g| {
        let share =
            crate::domain::indicators::percent(value, g as usize).map(|p| percent(locale, p)).unwrap_or_default();
        fill(text(locale, Msg::DashOfTarget), &[("target", &integer(locale, u64::from(g))), ("percent", &share)])
    });
    let bar_label = format!("{label}: {shown}{}", of.as_deref().map(|o| format!(" {o}")).unwrap_or_default());
    let filled = goal.map_or(0.0, |g| fraction(count_f64(value), g));
    view! {
        <div class="target-line">
            <span class="what">{label.clone()}</span>
            <span class="value"><Figure key=key value=shown label=label/>{of.map(|o| view! { <span class="of">" "{o}</span> })}</span>
            {goal.map(|_| view! { <Bar filled=filled met={filled >= 1.0} label=bar_label/> })}
        </div>
    }
}

#[component]
fn RecruitmentCard() -> impl IntoView {
    let locale = use_locale().0;
    let ctx = expect_context::<Ctx>();
    move || {
        let l = locale.get();
        let r = ctx.board.with(|b| b.recruitment.clone());
        view! {
            <section class="card" aria-labelledby="dash-recruitment">
                <h2 id="dash-recruitment">{text(l, Msg::DashRecruitment)}</h2>
                {target_line(l, FigureKey::Recruited, text(l, Msg::DashRecruited).to_owned(), r.total.len(), r.targets.total)}
                {target_line(l, FigureKey::Women, text(l, Msg::DashWomen).to_owned(), r.women.len(), r.targets.women)}
                {target_line(l, FigureKey::Men, text(l, Msg::DashMen).to_owned(), r.men.len(), r.targets.men)}
                {target_line(l, FigureKey::Reserve, text(l, Msg::DashReserve).to_owned(), r.reserve.len(), None)}
                {target_line(l, FigureKey::Otoczenie, text(l, Msg::DashOtoczenie).to_owned(), r.otoczenie.len(), None)}
            </section>
        }
    }
}

#[component]
fn StatusCard() -> impl IntoView {
    let locale = use_locale().0;
    let ctx = expect_context::<Ctx>();
    move || {
        let l = locale.get();
        let (statuses, missing, past) =
            ctx.board.with(|b| (b.by_status.clone(), b.missing_documents.len(), b.past_end_without_exit.len()));
        let max = statuses.iter().map(|(_, ids)| ids.len()).max().unwrap_or(0);
        view! {
            <section class="card" aria-labelledby="dash-status">
                <h2 id="dash-status">{text(l, Msg::DashByStatus)}</h2>
                {statuses.into_iter().map(|(s, ids)| {
                    let label = status_label(l, s).to_owned();
                    let n = ids.len();
                    view! {
                        <div class="target-line">
                            <span class="what">{label.clone()}</span>
                            <span class="value"><Figure key=FigureKey::Status(s) value=integer(l, n as u64) label=label.clone()/></span>
                            <Bar filled=fraction(count_f64(n), count_f64(max)) label=format!("{label}: {n}")/>
                        </div>
                    }
                }).collect_view()}
                <h3>{text(l, Msg::DashChecks)}</h3>
                {target_line(l, FigureKey::MissingDocuments, text(l, Msg::DashMissingDocuments).to_owned(), missing, None)}
                {target_line(l, FigureKey::PastEnd, text(l, Msg::DashPastEnd).to_owned(), past, None)}
            </section>
        }
    }
}

#[component]
fn HoursCard() -> impl IntoView {
    let locale = use_locale().0;
    let records = use_records();
    let ctx = expect_context::<Ctx>();
    move || {
        let l = locale.get();
        let b = ctx.board.get();
        let forms = records.data.with(|d| {
            b.forms
                .iter()
                .map(|f| (f.form, form_name(d, f.form), f.sessions.len(), f.hours, f.presence))
                .collect::<Vec<_>>()
        });
        let tasks = records.data.with(|d| {
            b.tasks.iter().map(|t| (t.task, task_name(d, t.task, l), t.sessions.len(), t.hours)).collect::<Vec<_>>()
        });
        let weeks: Vec<_> = b.weeks.iter().map(|w| (w.monday, w.sessions.len())).collect();
        let week_summary = match (weeks.first(), weeks.last()) {
            (Some(first), Some(last)) => fill(
                text(l, Msg::DashWeeksSummary),
                &[
                    ("from", &week_label(first.0)),
                    ("to", &week_label(last.0)),
                    ("max", &weeks.iter().map(|w| w.1).max().unwrap_or(0).to_string()),
                ],
            ),
            _ => text(l, Msg::DashNoSessions).to_owned(),
        };
        let volunteer_label = text(l, Msg::DashVolunteerHours).to_owned();
        view! {
            <section class="card" aria-labelledby="dash-hours">
                <h2 id="dash-hours">{text(l, Msg::DashHoursTitle)}</h2>
                <div class="table-wrap"><table class="list compact">
                    <caption>{text(l, Msg::DashHoursByForm)}</caption>
                    <thead><tr>
                        <th scope="col">{text(l, Msg::FieldSessionForm)}</th>
                        <th scope="col">{text(l, Msg::DashUnitSessions)}</th>
                        <th scope="col">{text(l, Msg::ColumnHours)}</th>
                        <th scope="col">{text(l, Msg::DashAttendance)}</th>
                    </tr></thead>
                    <tbody>
                        {forms.into_iter().map(|(id, name, n, h, presence)| {
                            let rate = presence.rate_percent();
                            let rate_text = rate.map_or_else(|| text(l, Msg::DashNoData).to_owned(), |p| percent(l, p));
                            let detail = fill(text(l, Msg::DashPresentOf), &[("present", &presence.present.to_string()), ("marks", &presence.total().to_string())]);
                            view! {
                                <tr>
                                    <th scope="row">{name.clone()}</th>
                                    <td><Figure key=FigureKey::FormSessions(id) value=integer(l, n as u64) label=name.clone()/></td>
                                    <td>{hours(l, h)}</td>
                                    <td class="rate">
                                        <span>{rate_text.clone()}" "<small>{detail}</small></span>
                                        {rate.map(|p| view! { <Bar filled=to_f64(p) / 100.0 label=format!("{name}: {rate_text}")/> })}
                                    </td>
                                </tr>
                            }
                        }).collect_view()}
                    </tbody>
                </table></div>
                <div class="table-wrap"><table class="list compact">
                    <caption>{text(l, Msg::DashHoursByTask)}</caption>
                    <thead><tr>
                        <th scope="col">{text(l, Msg::DashTask)}</th>
                        <th scope="col">{text(l, Msg::DashUnitSessions)}</th>
                        <th scope="col">{text(l, Msg::ColumnHours)}</th>
                    </tr></thead>
                    <tbody>
                        {tasks.into_iter().map(|(id, name, n, h)| view! {
                            <tr>
                                <th scope="row">{name.clone()}</th>
                                <td><Figure key=FigureKey::TaskSessions(id) value=integer(l, n as u64) label=name/></td>
                                <td>{hours(l, h)}</td>
                            </tr>
                        }).collect_view()}
                    </tbody>
                </table></div>
                <h3>{text(l, Msg::DashSessionsPerWeek)}</h3>
                <Columns values=weeks.iter().map(|w| w.1).collect() label=week_summary.clone()/>
                <p class="hint">{week_summary}</p>
                <details>
                    <summary>{text(l, Msg::DashWeeksTable)}</summary>
                    <div class="table-wrap"><table class="list compact">
                        <thead><tr><th scope="col">{text(l, Msg::DashWeek)}</th><th scope="col">{text(l, Msg::DashUnitSessions)}</th></tr></thead>
                        <tbody>
                            {weeks.into_iter().map(|(monday, n)| {
                                let label = week_label(monday);
                                view! { <tr><th scope="row">{label.clone()}</th><td><Figure key=FigureKey::Week(monday) value=n.to_string() label=label/></td></tr> }
                            }).collect_view()}
                        </tbody>
                    </table></div>
                </details>
                <p class="volunteers">
                    {volunteer_label.clone()}": "
                    <Figure key=FigureKey::Volunteers value=hours(l, b.volunteer_hours) label=volunteer_label/>
                    " "{fill(text(l, Msg::DashEntries), &[("n", &b.volunteer_entries.len().to_string())])}
                </p>
            </section>
        }
    }
}

fn share_view(locale: Locale, group: Group, social: bool, share: &Share) -> impl IntoView {
    let what = format!(
        "{} — {}",
        text(locale, if social { Msg::DashSocial } else { Msg::DashEmployment }),
        group_label(locale, group)
    );
    let value = share.percent().map_or_else(|| text(locale, Msg::DashNoData).to_owned(), |p| percent(locale, p));
    let threshold = percent(locale, share.threshold);
    let filled = share.percent().map_or(0.0, |p| to_f64(p) / 100.0);
    let mark = to_f64(share.threshold) / 100.0;
    let bar_label =
        fill(text(locale, Msg::DashShareBar), &[("what", &what), ("value", &value), ("threshold", &threshold)]);
    let num_label = format!("{what} — {}", text(locale, Msg::DashNumerator));
    let den_label = format!("{what} — {}", text(locale, Msg::DashDenominator));
    view! {
        <div class="share">
            <h3>{what}</h3>
            <p class="big">{value}" "<span class="verdict">{verdict(locale, share)}</span></p>
            <Bar filled=filled mark=mark met=share.met() == Some(true) label=bar_label/>
            <p>
                {text(locale, Msg::DashNumerator)}": "
                <Figure key=FigureKey::Effectiveness(group, social, true) value=share.numerator.len().to_string() label=num_label/>
                " · "{text(locale, Msg::DashDenominator)}": "
                <Figure key=FigureKey::Effectiveness(group, social, false) value=share.denominator.len().to_string() label=den_label/>
                " · "{fill(text(locale, Msg::DashThreshold), &[("threshold", &threshold)])}
            </p>
        </div>
    }
}

#[component]
fn EffectivenessCard() -> impl IntoView {
    let locale = use_locale().0;
    let ctx = expect_context::<Ctx>();
    move || {
        let l = locale.get();
        let groups = ctx.board.with(|b| b.effectiveness.clone());
        view! {
            <section class="card" aria-labelledby="dash-effectiveness">
                <h2 id="dash-effectiveness">{text(l, Msg::DashEffectiveness)}</h2>
                {match groups {
                    None => view! { <p class="hint">{text(l, Msg::DashNotMeasured)}</p> }.into_any(),
                    Some(groups) => view! {
                        <div class="shares">
                            {groups.iter().flat_map(|g| [share_view(l, g.group, true, &g.social).into_any(), share_view(l, g.group, false, &g.employment).into_any()]).collect_view()}
                        </div>
                        <p class="hint">{text(l, Msg::DashEffectivenessRules)}</p>
                    }.into_any(),
                }}
            </section>
        }
    }
}

#[component]
fn IndicatorsCard() -> impl IntoView {
    let locale = use_locale().0;
    let ctx = expect_context::<Ctx>();
    move || {
        let l = locale.get();
        let indicators = ctx.board.with(|b| b.indicators.clone());
        view! {
            <section class="card" aria-labelledby="dash-indicators">
                <h2 id="dash-indicators">{text(l, Msg::DashIndicators)}</h2>
                {if indicators.is_empty() {
                    view! { <p class="hint">{text(l, Msg::DashNoIndicators)}</p> }.into_any()
                } else {
                    view! {
                        <div class="table-wrap"><table class="list compact indicator-table">
                            <thead><tr>
                                <th scope="col">{text(l, Msg::DashCsvFigure)}</th>
                                <th scope="col">{text(l, Msg::DashCsvTarget)}</th>
                                <th scope="col">{text(l, Msg::DashCsvValue)}</th>
                                <th scope="col">{text(l, Msg::DashProgress)}</th>
                            </tr></thead>
                            <tbody>
                                {indicators.into_iter().map(|i| {
                                    let name = dict_label(l, crate::domain::dictionary::Kind::Indicator, &i.code);
                                    let goal = i.target.map(|v| crate::i18n::format::decimal(l, v, if v.fract().is_zero() { 0 } else { 2 }));
                                    let value = i.number();
                                    let value_text = value.map_or_else(|| text(l, Msg::DashNotEntered).to_owned(), |v| crate::i18n::format::decimal(l, v, if v.fract().is_zero() { 0 } else { 2 }));
                                    let cell = match &i.value {
                                        IndicatorValue::Computed(_) => view! { <Figure key=FigureKey::Indicator(i.code.clone()) value=value_text.clone() label=name.clone()/> }.into_any(),
                                        IndicatorValue::Manual(_) => view! { <span>{value_text.clone()}" "<small>{text(l, Msg::DashManual)}</small></span> }.into_any(),
                                    };
                                    let filled = match (value, i.target) {
                                        (Some(v), Some(g)) => Some(fraction(to_f64(v), to_f64(g))),
                                        _ => None,
                                    };
                                    view! {
                                        <tr>
                                            <th scope="row">{name.clone()}</th>
                                            <td>{goal.unwrap_or_else(|| "—".into())}</td>
                                            <td>{cell}</td>
                                            <td>{filled.map(|f| view! { <Bar filled=f met={f >= 1.0} label=format!("{name}: {value_text}")/> })}</td>
                                        </tr>
                                    }
                                }).collect_view()}
                            </tbody>
                        </table></div>
                    }.into_any()
                }}
            </section>
        }
    }
}
