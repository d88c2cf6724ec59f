//! Exit data: the situation at exit, whether the planned path was completed, social progress,
//! and evidence of employment (for the effectiveness indicators).

use crate::domain::dictionary::{Kind, Period, dictionaries};
use crate::domain::validation::{ErrorCode, Field, Issue};
use chrono::{Months, NaiveDate};
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

/// Evidence that a person took up work after leaving.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct EmploymentEvidence {
    /// Dictionary `employment_kind`: umowa o pracę, umowa cywilnoprawna, działalność gospodarcza.
    pub kind: String,
    /// The contract's (or business's) start date — not the signing date.
    pub start: NaiveDate,
    /// The end date, if the contract has ended or is fixed-term.
    #[serde(default)]
    pub end: Option<NaiveDate>,
    /// Employment contract of at least half a full-time post (½ etatu).
    #[serde(default)]
    pub half_time_or_more: bool,
    /// Civil-law contract value in złoty.
    #[serde(default)]
    pub contract_value: Option<Decimal>,
    /// When the evidence was confirmed (within 3 months of leaving).
    #[serde(default)]
    pub confirmed: Option<NaiveDate>,
}

impl EmploymentEvidence {
    /// Whether the employment lasted (or is planned to last) at least three full months,
    /// counting to `until` when there is no end date.
    pub fn lasts_three_months(&self, until: NaiveDate) -> bool {
        let end = self.end.unwrap_or(until);
        self.start.checked_add_months(Months::new(3)).is_some_and(|three| end >= three)
    }

    /// Whether it meets the definition of "zatrudnienie" for employment effectiveness:
    /// a contract of ≥ 3 months at ≥ ½ FTE; a civil-law contract of ≥ 3 months worth
    /// ≥ 3 × the minimum wage; or a business run for ≥ 3 months.
    pub fn qualifies(&self, until: NaiveDate, minimum_wage: Decimal) -> bool {
        if !self.lasts_three_months(until) {
            return false;
        }
        match self.kind.as_str() {
            "umowa_o_prace" => self.half_time_or_more,
            "cywilnoprawna" => self.contract_value.is_some_and(|v| v >= minimum_wage * Decimal::from(3)),
            "dzialalnosc" => true,
            _ => false,
        }
    }
}

/// What is recorded when a person's participation ends.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ExitRecord {
    /// Sytuacja (1) osoby w momencie zakończenia udziału (dictionary `exit_situation`).
    #[serde(default)]
    pub situation: Option<String>,
    /// Sytuacja (2): SL2014 has a second column.
    #[serde(default)]
    pub situation2: Option<String>,
    /// Zakończenie udziału zgodnie ze ścieżką: completed the planned path.
    #[serde(default)]
    pub completed_path: Option<bool>,
    /// Social-progress kinds (dictionary `social_progress`).
    #[serde(default)]
    pub social_progress: Vec<String>,
    /// When the social progress was confirmed (within 3 months of leaving).
    #[serde(default)]
    pub progress_confirmed: Option<NaiveDate>,
    /// Employment evidence.
    #[serde(default)]
    pub employment: Option<EmploymentEvidence>,
    /// Inne rezultaty dotyczące osób młodych (IZM only, 2014–2020).
    #[serde(default)]
    pub youth_result: Option<String>,
}

/// Whether `date` lies within three months after `left`.
pub fn within_three_months(left: NaiveDate, date: NaiveDate) -> bool {
    date >= left && left.checked_add_months(Months::new(3)).is_some_and(|limit| date <= limit)
}

/// Validates exit data against the end of participation.
pub fn validate_exit(exit: &ExitRecord, end: Option<NaiveDate>, period: Period) -> Vec<Issue> {
    let mut issues = Vec::new();
    let d = dictionaries();
    for (field, value) in [(Field::ExitSituation, &exit.situation), (Field::ExitSituation2, &exit.situation2)] {
        if let Some(code) = value
            && !d.is_valid(Kind::ExitSituation, code, period)
        {
            issues.push(Issue::new(field, ErrorCode::UnknownValue));
        }
    }
    for kind in &exit.social_progress {
        if d.get(Kind::SocialProgress, kind).is_none() {
            issues.push(Issue::new(Field::SocialProgress, ErrorCode::UnknownValue));
        }
    }
    if let (Some(end), Some(confirmed)) = (end, exit.progress_confirmed)
        && !within_three_months(end, confirmed)
    {
        issues.push(Issue::new(Field::ProgressConfirmed, ErrorCode::ConfirmationWindow));
    }
    if let Some(job) = &exit.employment {
        if d.get(Kind::EmploymentKind, &job.kind).is_none() {
            issues.push(Issue::new(Field::EmploymentKind, ErrorCode::UnknownValue));
        }
        if let Some(job_end) = job.end
            && job_end < job.start
        {
            issues.push(Issue::new(Field::EmploymentEnd, ErrorCode::EndBeforeStart));
        }
        if let (Some(end), Some(confirmed)) = (end, job.confirmed)
            && !within_three_months(end, confirmed)
        {
            issues.push(Issue::new(Field::EmploymentConfirmed, ErrorCode::ConfirmationWindow));
        }
    }
    issues
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::str::FromStr;

    fn date(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    fn job(kind: &str, start: NaiveDate, end: Option<NaiveDate>) -> EmploymentEvidence {
        EmploymentEvidence {
            kind: kind.into(),
            start,
            end,
            half_time_or_more: true,
            contract_value: None,
            confirmed: None,
        }
    }

    #[test]
    fn an_employment_contract_needs_three_months_and_half_time() {
        let wage = Decimal::from(4666);
        let start = date(2026, 1, 31);
        let mut contract = job("umowa_o_prace", start, Some(date(2026, 4, 30)));
        assert!(contract.qualifies(date(2026, 12, 31), wage), "31 Jan + 3 months = 30 Apr");
        contract.end = Some(date(2026, 4, 29));
        assert!(!contract.qualifies(date(2026, 12, 31), wage));
        contract.end = None;
        contract.half_time_or_more = false;
        assert!(!contract.qualifies(date(2026, 12, 31), wage));
    }

    #[test]
    fn a_civil_law_contract_needs_three_minimum_wages() {
        let wage = Decimal::from_str("4666").unwrap();
        let mut civil = job("cywilnoprawna", date(2026, 1, 1), Some(date(2026, 4, 1)));
        civil.contract_value = Some(Decimal::from(13_998));
        assert!(civil.qualifies(date(2026, 6, 1), wage));
        civil.contract_value = Some(Decimal::from(13_997));
        assert!(!civil.qualifies(date(2026, 6, 1), wage));
    }

    #[test]
    fn an_open_business_counts_from_its_start_until_the_check_date() {
        let business = job("dzialalnosc", date(2026, 3, 1), None);
        assert!(!business.qualifies(date(2026, 5, 31), Decimal::ZERO));
        assert!(business.qualifies(date(2026, 6, 1), Decimal::ZERO));
    }

    #[test]
    fn confirmation_must_come_within_three_months_of_leaving() {
        let left = date(2026, 3, 31);
        assert!(within_three_months(left, date(2026, 6, 30)));
        assert!(!within_three_months(left, date(2026, 7, 1)));
        assert!(!within_three_months(left, date(2026, 3, 30)));
        let exit = ExitRecord { progress_confirmed: Some(date(2026, 8, 1)), ..ExitRecord::default() };
        assert_eq!(
            validate_exit(&exit, Some(left), Period::P2014_2020),
            vec![Issue::new(Field::ProgressConfirmed, ErrorCode::ConfirmationWindow)]
        );
    }

    #[test]
    fn unknown_exit_codes_are_rejected() {
        let exit = ExitRecord { situation: Some("lottery".into()), ..ExitRecord::default() };
        assert_eq!(
            validate_exit(&exit, None, Period::P2021_2027),
            vec![Issue::new(Field::ExitSituation, ErrorCode::UnknownValue)]
        );
    }
}
