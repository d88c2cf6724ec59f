//! The data subject's rights (RODO): erasing one person everywhere on this computer, in a way no
//! import can undo, and exporting everything recorded about one person (the right of access).

use crate::domain::attendance::sessions_of;
use crate::domain::ids::ParticipantId;
use crate::domain::participant::Participant;
use crate::domain::record::Record;
use crate::domain::search::fold;
use crate::state::errors::AppError;
use crate::state::participants::{draft_key, today};
use crate::state::records::{RecordsContext, StorageError};
use leptos::prelude::*;
use serde_json::json;

/// Whether `typed` is the person's surname (ignoring case, Polish letters and spaces around it),
/// which confirms the erasure.
pub fn confirms_erasure(person: &Participant, typed: &str) -> bool {
    let surname = fold(person.last_name.trim());
    !surname.is_empty() && fold(typed.trim()) == surname
}

/// The records that erase `id`: the person reduced to an erased tombstone with nothing but the
/// id, and erased tombstones of their attendance marks and enrolments.
pub fn erasure_records(data: &crate::domain::dataset::Dataset, id: ParticipantId) -> Vec<Record> {
    let mut out = Vec::new();
    if let Some(person) = data.participants.iter().find(|p| p.id == id && !p.meta.erased) {
        let mut blank = Participant::new(id, person.meta.clone());
        blank.meta.deleted = true;
        blank.meta.erased = true;
        out.push(Record::Participant(blank));
    }
    for a in data.attendance.iter().filter(|a| a.participant == id && !a.meta.erased) {
        let mut a = a.clone();
        a.meta.deleted = true;
        a.meta.erased = true;
        out.push(Record::Attendance(a));
    }
    for e in data.enrolments.iter().filter(|e| e.participant == id && !e.meta.erased) {
        let mut e = e.clone();
        e.meta.deleted = true;
        e.meta.erased = true;
        out.push(Record::Enrolment(e));
    }
    out
}

/// Erases one person: their record, attendance and enrolments become erased tombstones (in one
/// transaction), and their form draft is deleted. The journal keeps only ids and field names.
///
/// # Errors
/// Storage errors; nothing is erased then.
pub async fn erase_person(records: RecordsContext, id: ParticipantId) -> Result<(), AppError> {
    records.require(crate::domain::access::Right::Erase)?;
    let changes = records.data.with_untracked(|d| erasure_records(d, id));
    if changes.is_empty() {
        return Err(AppError::Storage(StorageError::Unexpected("no such person".into())));
    }
    let erased = crate::state::audit::entry(records, crate::domain::journal::JournalAction::Erased, Some(id));
    records.save(changes, erased.into_iter().collect()).await?;
    if let Some(repo) = records.repo() {
        repo.delete_draft(&draft_key(Some(id))).await.map_err(AppError::Storage)?;
    }
    Ok(())
}

/// Everything recorded about one person, as JSON: the record, sessions with presence and hours,
/// enrolments, and the change history (field names only).
///
/// # Errors
/// Storage errors while reading the history; a refused download.
pub async fn export_person(records: RecordsContext, id: ParticipantId) -> Result<String, AppError> {
    records.require(crate::domain::access::Right::Export)?;
    let repo = records.repo().ok_or(AppError::Storage(StorageError::Closed))?;
    let history = repo.history(id.0).await.map_err(AppError::Storage)?;
    let (person, sessions, enrolments) = records.data.with_untracked(|d| {
        let person = d.participants.iter().find(|p| p.id == id && !p.meta.deleted).cloned();
        let form = |f| d.support_forms.iter().find(|x| x.id == f).map(|x| x.name.clone()).unwrap_or_default();
        let sessions: Vec<_> = sessions_of(id, d)
            .into_iter()
            .map(|s| {
                json!({
                    "data": s.session.date,
                    "od": s.session.start,
                    "do": s.session.end,
                    "forma_wsparcia": form(s.session.form),
                    "temat": s.session.topic,
                    "obecnosc": s.presence,
                    "godziny": s.hours,
                })
            })
            .collect();
        let enrolments: Vec<_> = d
            .enrolments
            .iter()
            .filter(|e| e.participant == id && !e.meta.deleted)
            .map(|e| json!({ "forma_wsparcia": form(e.form), "od": e.start, "do": e.end }))
            .collect();
        (person, sessions, enrolments)
    });
    let person = person.ok_or(AppError::Storage(StorageError::Unexpected("no such person".into())))?;
    let document = json!({
        "format": "kartoteka-dane-osoby",
        "wygenerowano": today(),
        "osoba": person,
        "zajecia": sessions,
        "wsparcie": enrolments,
        "historia_zmian": history,
    });
    let text = serde_json::to_string_pretty(&document).map_err(|e| AppError::Bundle(e.to_string()))?;
    let name = format!("dane-osoby-{}-{}.json", fold(&person.last_name).replace(' ', "-"), today());
    let name = crate::state::sealing::offer(records, &name, "application/json", text.as_bytes()).await?;
    crate::state::audit::log_later(records, crate::domain::journal::JournalAction::PersonExported, Some(id));
    Ok(name)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::dataset::Dataset;
    use crate::domain::ids::{AttendanceId, DeviceId, SessionId};
    use crate::domain::meta::Meta;
    use crate::domain::session::{Attendance, Presence};
    use chrono::{TimeZone, Utc};

    fn meta() -> Meta {
        Meta::new(&DeviceId("d".into()), None, Utc.timestamp_opt(0, 0).unwrap())
    }

    #[test]
    fn erasure_keeps_only_ids_and_marks_everything_erased() {
        let mut d = Dataset::default();
        let mut p = Participant::new(ParticipantId::new(), meta());
        p.first_name = "Łucja".into();
        p.last_name = "Żółć".into();
        p.pesel = "85041212344".into();
        p.notes = "notatka".into();
        let id = p.id;
        d.upsert(Record::Participant(p.clone()));
        let mark = Attendance {
            id: AttendanceId::new(),
            meta: meta(),
            session: SessionId::new(),
            participant: id,
            presence: Presence::Obecny,
            hours: None,
        };
        d.upsert(Record::Attendance(mark));
        let out = erasure_records(&d, id);
        assert_eq!(out.len(), 2);
        let Record::Participant(blank) = &out[0] else { panic!("the person first") };
        assert!(blank.meta.erased && blank.meta.deleted);
        let text = serde_json::to_string(blank).unwrap();
        for secret in ["Łucja", "Żółć", "85041212344", "notatka"] {
            assert!(!text.contains(secret), "{secret} left in {text}");
        }
        assert!(out.iter().all(|r| r.meta().erased));
        assert!(confirms_erasure(&p, " zolc "));
        assert!(!confirms_erasure(&p, "Żółw"));
    }
}
