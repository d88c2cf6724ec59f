//! Support enrolments: a participant × form of support with its own dates, the central system's
//! "Rodzaj przyznanego wsparcia" / "Data rozpoczęcia udziału we wsparciu".

use crate::domain::ids::{EnrolmentId, ParticipantId, SupportFormId};
use crate::domain::meta::Meta;
use crate::domain::session::Presence;
use crate::domain::validation::{ErrorCode, Field, Issue};
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

/// A participant's enrolment in one form of support.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SupportEnrolment {
    /// Record id.
    pub id: EnrolmentId,
    /// Bookkeeping.
    pub meta: Meta,
    /// The person.
    pub participant: ParticipantId,
    /// The form of support.
    pub form: SupportFormId,
    /// Data rozpoczęcia udziału we wsparciu.
    pub start: NaiveDate,
    /// Data zakończenia udziału we wsparciu.
    #[serde(default)]
    pub end: Option<NaiveDate>,
}

/// The people who need a new enrolment because of a session of `form` on `date`: present, and
/// not yet enrolled in that form. The first attendance creates the enrolment, starting that day.
pub fn enrolments_needed(
    existing: &[SupportEnrolment],
    form: SupportFormId,
    marks: &[(ParticipantId, Presence)],
) -> Vec<ParticipantId> {
    let mut out: Vec<ParticipantId> = marks
        .iter()
        .filter(|(_, presence)| *presence == Presence::Obecny)
        .map(|(person, _)| *person)
        .filter(|person| !existing.iter().any(|e| !e.meta.deleted && e.form == form && e.participant == *person))
        .collect();
    out.sort();
    out.dedup();
    out
}

/// Validates the enrolment's dates against the person's participation.
pub fn validate_enrolment(e: &SupportEnrolment, participation: (Option<NaiveDate>, Option<NaiveDate>)) -> Vec<Issue> {
    let mut issues = Vec::new();
    if e.end.is_some_and(|end| end < e.start) {
        issues.push(Issue::new(Field::EnrolmentEnd, ErrorCode::EndBeforeStart));
    }
    let (start, end) = participation;
    if start.is_some_and(|s| e.start < s) || end.is_some_and(|p_end| e.start > p_end) {
        issues.push(Issue::new(Field::EnrolmentStart, ErrorCode::OutsideParticipation));
    }
    if let (Some(p_end), Some(e_end)) = (end, e.end)
        && e_end > p_end
    {
        issues.push(Issue::new(Field::EnrolmentEnd, ErrorCode::OutsideParticipation));
    }
    issues
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::ids::DeviceId;
    use chrono::{TimeZone, Utc};

    fn date(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    fn enrolment(participant: ParticipantId, form: SupportFormId, start: NaiveDate) -> SupportEnrolment {
        SupportEnrolment {
            id: EnrolmentId::new(),
            meta: Meta::new(&DeviceId("d".into()), None, Utc.timestamp_opt(0, 0).unwrap()),
            participant,
            form,
            start,
            end: None,
        }
    }

    #[test]
    fn the_first_attendance_in_a_form_creates_an_enrolment_only_for_those_present() {
        let form = SupportFormId::new();
        let (a, b, c) = (ParticipantId::new(), ParticipantId::new(), ParticipantId::new());
        let existing = vec![enrolment(a, form, date(2026, 1, 5)), enrolment(b, SupportFormId::new(), date(2026, 1, 5))];
        let marks = [(a, Presence::Obecny), (b, Presence::Obecny), (c, Presence::Nieobecny)];
        assert_eq!(enrolments_needed(&existing, form, &marks), vec![b]);
    }

    #[test]
    fn support_must_lie_within_participation() {
        let e = enrolment(ParticipantId::new(), SupportFormId::new(), date(2026, 1, 5));
        assert!(validate_enrolment(&e, (Some(date(2026, 1, 5)), None)).is_empty());
        assert_eq!(
            validate_enrolment(&e, (Some(date(2026, 1, 6)), None)),
            vec![Issue::new(Field::EnrolmentStart, ErrorCode::OutsideParticipation)]
        );
        let mut ended = e.clone();
        ended.end = Some(date(2026, 1, 4));
        assert!(
            validate_enrolment(&ended, (None, None))
                .contains(&Issue::new(Field::EnrolmentEnd, ErrorCode::EndBeforeStart))
        );
    }
}
