//! Typed record identifiers (UUIDs) and the device identifier used in version vectors.

use serde::{Deserialize, Serialize};
use std::fmt;
use uuid::Uuid;

macro_rules! id_type {
    ($($(#[$doc:meta])* $name:ident),* $(,)?) => {$(
        $(#[$doc])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
        #[serde(transparent)]
        pub struct $name(pub Uuid);

        impl $name {
            /// A fresh random identifier.
            pub fn new() -> Self {
                Self(Uuid::new_v4())
            }

            /// Parses the hyphenated text form.
            ///
            /// # Errors
            /// When `text` is not a UUID.
            pub fn parse(text: &str) -> Result<Self, uuid::Error> {
                Uuid::parse_str(text).map(Self)
            }

            /// The all-zero id: a placeholder in a record still being filled in, never stored.
            pub const fn nil() -> Self {
                Self(Uuid::nil())
            }
        }

        impl Default for $name {
            fn default() -> Self {
                Self::new()
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                self.0.hyphenated().fmt(f)
            }
        }
    )*};
}

id_type! {
    /// A project (one per database).
    ProjectId,
    /// A unit (placówka / klub).
    UnitId,
    /// A task (zadanie) of the project.
    TaskId,
    /// A form of support (forma wsparcia).
    SupportFormId,
    /// A staff member: animator, specialist, volunteer or coordinator.
    StaffId,
    /// A participant or a person from a participant's otoczenie.
    ParticipantId,
    /// A session (zajęcia) or an individual consultation.
    SessionId,
    /// One participant's attendance at one session.
    AttendanceId,
    /// A participant's enrolment in a form of support.
    EnrolmentId,
    /// A volunteer's hours on one day.
    VolunteerHoursId,
}

/// The identifier of one browser profile on one laptop: the key of version-vector counters.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(transparent)]
pub struct DeviceId(pub String);

impl DeviceId {
    /// A fresh random device identifier.
    pub fn new() -> Self {
        Self(Uuid::new_v4().simple().to_string())
    }
}

impl Default for DeviceId {
    fn default() -> Self {
        Self::new()
    }
}

impl fmt::Display for DeviceId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.0.fmt(f)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_round_trip_through_text_and_json() {
        let id = ParticipantId::new();
        assert_eq!(ParticipantId::parse(&id.to_string()).unwrap(), id);
        let json = serde_json::to_string(&id).unwrap();
        assert_eq!(json, format!("\"{id}\""));
        assert_eq!(serde_json::from_str::<ParticipantId>(&json).unwrap(), id);
    }

    #[test]
    fn fresh_ids_differ() {
        assert_ne!(SessionId::new(), SessionId::new());
        assert_ne!(DeviceId::new(), DeviceId::new());
    }
}
