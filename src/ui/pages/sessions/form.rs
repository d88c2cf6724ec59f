//! The session form, fast enough for a volunteer at the end of a workshop: choosing the form of
//! support fills the unit, the usual time, place and leaders and the list of people enrolled;
//! "Wszyscy obecni" and two clicks mark who was absent; anyone else is found by search or added
//! by name. The same form records an individual consultation (one person, recommendations).
//! One save writes the session, the attendance, walk-ins and new enrolments in one transaction.

use super::{attendance_list_path, day_path, query_date};
use crate::domain::dates::{parse_date, parse_time};
use crate::domain::ids::{ParticipantId, SessionId, StaffId, SupportFormId};
use crate::domain::project::SupportMode;
use crate::domain::session::{Presence, Session, hours, minutes_between};
use crate::domain::validation::{ErrorCode, Field, Issue};
use crate::i18n::format::hours as hours_text;
use crate::i18n::{Msg, fill, t, text, use_locale};
use crate::state::errors::{AppError, error_text};
use crate::state::focus::focus_first_invalid_later;
use crate::state::form_status::{FieldStatus, required_field_status};
use crate::state::notices::{NoticeKind, use_notices};
use crate::state::participants::today;
use crate::state::registry::{Filters, Sort, select};
use crate::state::session_form::{SessionContext, SessionForm, WalkInRow};
use crate::state::sessions::{base_session, delete_session, form_clashes, save_session};
use crate::ui::components::{CheckboxField, ConfirmDialog, SelectField, TextArea, TextField};
use crate::ui::labels::role_label;
use leptos::prelude::*;
use leptos::task::spawn_local;
use leptos_router::components::A;
use leptos_router::hooks::{use_navigate, use_params_map, use_query_map};
use std::collections::BTreeSet;

/// How many search results are offered at once.
const SEARCH_RESULTS: usize = 8;

/// `/zajecia/nowe` (`?dzien=rrrr-mm-dd`, `&rodzaj=konsultacja`) or `/zajecia/:id`.
#[component]
pub fn SessionFormPage() -> impl IntoView {
    let params = use_params_map();
    let query = use_query_map();
    let records = crate::state::records::use_records();
    let id = params.with_untracked(|p| p.get("id").and_then(|s| SessionId::parse(&s).ok()));
    let date = query.with_untracked(|q| query_date(q.get("dzien"))).unwrap_or_else(today);
    let kind_query = query.with_untracked(|q| q.get("rodzaj"));
    let Some(id) = id else {
        let individual = kind_query.as_deref() == Some("konsultacja");
        return view! { <SessionFormView id=None date=date individual=Some(individual)/> }.into_any();
    };
    let exists = records.data.with_untracked(|d| d.sessions.iter().any(|s| s.id == id && !s.meta.deleted));
    if exists {
        view! { <SessionFormView id=Some(id) date=date individual=None/> }.into_any()
    } else {
        view! { <crate::ui::pages::NotFoundPage/> }.into_any()
    }
}

/// The shared state of the form.
#[derive(Clone, Copy)]
struct Ctx {
    form: RwSignal<SessionForm>,
    applied: Memo<(Session, Vec<Issue>)>,
    issues: Memo<Vec<Issue>>,
    tried: RwSignal<bool>,
    touched: RwSignal<BTreeSet<Field>>,
}

impl Ctx {
    /// Wrong values show once the field was left; missing ones once a save was tried.
    fn status(self, field: Field) -> Signal<FieldStatus> {
        let locale = use_locale().0;
        Signal::derive(move || {
            let tried = self.tried.get();
            let touched = self.touched.with(|t| t.contains(&field));
            self.issues.with(|all| {
                let shown: Vec<Issue> = all
                    .iter()
                    .copied()
                    .filter(|i| i.field == field && (tried || (touched && i.code != ErrorCode::Required)))
                    .collect();
                required_field_status(&shown, field, locale.get(), true)
            })
        })
    }

    fn touch(self, field: Field) {
        self.touched.update(|t| {
            t.insert(field);
        });
    }

    fn text_field(
        self,
        id: &'static str,
        field: Field,
        label: Msg,
        hint: Option<Msg>,
        get: fn(&SessionForm) -> &String,
        set: fn(&mut SessionForm, String),
    ) -> impl IntoView + use<> {
        let inputmode = if matches!(field, Field::SessionDate | Field::SessionFrom | Field::SessionTo) {
            "numeric"
        } else {
            "text"
        };
        let value = Signal::derive(move || self.form.with(|f| get(f).clone()));
        let on_input = move |v| self.form.update(|f| set(f, v));
        let on_blur = move |()| self.touch(field);
        match hint {
            Some(hint) => view! {
                <TextField id=id label=t(label) hint=t(hint) inputmode=inputmode value=value on_input=on_input on_blur=on_blur status=self.status(field)/>
            }
            .into_any(),
            None => view! {
                <TextField id=id label=t(label) inputmode=inputmode value=value on_input=on_input on_blur=on_blur status=self.status(field)/>
            }
            .into_any(),
        }
    }
}

#[component]
fn SessionFormView(
    /// The session edited, or `None` for a new one.
    id: Option<SessionId>,
    /// The day of a new session.
    date: chrono::NaiveDate,
    /// For a new one: a consultation (true) or a group session (false).
    individual: Option<bool>,
) -> impl IntoView {
    let locale = use_locale().0;
    let records = crate::state::records::use_records();
    let notices = use_notices();
    let navigate = use_navigate();
    let base = StoredValue::new(base_session(&records, id));
    let initial = match id {
        Some(_) => records.data.with_untracked(|d| SessionForm::from_session(&base.get_value(), d)),
        None => SessionForm::new_on(date, records.current_staff.get_untracked()),
    };
    let individual = individual.unwrap_or_else(|| {
        records.data.with_untracked(|d| {
            d.support_forms.iter().any(|f| f.id == base.get_value().form && f.mode == SupportMode::Individual)
        })
    });
    let form = RwSignal::new(initial);
    let applied = Memo::new(move |_| {
        records.data.with(|d| form.with(|f| f.apply(&base.get_value(), SessionContext { data: d, today: today() })))
    });
    let issues = Memo::new(move |_| applied.with(|(_, i)| i.clone()));
    let ctx = Ctx { form, applied, issues, tried: RwSignal::new(false), touched: RwSignal::new(BTreeSet::new()) };
    let form_ref = NodeRef::<leptos::html::Form>::new();
    let confirm_delete = RwSignal::new(false);

    // A new session of the only form of the kind needs no choice.
    if id.is_none() {
        let only = records.data.with_untracked(|d| {
            let mode = if individual { SupportMode::Individual } else { SupportMode::Group };
            let forms: Vec<SupportFormId> = d
                .support_forms
                .iter()
                .filter(|f| !f.meta.deleted && !f.archived && f.mode == mode)
                .map(|f| f.id)
                .collect();
            (forms.len() == 1).then(|| forms[0])
        });
        if let Some(only) = only {
            records.data.with_untracked(|d| form.update(|f| f.choose_form(only, d)));
        }
    }

    let back = move || {
        let day = form.with_untracked(|f| parse_date(&f.date).ok()).unwrap_or(date);
        day_path(day)
    };
    let leave = {
        let navigate = navigate.clone();
        move |to: String| navigate(&to, leptos_router::NavigateOptions::default())
    };
    let submit = {
        let leave = leave.clone();
        move || {
            ctx.tried.set(true);
            let snapshot = form.get_untracked();
            let leave = leave.clone();
            spawn_local(async move {
                match save_session(records, snapshot, base.get_value()).await {
                    Ok(_) => {
                        notices.push(NoticeKind::Success, text(locale.get_untracked(), Msg::Saved).to_owned());
                        leave(back());
                    }
                    Err(error) => {
                        if let AppError::Validation(_) = error {
                            focus_first_invalid_later(form_ref);
                        }
                        notices.push(NoticeKind::Error, error_text(locale.get_untracked(), &error));
                    }
                }
            });
        }
    };
    let on_delete = {
        let leave = leave.clone();
        move |()| {
            confirm_delete.set(false);
            let Some(id) = id else { return };
            let leave = leave.clone();
            spawn_local(async move {
                match delete_session(records, id).await {
                    Ok(()) => {
                        notices.push(NoticeKind::Success, text(locale.get_untracked(), Msg::SessionDeleted).to_owned());
                        leave(back());
                    }
                    Err(error) => notices.push(NoticeKind::Error, error_text(locale.get_untracked(), &error)),
                }
            });
        }
    };
    let title = match (id.is_some(), individual) {
        (false, false) => Msg::SessionNewTitle,
        (true, false) => Msg::SessionEditTitle,
        (false, true) => Msg::ConsultationNewTitle,
        (true, true) => Msg::ConsultationEditTitle,
    };
    let leave_cancel = leave.clone();
    view! {
        <section class="page session-form" aria-labelledby="session-form-title">
            <h1 id="session-form-title">{t(title)}</h1>
            <form
                node_ref=form_ref
                novalidate
                on:keydown=move |ev: leptos::ev::KeyboardEvent| {
                    if ev.key() == "Escape" && !confirm_delete.get_untracked() {
                        leave_cancel(back());
                    }
                }
                on:submit={
                    let submit = submit.clone();
                    move |ev| {
                        ev.prevent_default();
                        submit();
                    }
                }
            >
                <SessionFields ctx=ctx individual=individual/>
                {if individual {
                    view! { <ConsultationPerson ctx=ctx/> }.into_any()
                } else {
                    view! { <AttendanceList ctx=ctx/> }.into_any()
                }}
                <div class="save-bar">
                    <button type="submit" class="button">{t(if individual { Msg::ConsultationSave } else { Msg::SessionSave })}</button>
                    <button type="button" class="button secondary" on:click=move |_| leave(back())>{t(Msg::Cancel)}</button>
                    {id.map(|id| view! {
                        <A href=attendance_list_path(id) attr:class="button secondary">{t(Msg::PrintAttendanceList)}</A>
                        <button type="button" class="button danger" on:click=move |_| confirm_delete.set(true)>{t(Msg::SessionDelete)}</button>
                    })}
                    <span class="hint">{t(Msg::KeyboardHint)}</span>
                </div>
            </form>
            <ConfirmDialog
                open=confirm_delete
                title=t(Msg::SessionDeleteTitle)
                body=t(Msg::SessionDeleteBody)
                confirm_label=t(Msg::SessionDelete)
                cancel_label=t(Msg::Cancel)
                on_confirm=on_delete
                on_cancel=move |()| confirm_delete.set(false)
            />
        </section>
    }
}

/// What, where, when and who leads.
#[component]
fn SessionFields(
    /// The form.
    ctx: Ctx,
    /// A consultation.
    individual: bool,
) -> impl IntoView {
    let locale = use_locale().0;
    let records = crate::state::records::use_records();
    let form = ctx.form;
    let mode = if individual { SupportMode::Individual } else { SupportMode::Group };
    let form_options = Signal::derive(move || {
        let chosen = form.with(|f| f.form.clone());
        records.data.with(|d| {
            let mut forms: Vec<_> = d
                .support_forms
                .iter()
                .filter(|f| !f.meta.deleted && f.mode == mode && (!f.archived || f.id.to_string() == chosen))
                .collect();
            forms.sort_by_key(|f| f.order);
            forms.iter().map(|f| (f.id.to_string(), f.name.clone())).collect::<Vec<_>>()
        })
    });
    let unit_options = Signal::derive(move || {
        records.data.with(|d| {
            let mut units: Vec<_> = d.units.iter().filter(|u| !u.meta.deleted && !u.archived).collect();
            units.sort_by_key(|u| u.order);
            units.iter().map(|u| (u.id.to_string(), u.name.clone())).collect::<Vec<_>>()
        })
    });
    let hour_line = move || {
        let l = locale.get();
        let (start, end, form_id) = form.with(|f| (parse_time(&f.start).ok(), parse_time(&f.end).ok(), f.form_id()));
        let minutes = records.data.with(|d| {
            form_id.and_then(|id| d.support_forms.iter().find(|f| f.id == id)).map_or(60, |f| f.hour_minutes)
        });
        let (Some(start), Some(end)) = (start, end) else { return String::new() };
        if end <= start {
            return String::new();
        }
        fill(
            text(l, Msg::SessionHoursLine),
            &[
                ("hours", &hours_text(l, hours(minutes_between(start, end), minutes))),
                ("minutes", &minutes.to_string()),
            ],
        )
    };
    // Another session of one of the leaders at the same time: a warning, not an error.
    let warnings = Memo::new(move |_| records.data.with(|d| ctx.applied.with(|(session, _)| form_clashes(d, session))));
    let staff = Memo::new(move |_| {
        records.data.with(|d| {
            let mut all: Vec<_> = d.staff.iter().filter(|s| !s.meta.deleted && !s.archived).cloned().collect();
            all.sort_by_key(|s| s.order);
            all
        })
    });
    view! {
        <fieldset>
            <legend>{t(if individual { Msg::SectionConsultation } else { Msg::SectionSession })}</legend>
            <div class="grid-3">
                <SelectField
                    id="session-form"
                    label=t(Msg::FieldSessionForm)
                    options=form_options
                    empty=t(Msg::ChooseOne)
                    required=true
                    value=Signal::derive(move || form.with(|f| f.form.clone()))
                    on_change=move |v: String| {
                        match SupportFormId::parse(&v) {
                            Ok(id) => records.data.with_untracked(|d| form.update(|f| f.choose_form(id, d))),
                            Err(_) => form.update(|f| f.form.clear()),
                        }
                    }
                    status=ctx.status(Field::SessionForm)
                />
                <SelectField
                    id="session-unit"
                    label=t(Msg::FieldSessionUnit)
                    options=unit_options
                    empty=t(Msg::NoneOption)
                    value=Signal::derive(move || form.with(|f| f.unit.clone()))
                    on_change=move |v| form.update(|f| f.unit = v)
                />
                {ctx.text_field("session-date", Field::SessionDate, Msg::FieldSessionDate, Some(Msg::DateHint), |f| &f.date, |f, v| f.date = v)}
            </div>
            <div class="grid-3">
                {ctx.text_field("session-from", Field::SessionFrom, Msg::FieldSessionFrom, Some(Msg::TimeHint), |f| &f.start, |f, v| f.start = v)}
                {ctx.text_field("session-to", Field::SessionTo, Msg::FieldSessionTo, Some(Msg::TimeHint), |f| &f.end, |f, v| f.end = v)}
                <p class="computed" aria-live="polite">{hour_line}</p>
            </div>
            <div class="grid-2">
                {ctx.text_field("session-place", Field::SessionPlace, Msg::FieldSessionPlace, None, |f| &f.place, |f, v| f.place = v)}
                {ctx.text_field("session-topic", Field::SessionTopic, Msg::FieldSessionTopic, None, |f| &f.topic, |f, v| f.topic = v)}
            </div>
            <fieldset class="leaders" aria-describedby="session-leaders-msg">
                <legend>{t(Msg::FieldSessionLeaders)}</legend>
                <div class="checks">
                    <For each=move || staff.get() key=|s| s.id let:person>
                        {
                            let id: StaffId = person.id;
                            let label = format!("{} ({})", person.full_name(), role_label(locale.get_untracked(), person.role));
                            view! {
                                <CheckboxField
                                    id=format!("leader-{id}")
                                    label=label
                                    checked=Signal::derive(move || form.with(|f| f.leaders.contains(&id)))
                                    on_change=move |on: bool| form.update(|f| {
                                        f.leaders.retain(|l| *l != id);
                                        if on {
                                            f.leaders.push(id);
                                        }
                                    })
                                />
                            }
                        }
                    </For>
                </div>
                <p class="field-msg" id="session-leaders-msg" class:invalid=move || ctx.status(Field::SessionLeaders).get().is_invalid()>
                    {move || ctx.status(Field::SessionLeaders).get().message().map(str::to_owned)}
                </p>
            </fieldset>
            <Show when=move || !warnings.with(Vec::is_empty)>
                <div class="warning" role="status">
                    <p>{t(Msg::LeaderClashWarning)}</p>
                    <ul>
                        {move || warnings.get().into_iter().map(|(time, form_name, leader)| view! { <li>{format!("{leader}: {time}, {form_name}")}</li> }).collect_view()}
                    </ul>
                </div>
            </Show>
            {individual.then(|| view! {
                <TextArea
                    id="session-recommendations"
                    label=t(Msg::FieldRecommendations)
                    value=Signal::derive(move || form.with(|f| f.recommendations.clone()))
                    on_input=move |v| form.update(|f| f.recommendations = v)
                />
            })}
            {(!individual).then(|| view! {
                <CheckboxField
                    id="session-planned"
                    label=t(Msg::SessionPlannedLabel)
                    checked=Signal::derive(move || form.with(|f| f.planned))
                    on_change=move |on| form.update(|f| f.planned = on)
                />
            })}
        </fieldset>
    }
}

/// The people found for `query` who are not on the list yet: (id, "Nazwisko Imię, miejscowość").
fn search_people(query: &str, exclude: &[ParticipantId]) -> Vec<(ParticipantId, String)> {
    let records = crate::state::records::use_records();
    if query.trim().is_empty() {
        return Vec::new();
    }
    let filters = Filters { query: query.to_owned(), ..Filters::default() };
    records.registry.with_untracked(|rows| {
        select(rows, &filters, Sort::default())
            .into_iter()
            .map(|i| &rows[i])
            .filter(|r| !exclude.contains(&r.id))
            .take(SEARCH_RESULTS)
            .map(|r| {
                let label = if r.locality.is_empty() { r.name.clone() } else { format!("{}, {}", r.name, r.locality) };
                (r.id, label)
            })
            .collect()
    })
}

/// A person's name as "Nazwisko Imię".
fn list_name(id: ParticipantId) -> String {
    let records = crate::state::records::use_records();
    records.data.with_untracked(|d| {
        d.participants
            .iter()
            .find(|p| p.id == id)
            .map(|p| format!("{} {}", p.last_name, p.first_name))
            .unwrap_or_default()
    })
}

/// The attendance checklist.
#[component]
fn AttendanceList(
    /// The form.
    ctx: Ctx,
) -> impl IntoView {
    let locale = use_locale().0;
    let form = ctx.form;
    let query = RwSignal::new(String::new());
    let results = Memo::new(move |_| {
        let listed = form.with(|f| f.list.clone());
        query.with(|q| search_people(q, &listed))
    });
    let summary = move || {
        let (present, listed) = form.with(|f| {
            (
                f.list.iter().filter(|p| f.marks.get(p) == Some(&Presence::Obecny)).count() + f.walk_ins.len(),
                f.list.len() + f.walk_ins.len(),
            )
        });
        fill(
            text(locale.get(), Msg::AttendanceSummary),
            &[("present", &present.to_string()), ("listed", &listed.to_string())],
        )
    };
    let add_first = move || {
        if let Some((id, _)) = results.get_untracked().first().cloned() {
            form.update(|f| f.add_person(id));
            query.set(String::new());
        }
    };
    let unmarked = move |id: ParticipantId| ctx.tried.get() && form.with(|f| !f.planned && !f.marks.contains_key(&id));
    view! {
        <Show when=move || !form.with(|f| f.planned)>
            <fieldset class="attendance" aria-describedby="attendance-msg">
                <legend>{t(Msg::FieldAttendance)}</legend>
                <div class="attendance-head">
                    <CheckboxField
                        id="all-present"
                        label=t(Msg::AllPresent)
                        checked=Signal::derive(move || form.with(SessionForm::all_present))
                        on_change=move |on| form.update(|f| if on { f.mark_all_present() } else { f.marks.clear() })
                    />
                    <p class="count" role="status">{summary}</p>
                </div>
                <p class="field-msg" id="attendance-msg" class:invalid=move || ctx.status(Field::Attendance).get().is_invalid()>
                    {move || ctx.status(Field::Attendance).get().message().map(str::to_owned)}
                </p>
                <Show when=move || form.with(|f| f.list.is_empty() && f.walk_ins.is_empty())>
                    <p class="hint">{t(Msg::AttendanceEmpty)}</p>
                </Show>
                <ol class="attendance-list">
                    <For each=move || form.with(|f| f.list.clone()) key=|id| *id let:id>
                        {
                            let name = list_name(id);
                            let group = format!("presence-{id}");
                            let remove_label = {
                                let name = name.clone();
                                move || fill(text(locale.get(), Msg::RemoveFromListNamed), &[("name", &name)])
                            };
                            view! {
                                <li class:unmarked=move || unmarked(id)>
                                    <fieldset class="presence">
                                        <legend class="person-name">{name.clone()}</legend>
                                        {[(Presence::Obecny, Msg::PresenceObecny), (Presence::Nieobecny, Msg::PresenceNieobecny), (Presence::Usprawiedliwiony, Msg::PresenceUsprawiedliwiony)]
                                            .into_iter()
                                            .map(|(presence, label)| {
                                                let group = group.clone();
                                                view! {
                                                    <label class="radio">
                                                        <input
                                                            type="radio"
                                                            name=group
                                                            prop:checked=move || form.with(|f| f.marks.get(&id) == Some(&presence))
                                                            aria-invalid=move || if unmarked(id) { "true" } else { "false" }
                                                            on:change=move |_| form.update(|f| {
                                                                f.marks.insert(id, presence);
                                                            })
                                                        />
                                                        {t(label)}
                                                    </label>
                                                }
                                            })
                                            .collect_view()}
                                    </fieldset>
                                    <button type="button" class="button secondary small" aria-label=remove_label on:click=move |_| form.update(|f| f.remove_person(id))>
                                        {t(Msg::RemoveFromList)}
                                    </button>
                                </li>
                            }
                        }
                    </For>
                </ol>
                <WalkIns ctx=ctx/>
                <div class="add-person" on:keydown=move |ev: leptos::ev::KeyboardEvent| {
                    // Enter in the search adds the first person found instead of saving the form.
                    if ev.key() == "Enter" {
                        ev.prevent_default();
                        add_first();
                    }
                }>
                    <TextField
                        id="attendance-search"
                        label=t(Msg::AttendanceSearch)
                        hint=t(Msg::AttendanceSearchHint)
                        autocomplete="off"
                        value=query
                        on_input=move |v| query.set(v)
                    />
                    <ul class="results" aria-label=t(Msg::SearchResults)>
                        {move || results.get().into_iter().map(|(id, label)| {
                            let aria = fill(text(locale.get_untracked(), Msg::AddToListNamed), &[("name", &label)]);
                            view! {
                                <li>
                                    <button type="button" class="button secondary small" aria-label=aria on:click=move |_| {
                                        form.update(|f| f.add_person(id));
                                        query.set(String::new());
                                    }>{label.clone()}</button>
                                </li>
                            }
                        }).collect_view()}
                    </ul>
                    <Show when=move || query.with(|q| !q.trim().is_empty()) && results.with(Vec::is_empty)>
                        <p class="hint">{t(Msg::AttendanceNobodyFound)}</p>
                    </Show>
                </div>
            </fieldset>
        </Show>
    }
}

/// People added by name only ("dane niekompletne" until an animator completes them).
#[component]
fn WalkIns(
    /// The form.
    ctx: Ctx,
) -> impl IntoView {
    let locale = use_locale().0;
    let form = ctx.form;
    let count = Memo::new(move |_| form.with(|f| f.walk_ins.len()));
    let field = move |i: usize, first: bool| {
        let label = if first { Msg::FieldFirstName } else { Msg::FieldLastName };
        let id = format!("walk-in-{i}-{}", if first { "first" } else { "last" });
        view! {
            <TextField
                id=id
                label=t(label)
                value=Signal::derive(move || form.with(|f| f.walk_ins.get(i).map(|w| if first { w.first_name.clone() } else { w.last_name.clone() }).unwrap_or_default()))
                on_input=move |v: String| form.update(|f| {
                    if let Some(w) = f.walk_ins.get_mut(i) {
                        if first { w.first_name = v } else { w.last_name = v }
                    }
                })
                status=ctx.status(Field::WalkInName)
            />
        }
    };
    view! {
        <div class="walk-ins">
            {move || (0..count.get()).map(|i| view! {
                <div class="walk-in" role="group" aria-label=move || fill(text(locale.get(), Msg::WalkInNumbered), &[("n", &(i + 1).to_string())])>
                    {field(i, true)}
                    {field(i, false)}
                    <button type="button" class="button secondary small" on:click=move |_| form.update(|f| {
                        if i < f.walk_ins.len() {
                            f.walk_ins.remove(i);
                        }
                    })>{t(Msg::RemoveFromList)}</button>
                </div>
            }).collect_view()}
            <button type="button" class="button secondary" on:click=move |_| {
                form.update(|f| f.walk_ins.push(WalkInRow::default()));
                crate::state::focus::focus_by_id_later(format!("walk-in-{}-first", count.get_untracked().saturating_sub(1)));
            }>{t(Msg::AddWalkIn)}</button>
            <p class="hint">{t(Msg::WalkInHint)}</p>
        </div>
    }
}

/// The person of a consultation: chosen by search.
#[component]
fn ConsultationPerson(
    /// The form.
    ctx: Ctx,
) -> impl IntoView {
    let locale = use_locale().0;
    let form = ctx.form;
    let query = RwSignal::new(String::new());
    let results = Memo::new(move |_| {
        let listed = form.with(|f| f.list.clone());
        query.with(|q| search_people(q, &listed))
    });
    let chosen = move || form.with(|f| f.list.first().copied());
    view! {
        <fieldset class="consultation-person" aria-describedby="consultation-msg">
            <legend>{t(Msg::FieldConsultationParticipant)}</legend>
            {move || chosen().map(|id| {
                let name = list_name(id);
                view! {
                    <p class="chosen">
                        <strong>{name}</strong>
                        " "
                        <button type="button" class="button secondary small" on:click=move |_| form.update(|f| f.remove_person(id))>{t(Msg::ChangePerson)}</button>
                    </p>
                }
            })}
            <p class="field-msg" id="consultation-msg" class:invalid=move || ctx.status(Field::ConsultationParticipant).get().is_invalid()>
                {move || ctx.status(Field::ConsultationParticipant).get().message().map(str::to_owned)}
            </p>
            <Show when=move || chosen().is_none()>
                <TextField
                    id="consultation-search"
                    label=t(Msg::ConsultationSearch)
                    hint=t(Msg::AttendanceSearchHint)
                    autocomplete="off"
                    value=query
                    on_input=move |v| query.set(v)
                />
                <ul class="results" aria-label=t(Msg::SearchResults)>
                    {move || results.get().into_iter().map(|(id, label)| {
                        let aria = fill(text(locale.get_untracked(), Msg::ChoosePersonNamed), &[("name", &label)]);
                        view! {
                            <li>
                                <button type="button" class="button secondary small" aria-label=aria on:click=move |_| {
                                    form.update(|f| {
                                        f.list.clear();
                                        f.marks.clear();
                                        f.add_person(id);
                                    });
                                    query.set(String::new());
                                }>{label.clone()}</button>
                            </li>
                        }
                    }).collect_view()}
                </ul>
            </Show>
        </fieldset>
    }
}
