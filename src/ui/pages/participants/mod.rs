//! The participant registry: the list, the registration form, and the participant card.

mod card;
mod exit;
mod form;
mod list;
mod privacy;

use crate::domain::ids::ParticipantId;
pub use card::ParticipantCardPage;
pub use form::ParticipantFormPage;
pub use list::ParticipantsPage;

/// The list's address.
pub fn participants_path() -> String {
    "/uczestnicy".to_owned()
}

/// The registration form's address.
pub fn new_participant_path() -> String {
    "/uczestnicy/nowy".to_owned()
}

/// The registration form for a person of `id`'s otoczenie.
pub fn new_otoczenie_path(id: ParticipantId) -> String {
    format!("/uczestnicy/nowy?otoczenie={id}")
}

/// A person's card.
pub fn participant_path(id: ParticipantId) -> String {
    format!("/uczestnicy/{id}")
}

/// A person's edit form.
pub fn participant_edit_path(id: ParticipantId) -> String {
    format!("/uczestnicy/{id}/edycja")
}
