//! Money: amounts in złoty as exact decimals, typed the Polish way ("698 626,66 zł").

use crate::domain::validation::ErrorCode;
use rust_decimal::Decimal;
use std::str::FromStr;

/// Parses an amount typed by a person: spaces (also non-breaking) group thousands, a comma or a
/// dot separates the grosze, an optional "zł" or "PLN" may follow or precede.
///
/// # Errors
/// `MoneyFormat` (not a number, or both separators), `MoneyNegative`, `MoneyTooManyDecimals`.
pub fn parse_money(text: &str) -> Result<Decimal, ErrorCode> {
    let mut t = text.trim().to_owned();
    for unit in ["zł", "ZŁ", "Zł", "PLN", "pln"] {
        if let Some(rest) = t.strip_suffix(unit) {
            t = rest.trim_end().to_owned();
        }
        if let Some(rest) = t.strip_prefix(unit) {
            t = rest.trim_start().to_owned();
        }
    }
    let compact: String = t.chars().filter(|c| !matches!(c, ' ' | '\u{a0}' | '\u{202f}')).collect();
    if compact.is_empty() {
        return Err(ErrorCode::MoneyFormat);
    }
    let negative = compact.starts_with('-');
    let body = compact.trim_start_matches(['-', '+']);
    if body.contains(',') && body.contains('.') {
        return Err(ErrorCode::MoneyFormat);
    }
    let normalized = body.replace(',', ".");
    if normalized.matches('.').count() > 1
        || normalized.starts_with('.')
        || !normalized.chars().all(|c| c.is_ascii_digit() || c == '.')
    {
        return Err(ErrorCode::MoneyFormat);
    }
    let value = Decimal::from_str(&normalized).map_err(|_| ErrorCode::MoneyFormat)?;
    if negative && !value.is_zero() {
        return Err(ErrorCode::MoneyNegative);
    }
    check_money(value)?;
    Ok(value)
}

/// Parses a decimal number typed the Polish way ("2,5", also "2.5"), e.g. hours.
///
/// # Errors
/// `NumberFormat` when the text is not such a number.
pub fn parse_number(text: &str) -> Result<Decimal, ErrorCode> {
    let compact: String = text.trim().chars().filter(|c| !matches!(c, ' ' | '\u{a0}' | '\u{202f}')).collect();
    let normalized = compact.replace(',', ".");
    if normalized.is_empty() || !normalized.chars().all(|c| c.is_ascii_digit() || matches!(c, '.' | '-')) {
        return Err(ErrorCode::NumberFormat);
    }
    Decimal::from_str(&normalized).map_err(|_| ErrorCode::NumberFormat)
}

/// An amount must be ≥ 0 with at most two decimal places.
///
/// # Errors
/// `MoneyNegative` or `MoneyTooManyDecimals`.
pub fn check_money(value: Decimal) -> Result<(), ErrorCode> {
    if value.is_sign_negative() && !value.is_zero() {
        return Err(ErrorCode::MoneyNegative);
    }
    if value.normalize().scale() > 2 {
        return Err(ErrorCode::MoneyTooManyDecimals);
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> Decimal {
        Decimal::from_str(s).unwrap()
    }

    #[test]
    fn polish_and_plain_forms_parse_exactly() {
        assert_eq!(parse_money("698 626,66 zł"), Ok(d("698626.66")));
        assert_eq!(parse_money("698\u{a0}626,66"), Ok(d("698626.66")));
        assert_eq!(parse_money("698626.66"), Ok(d("698626.66")));
        assert_eq!(parse_money("PLN 45 600"), Ok(d("45600")));
        assert_eq!(parse_money("0,5"), Ok(d("0.5")));
        assert_eq!(parse_money("10,50"), Ok(d("10.50")));
    }

    #[test]
    fn bad_amounts_say_what_is_wrong() {
        assert_eq!(parse_money(""), Err(ErrorCode::MoneyFormat));
        assert_eq!(parse_money("abc"), Err(ErrorCode::MoneyFormat));
        assert_eq!(parse_money("1.234,56"), Err(ErrorCode::MoneyFormat));
        assert_eq!(parse_money("1,2,3"), Err(ErrorCode::MoneyFormat));
        assert_eq!(parse_money(",5"), Err(ErrorCode::MoneyFormat));
        assert_eq!(parse_money("-5,00"), Err(ErrorCode::MoneyNegative));
        assert_eq!(parse_money("1,005"), Err(ErrorCode::MoneyTooManyDecimals));
        assert_eq!(parse_money("1e5"), Err(ErrorCode::MoneyFormat));
    }

    #[test]
    fn trailing_zeros_do_not_count_as_decimals() {
        assert_eq!(check_money(d("1.2000")), Ok(()));
        assert_eq!(check_money(d("1.201")), Err(ErrorCode::MoneyTooManyDecimals));
    }

    #[test]
    fn numbers_take_a_decimal_comma() {
        assert_eq!(parse_number("2,5"), Ok(Decimal::from_str("2.5").unwrap()));
        assert_eq!(parse_number(" 3 "), Ok(Decimal::from(3)));
        assert_eq!(parse_number("0.75"), Ok(Decimal::from_str("0.75").unwrap()));
        for bad in ["", "dwie", "2,5h", "1,2,3"] {
            assert_eq!(parse_number(bad), Err(ErrorCode::NumberFormat), "{bad}");
        }
    }
}
