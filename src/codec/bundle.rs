//! "Zamknij dzień": one ZIP file with the JSON export, the CSVs and a manifest (counts, SHA-256
//! per file, format version, device, export id). Entries are stored, not compressed: the
//! files are small, and the crate then needs no compression code in the app.
//!
//! Reading accepts either such a bundle or a bare JSON export, and checks each file's hash.

use crate::codec::csv::Preset;
use crate::codec::envelope::{self, Export, MAX_FILE_BYTES, ReadError, sha256_hex};
use crate::codec::{participants_csv, tables};
use crate::domain::dataset::Dataset;
use crate::domain::ids::DeviceId;
use chrono::{DateTime, Datelike, NaiveDate, Timelike, Utc};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::io::{Cursor, Read, Write};
use uuid::Uuid;

/// The manifest's format name.
pub const MANIFEST_FORMAT: &str = "kartoteka-zamkniecie-dnia";
/// The JSON export's name inside a bundle.
pub const DATA_FILE: &str = "dane.json";
/// The manifest's name inside a bundle.
pub const MANIFEST_FILE: &str = "manifest.json";
/// The audit log inside a close-the-day bundle.
pub const AUDIT_FILE: &str = "dziennik.json";

/// One file of the bundle, as the manifest lists it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ManifestFile {
    /// Its name in the ZIP.
    pub name: String,
    /// Its size.
    pub bytes: usize,
    /// Its SHA-256, lower-case hex.
    pub sha256: String,
}

/// What a close-the-day file holds.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Manifest {
    /// Always [`MANIFEST_FORMAT`].
    pub format: String,
    /// The JSON export's format version.
    pub format_version: u32,
    /// The export's id (the same as the JSON's).
    pub export_id: Uuid,
    /// The device.
    pub device: DeviceId,
    /// When it was written (UTC).
    pub exported_at: DateTime<Utc>,
    /// The day closed (Europe/Warsaw).
    pub day: NaiveDate,
    /// Record changes not exported before, now covered.
    pub changes: u64,
    /// Records per kind in the JSON.
    pub counts: BTreeMap<String, usize>,
    /// The files.
    pub files: Vec<ManifestFile>,
}

/// What goes into a bundle.
pub struct CloseDay<'a> {
    /// Everything this laptop has.
    pub data: &'a Dataset,
    /// This device.
    pub device: &'a DeviceId,
    /// A new export id.
    pub export_id: Uuid,
    /// Now.
    pub now: DateTime<Utc>,
    /// The day closed.
    pub day: NaiveDate,
    /// Changes covered.
    pub changes: u64,
    /// Today (for ages).
    pub today: NaiveDate,
    /// The audit log (who did what), written as `dziennik.json`.
    pub audit: &'a [crate::domain::journal::JournalEntry],
}

/// The bundle's file name, e.g. `kartoteka-2026-11-23.zip`.
pub fn file_name(day: NaiveDate) -> String {
    format!("kartoteka-{}.zip", day.format("%Y-%m-%d"))
}

/// The files of a close-the-day bundle, manifest last.
pub fn files(c: &CloseDay<'_>) -> (Manifest, Vec<(String, Vec<u8>)>) {
    let preset = Preset::ExcelPl;
    let (header, json) = envelope::write(c.data, c.device, c.export_id, c.now);
    let period = c.data.current_project().map(|p| p.period).unwrap_or_default();
    let layout = participants_csv::layout_for(period);
    let mut out = vec![
        (DATA_FILE.to_owned(), json.into_bytes()),
        (
            format!("uczestnicy-{}.csv", layout.layout),
            participants_csv::participants_csv(c.data, None, preset, c.today),
        ),
        ("zajecia.csv".to_owned(), tables::to_csv(&tables::sessions(c.data, None, preset), preset)),
        ("obecnosc.csv".to_owned(), tables::to_csv(&tables::attendance_long(c.data, None, preset), preset)),
        ("obecnosc-tabela.csv".to_owned(), tables::to_csv(&tables::attendance_wide(c.data, None, preset), preset)),
        (
            "wsparcie-indywidualne.csv".to_owned(),
            tables::to_csv(&tables::individual_support(c.data, None, preset), preset),
        ),
        ("wolontariat.csv".to_owned(), tables::to_csv(&tables::volunteer_hours(c.data, None, preset), preset)),
        (AUDIT_FILE.to_owned(), serde_json::to_string_pretty(c.audit).unwrap_or_default().into_bytes()),
    ];
    let manifest = Manifest {
        format: MANIFEST_FORMAT.to_owned(),
        format_version: header.format_version,
        export_id: c.export_id,
        device: c.device.clone(),
        exported_at: c.now,
        day: c.day,
        changes: c.changes,
        counts: header.counts,
        files: out
            .iter()
            .map(|(name, b)| ManifestFile { name: name.clone(), bytes: b.len(), sha256: sha256_hex(b) })
            .collect(),
    };
    let text = serde_json::to_string_pretty(&manifest).unwrap_or_default();
    out.push((MANIFEST_FILE.to_owned(), text.into_bytes()));
    (manifest, out)
}

/// The bundle as ZIP bytes.
///
/// # Errors
/// Only if the ZIP writer fails, which it does not on memory.
pub fn write(c: &CloseDay<'_>) -> Result<(Manifest, Vec<u8>), String> {
    let (manifest, files) = files(c);
    let mut zip = zip::ZipWriter::new(Cursor::new(Vec::new()));
    let stamp = zip::DateTime::from_date_and_time(
        u16::try_from(c.now.year()).unwrap_or(1980),
        u8::try_from(c.now.month()).unwrap_or(1),
        u8::try_from(c.now.day()).unwrap_or(1),
        u8::try_from(c.now.hour()).unwrap_or(0),
        u8::try_from(c.now.minute()).unwrap_or(0),
        u8::try_from(c.now.second()).unwrap_or(0),
    )
    .unwrap_or_default();
    let options = zip::write::SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Stored)
        .last_modified_time(stamp);
    for (name, bytes) in files {
        zip.start_file(name, options).map_err(|e| e.to_string())?;
        zip.write_all(&bytes).map_err(|e| e.to_string())?;
    }
    let cursor = zip.finish().map_err(|e| e.to_string())?;
    Ok((manifest, cursor.into_inner()))
}

/// Whether `bytes` look like a ZIP file.
pub fn is_zip(bytes: &[u8]) -> bool {
    bytes.starts_with(b"PK\x03\x04")
}

/// Reads a JSON export, bare or inside a close-the-day bundle (checking the bundle's hashes).
///
/// # Errors
/// The envelope's errors; a damaged bundle is `NotJson` (unreadable) or `HashMismatch`.
pub fn read_any(bytes: &[u8]) -> Result<(Export, Option<Manifest>), ReadError> {
    if bytes.len() > MAX_FILE_BYTES {
        return Err(ReadError::TooLarge { bytes: bytes.len() });
    }
    if !is_zip(bytes) {
        return envelope::read(bytes).map(|e| (e, None));
    }
    let broken = |e: &dyn std::fmt::Display| ReadError::NotJson(format!("ZIP: {e}"));
    let mut archive = zip::ZipArchive::new(Cursor::new(bytes)).map_err(|e| broken(&e))?;
    let mut read_entry = |name: &str| -> Result<Vec<u8>, ReadError> {
        let entry = archive.by_name(name).map_err(|_| ReadError::NotKartoteka)?;
        let mut out = Vec::new();
        // Never read more than the file limit, whatever an entry claims.
        entry.take(MAX_FILE_BYTES as u64 + 1).read_to_end(&mut out).map_err(|e| broken(&e))?;
        if out.len() > MAX_FILE_BYTES {
            return Err(ReadError::TooLarge { bytes: out.len() });
        }
        Ok(out)
    };
    let manifest_bytes = read_entry(MANIFEST_FILE)?;
    let manifest: Manifest = serde_json::from_slice(&manifest_bytes).map_err(|_| ReadError::NotKartoteka)?;
    if manifest.format != MANIFEST_FORMAT {
        return Err(ReadError::NotKartoteka);
    }
    if manifest.format_version > envelope::FORMAT_VERSION {
        return Err(ReadError::FutureVersion { found: manifest.format_version, supported: envelope::FORMAT_VERSION });
    }
    for file in &manifest.files {
        if sha256_hex(&read_entry(&file.name)?) != file.sha256 {
            return Err(ReadError::HashMismatch);
        }
    }
    let data = read_entry(DATA_FILE)?;
    envelope::read(&data).map(|e| (e, Some(manifest)))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::record::Record;
    use crate::domain::test_support::{device, participant, project, today};
    use chrono::TimeZone;

    #[test]
    fn a_bundle_reads_back_with_every_file_listed_and_hashed() {
        let mut d = Dataset::default();
        d.upsert(Record::Project(project()));
        d.upsert(Record::Participant(participant()));
        let c = CloseDay {
            data: &d,
            device: &device(),
            export_id: Uuid::new_v4(),
            now: Utc.timestamp_opt(1_700_000_000, 0).unwrap(),
            day: today(),
            changes: 2,
            today: today(),
            audit: &[],
        };
        let (manifest, zip) = write(&c).unwrap();
        assert!(is_zip(&zip));
        let names: Vec<&str> = manifest.files.iter().map(|f| f.name.as_str()).collect();
        assert_eq!(names[0], DATA_FILE);
        assert!(names.contains(&"uczestnicy-sl2014.csv") && names.contains(&"obecnosc-tabela.csv"));
        assert!(names.contains(&AUDIT_FILE));
        let (export, read_manifest) = read_any(&zip).unwrap();
        assert_eq!(read_manifest.unwrap(), manifest);
        assert_eq!(export.header.export_id, c.export_id);
        assert_eq!(export.data.participants.len(), 1);

        // A changed byte inside a stored CSV is caught by its hash.
        let at = zip.windows(7).position(|w| w == b"Nazwisk").unwrap();
        let mut damaged = zip.clone();
        damaged[at] = b'X';
        assert!(read_any(&damaged).is_err());
    }
}
