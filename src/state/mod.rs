//! Application state: signals, actions and the context newtypes that pages read.
//!
//! State calls the browser helpers and (later) the storage port; pages never do.

pub mod app_status;
pub mod errors;
pub mod locale;
pub mod notices;
pub mod records;
