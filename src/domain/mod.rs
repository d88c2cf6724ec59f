//! The pure domain core: everything Kartoteka knows about ESF social-inclusion projects.
//!
//! Plain data types with serde, validation returning typed issues, and the rules (PESEL, age,
//! hours, the recruitment status machine, version-vector merging). No browser code: all of it
//! compiles and is tested natively. Dictionaries and templates are embedded JSON data, parsed
//! with `serde_json` (pure, no I/O).

pub mod access;
pub mod attendance;
pub mod dataset;
pub mod dates;
pub mod dictionary;
pub mod exit;
pub mod formats;
pub mod ids;
pub mod indicators;
pub mod journal;
pub mod merge;
pub mod meta;
pub mod money;
pub mod participant;
pub mod participant_rules;
pub mod pesel;
pub mod project;
pub mod record;
pub mod search;
pub mod session;
pub mod status;
pub mod support;
pub mod templates;
#[cfg(test)]
pub(crate) mod test_support;
pub mod usage;
pub mod validation;
pub mod version_vector;
pub mod volunteer;
