//! Dates typed the Polish way: dd.mm.rrrr (also accepted: d.m.rrrr and ISO rrrr-mm-dd), and
//! times of day: gg:mm (also 16.30, 1630, 16).

use crate::domain::validation::ErrorCode;
use chrono::{NaiveDate, NaiveTime};

/// Parses a date typed by a person.
///
/// # Errors
/// `DateFormat` when the text is not such a date or the day does not exist.
pub fn parse_date(text: &str) -> Result<NaiveDate, ErrorCode> {
    let text = text.trim();
    if let Ok(d) = NaiveDate::parse_from_str(text, "%Y-%m-%d") {
        return Ok(d);
    }
    let parts: Vec<&str> = text.split(['.', '-', '/']).collect();
    let [day, month, year] = parts.as_slice() else { return Err(ErrorCode::DateFormat) };
    if year.len() != 4 || !(1..=2).contains(&day.len()) || !(1..=2).contains(&month.len()) {
        return Err(ErrorCode::DateFormat);
    }
    let number = |s: &str| s.parse::<u32>().map_err(|_| ErrorCode::DateFormat);
    let year = i32::try_from(number(year)?).map_err(|_| ErrorCode::DateFormat)?;
    NaiveDate::from_ymd_opt(year, number(month)?, number(day)?).ok_or(ErrorCode::DateFormat)
}

/// An optional date typed as dd.mm.rrrr: empty is `None`; one that does not parse is `None`
/// with its issue added for `field`.
pub fn optional_date(
    text: &str,
    field: crate::domain::validation::Field,
    issues: &mut Vec<crate::domain::validation::Issue>,
) -> Option<NaiveDate> {
    let text = text.trim();
    if text.is_empty() {
        return None;
    }
    parse_date(text).map_err(|code| issues.push(crate::domain::validation::Issue::new(field, code))).ok()
}

/// The Polish form of a date: dd.mm.rrrr.
pub fn date_text(date: NaiveDate) -> String {
    date.format("%d.%m.%Y").to_string()
}

/// Parses a time of day typed by a person: "16:30", "16.30", "1630", "930" or "16".
///
/// # Errors
/// `TimeFormat` when the text is not such a time.
pub fn parse_time(text: &str) -> Result<NaiveTime, ErrorCode> {
    let text = text.trim();
    let (hours, minutes) = match text.split_once([':', '.', ',', ' ']) {
        Some((h, m)) => (h, m),
        None if text.len() <= 2 => (text, "0"),
        None if (3..=4).contains(&text.len()) && text.is_ascii() => text.split_at(text.len() - 2),
        None => return Err(ErrorCode::TimeFormat),
    };
    let number = |s: &str, max_len: usize| {
        if s.is_empty() || s.len() > max_len || !s.bytes().all(|b| b.is_ascii_digit()) {
            return Err(ErrorCode::TimeFormat);
        }
        s.parse::<u32>().map_err(|_| ErrorCode::TimeFormat)
    };
    NaiveTime::from_hms_opt(number(hours, 2)?, number(minutes, 2)?, 0).ok_or(ErrorCode::TimeFormat)
}

/// A time of day as gg:mm.
pub fn time_text(time: NaiveTime) -> String {
    time.format("%H:%M").to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    #[test]
    fn polish_and_iso_dates_parse() {
        assert_eq!(parse_date("31.03.2021"), Ok(d(2021, 3, 31)));
        assert_eq!(parse_date(" 1.6.2016 "), Ok(d(2016, 6, 1)));
        assert_eq!(parse_date("2023-03-31"), Ok(d(2023, 3, 31)));
        assert_eq!(date_text(d(2016, 6, 1)), "01.06.2016");
    }

    #[test]
    fn impossible_or_malformed_dates_are_refused() {
        for bad in ["31.02.2021", "2021", "12.2021", "1.1.21", "aa.bb.cccc", "", "32.01.2020", "01.13.2020"] {
            assert_eq!(parse_date(bad), Err(ErrorCode::DateFormat), "{bad}");
        }
    }

    #[test]
    fn times_parse_with_colon_dot_or_digits_only() {
        let t = |h, m| NaiveTime::from_hms_opt(h, m, 0).unwrap();
        assert_eq!(parse_time("16:30"), Ok(t(16, 30)));
        assert_eq!(parse_time(" 9.05 "), Ok(t(9, 5)));
        assert_eq!(parse_time("1630"), Ok(t(16, 30)));
        assert_eq!(parse_time("930"), Ok(t(9, 30)));
        assert_eq!(parse_time("16"), Ok(t(16, 0)));
        assert_eq!(time_text(t(9, 5)), "09:05");
        for bad in ["", "24:00", "16:60", "16:3a", "abc", "12345", "-1:00", "16:", ":30"] {
            assert_eq!(parse_time(bad), Err(ErrorCode::TimeFormat), "{bad}");
        }
    }
}
