//! Hand-off actions: close the day, export JSON and CSV, import and merge another laptop's file
//! (or join from it), and import a participant list from a spreadsheet. The pure work is in
//! `codec` and `domain::merge`; this layer reads files, writes storage and offers downloads.

use crate::codec::bundle::{self, CloseDay, Manifest};
use crate::codec::csv::Preset;
use crate::codec::envelope::{self, Export, MAX_FILE_BYTES, ReadError};
use crate::codec::participants_csv::{self, PeopleFile};
use crate::codec::tables;
use crate::domain::journal::{JournalAction, JournalEntry, changes_until};
use crate::domain::merge::{self, Choice, ImportPlan};
use crate::domain::record::Record;
use crate::state::errors::AppError;
use crate::state::files::ChosenFile;
use crate::state::participants::today;
use crate::state::records::{RecordsContext, StorageError};
use chrono::{NaiveDate, Utc};
use leptos::prelude::*;
use std::collections::BTreeMap;
use uuid::Uuid;

/// What closing a day produced.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ClosedDay {
    /// The downloaded file's name.
    pub file_name: String,
    /// The changes it covered that were not exported before.
    pub changes: u64,
    /// Its manifest.
    pub manifest: Manifest,
}

/// Offers bytes as they are; every export goes through [`crate::state::sealing::offer`].
#[cfg(target_arch = "wasm32")]
pub(crate) fn download(name: &str, mime: &str, bytes: &[u8]) -> Result<(), AppError> {
    crate::browser::download::download(name, mime, bytes).map_err(AppError::Download)
}

/// Natively there is nothing to download to (the codecs are tested on their own).
#[cfg(not(target_arch = "wasm32"))]
#[allow(clippy::unnecessary_wraps, reason = "the same signature as the browser version")]
pub(crate) fn download(_name: &str, _mime: &str, _bytes: &[u8]) -> Result<(), AppError> {
    Ok(())
}

use crate::state::sealing::offer;

/// "Zamknij dzień": packs everything with every change not yet exported up to the end of
/// `day` (Polish time) into one ZIP, offers it for download, then marks those changes exported
/// and journals the export in one transaction.
///
/// # Errors
/// Storage failures (nothing is marked exported then) or a refused download.
pub async fn close_day(records: RecordsContext, day: NaiveDate) -> Result<ClosedDay, AppError> {
    records.require(crate::domain::access::Right::Export)?;
    let repo = records.repo().ok_or(AppError::Storage(StorageError::Closed))?;
    let unexported = repo.unexported().await.map_err(AppError::Storage)?;
    let (changes, up_to) = changes_until(&unexported, day);
    let export_id = Uuid::new_v4();
    let now = Utc::now();
    let data = records.data.get_untracked();
    let audit = crate::state::audit::entries(records).await?;
    let close =
        CloseDay { data: &data, device: repo.device(), export_id, now, day, changes, today: today(), audit: &audit };
    let (manifest, zip) = bundle::write(&close).map_err(AppError::Bundle)?;
    let file_name = offer(records, &bundle::file_name(day), "application/zip", &zip).await?;
    if let Some(up_to) = up_to {
        repo.record_export(up_to, export_id, now).await.map_err(AppError::Storage)?;
        records.refresh_unexported(&repo).await.map_err(AppError::Storage)?;
    }
    Ok(ClosedDay { file_name, changes, manifest })
}

/// Downloads the JSON export of everything, or of the sessions in `range` with what they need.
///
/// # Errors
/// A refused download.
pub async fn export_json(records: RecordsContext, range: Option<(NaiveDate, NaiveDate)>) -> Result<String, AppError> {
    records.require(crate::domain::access::Right::Export)?;
    let repo = records.repo().ok_or(AppError::Storage(StorageError::Closed))?;
    let data = records.data.get_untracked();
    let data = match range {
        Some((from, to)) => envelope::limit_to_sessions(&data, from, to),
        None => data,
    };
    let (_, text) = envelope::write_range(&data, repo.device(), Uuid::new_v4(), Utc::now(), range);
    let name = match range {
        Some((from, to)) => format!("kartoteka-{from}-{to}.json"),
        None => format!("kartoteka-{}.json", today()),
    };
    offer(records, &name, "application/json", text.as_bytes()).await
}

/// "Najpierw pobierz kopię danych": before the first profile protects this computer there is no
/// key to seal with, so the one copy offered then is plain (and logged).
///
/// # Errors
/// `NotAllowed` once the computer is protected; a refused download.
pub fn backup_before_protecting(records: RecordsContext) -> Result<String, AppError> {
    if !records.profiles.with_untracked(Vec::is_empty) {
        return Err(AppError::NotAllowed);
    }
    let repo = records.repo().ok_or(AppError::Storage(StorageError::Closed))?;
    let data = records.data.get_untracked();
    let (_, text) = envelope::write_range(&data, repo.device(), Uuid::new_v4(), Utc::now(), None);
    let name = format!("kartoteka-kopia-{}.json", today());
    download(&name, "application/json", text.as_bytes())?;
    crate::state::audit::log_later(records, JournalAction::PlainFileDownloaded { file: name.clone() }, None);
    Ok(name)
}

/// The CSV exports.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CsvKind {
    /// Participants in the central system's layout.
    Participants,
    /// Sessions.
    Sessions,
    /// Attendance, one row per person × session.
    AttendanceLong,
    /// Attendance, one row per person, a column per session.
    AttendanceWide,
    /// Individual support.
    Individual,
    /// Volunteer hours.
    Volunteers,
}

impl CsvKind {
    /// All, in the order the page lists them.
    pub const ALL: [CsvKind; 6] = [
        CsvKind::Participants,
        CsvKind::Sessions,
        CsvKind::AttendanceLong,
        CsvKind::AttendanceWide,
        CsvKind::Individual,
        CsvKind::Volunteers,
    ];

    /// A stable code (form values, file names).
    pub fn code(self) -> &'static str {
        match self {
            CsvKind::Participants => "uczestnicy",
            CsvKind::Sessions => "zajecia",
            CsvKind::AttendanceLong => "obecnosc",
            CsvKind::AttendanceWide => "obecnosc-tabela",
            CsvKind::Individual => "wsparcie-indywidualne",
            CsvKind::Volunteers => "wolontariat",
        }
    }
}

/// Downloads one CSV export. `range` limits sessions (and volunteer hours) by date; `claim`
/// limits participants to a payment-claim period and fills "Wniosek za okres".
///
/// # Errors
/// A refused download.
pub async fn export_csv(
    records: RecordsContext,
    kind: CsvKind,
    preset: Preset,
    range: Option<(NaiveDate, NaiveDate)>,
) -> Result<String, AppError> {
    records.require(crate::domain::access::Right::Export)?;
    let data = records.data.get_untracked();
    let bytes = match kind {
        CsvKind::Participants => participants_csv::participants_csv(&data, range, preset, today()),
        CsvKind::Sessions => tables::to_csv(&tables::sessions(&data, range, preset), preset),
        CsvKind::AttendanceLong => tables::to_csv(&tables::attendance_long(&data, range, preset), preset),
        CsvKind::AttendanceWide => tables::to_csv(&tables::attendance_wide(&data, range, preset), preset),
        CsvKind::Individual => tables::to_csv(&tables::individual_support(&data, range, preset), preset),
        CsvKind::Volunteers => tables::to_csv(&tables::volunteer_hours(&data, range, preset), preset),
    };
    let name = match kind {
        CsvKind::Participants => {
            let period = data.current_project().map(|p| p.period).unwrap_or_default();
            format!("uczestnicy-{}-{}.csv", participants_csv::layout_for(period).layout, preset.suffix())
        }
        other => format!("{}-{}.csv", other.code(), preset.suffix()),
    };
    offer(records, &name, "text/csv", &bytes).await
}

/// A file read and planned, waiting for the user's decisions.
#[derive(Clone, Debug, PartialEq)]
pub struct ImportPreview {
    /// The file's name.
    pub file_name: String,
    /// The file's envelope and records.
    pub export: Export,
    /// The bundle's manifest, when the file was a close-the-day ZIP.
    pub manifest: Option<Manifest>,
    /// What importing would do.
    pub plan: ImportPlan,
    /// Whether this laptop has no project yet (the import is a join).
    pub join: bool,
}

async fn file_bytes(file: &ChosenFile) -> Result<Vec<u8>, AppError> {
    // Refuse before reading, let alone parsing.
    let size = usize::try_from(file.size).unwrap_or(usize::MAX);
    if size > MAX_FILE_BYTES {
        return Err(AppError::Import(ReadError::TooLarge { bytes: size }));
    }
    file.bytes().await.map_err(AppError::FileRead)
}

/// Reads a Kartoteka file (ZIP or JSON) and plans its import; writes nothing.
///
/// # Errors
/// The file's problem (too large, not ours, newer format, damaged), or another project's file.
pub async fn read_import(
    records: RecordsContext,
    file: ChosenFile,
    passphrase: Option<String>,
) -> Result<ImportPreview, AppError> {
    let bytes = file_bytes(&file).await?;
    let bytes = crate::state::sealing::open_if_sealed(records, bytes, passphrase.as_deref()).await?;
    preview_bytes(records, file.name.clone(), &bytes)
}

/// Plans the import of `bytes`; writes nothing.
///
/// # Errors
/// As [`read_import`].
pub fn preview_bytes(records: RecordsContext, file_name: String, bytes: &[u8]) -> Result<ImportPreview, AppError> {
    let (export, manifest) = bundle::read_any(bytes).map_err(AppError::Import)?;
    records.data.with_untracked(|local| {
        merge::check_project(local.current_project(), export.data.current_project())
            .map_err(|other| AppError::OtherProject(other.title))?;
        let plan = merge::plan(local, &export.data, today());
        let join = local.current_project().is_none();
        Ok(ImportPreview { file_name, export, manifest, plan, join })
    })
}

/// Applies a previewed import with the user's conflict choices, in one transaction.
/// Returns how many records were written (0: nothing to do, nothing written).
///
/// # Errors
/// A conflict without a choice (nothing written), or a storage failure (nothing written).
pub async fn apply_import(
    records: RecordsContext,
    preview: &ImportPreview,
    choices: &BTreeMap<Uuid, Choice>,
) -> Result<usize, AppError> {
    records.require(crate::domain::access::Right::Import)?;
    if preview.plan.conflicts.iter().any(|c| !choices.contains_key(&c.local.uuid())) {
        return Err(AppError::ConflictsUndecided);
    }
    let repo = records.repo().ok_or(AppError::Storage(StorageError::Closed))?;
    // Another tab may have saved since the preview: the plan must still be the one the user saw.
    let now_plan = records.data.with_untracked(|local| merge::plan(local, &preview.export.data, today()));
    if plan_ids(&now_plan) != plan_ids(&preview.plan) {
        return Err(AppError::ImportStale);
    }
    let now = Utc::now();
    let to_write: Vec<Record> = merge::records_to_write(&preview.plan, choices, repo.device(), repo.staff(), now);
    if to_write.is_empty() {
        return Ok(0);
    }
    let entry = JournalEntry {
        at: now,
        device: repo.device().clone(),
        staff: repo.staff(),
        action: JournalAction::Imported { export_id: preview.export.header.export_id, changed: to_write.len() as u64 },
        kind: None,
        record: None,
        old_version: None,
        new_version: None,
        fields: Vec::new(),
    };
    let count = to_write.len();
    records.write_merged(to_write, vec![entry]).await?;
    Ok(count)
}

/// The ids a plan would add, update and ask about.
fn plan_ids(plan: &ImportPlan) -> [Vec<Uuid>; 3] {
    let ids = |records: &mut dyn Iterator<Item = &Record>| records.map(Record::uuid).collect::<Vec<_>>();
    [ids(&mut plan.added.iter()), ids(&mut plan.updated.iter()), ids(&mut plan.conflicts.iter().map(|c| &c.local))]
}

/// Reads a participant list from a spreadsheet's CSV; writes nothing.
///
/// # Errors
/// Too large, unreadable, or without name columns.
pub async fn read_people_file(records: RecordsContext, file: ChosenFile) -> Result<PeopleFile, AppError> {
    let bytes = file_bytes(&file).await?;
    let repo = records.repo().ok_or(AppError::Storage(StorageError::Closed))?;
    let period = records.data.with_untracked(|d| d.current_project().map(|p| p.period).unwrap_or_default());
    participants_csv::read_people(&bytes, period, repo.device(), repo.staff(), Utc::now(), today())
        .map_err(AppError::PeopleFile)
}

/// Saves the valid people of a list (each journalled as created), in one transaction.
///
/// # Errors
/// Storage failures; nothing is saved then.
pub async fn import_people(records: RecordsContext, file: &PeopleFile) -> Result<usize, AppError> {
    records.require(crate::domain::access::Right::Import)?;
    let people: Vec<Record> = file.people.iter().map(|(_, p)| Record::Participant(p.clone())).collect();
    let saved = records.save(people, Vec::new()).await?;
    Ok(saved.len())
}

/// An optional date range typed as dd.mm.rrrr: both empty is "everything".
///
/// # Errors
/// The issues, by field: a missing half, a wrong format, an end before the start.
pub fn parse_range(
    from: &str,
    to: &str,
) -> Result<Option<(NaiveDate, NaiveDate)>, Vec<crate::domain::validation::Issue>> {
    use crate::domain::validation::Field;
    range_of(from, to, Field::ExportFrom, Field::ExportTo)
}

/// The dashboard's range ("Od dnia", "Do dnia"), read like [`parse_range`].
///
/// # Errors
/// As [`parse_range`], naming the dashboard's fields.
pub fn parse_dashboard_range(
    from: &str,
    to: &str,
) -> Result<Option<(NaiveDate, NaiveDate)>, Vec<crate::domain::validation::Issue>> {
    use crate::domain::validation::Field;
    range_of(from, to, Field::DashboardFrom, Field::DashboardTo)
}

fn range_of(
    from: &str,
    to: &str,
    from_field: crate::domain::validation::Field,
    to_field: crate::domain::validation::Field,
) -> Result<Option<(NaiveDate, NaiveDate)>, Vec<crate::domain::validation::Issue>> {
    use crate::domain::dates::parse_date;
    use crate::domain::validation::{ErrorCode, Field, Issue};
    let (from, to) = (from.trim(), to.trim());
    if from.is_empty() && to.is_empty() {
        return Ok(None);
    }
    let mut issues = Vec::new();
    let mut one = |text: &str, field: Field| {
        if text.is_empty() {
            issues.push(Issue::new(field, ErrorCode::Required));
            None
        } else {
            parse_date(text).map_err(|code| issues.push(Issue::new(field, code))).ok()
        }
    };
    let (a, b) = (one(from, from_field), one(to, to_field));
    match (a, b) {
        (Some(a), Some(b)) if b < a => Err(vec![Issue::new(to_field, ErrorCode::EndBeforeStart)]),
        (Some(a), Some(b)) => Ok(Some((a, b))),
        _ => Err(issues),
    }
}

/// Downloads a table as CSV in `preset`; returns the file name.
///
/// # Errors
/// A refused download.
pub async fn download_table(
    records: RecordsContext,
    name: &str,
    preset: Preset,
    header: &[String],
    rows: &[Vec<String>],
) -> Result<String, AppError> {
    offer(records, name, "text/csv", &crate::codec::csv::write(preset, header, rows)).await
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::validation::{ErrorCode, Field, Issue};

    #[test]
    fn a_range_is_both_dates_or_neither() {
        assert_eq!(parse_range("", " "), Ok(None));
        let d = |y, m, day| NaiveDate::from_ymd_opt(y, m, day).unwrap();
        assert_eq!(parse_range("01.07.2026", "31.12.2026"), Ok(Some((d(2026, 7, 1), d(2026, 12, 31)))));
        assert_eq!(parse_range("01.07.2026", ""), Err(vec![Issue::new(Field::ExportTo, ErrorCode::Required)]));
        assert_eq!(
            parse_range("31.12.2026", "01.07.2026"),
            Err(vec![Issue::new(Field::ExportTo, ErrorCode::EndBeforeStart)])
        );
        assert!(matches!(parse_range("1.7", "31.12.2026"), Err(v) if v[0].field == Field::ExportFrom));
    }
}
