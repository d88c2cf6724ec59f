//! Any bytes given to the participant-list importer: a result, never a panic.
#![no_main]

use chrono::{TimeZone, Utc};
use kartoteka::codec::participants_csv::read_people;
use kartoteka::domain::dictionary::Period;
use kartoteka::domain::ids::DeviceId;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let now = Utc.timestamp_opt(1_700_000_000, 0).single().unwrap_or_default();
    let today = chrono::NaiveDate::from_ymd_opt(2026, 11, 23).unwrap_or_default();
    for period in [Period::P2014_2020, Period::P2021_2027] {
        let _ = read_people(data, period, &DeviceId("fuzz".into()), None, now, today);
    }
});
