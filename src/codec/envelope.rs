//! The JSON hand-off file: a versioned envelope around a canonical data section.
//!
//! The data section is the project's records, each kind sorted by id, written compactly; the
//! same records always give the same bytes and the same SHA-256, whatever the envelope's time
//! and id. Reading checks, in order: the size limit (before parsing), JSON, the format name,
//! the format version (a newer one is refused; older ones are migrated), the hash, and that no
//! id appears twice. Project and record checks belong to the merge (`domain::merge`).

use crate::domain::dataset::Dataset;
use crate::domain::ids::{DeviceId, ProjectId};
use crate::domain::record::RecordKind;
use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};
use serde_json::value::RawValue;
use sha2::{Digest, Sha256};
use std::collections::{BTreeMap, BTreeSet};
use uuid::Uuid;

/// The format name written in every file.
pub const FORMAT: &str = "kartoteka";
/// The format version this build writes and the newest it reads.
pub const FORMAT_VERSION: u32 = 1;
/// Files over this size are refused before parsing.
pub const MAX_FILE_BYTES: usize = 50 * 1024 * 1024;

/// The project a file belongs to.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ProjectRef {
    /// Its id (the same on every laptop of the project).
    pub id: ProjectId,
    /// Its title, to name it in messages.
    pub title: String,
}

/// The envelope's description of its data.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Header {
    /// Always [`FORMAT`].
    pub format: String,
    /// The version of the format.
    pub format_version: u32,
    /// When the file was written (UTC).
    pub exported_at: DateTime<Utc>,
    /// The export's id.
    pub export_id: Uuid,
    /// The device that wrote it.
    pub device: DeviceId,
    /// The project.
    pub project: Option<ProjectRef>,
    /// Session dates covered, when the export was limited to a range.
    #[serde(default)]
    pub range: Option<(NaiveDate, NaiveDate)>,
    /// Records per kind (tombstones included).
    pub counts: BTreeMap<String, usize>,
    /// SHA-256 of the data section's bytes, lower-case hex.
    pub data_sha256: String,
}

#[derive(Serialize)]
struct EnvelopeOut<'a> {
    #[serde(flatten)]
    header: &'a Header,
    data: &'a RawValue,
}

#[derive(Deserialize)]
struct EnvelopeIn {
    #[serde(flatten)]
    header: Header,
    data: Box<RawValue>,
}

#[derive(Deserialize)]
struct Probe {
    format: Option<String>,
    format_version: Option<u32>,
}

/// Why a file could not be read. Each variant becomes a sentence in `state::errors`.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum ReadError {
    /// Over [`MAX_FILE_BYTES`].
    #[error("the file has {bytes} bytes, over the limit")]
    TooLarge {
        /// Its size.
        bytes: usize,
    },
    /// Not JSON, not UTF-8, truncated, or nested too deeply.
    #[error("not JSON: {0}")]
    NotJson(String),
    /// JSON, but not a Kartoteka export.
    #[error("not a Kartoteka file")]
    NotKartoteka,
    /// Written by a newer version of the app.
    #[error("format version {found} is newer than {supported}")]
    FutureVersion {
        /// The file's version.
        found: u32,
        /// The newest this build reads.
        supported: u32,
    },
    /// The data section does not match its hash (damaged or edited by hand).
    #[error("the data does not match its checksum")]
    HashMismatch,
    /// The data section is not valid records.
    #[error("the records are not valid: {0}")]
    BadRecords(String),
    /// The same id appears twice.
    #[error("record {0} appears twice")]
    DuplicateId(Uuid),
}

/// A file read and checked.
#[derive(Clone, Debug, PartialEq)]
pub struct Export {
    /// The envelope.
    pub header: Header,
    /// The records.
    pub data: Dataset,
}

/// Lower-case hex SHA-256 of `bytes`.
pub fn sha256_hex(bytes: &[u8]) -> String {
    const HEX: &[u8; 16] = b"0123456789abcdef";
    Sha256::digest(bytes)
        .iter()
        .flat_map(|b| [char::from(HEX[usize::from(b >> 4)]), char::from(HEX[usize::from(b & 0x0f)])])
        .collect()
}

/// The data section: every kind sorted by id, written compactly.
pub fn canonical_data(data: &Dataset) -> String {
    let mut d = data.clone();
    d.project.sort_by_key(|r| r.id);
    d.units.sort_by_key(|r| r.id);
    d.tasks.sort_by_key(|r| r.id);
    d.support_forms.sort_by_key(|r| r.id);
    d.staff.sort_by_key(|r| r.id);
    d.participants.sort_by_key(|r| r.id);
    d.sessions.sort_by_key(|r| r.id);
    d.attendance.sort_by_key(|r| r.id);
    d.enrolments.sort_by_key(|r| r.id);
    d.volunteer_hours.sort_by_key(|r| r.id);
    // Serializing plain structs with ordered maps cannot fail.
    serde_json::to_string(&d).unwrap_or_default()
}

/// The header for `data` written now by `device`.
pub fn header_for(
    data: &Dataset,
    canonical: &str,
    device: &DeviceId,
    export_id: Uuid,
    now: DateTime<Utc>,
    range: Option<(NaiveDate, NaiveDate)>,
) -> Header {
    Header {
        format: FORMAT.to_owned(),
        format_version: FORMAT_VERSION,
        exported_at: now,
        export_id,
        device: device.clone(),
        project: data.current_project().map(|p| ProjectRef { id: p.id, title: p.title.clone() }),
        range,
        counts: data.counts().into_iter().map(|(k, n)| (k.name().to_owned(), n)).collect(),
        data_sha256: sha256_hex(canonical.as_bytes()),
    }
}

/// Writes the file for `data`.
pub fn write(data: &Dataset, device: &DeviceId, export_id: Uuid, now: DateTime<Utc>) -> (Header, String) {
    write_range(data, device, export_id, now, None)
}

/// Writes the file for `data`, noting the session-date range it was limited to.
pub fn write_range(
    data: &Dataset,
    device: &DeviceId,
    export_id: Uuid,
    now: DateTime<Utc>,
    range: Option<(NaiveDate, NaiveDate)>,
) -> (Header, String) {
    let canonical = canonical_data(data);
    let header = header_for(data, &canonical, device, export_id, now, range);
    let raw =
        RawValue::from_string(canonical).unwrap_or_else(|_| RawValue::from_string("{}".to_owned()).unwrap_or_default());
    let text = serde_json::to_string_pretty(&EnvelopeOut { header: &header, data: &raw }).unwrap_or_default();
    (header, text)
}

/// The records whose sessions fall in `from..=to`, with what they need: attendance of those
/// sessions, the people who attended, and the project's structure.
pub fn limit_to_sessions(data: &Dataset, from: NaiveDate, to: NaiveDate) -> Dataset {
    let sessions: Vec<_> = data.sessions.iter().filter(|s| s.date >= from && s.date <= to).cloned().collect();
    let ids: BTreeSet<_> = sessions.iter().map(|s| s.id).collect();
    let attendance: Vec<_> = data.attendance.iter().filter(|a| ids.contains(&a.session)).cloned().collect();
    let people: BTreeSet<_> = attendance.iter().map(|a| a.participant).collect();
    Dataset {
        project: data.project.clone(),
        units: data.units.clone(),
        tasks: data.tasks.clone(),
        support_forms: data.support_forms.clone(),
        staff: data.staff.clone(),
        participants: data.participants.iter().filter(|p| people.contains(&p.id)).cloned().collect(),
        sessions,
        attendance,
        enrolments: data.enrolments.iter().filter(|e| people.contains(&e.participant)).cloned().collect(),
        volunteer_hours: data.volunteer_hours.iter().filter(|v| v.date >= from && v.date <= to).cloned().collect(),
    }
}

/// Reads and checks a file.
///
/// # Errors
/// The first check that fails, as a [`ReadError`]; nothing is half-read.
pub fn read(bytes: &[u8]) -> Result<Export, ReadError> {
    if bytes.len() > MAX_FILE_BYTES {
        return Err(ReadError::TooLarge { bytes: bytes.len() });
    }
    let text = std::str::from_utf8(bytes).map_err(|e| ReadError::NotJson(e.to_string()))?;
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let probe: Probe = serde_json::from_str(text)
        .map_err(|e| if e.is_data() { ReadError::NotKartoteka } else { ReadError::NotJson(e.to_string()) })?;
    if probe.format.as_deref() != Some(FORMAT) {
        return Err(ReadError::NotKartoteka);
    }
    let version = probe.format_version.ok_or(ReadError::NotKartoteka)?;
    if version > FORMAT_VERSION {
        return Err(ReadError::FutureVersion { found: version, supported: FORMAT_VERSION });
    }
    // Version 1 is the first format: there is nothing older to migrate yet. A version 2 adds
    // its step here, turning a version-1 data section into the current one.
    let envelope: EnvelopeIn = serde_json::from_str(text).map_err(|e| ReadError::BadRecords(e.to_string()))?;
    if sha256_hex(envelope.data.get().as_bytes()) != envelope.header.data_sha256 {
        return Err(ReadError::HashMismatch);
    }
    let data: Dataset = serde_json::from_str(envelope.data.get()).map_err(|e| ReadError::BadRecords(e.to_string()))?;
    let mut seen = BTreeSet::new();
    for record in data.records() {
        if !seen.insert(record.uuid()) {
            return Err(ReadError::DuplicateId(record.uuid()));
        }
    }
    Ok(Export { header: envelope.header, data })
}

/// The kinds named in a header's counts that this build does not know (a sign of a newer app).
pub fn unknown_kinds(header: &Header) -> Vec<String> {
    header.counts.keys().filter(|k| RecordKind::from_name(k).is_none()).cloned().collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::record::Record;
    use crate::domain::test_support::{device, participant, project};
    use chrono::TimeZone;

    fn sample() -> Dataset {
        let mut d = Dataset::default();
        d.upsert(Record::Project(project()));
        for n in 0..5 {
            let mut p = participant();
            p.id = crate::domain::ids::ParticipantId::new();
            p.first_name = format!("Zofia {n} \"Żółć\"; ,\n");
            d.upsert(Record::Participant(p));
        }
        d
    }

    fn at(s: i64) -> DateTime<Utc> {
        Utc.timestamp_opt(1_700_000_000 + s, 0).unwrap()
    }

    #[test]
    fn the_same_data_gives_the_same_bytes_and_hash_whatever_the_envelope() {
        let d = sample();
        let mut shuffled = d.clone();
        shuffled.participants.reverse();
        let (h1, t1) = write(&d, &device(), Uuid::new_v4(), at(0));
        let (h2, t2) = write(&shuffled, &DeviceId("other".into()), Uuid::new_v4(), at(999));
        assert_eq!(h1.data_sha256, h2.data_sha256);
        assert_eq!(canonical_data(&d), canonical_data(&shuffled));
        assert_ne!(t1, t2, "the envelopes differ (time, id, device)");
        let back = read(t1.as_bytes()).unwrap();
        assert_eq!(back.header, h1);
        assert_eq!(canonical_data(&back.data), canonical_data(&d));
        assert_eq!(back.header.counts[RecordKind::Participant.name()], 5);
        assert_eq!(back.header.project.as_ref().unwrap().title, d.current_project().unwrap().title);
    }

    #[test]
    fn sha256_is_lower_case_hex() {
        assert_eq!(sha256_hex(b"abc"), "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    }

    #[test]
    fn hostile_files_are_refused_with_their_reason() {
        let (_, good) = write(&sample(), &device(), Uuid::new_v4(), at(0));
        assert_eq!(read(&vec![b' '; MAX_FILE_BYTES + 1]), Err(ReadError::TooLarge { bytes: MAX_FILE_BYTES + 1 }));
        assert!(matches!(read(&good.as_bytes()[..good.len() / 2]), Err(ReadError::NotJson(_))));
        assert!(matches!(read(b"\xff\xfe{}"), Err(ReadError::NotJson(_))));
        assert_eq!(read(br#"{"hello": 1}"#), Err(ReadError::NotKartoteka));
        assert_eq!(read(b"[1,2]"), Err(ReadError::NotKartoteka));
        let future = good.replacen("\"format_version\": 1", "\"format_version\": 7", 1);
        assert_eq!(read(future.as_bytes()), Err(ReadError::FutureVersion { found: 7, supported: 1 }));
        let tampered = good.replacen("Zofia 1", "Zofia 9", 1);
        assert_eq!(read(tampered.as_bytes()), Err(ReadError::HashMismatch));
        // 10,000-deep nesting is refused without exhausting the stack.
        let deep = format!("{}{}", "[".repeat(10_000), "]".repeat(10_000));
        assert!(matches!(read(deep.as_bytes()), Err(ReadError::NotJson(_) | ReadError::NotKartoteka)));
        let deep = format!("{{\"format\":\"kartoteka\",\"x\":{}1{}}}", "{\"a\":".repeat(10_000), "}".repeat(10_000));
        let result = read(deep.as_bytes());
        assert!(matches!(result, Err(ReadError::NotJson(_) | ReadError::NotKartoteka)), "{result:?}");
    }

    #[test]
    fn a_file_with_an_id_twice_is_refused() {
        let mut d = sample();
        let twin = d.participants[0].clone();
        d.participants.push(twin.clone());
        let (_, text) = write(&d, &device(), Uuid::new_v4(), at(0));
        assert_eq!(read(text.as_bytes()), Err(ReadError::DuplicateId(twin.id.0)));
    }
}
