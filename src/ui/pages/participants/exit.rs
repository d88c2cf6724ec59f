//! Exit data: the fields asked when participation ends (and completed later, since progress and
//! employment are confirmed up to 3 months after leaving), and the card section showing them.

use crate::domain::dates::date_text;
use crate::domain::dictionary::Kind;
use crate::domain::participant::{Participant, RecruitmentStatus};
use crate::domain::validation::{Field, Issue};
use crate::i18n::format::money;
use crate::i18n::{Msg, t, text, use_locale};
use crate::state::errors::{AppError, error_text};
use crate::state::exit_form::{ExitForm, save_exit};
use crate::state::form_status::required_field_status;
use crate::state::notices::{NoticeKind, use_notices};
use crate::state::records::use_records;
use crate::ui::components::{CheckboxField, SelectField, TextField};
use crate::ui::labels::{dict_label, dict_options};
use leptos::prelude::*;
use leptos::task::spawn_local;

/// Reads one text of the exit form.
type Getter = fn(&ExitForm) -> &String;
/// Writes one text of the exit form.
type Setter = fn(&mut ExitForm, String);

/// The exit form and its issues, as the fields of both fieldsets see them.
#[derive(Clone, Copy)]
struct Bound {
    form: RwSignal<ExitForm>,
    issues: Signal<Vec<Issue>>,
    locale: RwSignal<crate::i18n::Locale>,
}

impl Bound {
    /// What `field` shows under itself after a save was tried.
    fn status(self, field: Field) -> Signal<crate::state::form_status::FieldStatus> {
        let Bound { issues, locale, .. } = self;
        Signal::derive(move || issues.with(|i| required_field_status(i, field, locale.get(), true)))
    }

    /// A date field of the exit form.
    fn date(self, id: &'static str, field: Field, label: Msg, get: Getter, set: Setter) -> impl IntoView {
        date_input(self.form, self.status(field), id, label, get, set)
    }
}

/// The exit fields, bound to `form`. `issues` are shown under their fields.
#[component]
pub(super) fn ExitFields(
    /// The values typed.
    form: RwSignal<ExitForm>,
    /// Issues from the last save attempt.
    #[prop(into)]
    issues: Signal<Vec<Issue>>,
) -> impl IntoView {
    let locale = use_locale().0;
    let bound = Bound { form, issues, locale };
    view! {
        <div class="grid-3">
            <SelectField
                id="exit-situation"
                label=t(Msg::FieldExitSituation)
                options=Signal::derive(move || dict_options(locale.get(), Kind::ExitSituation))
                empty=t(Msg::ChooseOne)
                value=Signal::derive(move || form.with(|f| f.situation.clone()))
                on_change=move |v| form.update(|f| f.situation = v)
                status=bound.status(Field::ExitSituation)
            />
            <SelectField
                id="exit-situation2"
                label=t(Msg::FieldExitSituation2)
                options=Signal::derive(move || dict_options(locale.get(), Kind::ExitSituation))
                empty=t(Msg::NoSecondValue)
                value=Signal::derive(move || form.with(|f| f.situation2.clone()))
                on_change=move |v| form.update(|f| f.situation2 = v)
            />
            <SelectField
                id="completed-path"
                label=t(Msg::FieldCompletedPath)
                options=Signal::derive(move || dict_options(locale.get(), Kind::YesNo))
                empty=t(Msg::ChooseOne)
                value=Signal::derive(move || form.with(|f| f.completed_path.clone()))
                on_change=move |v| form.update(|f| f.completed_path = v)
                status=bound.status(Field::CompletedPath)
            />
        </div>
        <fieldset class="exit-progress">
            <legend>{t(Msg::FieldSocialProgress)}</legend>
            <div class="checks">
                {move || {
                    dict_options(locale.get(), Kind::SocialProgress)
                        .into_iter()
                        .map(|(code, label)| {
                            let c = code.clone();
                            view! {
                                <CheckboxField
                                    id=format!("progress-{code}")
                                    label=label
                                    checked=Signal::derive(move || form.with(|f| f.social_progress.contains(&c)))
                                    on_change=move |on: bool| form.update(|f| {
                                        if on {
                                            f.social_progress.insert(code.clone());
                                        } else {
                                            f.social_progress.remove(&code);
                                        }
                                    })
                                />
                            }
                        })
                        .collect_view()
                }}
            </div>
            <div class="grid-3">
                {bound.date("progress-confirmed", Field::ProgressConfirmed, Msg::FieldProgressConfirmed, |f| &f.progress_confirmed, |f, v| f.progress_confirmed = v)}
            </div>
        </fieldset>
        <EmploymentFields form=form issues=issues/>
    }
}

/// Employment evidence: kind, dates, half time or contract value, confirmation.
#[component]
fn EmploymentFields(
    /// The values typed.
    form: RwSignal<ExitForm>,
    /// Issues from the last save attempt.
    #[prop(into)]
    issues: Signal<Vec<Issue>>,
) -> impl IntoView {
    let locale = use_locale().0;
    let bound = Bound { form, issues, locale };
    let kind = Signal::derive(move || form.with(|f| f.employment_kind.clone()));
    view! {
        <fieldset class="exit-employment">
            <legend>{t(Msg::ExitEmploymentTitle)}</legend>
            <p class="hint">{t(Msg::ExitEmploymentHint)}</p>
            <div class="grid-3">
                <SelectField
                    id="employment-kind"
                    label=t(Msg::FieldEmploymentKind)
                    options=Signal::derive(move || dict_options(locale.get(), Kind::EmploymentKind))
                    empty=t(Msg::ExitNoEmployment)
                    value=kind
                    on_change=move |v| form.update(|f| f.employment_kind = v)
                    status=bound.status(Field::EmploymentKind)
                />
                <Show when=move || !kind.get().is_empty()>
                    {bound.date("employment-start", Field::EmploymentStart, Msg::FieldEmploymentStart, |f| &f.employment_start, |f, v| f.employment_start = v)}
                    {bound.date("employment-end", Field::EmploymentEnd, Msg::FieldEmploymentEnd, |f| &f.employment_end, |f, v| f.employment_end = v)}
                    {bound.date("employment-confirmed", Field::EmploymentConfirmed, Msg::FieldEmploymentConfirmed, |f| &f.employment_confirmed, |f, v| f.employment_confirmed = v)}
                    <Show when=move || kind.get() == "umowa_o_prace">
                        <CheckboxField
                            id="employment-half-time"
                            label=t(Msg::FieldHalfTime)
                            checked=Signal::derive(move || form.with(|f| f.half_time))
                            on_change=move |on| form.update(|f| f.half_time = on)
                        />
                    </Show>
                    <Show when=move || kind.get() == "cywilnoprawna">
                        <TextField
                            id="contract-value"
                            label=t(Msg::FieldContractValue)
                            inputmode="decimal"
                            value=Signal::derive(move || form.with(|f| f.contract_value.clone()))
                            on_input=move |v| form.update(|f| f.contract_value = v)
                            status=bound.status(Field::ContractValue)
                        />
                    </Show>
                </Show>
            </div>
        </fieldset>
    }
}

fn date_input(
    form: RwSignal<ExitForm>,
    status: Signal<crate::state::form_status::FieldStatus>,
    id: &'static str,
    label: Msg,
    get: Getter,
    set: Setter,
) -> impl IntoView {
    view! {
        <TextField
            id=id
            label=t(label)
            hint=t(Msg::DateHint)
            inputmode="numeric"
            value=Signal::derive(move || form.with(|f| get(f).clone()))
            on_input=move |v| form.update(|f| set(f, v))
            status=status
        />
    }
}

/// "Rezultaty po zakończeniu udziału": what was recorded at exit, and an editor to complete it.
pub(super) fn exit_card(person: &Participant) -> impl IntoView + use<> {
    let locale = use_locale().0;
    let records = use_records();
    let notices = use_notices();
    let editing = RwSignal::new(false);
    let form = RwSignal::new(ExitForm::from_record(person.exit.as_ref()));
    let issues = RwSignal::new(Vec::<Issue>::new());
    let id = person.id;
    let stored = StoredValue::new(person.exit.clone());
    let on_save = move || {
        let values = form.get_untracked();
        spawn_local(async move {
            match save_exit(records, id, values).await {
                Ok(()) => {
                    notices.push(NoticeKind::Success, text(locale.get_untracked(), Msg::ExitSaved).to_owned());
                    issues.try_set(Vec::new());
                    editing.try_set(false);
                }
                Err(AppError::Validation(found)) => {
                    issues.try_set(found.clone());
                    notices.push(NoticeKind::Error, error_text(locale.get_untracked(), &AppError::Validation(found)));
                }
                Err(error) => notices.push(NoticeKind::Error, error_text(locale.get_untracked(), &error)),
            }
        });
    };
    let finished = person.status == RecruitmentStatus::Zakonczyl;
    view! {
        <section class="card wide exit-card" aria-labelledby="exit-title">
            <h2 id="exit-title">{t(Msg::ExitResultsTitle)}</h2>
            <Show
                when=move || editing.get()
                fallback=move || {
                    let l = locale.get();
                    let exit = stored.get_value().unwrap_or_default();
                    let dash = |s: String| if s.is_empty() { "—".to_owned() } else { s };
                    let progress = exit.social_progress.iter().map(|c| dict_label(l, Kind::SocialProgress, c)).collect::<Vec<_>>().join("; ");
                    let job = exit.employment.as_ref().map(|j| {
                        let mut parts = vec![dict_label(l, Kind::EmploymentKind, &j.kind), format!("{} {}", text(l, Msg::RangeFrom), date_text(j.start))];
                        if let Some(end) = j.end { parts.push(format!("{} {}", text(l, Msg::RangeTo), date_text(end))); }
                        if j.half_time_or_more { parts.push(text(l, Msg::FieldHalfTime).to_owned()); }
                        if let Some(v) = j.contract_value { parts.push(money(l, v)); }
                        parts.join(", ")
                    });
                    view! {
                        <dl class="facts">
                            <div><dt>{text(l, Msg::FieldSocialProgress)}</dt><dd>{dash(progress)}</dd></div>
                            <div><dt>{text(l, Msg::FieldProgressConfirmed)}</dt><dd>{dash(exit.progress_confirmed.map(date_text).unwrap_or_default())}</dd></div>
                            <div><dt>{text(l, Msg::ExitEmploymentTitle)}</dt><dd>{dash(job.unwrap_or_default())}</dd></div>
                            <div><dt>{text(l, Msg::FieldEmploymentConfirmed)}</dt><dd>{dash(exit.employment.and_then(|j| j.confirmed).map(date_text).unwrap_or_default())}</dd></div>
                        </dl>
                        <button type="button" class="button secondary" on:click=move |_| editing.set(true)>{t(Msg::ExitEdit)}</button>
                    }
                }
            >
                <div class="end-form" role="group" aria-labelledby="exit-title">
                    <ExitFields form=form issues=issues/>
                    {(!finished).then(|| view! { <p class="hint">{t(Msg::ExitLeftHint)}</p> })}
                    <div class="editor-actions">
                        <button type="button" class="button" on:click=move |_| on_save()>{t(Msg::ExitSave)}</button>
                        <button type="button" class="button secondary" on:click=move |_| {
                            form.set(ExitForm::from_record(stored.get_value().as_ref()));
                            issues.set(Vec::new());
                            editing.set(false);
                        }>{t(Msg::Cancel)}</button>
                    </div>
                </div>
            </Show>
        </section>
    }
}
