//! Who may do what: the rights of the three roles on a shared laptop, and the volunteer's view
//! of a person (names only). The UI hides what a role may not do; the state layer refuses it.

use crate::domain::participant::Participant;
use crate::domain::project::StaffRole;

/// One thing a role may or may not do.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Right {
    /// See PESEL, address, contact, special situations, eligibility and documents.
    SeeSensitive,
    /// Register and edit participants (beyond a name-only walk-in).
    EditParticipants,
    /// Export, close the day, print lists with personal data.
    Export,
    /// Import and join files from other laptops.
    Import,
    /// Erase a person, wipe the computer.
    Erase,
    /// Add and remove profiles, read the audit log.
    ManageProfiles,
    /// Change the project settings and structure.
    Settings,
    /// Look at the indicators.
    Indicators,
}

/// Whether `role` has `right`.
pub fn may(role: StaffRole, right: Right) -> bool {
    match role {
        StaffRole::Coordinator => true,
        StaffRole::Animator | StaffRole::Specialist => {
            matches!(right, Right::SeeSensitive | Right::EditParticipants | Right::Indicators)
        }
        StaffRole::Volunteer => false,
    }
}

/// What a volunteer's view holds of a person: id, version, kind, status, names, units and the
/// participation dates (to list who may attend) — nothing else.
pub fn names_only(person: &Participant) -> Participant {
    let mut view = Participant::new(person.id, person.meta.clone());
    view.kind = person.kind;
    view.status = person.status;
    view.first_name.clone_from(&person.first_name);
    view.last_name.clone_from(&person.last_name);
    view.units.clone_from(&person.units);
    view.start = person.start;
    view.end = person.end;
    view
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::ids::{DeviceId, ParticipantId};
    use crate::domain::meta::Meta;

    #[test]
    fn only_the_coordinator_exports_imports_erases_and_manages() {
        for right in [Right::Export, Right::Import, Right::Erase, Right::ManageProfiles, Right::Settings] {
            assert!(may(StaffRole::Coordinator, right));
            assert!(!may(StaffRole::Animator, right));
            assert!(!may(StaffRole::Specialist, right));
            assert!(!may(StaffRole::Volunteer, right));
        }
        assert!(may(StaffRole::Specialist, Right::EditParticipants));
        assert!(!may(StaffRole::Volunteer, Right::SeeSensitive));
    }

    #[test]
    fn the_names_only_view_keeps_no_sensitive_field() {
        let mut p = Participant::new(ParticipantId::new(), Meta::new(&DeviceId("a".into()), None, chrono::Utc::now()));
        p.first_name = "Halina".into();
        p.last_name = "Półtorak".into();
        p.pesel = "44051401458".into();
        p.phone = "600 700 800".into();
        p.email = "h@example.pl".into();
        p.address.street = "Zamkowa".into();
        p.situation.insert("disability".into(), "tak".into());
        p.eligibility = vec!["pomoc_spoleczna".into()];
        p.notes = "kontakt przez córkę".into();
        let view = names_only(&p);
        assert_eq!((view.first_name.as_str(), view.last_name.as_str()), ("Halina", "Półtorak"));
        let json = serde_json::to_string(&view).expect("serializes");
        assert!(view.situation.is_empty(), "special-situation answers leaked");
        for secret in ["44051401458", "600 700 800", "h@example.pl", "Zamkowa", "pomoc_spoleczna", "córk"] {
            assert!(!json.contains(secret), "{secret} leaked into the names-only view");
        }
    }
}
