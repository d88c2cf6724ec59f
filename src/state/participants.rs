//! Registering and following a person: saving with the duplicate check, drafts of the form,
//! status changes with what each step needs, documents, deletion and the change history.

use crate::domain::dates::parse_date;
use crate::domain::ids::ParticipantId;
use crate::domain::journal::{JournalAction, JournalEntry};
use crate::domain::participant::{DocumentRecord, Participant, RecruitmentStatus};
use crate::domain::participant_rules::{RuleContext, requirement_issues};
use crate::domain::record::{Record, RecordKind};
use crate::domain::search::{PossibleDuplicate, possible_duplicates};
use crate::domain::status::apply_transition;
use crate::domain::validation::{ErrorCode, Field, Issue, Severity};
use crate::state::errors::AppError;
use crate::state::exit_form::ExitForm;
use crate::state::participant_form::ParticipantForm;
use crate::state::records::{RecordsContext, StorageError};
use chrono::{NaiveDate, Utc};
use chrono_tz::Europe::Warsaw;
use leptos::prelude::*;

/// Today in Poland (Europe/Warsaw), not in UTC.
pub fn today() -> NaiveDate {
    Utc::now().with_timezone(&Warsaw).date_naive()
}

/// The draft key of the form for a new person, or for editing `id`.
pub fn draft_key(id: Option<ParticipantId>) -> String {
    id.map_or_else(|| "participant:new".to_owned(), |id| format!("participant:{id}"))
}

/// What saving a person did.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SaveOutcome {
    /// Saved.
    Saved(ParticipantId),
    /// Not saved: these registered people may be the same person. The user decides.
    PossibleDuplicates(Vec<PossibleDuplicate>),
}

/// Runs `f` with the rule context of the current project.
///
/// # Errors
/// `Storage(Unexpected)` when there is no project (pages needing one are gated).
pub fn with_context<T>(records: &RecordsContext, f: impl FnOnce(&RuleContext<'_>) -> T) -> Result<T, AppError> {
    records.data.with_untracked(|d| {
        let project = d.current_project().ok_or(AppError::Storage(StorageError::Unexpected("no project".into())))?;
        Ok(f(&RuleContext::for_project(project, today())))
    })
}

/// The person being edited, or a new one.
pub fn base_person(records: &RecordsContext, id: Option<ParticipantId>) -> Participant {
    id.and_then(|id| records.data.with_untracked(|d| d.participants.iter().find(|p| p.id == id).cloned()))
        .unwrap_or_else(|| Participant::new(ParticipantId::new(), records.new_meta()))
}

/// Saves the form. Wrong values, or values the person's status requires, stop the save. A new
/// PESEL or a similar name with the same birth date asks the user first, unless the user already
/// chose "Zapisz mimo to" for exactly these matches (recorded in the journal).
///
/// # Errors
/// `Validation` with the issues, or storage errors (nothing written then).
pub async fn save_person(
    records: RecordsContext,
    form: ParticipantForm,
    base: Participant,
    accepted: Option<Vec<PossibleDuplicate>>,
) -> Result<SaveOutcome, AppError> {
    // Wrong values block a save, and so do values the person's current status requires;
    // other missing values are fine while the person is still being recruited.
    let (person, blocking) = with_context(&records, |ctx| {
        let (person, issues) = form.apply(&base, ctx);
        let required = requirement_issues(&person, person.status, ctx);
        let blocking: Vec<Issue> =
            issues.iter().copied().filter(|i| i.severity() == Severity::Invalid || required.contains(i)).collect();
        (person, blocking)
    })?;
    if !blocking.is_empty() {
        return Err(AppError::Validation(blocking));
    }
    let duplicates = records.data.with_untracked(|d| possible_duplicates(&person, &d.participants, today()));
    let mut extra = Vec::new();
    if !duplicates.is_empty() {
        if accepted.as_ref() != Some(&duplicates) {
            return Ok(SaveOutcome::PossibleDuplicates(duplicates));
        }
        let repo = records.repo().ok_or(AppError::Storage(StorageError::Closed))?;
        extra.push(JournalEntry {
            at: Utc::now(),
            device: repo.device().clone(),
            staff: repo.staff(),
            action: JournalAction::DuplicateAccepted { matches: duplicates.iter().map(|d| d.id).collect() },
            kind: Some(RecordKind::Participant),
            record: Some(person.id.0),
            old_version: None,
            new_version: None,
            fields: Vec::new(),
        });
    }
    let id = person.id;
    records.save(vec![Record::Participant(person)], extra).await?;
    Ok(SaveOutcome::Saved(id))
}

/// Loads the kept draft of a form.
///
/// # Errors
/// Storage errors.
pub async fn load_draft(records: RecordsContext, key: String) -> Result<Option<ParticipantForm>, AppError> {
    let repo = records.repo().ok_or(AppError::Storage(StorageError::Closed))?;
    repo.draft(&key).await.map_err(AppError::Storage)
}

/// Keeps the form as a draft (relaxed durability: not an acknowledged save).
///
/// # Errors
/// Storage errors.
pub async fn keep_draft(records: RecordsContext, key: String, form: ParticipantForm) -> Result<(), AppError> {
    let repo = records.repo().ok_or(AppError::Storage(StorageError::Closed))?;
    repo.put_draft(&key, &form).await.map_err(AppError::Storage)
}

/// Drops a draft (after saving, or when the user discards it).
///
/// # Errors
/// Storage errors.
pub async fn discard_draft(records: RecordsContext, key: String) -> Result<(), AppError> {
    let repo = records.repo().ok_or(AppError::Storage(StorageError::Closed))?;
    repo.delete_draft(&key).await.map_err(AppError::Storage)
}

/// What a status change asks for when participation ends.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct EndOfParticipation {
    /// End date, dd.mm.rrrr.
    pub end: String,
    /// The exit data (zakończył): situation, completed path, progress, employment.
    pub exit: ExitForm,
    /// Reason for leaving (przerwał).
    pub reason: String,
}

/// Moves a person to `to`, with the end-of-participation values when the step needs them.
///
/// # Errors
/// `Transition` when the step is not allowed or something is missing or wrong; storage errors.
pub async fn change_status(
    records: RecordsContext,
    id: ParticipantId,
    to: RecruitmentStatus,
    end: EndOfParticipation,
) -> Result<(), AppError> {
    let mut person = records
        .data
        .with_untracked(|d| d.participants.iter().find(|p| p.id == id).cloned())
        .ok_or(AppError::Storage(StorageError::Unexpected("no such person".into())))?;
    if matches!(to, RecruitmentStatus::Zakonczyl | RecruitmentStatus::Przerwal) {
        if !end.end.trim().is_empty() {
            person.end = Some(
                parse_date(&end.end)
                    .map_err(|code| AppError::Validation(vec![Issue::new(Field::ParticipationEnd, code)]))?,
            );
        }
        if to == RecruitmentStatus::Zakonczyl {
            let period = records.data.with_untracked(|d| d.current_project().map(|p| p.period).unwrap_or_default());
            person.exit =
                Some(end.exit.to_record(person.exit.as_ref(), person.end, period).map_err(AppError::Validation)?);
        } else {
            end.reason.trim().clone_into(&mut person.leave_reason);
        }
    }
    with_context(&records, |ctx| apply_transition(&mut person, to, ctx))?.map_err(AppError::Transition)?;
    records.save(vec![Record::Participant(person)], Vec::new()).await.map(|_| ())
}

/// Records (or re-dates) a signed document.
///
/// # Errors
/// `Validation` for a bad date; storage errors.
pub async fn record_document(
    records: RecordsContext,
    id: ParticipantId,
    kind: String,
    date: String,
    signed_by_guardian: bool,
) -> Result<(), AppError> {
    let date = parse_date(&date).map_err(|code| AppError::Validation(vec![Issue::new(Field::Documents, code)]))?;
    if date > today() {
        return Err(AppError::Validation(vec![Issue::new(Field::Documents, ErrorCode::InFuture)]));
    }
    let mut person = records
        .data
        .with_untracked(|d| d.participants.iter().find(|p| p.id == id).cloned())
        .ok_or(AppError::Storage(StorageError::Unexpected("no such person".into())))?;
    person.documents.retain(|d| d.kind != kind);
    person.documents.push(DocumentRecord { kind, date, signed_by_guardian, note: String::new() });
    records.save(vec![Record::Participant(person)], Vec::new()).await.map(|_| ())
}

/// Deletes a person (a tombstone that travels to other laptops).
///
/// # Errors
/// Storage errors.
pub async fn delete_person(records: RecordsContext, id: ParticipantId) -> Result<(), AppError> {
    let person = records
        .data
        .with_untracked(|d| d.participants.iter().find(|p| p.id == id).cloned())
        .ok_or(AppError::Storage(StorageError::Unexpected("no such person".into())))?;
    records.delete(Record::Participant(person)).await.map(|_| ())
}

/// The person's change history, oldest first.
///
/// # Errors
/// Storage errors.
pub async fn history(records: RecordsContext, id: ParticipantId) -> Result<Vec<JournalEntry>, AppError> {
    let repo = records.repo().ok_or(AppError::Storage(StorageError::Closed))?;
    repo.history(id.0).await.map_err(AppError::Storage)
}
