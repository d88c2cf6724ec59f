//! Any bytes given to the file importer (bare JSON or a close-the-day ZIP): it must return a
//! result, never panic, and whatever it accepts must plan against an empty laptop.
#![no_main]

use kartoteka::codec::bundle::read_any;
use kartoteka::domain::dataset::Dataset;
use kartoteka::domain::merge::plan;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if let Ok((export, _)) = read_any(data) {
        let today = chrono::NaiveDate::from_ymd_opt(2026, 11, 23).unwrap_or_default();
        let _ = plan(&Dataset::default(), &export.data, today);
    }
});
