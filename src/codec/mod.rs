//! Pure conversions between domain values and bytes: record payloads, (later) the JSON hand-off
//! envelope and the CSV presets. No I/O.

pub mod bundle;
pub mod csv;
pub mod envelope;
pub mod participants_csv;
pub mod record;
pub mod sealed;
pub mod tables;
