//! The project settings form: text as typed, turned into a `Project` plus the issues to show.
//!
//! Pure (no signals): the settings page keeps one `ProjectForm` in a signal; parsing and
//! validation happen here and are tested natively.

use crate::domain::dates::optional_date;
use crate::domain::dictionary::{Kind, Period, dictionaries};
use crate::domain::indicators::EffectivenessSettings;
use crate::domain::money::parse_money;
use crate::domain::project::{AreaUnit, IndicatorSource, IndicatorTarget, Project, validate_project};
use crate::domain::validation::{ErrorCode, Field, Issue, Issues};
use chrono::NaiveDate;
use rust_decimal::Decimal;
use std::collections::BTreeSet;

/// One catalogue indicator's row in the form.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct IndicatorRow {
    /// Dictionary `indicator` code.
    pub code: String,
    /// Whether the project has a target for it.
    pub enabled: bool,
    /// The target as typed.
    pub target: String,
    /// Computed by the app (true) or entered by hand.
    pub computed: bool,
    /// The hand-entered current value, as typed.
    pub value: String,
}

/// One area unit's row in the form.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct AreaRow {
    /// TERC code.
    pub teryt: String,
    /// Gmina (or part) name.
    pub name: String,
    /// Powiat.
    pub powiat: String,
    /// Voivodeship code.
    pub voivodeship: String,
    /// DEGURBA 1–3 (empty while unknown).
    pub degurba: String,
}

/// The settings form's values, as text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ProjectForm {
    /// Beneficjent.
    pub beneficiary: String,
    /// Tytuł.
    pub title: String,
    /// Programme period.
    pub period: Period,
    /// Programme.
    pub programme: String,
    /// Oś priorytetowa.
    pub priority_axis: String,
    /// Działanie.
    pub measure: String,
    /// Poddziałanie.
    pub sub_measure: String,
    /// Numer umowy.
    pub number: String,
    /// Start, dd.mm.rrrr as typed.
    pub start: String,
    /// End, dd.mm.rrrr.
    pub end: String,
    /// Durability end, dd.mm.rrrr.
    pub durability_end: String,
    /// Wartość projektu, as typed ("698 626,66").
    pub budget_total: String,
    /// Dofinansowanie.
    pub budget_co_financing: String,
    /// Wkład własny.
    pub budget_own: String,
    /// Target participants.
    pub target_total: String,
    /// Of whom women.
    pub target_women: String,
    /// Of whom men.
    pub target_men: String,
    /// One row per catalogue indicator.
    pub indicators: Vec<IndicatorRow>,
    /// Effectiveness measured.
    pub effectiveness_measured: bool,
    /// Effectiveness thresholds in percent: social, employment, social and employment for the
    /// severe-disability group; then the minimum wage in złoty.
    pub thresholds: [String; 5],
    /// Required document kinds.
    pub required_documents: BTreeSet<String>,
    /// Funding line.
    pub funding_line: String,
    /// Area rows.
    pub area: Vec<AreaRow>,
}

/// Formats an amount the way the form shows it: "698 626,66" (no unit).
pub fn money_text(value: Option<Decimal>) -> String {
    value.map(|v| crate::i18n::format::decimal(crate::i18n::Locale::Pl, v, 2)).unwrap_or_default()
}

fn date_text(value: Option<NaiveDate>) -> String {
    value.map(crate::domain::dates::date_text).unwrap_or_default()
}

fn count_text(value: Option<u32>) -> String {
    value.map(|v| v.to_string()).unwrap_or_default()
}

impl ProjectForm {
    /// The form showing `p`.
    pub fn from_project(p: &Project) -> Self {
        let indicators = dictionaries()
            .all(Kind::Indicator)
            .iter()
            .map(|entry| {
                let target = p.indicator_targets.iter().find(|t| t.code == entry.code);
                let catalogue_computed = entry.flag("computed");
                let (computed, value) = match target.map(|t| &t.source) {
                    Some(IndicatorSource::Computed) => (true, String::new()),
                    Some(IndicatorSource::Manual { value }) => {
                        (false, value.map(|v| v.normalize().to_string()).unwrap_or_default())
                    }
                    None => (catalogue_computed, String::new()),
                };
                IndicatorRow {
                    code: entry.code.clone(),
                    enabled: target.is_some(),
                    target: target.and_then(|t| t.target).map(|v| v.normalize().to_string()).unwrap_or_default(),
                    computed,
                    value,
                }
            })
            .collect();
        ProjectForm {
            beneficiary: p.beneficiary.clone(),
            title: p.title.clone(),
            period: p.period,
            programme: p.programme.clone(),
            priority_axis: p.priority_axis.clone(),
            measure: p.measure.clone(),
            sub_measure: p.sub_measure.clone(),
            number: p.number.clone(),
            start: date_text(p.start),
            end: date_text(p.end),
            durability_end: date_text(p.durability_end),
            budget_total: money_text(p.budget.total),
            budget_co_financing: money_text(p.budget.co_financing),
            budget_own: money_text(p.budget.own_contribution),
            target_total: count_text(p.targets.total),
            target_women: count_text(p.targets.women),
            target_men: count_text(p.targets.men),
            indicators,
            effectiveness_measured: p.effectiveness_measured,
            thresholds: {
                let e = &p.effectiveness_thresholds;
                [e.social, e.employment, e.social_severe, e.employment_severe, e.minimum_wage].map(|v| {
                    crate::i18n::format::decimal(crate::i18n::Locale::Pl, v, if v.fract().is_zero() { 0 } else { 2 })
                })
            },
            required_documents: p.required_documents.iter().cloned().collect(),
            funding_line: p.funding_line.clone(),
            area: p
                .area
                .iter()
                .map(|u| AreaRow {
                    teryt: u.teryt.clone(),
                    name: u.name.clone(),
                    powiat: u.powiat.clone(),
                    voivodeship: u.voivodeship.clone(),
                    degurba: u.degurba.clone().unwrap_or_default(),
                })
                .collect(),
        }
    }

    /// The project these values describe (on top of `base`'s id and metadata) and every issue:
    /// text that does not parse, then the domain's validation.
    pub fn apply(&self, base: &Project) -> (Project, Vec<Issue>) {
        let mut issues = Vec::new();
        let mut date = |text: &str, field: Field| optional_date(text, field, &mut issues);
        let start = date(&self.start, Field::ProjectStart);
        let end = date(&self.end, Field::ProjectEnd);
        let durability_end = date(&self.durability_end, Field::DurabilityEnd);
        let mut money = |text: &str, field: Field| -> Option<Decimal> {
            if text.trim().is_empty() {
                return None;
            }
            parse_money(text).map_err(|code| issues.push(Issue::new(field, code))).ok()
        };
        let total = money(&self.budget_total, Field::BudgetTotal);
        let co_financing = money(&self.budget_co_financing, Field::BudgetCoFinancing);
        let own = money(&self.budget_own, Field::BudgetOwnContribution);
        let mut count = |text: &str, field: Field| -> Option<u32> {
            let text = text.trim();
            if text.is_empty() {
                return None;
            }
            text.parse::<u32>().map_err(|_| issues.push(Issue::new(field, ErrorCode::NotPositive))).ok()
        };
        let targets = crate::domain::project::Targets {
            total: count(&self.target_total, Field::TargetTotal),
            women: count(&self.target_women, Field::TargetWomen),
            men: count(&self.target_men, Field::TargetMen),
        };
        let indicator_targets = self.indicator_targets(&mut issues);
        let project = Project {
            beneficiary: self.beneficiary.trim().to_owned(),
            title: self.title.trim().to_owned(),
            period: self.period,
            programme: self.programme.trim().to_owned(),
            priority_axis: self.priority_axis.trim().to_owned(),
            measure: self.measure.trim().to_owned(),
            sub_measure: self.sub_measure.trim().to_owned(),
            number: self.number.trim().to_owned(),
            start,
            end,
            durability_end,
            budget: crate::domain::project::Budget { total, co_financing, own_contribution: own },
            targets,
            indicator_targets,
            effectiveness_measured: self.effectiveness_measured,
            effectiveness_thresholds: self.thresholds(&base.effectiveness_thresholds, &mut issues),
            // In dictionary order, so the same choice always gives the same record.
            required_documents: dictionaries()
                .all(Kind::DocumentKind)
                .iter()
                .filter(|e| self.required_documents.contains(&e.code))
                .map(|e| e.code.clone())
                .collect(),
            funding_line: self.funding_line.trim().to_owned(),
            area: self
                .area
                .iter()
                .map(|row| AreaUnit {
                    teryt: row.teryt.trim().to_owned(),
                    name: row.name.trim().to_owned(),
                    powiat: row.powiat.trim().to_owned(),
                    voivodeship: row.voivodeship.clone(),
                    degurba: Some(row.degurba.clone()).filter(|d| !d.is_empty()),
                })
                .collect(),
            ..base.clone()
        };
        // A text that did not parse is reported once, not again as "missing".
        let unparsed: BTreeSet<Field> = issues.iter().map(|i| i.field).collect();
        issues.extend(
            validate_project(&project)
                .into_iter()
                .filter(|i| !(unparsed.contains(&i.field) && i.code == ErrorCode::Required)),
        );
        issues.sort();
        issues.dedup();
        (project, issues)
    }

    /// The enabled indicator rows as targets; a number that does not parse is reported.
    fn indicator_targets(&self, issues: &mut Vec<Issue>) -> Vec<IndicatorTarget> {
        let mut number = |text: &str| -> Option<Decimal> {
            let text = text.trim();
            if text.is_empty() {
                return None;
            }
            parse_money(text)
                .map_err(|_| issues.push(Issue::new(Field::IndicatorTargetValue, ErrorCode::NotPositive)))
                .ok()
        };
        self.indicators
            .iter()
            .filter(|row| row.enabled)
            .map(|row| IndicatorTarget {
                code: row.code.clone(),
                target: number(&row.target),
                source: if row.computed {
                    IndicatorSource::Computed
                } else {
                    IndicatorSource::Manual { value: number(&row.value) }
                },
            })
            .collect()
    }

    /// The thresholds typed: percentages 0–100 and a positive minimum wage; an empty field
    /// keeps the stored value.
    fn thresholds(&self, stored: &EffectivenessSettings, issues: &mut Vec<Issue>) -> EffectivenessSettings {
        let old =
            [stored.social, stored.employment, stored.social_severe, stored.employment_severe, stored.minimum_wage];
        let mut values = old;
        for (i, text) in self.thresholds.iter().enumerate() {
            let field = if i == 4 { Field::MinimumWage } else { Field::EffectivenessThreshold };
            if text.trim().is_empty() {
                continue;
            }
            match parse_money(text) {
                Ok(v) if i < 4 && v > Decimal::from(100) => issues.push(Issue::new(field, ErrorCode::OutOfRange)),
                Ok(v) if i == 4 && v.is_zero() => issues.push(Issue::new(field, ErrorCode::NotPositive)),
                Ok(v) => values[i] = v,
                Err(code) => issues.push(Issue::new(field, code)),
            }
        }
        let [social, employment, social_severe, employment_severe, minimum_wage] = values;
        EffectivenessSettings { social, employment, social_severe, employment_severe, minimum_wage }
    }

    /// Whether the values can be saved: nothing wrong (missing values are allowed: a draft).
    pub fn can_save(&self, base: &Project) -> bool {
        !self.apply(base).1.has_invalid()
    }
}

/// Fills the voivodeship of an area row from its TERC code's first two digits, when known.
pub fn voivodeship_from_teryt(teryt: &str) -> Option<String> {
    let ww = teryt.trim().get(0..2)?;
    dictionaries().get(Kind::Voivodeship, ww).map(|e| e.code.clone())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::ids::DeviceId;
    use crate::domain::templates::{instantiate, template};
    use chrono::{TimeZone, Utc};

    fn bartoszyce() -> Project {
        instantiate(template("bartoszyce").unwrap(), &DeviceId("d".into()), None, Utc.timestamp_opt(0, 0).unwrap())
            .project
    }

    #[test]
    fn a_project_round_trips_through_the_form_unchanged() {
        let p = bartoszyce();
        let form = ProjectForm::from_project(&p);
        assert_eq!(form.budget_total, "443\u{a0}738,75");
        let (again, _) = form.apply(&p);
        assert_eq!(again, p);
    }

    #[test]
    fn thresholds_are_settings_with_the_guideline_defaults() {
        let p = bartoszyce();
        let mut form = ProjectForm::from_project(&p);
        assert_eq!(form.thresholds, ["34", "22", "34", "12", "4806"].map(String::from));
        form.thresholds[1] = "25,5".into();
        form.thresholds[4] = "5 000".into();
        let (saved, issues) = form.apply(&p);
        assert!(issues.iter().all(|i| i.field != Field::EffectivenessThreshold && i.field != Field::MinimumWage));
        assert_eq!(saved.effectiveness_thresholds.employment, Decimal::new(255, 1));
        assert_eq!(saved.effectiveness_thresholds.minimum_wage, Decimal::from(5000));
        form.thresholds[0] = "120".into();
        form.thresholds[3] = "dwanaście".into();
        let (_, issues) = form.apply(&p);
        let mine: Vec<_> = issues.iter().filter(|i| i.field == Field::EffectivenessThreshold).collect();
        assert_eq!(mine.len(), 2, "{issues:?}");
    }

    #[test]
    fn a_total_that_does_not_add_up_is_an_error_naming_the_own_contribution() {
        let p = bartoszyce();
        let mut form = ProjectForm::from_project(&p);
        form.budget_total = "500 000,00".into();
        let (_, issues) = form.apply(&p);
        assert_eq!(issues.invalid(), vec![Issue::new(Field::BudgetOwnContribution, ErrorCode::BudgetSumMismatch)]);
        assert!(!form.can_save(&p));
        form.budget_total = "443 738,75 zł".into();
        assert!(form.can_save(&p));
    }

    #[test]
    fn text_that_is_not_an_amount_is_reported_once() {
        let p = bartoszyce();
        let mut form = ProjectForm::from_project(&p);
        form.budget_co_financing = "dużo".into();
        let (_, issues) = form.apply(&p);
        assert_eq!(
            issues.for_field(Field::BudgetCoFinancing),
            vec![Issue::new(Field::BudgetCoFinancing, ErrorCode::MoneyFormat)]
        );
    }

    #[test]
    fn the_templates_missing_values_are_incomplete_not_invalid() {
        let p = bartoszyce();
        let (_, issues) = ProjectForm::from_project(&p).apply(&p);
        assert!(!issues.has_invalid());
        let missing: Vec<Field> = issues.incomplete().into_iter().map(|i| i.field).collect();
        assert_eq!(
            missing,
            vec![Field::Beneficiary, Field::ProjectNumber, Field::DurabilityEnd, Field::FundingLine, Field::Area]
        );
    }

    #[test]
    fn a_manual_indicator_keeps_its_entered_value() {
        let p = bartoszyce();
        let mut form = ProjectForm::from_project(&p);
        let row = form.indicators.iter_mut().find(|r| r.code == "miejsca_uslug").unwrap();
        assert!(row.enabled && !row.computed);
        row.value = "7".into();
        let (project, _) = form.apply(&p);
        let target = project.indicator_targets.iter().find(|t| t.code == "miejsca_uslug").unwrap();
        assert_eq!(target.source, IndicatorSource::Manual { value: Some(Decimal::from(7)) });
        assert_eq!(target.target, Some(Decimal::from(10)));
    }

    #[test]
    fn an_area_row_is_checked_and_its_voivodeship_follows_the_terc_code() {
        let p = bartoszyce();
        let mut form = ProjectForm::from_project(&p);
        assert_eq!(voivodeship_from_teryt("2802011").as_deref(), Some("28"));
        assert_eq!(voivodeship_from_teryt("33"), None);
        form.area.push(AreaRow {
            teryt: "28020".into(),
            name: "Bartoszyce".into(),
            powiat: "bartoszycki".into(),
            voivodeship: "28".into(),
            degurba: "2".into(),
        });
        let (_, issues) = form.apply(&p);
        assert!(issues.contains(&Issue::new(Field::AreaTeryt, ErrorCode::TerytFormat)));
        form.area[0].teryt = "2802011".into();
        let (project, issues) = form.apply(&p);
        assert!(!issues.has_invalid(), "{issues:?}");
        assert_eq!(project.area[0].degurba.as_deref(), Some("2"));
    }
}
