//! Number, money, date and size formatting the Polish way (and the English way for the English UI).
//!
//! Polish: decimal comma, a non-breaking space between thousands from five digits on (CLDR's
//! "minimum grouping digits" of 2), "zł" after the amount, dates as dd.mm.rrrr. English keeps the
//! Polish date format, because the records and printed lists are Polish documents.

use super::Locale;
use chrono::{Datelike, NaiveDate};
use rust_decimal::{Decimal, RoundingStrategy};

/// The non-breaking space used between digit groups and before units.
pub const NBSP: char = '\u{a0}';

/// Groups the digits of a non-negative integer string: `"698626"` → `"698 626"` (Polish).
fn group_digits(locale: Locale, digits: &str) -> String {
    let (separator, min_len) = match locale {
        Locale::Pl => (NBSP, 5),
        Locale::En => (',', 4),
    };
    if digits.len() < min_len {
        return digits.to_owned();
    }
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    let first = digits.len() % 3;
    for (i, c) in digits.chars().enumerate() {
        if i != 0 && (i + 3 - first).is_multiple_of(3) {
            out.push(separator);
        }
        out.push(c);
    }
    out
}

/// An integer with digit grouping: `12 345` (pl) or `12,345` (en).
pub fn integer(locale: Locale, n: u64) -> String {
    group_digits(locale, &n.to_string())
}

/// A decimal rounded to `places` places: `2,00` (pl) or `2.00` (en); negative values keep a minus.
pub fn decimal(locale: Locale, value: Decimal, places: u32) -> String {
    // Commercial rounding (half away from zero), as in Polish accounting, not banker's rounding.
    let rounded = value.round_dp_with_strategy(places, RoundingStrategy::MidpointAwayFromZero);
    let negative = rounded.is_sign_negative() && !rounded.is_zero();
    let text = format!("{:.*}", places as usize, rounded.abs());
    let (int_part, frac_part) = match text.split_once('.') {
        Some((i, f)) => (i, Some(f)),
        None => (text.as_str(), None),
    };
    let mut out = String::new();
    if negative {
        out.push('-');
    }
    out.push_str(&group_digits(locale, int_part));
    if let Some(frac) = frac_part {
        out.push(match locale {
            Locale::Pl => ',',
            Locale::En => '.',
        });
        out.push_str(frac);
    }
    out
}

/// A money amount in złoty: `698 626,66 zł` (pl) or `PLN 698,626.66` (en).
pub fn money(locale: Locale, value: Decimal) -> String {
    let amount = decimal(locale, value, 2);
    match locale {
        Locale::Pl => format!("{amount}{NBSP}zł"),
        Locale::En => format!("PLN{NBSP}{amount}"),
    }
}

/// A date as dd.mm.rrrr in both languages.
pub fn date(date: NaiveDate) -> String {
    date.format("%d.%m.%Y").to_string()
}

const WEEKDAYS_PL: [&str; 7] = ["poniedziałek", "wtorek", "środa", "czwartek", "piątek", "sobota", "niedziela"];
const WEEKDAYS_EN: [&str; 7] = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];
const WEEKDAYS_SHORT_PL: [&str; 7] = ["pon.", "wt.", "śr.", "czw.", "pt.", "sob.", "niedz."];
const WEEKDAYS_SHORT_EN: [&str; 7] = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"];
/// Month names in the nominative ("listopad 2026") and genitive ("23 listopada 2026").
const MONTHS_PL: [&str; 12] = [
    "styczeń",
    "luty",
    "marzec",
    "kwiecień",
    "maj",
    "czerwiec",
    "lipiec",
    "sierpień",
    "wrzesień",
    "październik",
    "listopad",
    "grudzień",
];
const MONTHS_GENITIVE_PL: [&str; 12] = [
    "stycznia",
    "lutego",
    "marca",
    "kwietnia",
    "maja",
    "czerwca",
    "lipca",
    "sierpnia",
    "września",
    "października",
    "listopada",
    "grudnia",
];
const MONTHS_EN: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

fn weekday_index(date: NaiveDate) -> usize {
    date.weekday().num_days_from_monday() as usize
}

fn month_index(date: NaiveDate) -> usize {
    date.month0() as usize
}

/// The day of the week: "poniedziałek" / "Monday".
pub fn weekday(locale: Locale, date: NaiveDate) -> &'static str {
    match locale {
        Locale::Pl => WEEKDAYS_PL[weekday_index(date)],
        Locale::En => WEEKDAYS_EN[weekday_index(date)],
    }
}

/// The short day of the week: "pon." / "Mon".
pub fn weekday_short(locale: Locale, date: NaiveDate) -> &'static str {
    match locale {
        Locale::Pl => WEEKDAYS_SHORT_PL[weekday_index(date)],
        Locale::En => WEEKDAYS_SHORT_EN[weekday_index(date)],
    }
}

/// A date in words: "poniedziałek, 23 listopada 2026" / "Monday, 23 November 2026".
pub fn long_date(locale: Locale, date: NaiveDate) -> String {
    let months = match locale {
        Locale::Pl => MONTHS_GENITIVE_PL,
        Locale::En => MONTHS_EN,
    };
    format!("{}, {} {} {}", weekday(locale, date), date.day(), months[month_index(date)], date.year())
}

/// A month and year: "listopad 2026" / "November 2026".
pub fn month_year(locale: Locale, date: NaiveDate) -> String {
    let months = match locale {
        Locale::Pl => MONTHS_PL,
        Locale::En => MONTHS_EN,
    };
    format!("{} {}", months[month_index(date)], date.year())
}

/// Hours with two decimals: "2,00 h" / "2.00 h".
pub fn hours(locale: Locale, value: Decimal) -> String {
    format!("{}{NBSP}h", decimal(locale, value, 2))
}

/// A percentage with one decimal: `12,5 %` (pl) or `12.5%` (en).
pub fn percent(locale: Locale, value: Decimal) -> String {
    let number = decimal(locale, value, 1);
    match locale {
        Locale::Pl => format!("{number}{NBSP}%"),
        Locale::En => format!("{number}%"),
    }
}

/// A byte count in the largest fitting unit with one decimal: `1,5 MB`.
pub fn bytes(locale: Locale, n: u64) -> String {
    const UNITS: [&str; 5] = ["B", "KB", "MB", "GB", "TB"];
    let mut unit = 0;
    let mut scaled = Decimal::from(n);
    let thousand = Decimal::from(1000);
    while scaled >= thousand && unit < UNITS.len() - 1 {
        scaled /= thousand;
        unit += 1;
    }
    let places = u32::from(unit != 0);
    format!("{}{NBSP}{}", decimal(locale, scaled, places), UNITS[unit])
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::str::FromStr;

    fn dec(s: &str) -> Decimal {
        Decimal::from_str(s).unwrap()
    }

    #[test]
    fn polish_money_uses_spaces_comma_and_zloty() {
        assert_eq!(money(Locale::Pl, dec("698626.66")), "698\u{a0}626,66\u{a0}zł");
        assert_eq!(money(Locale::Pl, dec("34931.33")), "34\u{a0}931,33\u{a0}zł");
        assert_eq!(money(Locale::Pl, dec("45600")), "45\u{a0}600,00\u{a0}zł");
        assert_eq!(money(Locale::Pl, dec("1000")), "1000,00\u{a0}zł");
        assert_eq!(money(Locale::En, dec("698626.66")), "PLN\u{a0}698,626.66");
    }

    #[test]
    fn days_and_months_read_in_words() {
        let d = NaiveDate::from_ymd_opt(2026, 11, 23).unwrap();
        assert_eq!(long_date(Locale::Pl, d), "poniedziałek, 23 listopada 2026");
        assert_eq!(long_date(Locale::En, d), "Monday, 23 November 2026");
        assert_eq!(month_year(Locale::Pl, d), "listopad 2026");
        assert_eq!(weekday_short(Locale::Pl, NaiveDate::from_ymd_opt(2026, 11, 29).unwrap()), "niedz.");
        assert_eq!(hours(Locale::Pl, dec("2")), "2,00\u{a0}h");
    }

    #[test]
    fn integers_group_from_five_digits_in_polish() {
        assert_eq!(integer(Locale::Pl, 0), "0");
        assert_eq!(integer(Locale::Pl, 1234), "1234");
        assert_eq!(integer(Locale::Pl, 12_345), "12\u{a0}345");
        assert_eq!(integer(Locale::Pl, 1_234_567), "1\u{a0}234\u{a0}567");
        assert_eq!(integer(Locale::En, 1234), "1,234");
    }

    #[test]
    fn decimals_round_and_keep_the_sign() {
        assert_eq!(decimal(Locale::Pl, dec("2"), 2), "2,00");
        assert_eq!(decimal(Locale::Pl, dec("1.005"), 2), "1,01");
        assert_eq!(decimal(Locale::Pl, dec("-3.5"), 1), "-3,5");
        assert_eq!(decimal(Locale::En, dec("-0.001"), 2), "0.00");
    }

    #[test]
    fn dates_are_day_month_year_with_dots() {
        let d = NaiveDate::from_ymd_opt(2016, 6, 1).unwrap();
        assert_eq!(date(d), "01.06.2016");
    }

    #[test]
    fn percent_and_bytes_follow_the_locale() {
        assert_eq!(percent(Locale::Pl, dec("34")), "34,0\u{a0}%");
        assert_eq!(percent(Locale::En, dec("12.25")), "12.3%");
        assert_eq!(bytes(Locale::Pl, 999), "999\u{a0}B");
        assert_eq!(bytes(Locale::Pl, 1_500_000), "1,5\u{a0}MB");
        assert_eq!(bytes(Locale::En, 2_000_000_000), "2.0\u{a0}GB");
    }
}
