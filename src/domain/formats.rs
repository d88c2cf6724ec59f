//! Format checks for contact and address fields: postal code, phone, e-mail, TERYT.

use crate::domain::validation::ErrorCode;

/// `NN-NNN`. The code is not cross-checked against the gmina: one code spans several localities.
///
/// # Errors
/// `PostalCodeFormat`.
pub fn check_postal_code(text: &str) -> Result<(), ErrorCode> {
    let b = text.trim().as_bytes();
    let ok = b.len() == 6 && b[2] == b'-' && b.iter().enumerate().all(|(i, c)| i == 2 || c.is_ascii_digit());
    if ok { Ok(()) } else { Err(ErrorCode::PostalCodeFormat) }
}

/// A phone number: a Polish 9-digit number, optionally with `+48`/`0048`, or an international
/// one starting with `+` (8–15 digits). Spaces, dashes and brackets are allowed between digits.
///
/// # Errors
/// `PhoneFormat`.
pub fn check_phone(text: &str) -> Result<(), ErrorCode> {
    let text = text.trim();
    if !text.chars().all(|c| c.is_ascii_digit() || " -()+".contains(c)) {
        return Err(ErrorCode::PhoneFormat);
    }
    if text.chars().skip(1).any(|c| c == '+') {
        return Err(ErrorCode::PhoneFormat);
    }
    let digits: String = text.chars().filter(char::is_ascii_digit).collect();
    let ok = if let Some(rest) = digits.strip_prefix("0048").filter(|_| !text.starts_with('+')) {
        rest.len() == 9
    } else if text.starts_with('+') {
        if let Some(rest) = digits.strip_prefix("48") { rest.len() == 9 } else { (8..=15).contains(&digits.len()) }
    } else {
        digits.len() == 9
    };
    if ok { Ok(()) } else { Err(ErrorCode::PhoneFormat) }
}

/// A basic e-mail pattern: `local@domain.tld`, no spaces. Polish diacritics are refused with their
/// own code, because the central office's import (SOWA) rejects them.
///
/// # Errors
/// `EmailDiacritics` or `EmailFormat`.
pub fn check_email(text: &str) -> Result<(), ErrorCode> {
    let text = text.trim();
    if text.chars().any(|c| "ąćęłńóśźżĄĆĘŁŃÓŚŹŻ".contains(c)) {
        return Err(ErrorCode::EmailDiacritics);
    }
    let Some((local, domain)) = text.split_once('@') else {
        return Err(ErrorCode::EmailFormat);
    };
    let allowed = |c: char| c.is_ascii_alphanumeric() || "!#$%&'*+/=?^_`{|}~.-".contains(c);
    let ok = !local.is_empty()
        && local.chars().all(allowed)
        && !local.starts_with('.')
        && !local.ends_with('.')
        && domain.contains('.')
        && !domain.starts_with('.')
        && !domain.ends_with('.')
        && !domain.contains("..")
        && domain.chars().all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '.')
        && domain.rsplit('.').next().is_some_and(|tld| tld.len() >= 2 && tld.chars().all(|c| c.is_ascii_alphabetic()));
    if ok { Ok(()) } else { Err(ErrorCode::EmailFormat) }
}

/// The parts of a 7-digit TERC code `WW PP GG R`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Terc {
    /// Województwo: even, 02–32.
    pub voivodeship: u8,
    /// Powiat: 01–60 land counties, 61–99 cities with county rights.
    pub powiat: u8,
    /// Gmina (or Warsaw district / delegatura): 01–99.
    pub gmina: u8,
    /// Unit type: 1–5, 8 or 9.
    pub unit_type: u8,
}

impl Terc {
    /// Whether the powiat is a city with county rights (PP 61–99).
    pub fn is_city_county(&self) -> bool {
        self.powiat >= 61
    }
}

/// Checks the structure of a TERC code and splits it.
///
/// # Errors
/// `TerytFormat` (not 7 digits, or a zero part), `TerytVoivodeship` (not even 02–32) or
/// `TerytUnitType` (R not in 1–5, 8, 9).
pub fn parse_terc(text: &str) -> Result<Terc, ErrorCode> {
    let text = text.trim();
    if text.len() != 7 || !text.bytes().all(|b| b.is_ascii_digit()) {
        return Err(ErrorCode::TerytFormat);
    }
    let n = |range: std::ops::Range<usize>| text[range].parse::<u8>().unwrap_or(0);
    let terc = Terc { voivodeship: n(0..2), powiat: n(2..4), gmina: n(4..6), unit_type: n(6..7) };
    if !(2..=32).contains(&terc.voivodeship) || !terc.voivodeship.is_multiple_of(2) {
        return Err(ErrorCode::TerytVoivodeship);
    }
    if terc.powiat == 0 || terc.gmina == 0 {
        return Err(ErrorCode::TerytFormat);
    }
    if !matches!(terc.unit_type, 1..=5 | 8 | 9) {
        return Err(ErrorCode::TerytUnitType);
    }
    Ok(terc)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn postal_codes_are_two_digits_dash_three_digits() {
        for ok in ["42-100", "00-950", " 32-065 "] {
            assert_eq!(check_postal_code(ok), Ok(()), "{ok}");
        }
        for bad in ["42100", "4-2100", "42-10", "42-1000", "ab-cde", "42–100", ""] {
            assert_eq!(check_postal_code(bad), Err(ErrorCode::PostalCodeFormat), "{bad}");
        }
    }

    #[test]
    fn phones_accept_polish_and_international_forms() {
        for ok in ["600100200", "600 100 200", "+48 600 100 200", "0048600100200", "(34) 317-00-00", "+380 44 123 4567"]
        {
            assert_eq!(check_phone(ok), Ok(()), "{ok}");
        }
        for bad in ["60010020", "6001002001", "+48 60010020", "600-100-20a", "600+100200", "", "+1234567"] {
            assert_eq!(check_phone(bad), Err(ErrorCode::PhoneFormat), "{bad}");
        }
    }

    #[test]
    fn emails_need_a_basic_shape_and_no_polish_letters() {
        for ok in ["jan.kowalski@gops.klobuck.pl", "a+b@x.eu", " ola@poczta.pl "] {
            assert_eq!(check_email(ok), Ok(()), "{ok}");
        }
        for bad in ["jan", "jan@", "@x.pl", "jan@x", "jan@.pl", "j an@x.pl", "jan@x..pl", "jan@x.p1", ".jan@x.pl"] {
            assert_eq!(check_email(bad), Err(ErrorCode::EmailFormat), "{bad}");
        }
        assert_eq!(check_email("żaneta@x.pl"), Err(ErrorCode::EmailDiacritics));
    }

    #[test]
    fn terc_codes_are_checked_part_by_part() {
        let terc = parse_terc("3201033").unwrap();
        assert_eq!(terc, Terc { voivodeship: 32, powiat: 1, gmina: 3, unit_type: 3 });
        assert!(!terc.is_city_county());
        assert!(parse_terc("2461011").unwrap().is_city_county());
        assert_eq!(parse_terc("320101"), Err(ErrorCode::TerytFormat));
        assert_eq!(parse_terc("32010a1"), Err(ErrorCode::TerytFormat));
        assert_eq!(parse_terc("3300011"), Err(ErrorCode::TerytVoivodeship));
        assert_eq!(parse_terc("3401011"), Err(ErrorCode::TerytVoivodeship));
        assert_eq!(parse_terc("0101011"), Err(ErrorCode::TerytVoivodeship));
        assert_eq!(parse_terc("3200011"), Err(ErrorCode::TerytFormat));
        assert_eq!(parse_terc("3201016"), Err(ErrorCode::TerytUnitType));
        assert_eq!(parse_terc("1465018").unwrap().unit_type, 8);
    }
}
