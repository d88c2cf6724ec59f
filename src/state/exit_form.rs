//! The exit data typed when participation ends, and completed later (social progress and
//! employment are confirmed up to 3 months after leaving): situation at exit, completed path,
//! social-progress kinds, employment evidence, with the dates they were confirmed.

use crate::domain::dates::{date_text, optional_date};
use crate::domain::dictionary::Period;
use crate::domain::exit::{EmploymentEvidence, ExitRecord, validate_exit};
use crate::domain::ids::ParticipantId;
use crate::domain::money::parse_money;
use crate::domain::participant::RecruitmentStatus;
use crate::domain::record::Record;
use crate::domain::validation::{ErrorCode, Field, Issue};
use crate::state::errors::AppError;
use crate::state::records::{RecordsContext, StorageError};
use chrono::NaiveDate;
use leptos::prelude::*;
use std::collections::BTreeSet;

/// The exit data as typed.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ExitForm {
    /// Situation at exit (dictionary `exit_situation`).
    pub situation: String,
    /// A second situation (SL2014 has two columns).
    pub situation2: String,
    /// Completed the path: "tak" / "nie".
    pub completed_path: String,
    /// Social-progress kinds.
    pub social_progress: BTreeSet<String>,
    /// When the progress was confirmed, dd.mm.rrrr.
    pub progress_confirmed: String,
    /// Employment kind (dictionary `employment_kind`); empty: no employment.
    pub employment_kind: String,
    /// Start of the contract or business, dd.mm.rrrr.
    pub employment_start: String,
    /// Its end, when fixed-term or over.
    pub employment_end: String,
    /// At least half a full-time post.
    pub half_time: bool,
    /// Civil-law contract value in złoty.
    pub contract_value: String,
    /// When the employment was confirmed, dd.mm.rrrr.
    pub employment_confirmed: String,
}

fn text_of(date: Option<NaiveDate>) -> String {
    date.map(date_text).unwrap_or_default()
}

impl ExitForm {
    /// The form for stored exit data.
    pub fn from_record(exit: Option<&ExitRecord>) -> Self {
        let Some(exit) = exit else { return ExitForm::default() };
        let job = exit.employment.as_ref();
        ExitForm {
            situation: exit.situation.clone().unwrap_or_default(),
            situation2: exit.situation2.clone().unwrap_or_default(),
            completed_path: match exit.completed_path {
                Some(true) => "tak".into(),
                Some(false) => "nie".into(),
                None => String::new(),
            },
            social_progress: exit.social_progress.iter().cloned().collect(),
            progress_confirmed: text_of(exit.progress_confirmed),
            employment_kind: job.map(|j| j.kind.clone()).unwrap_or_default(),
            employment_start: text_of(job.map(|j| j.start)),
            employment_end: text_of(job.and_then(|j| j.end)),
            half_time: job.is_some_and(|j| j.half_time_or_more),
            contract_value: job
                .and_then(|j| j.contract_value)
                .map(|v| v.to_string().replace('.', ","))
                .unwrap_or_default(),
            employment_confirmed: text_of(job.and_then(|j| j.confirmed)),
        }
    }

    /// The exit record these values make (keeping what the form does not show from `base`),
    /// checked against the end of participation.
    ///
    /// # Errors
    /// Every issue, by field: dates and amounts that do not parse, employment without a start
    /// date, confirmations outside the 3 months after leaving, end before start.
    pub fn to_record(
        &self,
        base: Option<&ExitRecord>,
        end: Option<NaiveDate>,
        period: Period,
    ) -> Result<ExitRecord, Vec<Issue>> {
        let mut issues = Vec::new();
        let mut date = |text: &str, field: Field| optional_date(text, field, &mut issues);
        let progress_confirmed = date(&self.progress_confirmed, Field::ProgressConfirmed);
        let employment = if self.employment_kind.is_empty() {
            None
        } else {
            let start = date(&self.employment_start, Field::EmploymentStart);
            let job_end = date(&self.employment_end, Field::EmploymentEnd);
            let confirmed = date(&self.employment_confirmed, Field::EmploymentConfirmed);
            let value = self.contract_value.trim();
            let contract_value = if value.is_empty() || self.employment_kind != "cywilnoprawna" {
                None
            } else {
                parse_money(value).map_err(|code| issues.push(Issue::new(Field::ContractValue, code))).ok()
            };
            if self.employment_start.trim().is_empty() {
                issues.push(Issue::new(Field::EmploymentStart, ErrorCode::Required));
            }
            start.map(|start| EmploymentEvidence {
                kind: self.employment_kind.clone(),
                start,
                end: job_end,
                half_time_or_more: self.half_time && self.employment_kind == "umowa_o_prace",
                contract_value,
                confirmed,
            })
        };
        let record = ExitRecord {
            situation: Some(self.situation.clone()).filter(|s| !s.is_empty()),
            situation2: Some(self.situation2.clone()).filter(|s| !s.is_empty()),
            completed_path: match self.completed_path.as_str() {
                "tak" => Some(true),
                "nie" => Some(false),
                _ => None,
            },
            social_progress: self.social_progress.iter().cloned().collect(),
            progress_confirmed,
            employment,
            youth_result: base.and_then(|b| b.youth_result.clone()),
        };
        issues.extend(validate_exit(&record, end, period));
        issues.sort();
        issues.dedup();
        if issues.is_empty() { Ok(record) } else { Err(issues) }
    }
}

/// Saves the exit data of a person who has left (zakończył or przerwał).
///
/// # Errors
/// `Validation` with every issue (nothing saved); storage errors.
pub async fn save_exit(records: RecordsContext, id: ParticipantId, form: ExitForm) -> Result<(), AppError> {
    let mut person = records
        .data
        .with_untracked(|d| d.participants.iter().find(|p| p.id == id).cloned())
        .ok_or(AppError::Storage(StorageError::Unexpected("no such person".into())))?;
    if !matches!(person.status, RecruitmentStatus::Zakonczyl | RecruitmentStatus::Przerwal) {
        return Err(AppError::Validation(vec![Issue::new(Field::Status, ErrorCode::UnknownValue)]));
    }
    let period = records.data.with_untracked(|d| d.current_project().map(|p| p.period).unwrap_or_default());
    if person.status == RecruitmentStatus::Zakonczyl {
        let mut missing = Vec::new();
        if form.situation.is_empty() {
            missing.push(Issue::new(Field::ExitSituation, ErrorCode::Required));
        }
        if form.completed_path.is_empty() {
            missing.push(Issue::new(Field::CompletedPath, ErrorCode::Required));
        }
        if !missing.is_empty() {
            return Err(AppError::Validation(missing));
        }
    }
    person.exit = Some(form.to_record(person.exit.as_ref(), person.end, period).map_err(AppError::Validation)?);
    records.save(vec![Record::Participant(person)], Vec::new()).await.map(|_| ())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    fn filled() -> ExitForm {
        ExitForm {
            situation: "podjecie_pracy".into(),
            completed_path: "tak".into(),
            social_progress: ["motywacja".to_owned(), "zdrowie".to_owned()].into(),
            progress_confirmed: "15.05.2022".into(),
            employment_kind: "umowa_o_prace".into(),
            employment_start: "04.04.2022".into(),
            half_time: true,
            employment_confirmed: "15.05.2022".into(),
            ..ExitForm::default()
        }
    }

    #[test]
    fn a_filled_form_makes_the_record_and_reads_back_the_same() {
        let record = filled().to_record(None, Some(d(2022, 3, 31)), Period::P2014_2020).unwrap();
        assert_eq!(record.completed_path, Some(true));
        assert_eq!(record.social_progress, vec!["motywacja".to_owned(), "zdrowie".to_owned()]);
        let job = record.employment.as_ref().unwrap();
        assert!(job.half_time_or_more && job.end.is_none());
        assert_eq!(job.confirmed, Some(d(2022, 5, 15)));
        assert_eq!(ExitForm::from_record(Some(&record)), filled());
    }

    #[test]
    fn wrong_values_are_reported_by_field_and_nothing_is_made() {
        let form = ExitForm {
            progress_confirmed: "31.02.2022".into(),
            employment_start: String::new(),
            employment_end: "xx".into(),
            employment_confirmed: "01.12.2022".into(),
            ..filled()
        };
        let issues = form.to_record(None, Some(d(2022, 3, 31)), Period::P2014_2020).unwrap_err();
        let fields: Vec<Field> = issues.iter().map(|i| i.field).collect();
        assert!(fields.contains(&Field::ProgressConfirmed), "{issues:?}");
        assert!(fields.contains(&Field::EmploymentStart));
        assert!(fields.contains(&Field::EmploymentEnd));
    }

    #[test]
    fn a_confirmation_after_three_months_is_refused() {
        let form = ExitForm { employment_confirmed: "01.08.2022".into(), ..filled() };
        let issues = form.to_record(None, Some(d(2022, 3, 31)), Period::P2014_2020).unwrap_err();
        assert_eq!(issues, vec![Issue::new(Field::EmploymentConfirmed, ErrorCode::ConfirmationWindow)]);
    }

    #[test]
    fn a_civil_law_contract_value_uses_the_decimal_comma() {
        let form = ExitForm { employment_kind: "cywilnoprawna".into(), contract_value: "14 418,50".into(), ..filled() };
        let record = form.to_record(None, Some(d(2022, 3, 31)), Period::P2014_2020).unwrap();
        let job = record.employment.unwrap();
        assert_eq!(job.contract_value.map(|v| v.to_string()), Some("14418.50".into()));
        assert!(!job.half_time_or_more, "half time is only asked of an employment contract");
    }
}
