//! The five reference projects as templates a new centre can start from, plus a blank project.
//!
//! Templates are drafts: values the reference pages do not give are left empty, and
//! `validate_project` reports them as incomplete ("do uzupełnienia"), never as errors.

use crate::domain::dictionary::{Kind, Period, dictionaries};
use crate::domain::ids::{DeviceId, ProjectId, StaffId, SupportFormId, TaskId, UnitId};
use crate::domain::meta::Meta;
use crate::domain::project::{Budget, IndicatorTarget, Project, SupportForm, SupportMode, Targets, Task, Unit};
use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::sync::LazyLock;

/// A text in both UI languages.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Bilingual {
    /// Polish.
    pub pl: String,
    /// English.
    pub en: String,
}

/// The project part of a template; `None` is a value still to fill in.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct TemplateProject {
    /// Beneficjent.
    pub beneficiary: Option<String>,
    /// Tytuł.
    pub title: Option<String>,
    /// Programme period.
    pub period: Period,
    /// Programme.
    pub programme: Option<String>,
    /// Oś priorytetowa.
    pub priority_axis: Option<String>,
    /// Działanie.
    pub measure: Option<String>,
    /// Poddziałanie.
    pub sub_measure: Option<String>,
    /// Numer umowy.
    pub number: Option<String>,
    /// Start.
    pub start: Option<NaiveDate>,
    /// End.
    pub end: Option<NaiveDate>,
    /// Durability end.
    pub durability_end: Option<NaiveDate>,
    /// Budget.
    pub budget: Budget,
    /// Targets.
    pub targets: Targets,
    /// Indicator targets.
    #[serde(default)]
    pub indicator_targets: Vec<IndicatorTarget>,
    /// Effectiveness measured.
    #[serde(default)]
    pub effectiveness_measured: bool,
    /// Required documents; `None` = the default (declaration and RODO).
    #[serde(default)]
    pub required_documents: Option<Vec<String>>,
    /// Funding line.
    pub funding_line: Option<String>,
}

/// A unit in a template, with a key that forms refer to.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct TemplateUnit {
    /// Key within the template.
    pub key: String,
    /// Name.
    pub name: String,
    /// Dictionary `unit_kind` code.
    pub kind: String,
    /// Address or place.
    #[serde(default)]
    pub address: String,
}

/// A task in a template.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct TemplateTask {
    /// Key within the template.
    pub key: String,
    /// Name.
    pub name: String,
}

/// A form of support in a template.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct TemplateForm {
    /// Name.
    pub name: String,
    /// Dictionary `support_category` code.
    pub category: String,
    /// Group or individual.
    pub mode: SupportMode,
    /// 60 or 45.
    pub hour_minutes: u32,
    /// Unit key.
    #[serde(default)]
    pub unit: Option<String>,
    /// Task key.
    #[serde(default)]
    pub task: Option<String>,
}

/// One reference project as a starting point.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Template {
    /// Stable code, e.g. `bartoszyce`.
    pub code: String,
    /// The name shown in the first-run guide.
    pub name: Bilingual,
    /// One line on what it is.
    pub summary: Bilingual,
    /// The project values.
    pub project: TemplateProject,
    /// Units.
    pub units: Vec<TemplateUnit>,
    /// Tasks.
    pub tasks: Vec<TemplateTask>,
    /// Forms of support.
    pub forms: Vec<TemplateForm>,
}

const EMBEDDED: [&str; 5] = [
    include_str!("data/templates/klobuck.json"),
    include_str!("data/templates/krzeszowice.json"),
    include_str!("data/templates/knurow.json"),
    include_str!("data/templates/bartoszyce.json"),
    include_str!("data/templates/szprotawa.json"),
];

static TEMPLATES: LazyLock<Vec<Template>> = LazyLock::new(|| {
    // Part of the build and checked by tests: a parse failure is a build defect.
    EMBEDDED.iter().map(|text| serde_json::from_str(text).expect("embedded template is valid")).collect()
});

/// The five reference-project templates.
pub fn templates() -> &'static [Template] {
    &TEMPLATES
}

/// A template by code.
pub fn template(code: &str) -> Option<&'static Template> {
    templates().iter().find(|t| t.code == code)
}

/// A project with its structure, as created from a template or from blank.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NewProject {
    /// The project.
    pub project: Project,
    /// Its units.
    pub units: Vec<Unit>,
    /// Its tasks.
    pub tasks: Vec<Task>,
    /// Its forms of support.
    pub forms: Vec<SupportForm>,
}

fn default_required_documents() -> Vec<String> {
    dictionaries()
        .all(Kind::DocumentKind)
        .iter()
        .filter(|e| e.flag("default_required"))
        .map(|e| e.code.clone())
        .collect()
}

/// A blank project (nothing filled in but the defaults) for `period`.
pub fn blank_project(period: Period, device: &DeviceId, staff: Option<StaffId>, now: DateTime<Utc>) -> Project {
    Project {
        id: ProjectId::new(),
        meta: Meta::new(device, staff, now),
        template: None,
        beneficiary: String::new(),
        title: String::new(),
        period,
        programme: String::new(),
        priority_axis: String::new(),
        measure: String::new(),
        sub_measure: String::new(),
        number: String::new(),
        start: None,
        end: None,
        durability_end: None,
        budget: Budget::default(),
        targets: Targets::default(),
        indicator_targets: Vec::new(),
        effectiveness_measured: false,
        effectiveness_thresholds: crate::domain::indicators::EffectivenessSettings::default(),
        required_documents: default_required_documents(),
        funding_line: String::new(),
        has_logo: false,
        office_public_key: String::new(),
        area: Vec::new(),
    }
}

/// Creates the project, units, tasks and forms of `template` as new records.
pub fn instantiate(template: &Template, device: &DeviceId, staff: Option<StaffId>, now: DateTime<Utc>) -> NewProject {
    let t = &template.project;
    let text = |v: &Option<String>| v.clone().unwrap_or_default();
    let meta = || Meta::new(device, staff, now);
    let project = Project {
        template: Some(template.code.clone()),
        beneficiary: text(&t.beneficiary),
        title: text(&t.title),
        programme: text(&t.programme),
        priority_axis: text(&t.priority_axis),
        measure: text(&t.measure),
        sub_measure: text(&t.sub_measure),
        number: text(&t.number),
        start: t.start,
        end: t.end,
        durability_end: t.durability_end,
        budget: t.budget.clone(),
        targets: t.targets,
        indicator_targets: t.indicator_targets.clone(),
        effectiveness_measured: t.effectiveness_measured,
        required_documents: t.required_documents.clone().unwrap_or_else(default_required_documents),
        funding_line: text(&t.funding_line),
        ..blank_project(t.period, device, staff, now)
    };
    let mut unit_ids = BTreeMap::new();
    let units = (0i32..)
        .zip(&template.units)
        .map(|(order, u)| {
            let id = UnitId::new();
            unit_ids.insert(u.key.clone(), id);
            Unit {
                id,
                meta: meta(),
                name: u.name.clone(),
                kind: u.kind.clone(),
                address: u.address.clone(),
                order,
                archived: false,
            }
        })
        .collect();
    let mut task_ids = BTreeMap::new();
    let tasks = (0i32..)
        .zip(&template.tasks)
        .map(|(order, task)| {
            let id = TaskId::new();
            task_ids.insert(task.key.clone(), id);
            Task { id, meta: meta(), name: task.name.clone(), order, archived: false }
        })
        .collect();
    let forms = (0i32..)
        .zip(&template.forms)
        .map(|(order, f)| SupportForm {
            id: SupportFormId::new(),
            meta: meta(),
            name: f.name.clone(),
            category: f.category.clone(),
            mode: f.mode,
            hour_minutes: f.hour_minutes,
            unit: f.unit.as_ref().and_then(|k| unit_ids.get(k).copied()),
            task: f.task.as_ref().and_then(|k| task_ids.get(k).copied()),
            central_name: String::new(),
            order,
            archived: false,
        })
        .collect();
    NewProject { project, units, tasks, forms }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::project::{IndicatorSource, validate_project, validate_support_form};
    use crate::domain::validation::{ErrorCode, Field, Issue, Issues};
    use chrono::TimeZone;
    use rust_decimal::Decimal;
    use std::str::FromStr;

    fn make(code: &str) -> NewProject {
        instantiate(template(code).unwrap(), &DeviceId("d".into()), None, Utc.timestamp_opt(0, 0).unwrap())
    }

    fn missing(code: &str) -> Vec<Field> {
        let issues = validate_project(&make(code).project);
        assert!(!issues.has_invalid(), "{code} has invalid values: {:?}", issues.invalid());
        issues.incomplete().into_iter().map(|i| i.field).collect()
    }

    #[test]
    fn all_five_templates_load_with_their_structure() {
        let codes: Vec<&str> = templates().iter().map(|t| t.code.as_str()).collect();
        assert_eq!(codes, ["klobuck", "krzeszowice", "knurow", "bartoszyce", "szprotawa"]);
        for t in templates() {
            let new = make(&t.code);
            assert_eq!(new.units.len(), t.units.len());
            assert_eq!(new.tasks.len(), t.tasks.len());
            assert_eq!(new.forms.len(), t.forms.len());
            for (form, source) in new.forms.iter().zip(&t.forms) {
                assert!(validate_support_form(form).is_empty(), "{}: {}", t.code, form.name);
                assert_eq!(
                    form.unit.is_some(),
                    source.unit.is_some(),
                    "{}: unit key of {} resolves",
                    t.code,
                    form.name
                );
                assert_eq!(
                    form.task.is_some(),
                    source.task.is_some(),
                    "{}: task key of {} resolves",
                    t.code,
                    form.name
                );
            }
            for unit in &t.units {
                assert!(dictionaries().get(Kind::UnitKind, &unit.kind).is_some(), "{}: {}", t.code, unit.kind);
            }
        }
    }

    #[test]
    fn klobuck_reports_exactly_its_missing_values() {
        assert_eq!(
            missing("klobuck"),
            vec![
                Field::ProjectNumber,
                Field::ProjectStart,
                Field::ProjectEnd,
                Field::TargetTotal,
                Field::FundingLine,
                Field::Area
            ]
        );
        let p = make("klobuck").project;
        assert_eq!(p.budget.total, Some(Decimal::from_str("698626.66").unwrap()));
        assert_eq!(p.durability_end, NaiveDate::from_ymd_opt(2025, 6, 30));
    }

    #[test]
    fn krzeszowice_reports_exactly_its_missing_values() {
        assert_eq!(
            missing("krzeszowice"),
            vec![Field::PriorityAxis, Field::Measure, Field::DurabilityEnd, Field::FundingLine, Field::Area]
        );
        let p = make("krzeszowice").project;
        assert_eq!(p.number, "RPMP.09.01.01-12-0032/16");
        assert_eq!(p.required_documents, ["deklaracja", "rodo", "diagnoza_potrzeb", "isr"]);
    }

    #[test]
    fn knurow_reports_exactly_its_missing_values() {
        assert_eq!(
            missing("knurow"),
            vec![
                Field::Programme,
                Field::PriorityAxis,
                Field::Measure,
                Field::ProjectNumber,
                Field::ProjectStart,
                Field::ProjectEnd,
                Field::DurabilityEnd,
                Field::BudgetTotal,
                Field::BudgetCoFinancing,
                Field::BudgetOwnContribution,
                Field::TargetTotal,
                Field::FundingLine,
                Field::Area,
            ]
        );
        assert_eq!(make("knurow").units.len(), 3);
    }

    #[test]
    fn bartoszyce_reports_exactly_its_missing_values_and_keeps_its_targets() {
        assert_eq!(
            missing("bartoszyce"),
            vec![Field::Beneficiary, Field::ProjectNumber, Field::DurabilityEnd, Field::FundingLine, Field::Area]
        );
        let p = make("bartoszyce").project;
        assert_eq!((p.targets.total, p.targets.women, p.targets.men), (Some(100), Some(70), Some(30)));
        let places = p.indicator_targets.iter().find(|t| t.code == "miejsca_uslug").unwrap();
        assert_eq!(places.target, Some(Decimal::from(10)));
        assert_eq!(places.source, IndicatorSource::Manual { value: None });
    }

    #[test]
    fn szprotawa_reports_exactly_its_missing_values() {
        assert_eq!(
            missing("szprotawa"),
            vec![
                Field::PriorityAxis,
                Field::ProjectNumber,
                Field::ProjectStart,
                Field::ProjectEnd,
                Field::DurabilityEnd,
                Field::BudgetTotal,
                Field::BudgetCoFinancing,
                Field::BudgetOwnContribution,
                Field::TargetTotal,
                Field::FundingLine,
                Field::Area,
            ]
        );
        assert!(make("szprotawa").project.required_documents.contains(&"kontrakt_socjalny".to_owned()));
    }

    #[test]
    fn a_blank_project_requires_the_declaration_and_rodo_by_default() {
        let p = blank_project(Period::P2021_2027, &DeviceId("d".into()), None, Utc.timestamp_opt(0, 0).unwrap());
        assert_eq!(p.required_documents, ["deklaracja", "rodo"]);
        assert!(!validate_project(&p).has_invalid());
    }

    #[test]
    fn budget_parts_must_add_up_to_the_total() {
        let mut p = make("bartoszyce").project;
        p.budget.total = Some(Decimal::from_str("443738.76").unwrap());
        assert!(validate_project(&p).contains(&Issue::new(Field::BudgetOwnContribution, ErrorCode::BudgetSumMismatch)));
        p.budget.total = Some(Decimal::from_str("443738.75").unwrap());
        p.targets.men = Some(31);
        assert!(validate_project(&p).contains(&Issue::new(Field::TargetMen, ErrorCode::TargetSumMismatch)));
    }

    #[test]
    fn project_dates_must_be_in_order() {
        let mut p = make("bartoszyce").project;
        p.end = NaiveDate::from_ymd_opt(2021, 3, 30);
        p.durability_end = NaiveDate::from_ymd_opt(2020, 1, 1);
        let issues = validate_project(&p);
        assert!(issues.contains(&Issue::new(Field::ProjectEnd, ErrorCode::EndBeforeStart)));
        assert!(issues.contains(&Issue::new(Field::DurabilityEnd, ErrorCode::DurabilityBeforeEnd)));
    }
}
