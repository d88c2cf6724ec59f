//! Creating the project on first run, saving its settings, and the logo strip.

use crate::browser::file_read::ChosenFile;
use crate::domain::dictionary::Period;
use crate::domain::ids::StaffId;
use crate::domain::project::{Project, Staff, StaffRole, validate_staff};
use crate::domain::record::Record;
use crate::domain::templates::{NewProject, blank_project, instantiate, template};
use crate::domain::validation::{ErrorCode, Field, Issue};
use crate::state::errors::AppError;
use crate::state::records::{Logo, RecordsContext, StorageError};
use base64::Engine;
use chrono::Utc;

/// How a new project starts.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum StartChoice {
    /// From one of the reference-project templates.
    Template(String),
    /// From blank, in a programme period.
    Blank(Period),
}

/// The first person working on this computer, entered in the first-run guide.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct FirstPerson {
    /// Imię.
    pub first_name: String,
    /// Nazwisko.
    pub last_name: String,
    /// Role (normally coordinator).
    pub role: Option<StaffRole>,
}

/// What the guide will create, before saving (to show and review).
pub fn preview(choice: &StartChoice) -> NewProject {
    let device = crate::domain::ids::DeviceId("preview".into());
    match choice {
        StartChoice::Template(code) => match template(code) {
            Some(t) => instantiate(t, &device, None, Utc::now()),
            None => NewProject {
                project: blank_project(Period::default(), &device, None, Utc::now()),
                units: vec![],
                tasks: vec![],
                forms: vec![],
            },
        },
        StartChoice::Blank(period) => NewProject {
            project: blank_project(*period, &device, None, Utc::now()),
            units: vec![],
            tasks: vec![],
            forms: vec![],
        },
    }
}

/// Issues of the first person's entry.
pub fn first_person_issues(person: &FirstPerson) -> Vec<Issue> {
    let mut issues = Vec::new();
    if person.first_name.trim().is_empty() {
        issues.push(Issue::new(Field::StaffFirstName, ErrorCode::Required));
    }
    if person.last_name.trim().is_empty() {
        issues.push(Issue::new(Field::StaffLastName, ErrorCode::Required));
    }
    issues
}

/// Creates the project, its structure and the first person in one transaction, and records
/// that person as working on this computer.
///
/// # Errors
/// `Validation` when the person's name is missing; storage errors (nothing written then).
pub async fn create_project(records: RecordsContext, choice: StartChoice, person: FirstPerson) -> Result<(), AppError> {
    let issues = first_person_issues(&person);
    if !issues.is_empty() {
        return Err(AppError::Validation(issues));
    }
    let repo = records.repo().ok_or(AppError::Storage(StorageError::Closed))?;
    let now = Utc::now();
    let staff_id = StaffId::new();
    repo.set_staff(Some(staff_id));
    let staff = Staff {
        id: staff_id,
        meta: repo.new_meta(now),
        first_name: person.first_name.trim().to_owned(),
        last_name: person.last_name.trim().to_owned(),
        role: person.role.unwrap_or(StaffRole::Coordinator),
        specialty: String::new(),
        order: 0,
        archived: false,
    };
    let new = match &choice {
        StartChoice::Template(code) => {
            let t = template(code).ok_or(AppError::Storage(StorageError::Unexpected(format!("template {code}"))))?;
            instantiate(t, repo.device(), Some(staff_id), now)
        }
        StartChoice::Blank(period) => NewProject {
            project: blank_project(*period, repo.device(), Some(staff_id), now),
            units: vec![],
            tasks: vec![],
            forms: vec![],
        },
    };
    let mut all = vec![Record::Project(new.project), Record::Staff(staff)];
    all.extend(new.units.into_iter().map(Record::Unit));
    all.extend(new.tasks.into_iter().map(Record::Task));
    all.extend(new.forms.into_iter().map(Record::SupportForm));
    records.save(all, Vec::new()).await?;
    records.set_current_staff(staff_id).await
}

/// Creates the project and protects this computer with the first person's passphrase (they
/// become the coordinator's profile). The passphrase is checked before anything is written.
///
/// # Errors
/// `Passphrase` problems (nothing written), storage errors.
pub async fn create_protected(
    records: RecordsContext,
    choice: StartChoice,
    person: FirstPerson,
    passphrase: &str,
    repeat: &str,
) -> Result<(), AppError> {
    use leptos::prelude::{GetUntracked, WithUntracked};
    crate::state::profiles::check_new(passphrase, repeat).map_err(AppError::Passphrase)?;
    create_project(records, choice, person).await?;
    let me = records.current_staff.get_untracked();
    let staff = records
        .data
        .with_untracked(|d| d.staff.iter().find(|s| Some(s.id) == me).cloned())
        .ok_or(AppError::NotAllowed)?;
    crate::state::profiles::create_first(records, &staff, passphrase, repeat).await
}

/// Saves the project settings.
///
/// # Errors
/// Storage errors (nothing written then).
pub async fn save_project(records: RecordsContext, project: Project) -> Result<(), AppError> {
    records.save(vec![Record::Project(project)], Vec::new()).await.map(|_| ())
}

/// Whether changing the period needs a confirmation: people are already registered.
pub fn period_change_needs_confirmation(records: &RecordsContext, old: Period, new: Period) -> bool {
    use leptos::prelude::WithUntracked;
    old != new && records.data.with_untracked(|d| d.participants.iter().any(|p| !p.meta.deleted))
}

/// The most a logo strip may weigh.
pub const MAX_LOGO_BYTES: u64 = 1_000_000;

/// Reads the chosen image and stores it as the logo strip (PNG or JPEG, at most 1 MB).
///
/// # Errors
/// `LogoType`, `LogoTooLarge`, a read failure or a storage error.
pub async fn upload_logo(records: RecordsContext, project: Project, file: ChosenFile) -> Result<(), AppError> {
    if !matches!(file.mime.as_str(), "image/png" | "image/jpeg") {
        return Err(AppError::LogoType);
    }
    if file.size > MAX_LOGO_BYTES {
        return Err(AppError::LogoTooLarge);
    }
    let bytes = file.bytes().await.map_err(AppError::FileRead)?;
    let logo = Logo { mime: file.mime.clone(), base64: base64::engine::general_purpose::STANDARD.encode(bytes) };
    records.set_logo(Some(logo)).await?;
    if !project.has_logo {
        save_project(records, Project { has_logo: true, ..project }).await?;
    }
    Ok(())
}

/// Removes the logo strip.
///
/// # Errors
/// Storage errors.
pub async fn remove_logo(records: RecordsContext, project: Project) -> Result<(), AppError> {
    records.set_logo(None).await?;
    if project.has_logo {
        save_project(records, Project { has_logo: false, ..project }).await?;
    }
    Ok(())
}

/// Issues of a staff member being added or edited.
pub fn staff_issues(staff: &Staff) -> Vec<Issue> {
    validate_staff(staff)
}
