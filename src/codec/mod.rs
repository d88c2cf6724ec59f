//! Pure conversions between domain values and bytes: record payloads, (later) the JSON hand-off
//! envelope and the CSV presets. No I/O.

pub mod record;
