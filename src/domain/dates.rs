//! Dates typed the Polish way: dd.mm.rrrr (also accepted: d.m.rrrr and ISO rrrr-mm-dd).

use crate::domain::validation::ErrorCode;
use chrono::NaiveDate;

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

/// The Polish form of a date: dd.mm.rrrr.
pub fn date_text(date: NaiveDate) -> String {
    date.format("%d.%m.%Y").to_string()
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
}
