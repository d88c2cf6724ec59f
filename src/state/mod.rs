//! Application state: signals, actions and the context newtypes that pages read.
//!
//! State calls the browser helpers and (later) the storage port; pages never do.

pub mod app_status;
pub mod audit;
pub mod errors;
pub mod exit_form;
pub mod files;
pub mod focus;
pub mod form_status;
pub mod hand_off;
pub mod locale;
pub mod notices;
pub mod participant_form;
pub mod participants;
pub mod privacy;
pub mod profiles;
pub mod project;
pub mod project_form;
pub mod records;
pub mod registry;
pub mod sealing;
pub mod session_form;
pub mod sessions;
pub mod structure;
pub mod wipe;
