//! "Projekt": the project settings. Each field validates as it is left, with the domain's
//! sentences; a template's missing values show as "do uzupełnienia", not as errors.

mod area;
mod indicators;
mod printing;

use crate::domain::dictionary::{Kind, Period};
use crate::domain::project::Project;
use crate::domain::validation::{Field, Issue, Issues};
use crate::i18n::{Msg, fill, t, text, use_locale};
use crate::state::errors::{AppError, error_text};
use crate::state::focus::focus_first_invalid_later;
use crate::state::form_status::{FieldStatus, field_status};
use crate::state::notices::{NoticeKind, use_notices};
use crate::state::project::{period_change_needs_confirmation, save_project};
use crate::state::project_form::{ProjectForm, money_text};
use crate::state::records::use_records;
use crate::ui::components::{CheckboxField, ConfirmDialog, SelectField, TextField};
use crate::ui::labels::{dict_label, dict_options};
use leptos::prelude::*;
use std::collections::BTreeSet;

/// The form, the fields left so far, and whether a save was tried: shared by the sections.
#[derive(Clone, Copy)]
pub(crate) struct FormContext {
    pub form: RwSignal<ProjectForm>,
    pub touched: RwSignal<BTreeSet<Field>>,
    pub tried: RwSignal<bool>,
    pub issues: Memo<Vec<Issue>>,
}

impl FormContext {
    /// Marks a field as left. Fields checked together (the budget's three amounts, the three
    /// targets) count as left together, so a sum error shows when any of them was edited.
    pub fn touch(&self, field: Field) {
        const GROUPS: [&[Field]; 2] = [
            &[Field::BudgetTotal, Field::BudgetCoFinancing, Field::BudgetOwnContribution],
            &[Field::TargetTotal, Field::TargetWomen, Field::TargetMen],
        ];
        let group = GROUPS.iter().find(|g| g.contains(&field)).map_or(&[field][..], |g| *g).to_vec();
        self.touched.update(|t| t.extend(group));
    }

    pub fn status(&self, field: Field) -> Signal<FieldStatus> {
        let this = *self;
        let locale = use_locale().0;
        Signal::derive(move || {
            let show = this.tried.get() || this.touched.with(|t| t.contains(&field));
            this.issues.with(|i| field_status(i, field, locale.get(), show))
        })
    }

    /// A text field bound to one `String` of the form.
    pub fn text(
        &self,
        id: &'static str,
        field: Field,
        label: Msg,
        get: fn(&ProjectForm) -> &String,
        set: fn(&mut ProjectForm, String),
    ) -> impl IntoView + use<> {
        let this = *self;
        view! {
            <TextField
                id=id
                label=t(label)
                value=Signal::derive(move || this.form.with(|f| get(f).clone()))
                on_input=move |v| this.form.update(|f| set(f, v))
                on_blur=move |()| this.touch(field)
                status=this.status(field)
            />
        }
    }
}

/// The settings page.
#[component]
pub fn ProjectPage() -> impl IntoView {
    let records = use_records();
    let project = Memo::new(move |_| records.data.with(|d| d.current_project().cloned()));
    move || project.get().map(|p| view! { <ProjectSettings project=p/> })
}

#[component]
fn ProjectSettings(
    /// The project as last saved.
    project: Project,
) -> impl IntoView {
    let locale = use_locale().0;
    let records = use_records();
    let notices = use_notices();
    let base = StoredValue::new(project.clone());
    let form = RwSignal::new(ProjectForm::from_project(&project));
    let issues = Memo::new(move |_| form.with(|f| f.apply(&base.get_value()).1));
    let ctx = FormContext { form, touched: RwSignal::new(BTreeSet::new()), tried: RwSignal::new(false), issues };
    let confirm_period = RwSignal::new(false);
    let form_ref = NodeRef::<leptos::html::Form>::new();

    // A save by another tab (or a reload) replaces the base the form applies to.
    Effect::new(move |_| {
        if let Some(saved) = records.data.with(|d| d.current_project().cloned()) {
            base.set_value(saved);
        }
    });

    let save = Action::new_local(move |project: &Project| {
        let project = project.clone();
        async move {
            match save_project(records, project).await {
                Ok(()) => notices.push(NoticeKind::Success, text(locale.get_untracked(), Msg::Saved).to_owned()),
                Err(error) => notices.push(NoticeKind::Error, error_text(locale.get_untracked(), &error)),
            }
        }
    });
    let submit = move |confirmed: bool| {
        ctx.tried.set(true);
        let (project, issues) = form.with_untracked(|f| f.apply(&base.get_value()));
        if issues.has_invalid() {
            let error = AppError::Validation(issues.invalid());
            notices.push(NoticeKind::Error, error_text(locale.get_untracked(), &error));
            focus_first_invalid_later(form_ref);
            return;
        }
        if !confirmed && period_change_needs_confirmation(&records, base.get_value().period, project.period) {
            confirm_period.set(true);
            return;
        }
        confirm_period.set(false);
        save.dispatch(project);
    };
    let incomplete_count = move || issues.with(|i| i.incomplete().len());
    let period_options = Signal::derive(move || dict_options(locale.get(), Kind::ProgrammePeriod));
    let period_change_body = move || {
        let from = form.with(|_| dict_label(locale.get(), Kind::ProgrammePeriod, base.get_value().period.code()));
        let to = form.with(|f| dict_label(locale.get(), Kind::ProgrammePeriod, f.period.code()));
        fill(text(locale.get(), Msg::PeriodChangeBody), &[("from", &from), ("to", &to)])
    };

    view! {
        <section class="page settings" aria-labelledby="settings-title">
            <h1 id="settings-title">{t(Msg::ProjectTitle)}</h1>
            <p class="lead">{t(Msg::ProjectIntro)}</p>
            <form
                node_ref=form_ref
                novalidate
                on:submit=move |ev| {
                    ev.prevent_default();
                    submit(false);
                }
            >
                <fieldset>
                    <legend>{t(Msg::ProjectSectionProject)}</legend>
                    {ctx.text("beneficiary", Field::Beneficiary, Msg::FieldBeneficiary, |f| &f.beneficiary, |f, v| f.beneficiary = v)}
                    {ctx.text("title", Field::ProjectTitle, Msg::FieldProjectTitle, |f| &f.title, |f, v| f.title = v)}
                    {ctx.text("number", Field::ProjectNumber, Msg::FieldProjectNumber, |f| &f.number, |f, v| f.number = v)}
                    <SelectField
                        id="period"
                        label=t(Msg::FieldProgrammePeriod)
                        options=period_options
                        value=Signal::derive(move || form.with(|f| f.period.code().to_owned()))
                        on_change=move |code: String| {
                            form.update(|f| {
                                f.period = if code == Period::P2014_2020.code() { Period::P2014_2020 } else { Period::P2021_2027 };
                            });
                        }
                    />
                </fieldset>
                <fieldset>
                    <legend>{t(Msg::ProjectSectionProgramme)}</legend>
                    {ctx.text("programme", Field::Programme, Msg::FieldProgramme, |f| &f.programme, |f, v| f.programme = v)}
                    {ctx.text("axis", Field::PriorityAxis, Msg::FieldPriorityAxis, |f| &f.priority_axis, |f, v| f.priority_axis = v)}
                    {ctx.text("measure", Field::Measure, Msg::FieldMeasure, |f| &f.measure, |f, v| f.measure = v)}
                    {ctx.text("sub-measure", Field::SubMeasure, Msg::FieldSubMeasure, |f| &f.sub_measure, |f, v| f.sub_measure = v)}
                </fieldset>
                <DatesSection ctx=ctx/>
                <BudgetSection ctx=ctx/>
                <TargetsSection ctx=ctx/>
                <indicators::IndicatorsSection ctx=ctx/>
                <DocumentsSection ctx=ctx/>
                <printing::PrintingSection ctx=ctx/>
                <area::AreaSection ctx=ctx/>
                <div class="save-bar">
                    <button type="submit" class="button" disabled=move || save.pending().get()>
                        {t(Msg::ProjectSave)}
                    </button>
                    <span class="hint" role="status">
                        {move || {
                            let n = incomplete_count();
                            (n > 0).then(|| fill(text(locale.get(), Msg::ProjectIncompleteCount), &[("n", &n.to_string())]))
                        }}
                    </span>
                </div>
            </form>
            <ConfirmDialog
                open=confirm_period
                title=t(Msg::PeriodChangeTitle)
                body=period_change_body
                confirm_label=t(Msg::PeriodChangeConfirm)
                cancel_label=t(Msg::Cancel)
                on_confirm=move |()| submit(true)
                on_cancel=move |()| confirm_period.set(false)
            />
        </section>
    }
}

#[component]
fn DatesSection(
    /// The shared form state.
    ctx: FormContext,
) -> impl IntoView {
    let date = move |id: &'static str,
                     field: Field,
                     label: Msg,
                     get: fn(&ProjectForm) -> &String,
                     set: fn(&mut ProjectForm, String)| {
        view! {
            <TextField
                id=id
                label=t(label)
                hint=t(Msg::DateHint)
                inputmode="numeric"
                value=Signal::derive(move || ctx.form.with(|f| get(f).clone()))
                on_input=move |v| ctx.form.update(|f| set(f, v))
                on_blur=move |()| {
                    ctx.touch(field);
                    // A valid date is rewritten the Polish way: "31.03.2021".
                    ctx.form.update(|f| {
                        if let Ok(d) = crate::domain::dates::parse_date(get(f)) {
                            set(f, crate::domain::dates::date_text(d));
                        }
                    });
                }
                status=ctx.status(field)
            />
        }
    };
    view! {
        <fieldset>
            <legend>{t(Msg::ProjectSectionPeriod)}</legend>
            <div class="grid-3">
                {date("start", Field::ProjectStart, Msg::FieldProjectStart, |f| &f.start, |f, v| f.start = v)}
                {date("end", Field::ProjectEnd, Msg::FieldProjectEnd, |f| &f.end, |f, v| f.end = v)}
                {date("durability-end", Field::DurabilityEnd, Msg::FieldDurabilityEnd, |f| &f.durability_end, |f, v| {
                    f.durability_end = v;
                })}
            </div>
        </fieldset>
    }
}

#[component]
fn BudgetSection(
    /// The shared form state.
    ctx: FormContext,
) -> impl IntoView {
    let money = move |id: &'static str,
                      field: Field,
                      label: Msg,
                      get: fn(&ProjectForm) -> &String,
                      set: fn(&mut ProjectForm, String)| {
        view! {
            <TextField
                id=id
                label=t(label)
                hint=t(Msg::MoneyHint)
                inputmode="decimal"
                value=Signal::derive(move || ctx.form.with(|f| get(f).clone()))
                on_input=move |v| ctx.form.update(|f| set(f, v))
                on_blur=move |()| {
                    ctx.touch(field);
                    // A valid amount is rewritten the Polish way: "698 626,66".
                    ctx.form.update(|f| {
                        if let Ok(v) = crate::domain::money::parse_money(get(f)) {
                            set(f, money_text(Some(v)));
                        }
                    });
                }
                status=ctx.status(field)
            />
        }
    };
    view! {
        <fieldset>
            <legend>{t(Msg::ProjectSectionBudget)}</legend>
            <div class="grid-3">
                {money("budget-total", Field::BudgetTotal, Msg::FieldBudgetTotal, |f| &f.budget_total, |f, v| f.budget_total = v)}
                {money("budget-co", Field::BudgetCoFinancing, Msg::FieldBudgetCoFinancing, |f| &f.budget_co_financing, |f, v| {
                    f.budget_co_financing = v;
                })}
                {money("budget-own", Field::BudgetOwnContribution, Msg::FieldBudgetOwnContribution, |f| &f.budget_own, |f, v| {
                    f.budget_own = v;
                })}
            </div>
        </fieldset>
    }
}

#[component]
fn TargetsSection(
    /// The shared form state.
    ctx: FormContext,
) -> impl IntoView {
    let count = move |id: &'static str,
                      field: Field,
                      label: Msg,
                      get: fn(&ProjectForm) -> &String,
                      set: fn(&mut ProjectForm, String)| {
        view! {
            <TextField
                id=id
                label=t(label)
                inputmode="numeric"
                value=Signal::derive(move || ctx.form.with(|f| get(f).clone()))
                on_input=move |v| ctx.form.update(|f| set(f, v))
                on_blur=move |()| ctx.touch(field)
                status=ctx.status(field)
            />
        }
    };
    view! {
        <fieldset>
            <legend>{t(Msg::ProjectSectionTargets)}</legend>
            <div class="grid-3">
                {count("target-total", Field::TargetTotal, Msg::FieldTargetTotal, |f| &f.target_total, |f, v| f.target_total = v)}
                {count("target-women", Field::TargetWomen, Msg::FieldTargetWomen, |f| &f.target_women, |f, v| f.target_women = v)}
                {count("target-men", Field::TargetMen, Msg::FieldTargetMen, |f| &f.target_men, |f, v| f.target_men = v)}
            </div>
            <CheckboxField
                id="effectiveness"
                label=t(Msg::ProjectEffectiveness)
                checked=Signal::derive(move || ctx.form.with(|f| f.effectiveness_measured))
                on_change=move |v| ctx.form.update(|f| f.effectiveness_measured = v)
            />
            <Show when=move || ctx.form.with(|f| f.effectiveness_measured)>
                <div class="grid-3 indented">
                    {[
                        ("threshold-social", Msg::ThresholdSocial, Field::EffectivenessThreshold),
                        ("threshold-employment", Msg::ThresholdEmployment, Field::EffectivenessThreshold),
                        ("threshold-social-severe", Msg::ThresholdSocialSevere, Field::EffectivenessThreshold),
                        ("threshold-employment-severe", Msg::ThresholdEmploymentSevere, Field::EffectivenessThreshold),
                        ("minimum-wage", Msg::FieldMinimumWage, Field::MinimumWage),
                    ]
                        .into_iter()
                        .enumerate()
                        .map(|(i, (id, label, field))| view! {
                            <TextField
                                id=id
                                label=t(label)
                                inputmode="decimal"
                                value=Signal::derive(move || ctx.form.with(|f| f.thresholds[i].clone()))
                                on_input=move |v| ctx.form.update(|f| f.thresholds[i] = v)
                                on_blur=move |()| ctx.touch(field)
                                status=ctx.status(field)
                            />
                        })
                        .collect_view()}
                </div>
                <p class="hint">{t(Msg::ThresholdsHint)}</p>
            </Show>
        </fieldset>
    }
}

#[component]
fn DocumentsSection(
    /// The shared form state.
    ctx: FormContext,
) -> impl IntoView {
    let locale = use_locale().0;
    view! {
        <fieldset>
            <legend>{t(Msg::FieldRequiredDocuments)}</legend>
            <p class="hint">{t(Msg::ProjectDocumentsHint)}</p>
            <div class="checks">
                {crate::domain::dictionary::dictionaries()
                    .all(Kind::DocumentKind)
                    .iter()
                    .map(|doc| {
                        let code = doc.code.clone();
                        let code_read = code.clone();
                        let label_code = code.clone();
                        view! {
                            <CheckboxField
                                id=format!("required-{code}")
                                label=move || dict_label(locale.get(), Kind::DocumentKind, &label_code)
                                checked=Signal::derive(move || ctx.form.with(|f| f.required_documents.contains(&code_read)))
                                on_change=move |on| {
                                    ctx.form.update(|f| {
                                        if on {
                                            f.required_documents.insert(code.clone());
                                        } else {
                                            f.required_documents.remove(&code);
                                        }
                                    });
                                }
                            />
                        }
                    })
                    .collect_view()}
            </div>
        </fieldset>
    }
}
