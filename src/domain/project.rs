//! The project and its structure: units, tasks, forms of support, staff, and the project's area.

use crate::domain::dictionary::{Kind, Period, dictionaries};
use crate::domain::formats::parse_terc;
use crate::domain::ids::{ProjectId, StaffId, SupportFormId, TaskId, UnitId};
use crate::domain::meta::Meta;
use crate::domain::money::check_money;
use crate::domain::validation::{ErrorCode, Field, Issue, MAX_LONG_TEXT, MAX_SHORT_TEXT, check_text};
use chrono::NaiveDate;
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

/// The project budget in złoty. Values a template lacks are `None` ("do uzupełnienia").
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Budget {
    /// Wartość projektu (total value).
    pub total: Option<Decimal>,
    /// Dofinansowanie (co-financing).
    pub co_financing: Option<Decimal>,
    /// Wkład własny (own contribution).
    pub own_contribution: Option<Decimal>,
}

/// Target participant numbers, e.g. 100 = 70 K / 30 M.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Targets {
    /// All participants.
    pub total: Option<u32>,
    /// Kobiety (women).
    pub women: Option<u32>,
    /// Mężczyźni (men).
    pub men: Option<u32>,
}

/// How an indicator's current value is obtained.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "source", rename_all = "snake_case")]
pub enum IndicatorSource {
    /// The app computes it from the records.
    Computed,
    /// The coordinator enters it (e.g. places of social services).
    Manual {
        /// The value entered so far.
        value: Option<Decimal>,
    },
}

/// A target for one indicator of the catalogue (dictionary `indicator`).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct IndicatorTarget {
    /// The indicator's dictionary code.
    pub code: String,
    /// The target value, when set.
    pub target: Option<Decimal>,
    /// Computed or entered by hand.
    #[serde(flatten)]
    pub source: IndicatorSource,
}

/// One TERC unit of the project's area, with what addresses derive from it.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct AreaUnit {
    /// The 7-digit TERC code, e.g. `2404011` (incl. the town / rural parts R = 4 / 5).
    pub teryt: String,
    /// The gmina (or town / rural part) name as in TERYT, e.g. "Kłobuck".
    pub name: String,
    /// The powiat, as a lower-case adjective, e.g. "kłobucki".
    pub powiat: String,
    /// The voivodeship dictionary code (TERYT WW), e.g. "24".
    pub voivodeship: String,
    /// DEGURBA 1, 2 or 3, entered once by the coordinator.
    pub degurba: Option<String>,
}

/// The project a centre runs. One per database.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Project {
    /// Record id.
    pub id: ProjectId,
    /// Bookkeeping.
    pub meta: Meta,
    /// The template it started from, if any (e.g. `bartoszyce`).
    #[serde(default)]
    pub template: Option<String>,
    /// Beneficjent: the centre's operator, e.g. "Gminny Ośrodek Pomocy Społecznej w Kłobucku".
    pub beneficiary: String,
    /// Tytuł projektu.
    pub title: String,
    /// The programme period: selects the data set and the central system's layout.
    pub period: Period,
    /// Programme, e.g. "Regionalny Program Operacyjny Województwa Śląskiego na lata 2014-2020".
    pub programme: String,
    /// Oś priorytetowa.
    pub priority_axis: String,
    /// Działanie.
    pub measure: String,
    /// Poddziałanie (with a territorial mode such as RIT or ZIT where it applies).
    pub sub_measure: String,
    /// Numer umowy/decyzji/aneksu.
    pub number: String,
    /// Okres realizacji od.
    pub start: Option<NaiveDate>,
    /// Okres realizacji do.
    pub end: Option<NaiveDate>,
    /// The end of trwałość (durability).
    pub durability_end: Option<NaiveDate>,
    /// The budget.
    pub budget: Budget,
    /// Target participant numbers.
    pub targets: Targets,
    /// Targets for catalogue indicators.
    #[serde(default)]
    pub indicator_targets: Vec<IndicatorTarget>,
    /// Whether social and employment effectiveness are measured (priority 9i).
    #[serde(default)]
    pub effectiveness_measured: bool,
    /// The effectiveness thresholds and the minimum wage (project settings).
    #[serde(default)]
    pub effectiveness_thresholds: crate::domain::indicators::EffectivenessSettings,
    /// Document kinds a person must have signed to become "uczestnik".
    pub required_documents: Vec<String>,
    /// The funding line printed on documents.
    pub funding_line: String,
    /// Whether a logo strip image is stored for printed documents.
    #[serde(default)]
    pub has_logo: bool,
    /// The project's area: the TERC units addresses pick from.
    #[serde(default)]
    pub area: Vec<AreaUnit>,
    /// The central office's RSA public key (PEM): every export is encrypted for it.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub office_public_key: String,
}

/// The kinds of people who work in a project.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum StaffRole {
    /// Koordynator: also exports, imports, manages settings.
    Coordinator,
    /// Animator: registers participants, plans sessions.
    Animator,
    /// Specjalista (psychologist, lawyer, career adviser, …): same rights as an animator.
    Specialist,
    /// Wolontariusz: records sessions and attendance only.
    Volunteer,
}

impl StaffRole {
    /// Every role, in display order.
    pub const ALL: [StaffRole; 4] =
        [StaffRole::Coordinator, StaffRole::Animator, StaffRole::Specialist, StaffRole::Volunteer];
}

/// Whether a form of support is delivered to groups or to one person at a time.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum SupportMode {
    /// Zajęcia grupowe.
    Group,
    /// Wsparcie indywidualne (consultation, counselling).
    Individual,
}

/// A unit (placówka / klub), e.g. a Klub Dziecka i Rodziny.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Unit {
    /// Record id.
    pub id: UnitId,
    /// Bookkeeping.
    pub meta: Meta,
    /// Its name.
    pub name: String,
    /// Dictionary `unit_kind` code.
    pub kind: String,
    /// Address or place description.
    #[serde(default)]
    pub address: String,
    /// Position in lists.
    pub order: i32,
    /// Retired: kept so old records keep their meaning, hidden from new choices.
    #[serde(default)]
    pub archived: bool,
}

/// A task (zadanie) of the project.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Task {
    /// Record id.
    pub id: TaskId,
    /// Bookkeeping.
    pub meta: Meta,
    /// Its name, as in the funding application.
    pub name: String,
    /// Position in lists.
    pub order: i32,
    /// Retired.
    #[serde(default)]
    pub archived: bool,
}

/// A form of support (forma wsparcia).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SupportForm {
    /// Record id.
    pub id: SupportFormId,
    /// Bookkeeping.
    pub meta: Meta,
    /// Its name, e.g. "trening kompetencji i umiejętności społecznych".
    pub name: String,
    /// Dictionary `support_category` code.
    pub category: String,
    /// Group or individual.
    pub mode: SupportMode,
    /// The length of one hour of this form: 60 or 45 minutes.
    pub hour_minutes: u32,
    /// The unit it belongs to.
    #[serde(default)]
    pub unit: Option<UnitId>,
    /// The task it belongs to.
    #[serde(default)]
    pub task: Option<TaskId>,
    /// "Rodzaj przyznanego wsparcia" as the central system names it, when it differs from `name`.
    #[serde(default)]
    pub central_name: String,
    /// Position in lists.
    pub order: i32,
    /// Retired.
    #[serde(default)]
    pub archived: bool,
}

/// A staff member.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Staff {
    /// Record id.
    pub id: StaffId,
    /// Bookkeeping.
    pub meta: Meta,
    /// Imię.
    pub first_name: String,
    /// Nazwisko.
    pub last_name: String,
    /// Role.
    pub role: StaffRole,
    /// Specialty, e.g. "psycholog", "doradca zawodowy", "prawnik".
    #[serde(default)]
    pub specialty: String,
    /// Position in lists.
    pub order: i32,
    /// Retired.
    #[serde(default)]
    pub archived: bool,
}

impl Staff {
    /// "Imię Nazwisko".
    pub fn full_name(&self) -> String {
        format!("{} {}", self.first_name.trim(), self.last_name.trim())
    }
}

fn check_optional_date_order(issues: &mut Vec<Issue>, start: Option<NaiveDate>, end: Option<NaiveDate>, field: Field) {
    if let (Some(s), Some(e)) = (start, end)
        && e < s
    {
        issues.push(Issue::new(field, ErrorCode::EndBeforeStart));
    }
}

fn check_amount(issues: &mut Vec<Issue>, field: Field, value: Option<Decimal>) {
    match value {
        None => issues.push(Issue::new(field, ErrorCode::Required)),
        Some(v) => {
            if let Err(code) = check_money(v) {
                issues.push(Issue::new(field, code));
            }
        }
    }
}

/// Validates one area unit.
pub fn validate_area_unit(unit: &AreaUnit) -> Vec<Issue> {
    let mut issues = Vec::new();
    match parse_terc(&unit.teryt) {
        Ok(terc) => {
            let ww = format!("{:02}", terc.voivodeship);
            if !unit.voivodeship.is_empty() && unit.voivodeship != ww {
                issues.push(Issue::new(Field::AreaVoivodeship, ErrorCode::UnknownValue));
            }
        }
        Err(_) if unit.teryt.trim().is_empty() => issues.push(Issue::new(Field::AreaTeryt, ErrorCode::Required)),
        Err(code) => issues.push(Issue::new(Field::AreaTeryt, code)),
    }
    check_text(&mut issues, Field::AreaName, &unit.name, true, MAX_SHORT_TEXT);
    check_text(&mut issues, Field::AreaPowiat, &unit.powiat, true, MAX_SHORT_TEXT);
    if unit.voivodeship.is_empty() {
        issues.push(Issue::new(Field::AreaVoivodeship, ErrorCode::Required));
    } else if dictionaries().get(Kind::Voivodeship, &unit.voivodeship).is_none() {
        issues.push(Issue::new(Field::AreaVoivodeship, ErrorCode::UnknownValue));
    }
    match unit.degurba.as_deref() {
        None | Some("") => issues.push(Issue::new(Field::AreaDegurba, ErrorCode::Required)),
        Some(d) if dictionaries().get(Kind::Degurba, d).is_none() => {
            issues.push(Issue::new(Field::AreaDegurba, ErrorCode::DegurbaValue));
        }
        Some(_) => {}
    }
    issues
}

/// Validates the project settings. Missing values are `Required` (incomplete), never errors.
pub fn validate_project(p: &Project) -> Vec<Issue> {
    let mut issues = Vec::new();
    check_text(&mut issues, Field::Beneficiary, &p.beneficiary, true, MAX_SHORT_TEXT);
    check_text(&mut issues, Field::ProjectTitle, &p.title, true, MAX_SHORT_TEXT);
    check_text(&mut issues, Field::Programme, &p.programme, true, MAX_SHORT_TEXT);
    check_text(&mut issues, Field::PriorityAxis, &p.priority_axis, true, MAX_SHORT_TEXT);
    check_text(&mut issues, Field::Measure, &p.measure, true, MAX_SHORT_TEXT);
    check_text(&mut issues, Field::SubMeasure, &p.sub_measure, false, MAX_SHORT_TEXT);
    check_text(&mut issues, Field::ProjectNumber, &p.number, true, MAX_SHORT_TEXT);
    check_text(&mut issues, Field::FundingLine, &p.funding_line, true, MAX_LONG_TEXT);
    if p.start.is_none() {
        issues.push(Issue::new(Field::ProjectStart, ErrorCode::Required));
    }
    if p.end.is_none() {
        issues.push(Issue::new(Field::ProjectEnd, ErrorCode::Required));
    }
    check_optional_date_order(&mut issues, p.start, p.end, Field::ProjectEnd);
    match (p.end, p.durability_end) {
        (_, None) => issues.push(Issue::new(Field::DurabilityEnd, ErrorCode::Required)),
        (Some(end), Some(d)) if d < end => {
            issues.push(Issue::new(Field::DurabilityEnd, ErrorCode::DurabilityBeforeEnd));
        }
        _ => {}
    }
    check_amount(&mut issues, Field::BudgetTotal, p.budget.total);
    check_amount(&mut issues, Field::BudgetCoFinancing, p.budget.co_financing);
    check_amount(&mut issues, Field::BudgetOwnContribution, p.budget.own_contribution);
    if let (Some(t), Some(c), Some(o)) = (p.budget.total, p.budget.co_financing, p.budget.own_contribution)
        && c + o != t
    {
        issues.push(Issue::new(Field::BudgetOwnContribution, ErrorCode::BudgetSumMismatch));
    }
    if p.targets.total.is_none() {
        issues.push(Issue::new(Field::TargetTotal, ErrorCode::Required));
    }
    if let (Some(t), Some(w), Some(m)) = (p.targets.total, p.targets.women, p.targets.men)
        && w + m != t
    {
        issues.push(Issue::new(Field::TargetMen, ErrorCode::TargetSumMismatch));
    }
    for target in &p.indicator_targets {
        if dictionaries().get(Kind::Indicator, &target.code).is_none() {
            issues.push(Issue::new(Field::IndicatorTargetValue, ErrorCode::UnknownValue));
        }
        if target.target.is_some_and(|v| v.is_sign_negative()) {
            issues.push(Issue::new(Field::IndicatorTargetValue, ErrorCode::NotPositive));
        }
    }
    for doc in &p.required_documents {
        if dictionaries().get(Kind::DocumentKind, doc).is_none() {
            issues.push(Issue::new(Field::RequiredDocuments, ErrorCode::UnknownValue));
        }
    }
    if p.area.is_empty() {
        issues.push(Issue::new(Field::Area, ErrorCode::Required));
    }
    let mut seen = std::collections::BTreeSet::new();
    for unit in &p.area {
        issues.extend(validate_area_unit(unit));
        if !unit.teryt.is_empty() && !seen.insert(unit.teryt.trim()) {
            issues.push(Issue::new(Field::AreaTeryt, ErrorCode::DuplicateValue));
        }
    }
    issues.sort();
    issues.dedup();
    issues
}

/// Validates a unit.
pub fn validate_unit(u: &Unit) -> Vec<Issue> {
    let mut issues = Vec::new();
    check_text(&mut issues, Field::UnitName, &u.name, true, MAX_SHORT_TEXT);
    issues
}

/// Validates a task.
pub fn validate_task(t: &Task) -> Vec<Issue> {
    let mut issues = Vec::new();
    check_text(&mut issues, Field::TaskName, &t.name, true, MAX_SHORT_TEXT);
    issues
}

/// Validates a form of support.
pub fn validate_support_form(f: &SupportForm) -> Vec<Issue> {
    let mut issues = Vec::new();
    check_text(&mut issues, Field::FormName, &f.name, true, MAX_SHORT_TEXT);
    if dictionaries().get(Kind::SupportCategory, &f.category).is_none() {
        issues.push(Issue::new(
            Field::FormCategory,
            if f.category.is_empty() { ErrorCode::Required } else { ErrorCode::UnknownValue },
        ));
    }
    if !matches!(f.hour_minutes, 45 | 60) {
        issues.push(Issue::new(Field::FormHourLength, ErrorCode::HourLength));
    }
    issues
}

/// Validates a staff member.
pub fn validate_staff(s: &Staff) -> Vec<Issue> {
    let mut issues = Vec::new();
    check_text(&mut issues, Field::StaffFirstName, &s.first_name, true, MAX_SHORT_TEXT);
    check_text(&mut issues, Field::StaffLastName, &s.last_name, true, MAX_SHORT_TEXT);
    issues
}

/// The area unit an address picks, by TERC code.
pub fn area_unit<'a>(project: &'a Project, teryt: &str) -> Option<&'a AreaUnit> {
    project.area.iter().find(|u| u.teryt == teryt)
}
