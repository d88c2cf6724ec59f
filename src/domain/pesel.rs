//! PESEL, the Polish national identification number: structure, checksum, and what it encodes.
//!
//! `RRMMDDPPPPK`: year, month plus a century offset, day, serial (its last digit gives the sex),
//! and a check digit with weights 1-3-7-9 over the first ten digits.

use crate::domain::validation::ErrorCode;
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

/// A person's sex as the ESF data set records it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum Sex {
    /// Kobieta.
    #[serde(rename = "K")]
    Female,
    /// Mężczyzna.
    #[serde(rename = "M")]
    Male,
}

/// A PESEL that has passed every structural check.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(transparent)]
pub struct Pesel(String);

const WEIGHTS: [u32; 10] = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3];

/// The check digit for the first ten digits.
pub fn check_digit(first_ten: &[u32; 10]) -> u32 {
    let sum: u32 = first_ten.iter().zip(WEIGHTS).map(|(d, w)| d * w).sum();
    (10 - sum % 10) % 10
}

fn decode_date(digits: &[u32; 11]) -> Option<NaiveDate> {
    let yy = digits[0] * 10 + digits[1];
    let mm = digits[2] * 10 + digits[3];
    let dd = digits[4] * 10 + digits[5];
    let (century, month) = match mm {
        81..=92 => (1800, mm - 80),
        1..=12 => (1900, mm),
        21..=32 => (2000, mm - 20),
        41..=52 => (2100, mm - 40),
        61..=72 => (2200, mm - 60),
        _ => return None,
    };
    let year = i32::try_from(century + yy).ok()?;
    NaiveDate::from_ymd_opt(year, month, dd)
}

impl Pesel {
    /// Parses and checks a PESEL typed by a person: surrounding spaces are ignored.
    ///
    /// # Errors
    /// `PeselLength`, `PeselNotDigits`, `PeselChecksum`, `PeselInvalidDate` (no such day), or
    /// `PeselFutureDate` (born after `today`).
    pub fn parse(text: &str, today: NaiveDate) -> Result<Pesel, ErrorCode> {
        let text = text.trim();
        if text.chars().count() != 11 {
            return Err(if text.chars().all(|c| c.is_ascii_digit()) {
                ErrorCode::PeselLength
            } else {
                ErrorCode::PeselNotDigits
            });
        }
        let mut digits = [0u32; 11];
        for (slot, c) in digits.iter_mut().zip(text.chars()) {
            *slot = c.to_digit(10).filter(|_| c.is_ascii_digit()).ok_or(ErrorCode::PeselNotDigits)?;
        }
        let mut first_ten = [0u32; 10];
        first_ten.copy_from_slice(&digits[..10]);
        if check_digit(&first_ten) != digits[10] {
            return Err(ErrorCode::PeselChecksum);
        }
        let birth = decode_date(&digits).ok_or(ErrorCode::PeselInvalidDate)?;
        if birth > today {
            return Err(ErrorCode::PeselFutureDate);
        }
        Ok(Pesel(text.to_owned()))
    }

    /// The eleven digits.
    pub fn as_str(&self) -> &str {
        &self.0
    }

    fn digit(&self, index: usize) -> u32 {
        self.0.as_bytes().get(index).map_or(0, |b| u32::from(b - b'0'))
    }

    /// The birth date encoded in the number.
    pub fn birth_date(&self) -> NaiveDate {
        let mut digits = [0u32; 11];
        for (i, slot) in digits.iter_mut().enumerate() {
            *slot = self.digit(i);
        }
        // Parsing guaranteed a real date; the fallback is unreachable but never panics.
        decode_date(&digits).unwrap_or_default()
    }

    /// The sex encoded in the tenth digit: even = Kobieta, odd = Mężczyzna.
    pub fn sex(&self) -> Sex {
        if self.digit(9).is_multiple_of(2) { Sex::Female } else { Sex::Male }
    }
}

/// Builds a valid PESEL for a birth date, serial (0–999) and sex. Used by tests and fixtures.
pub fn synthesize(birth: NaiveDate, serial: u32, sex: Sex) -> Option<String> {
    use chrono::Datelike;
    let year = birth.year();
    let offset = match year {
        1800..=1899 => 80,
        1900..=1999 => 0,
        2000..=2099 => 20,
        2100..=2199 => 40,
        2200..=2299 => 60,
        _ => return None,
    };
    let yy = u32::try_from(year.rem_euclid(100)).ok()?;
    let mm = birth.month() + offset;
    let dd = birth.day();
    let sex_digit = (serial % 5) * 2 + u32::from(sex == Sex::Male);
    let serial = serial % 1000;
    let first_ten =
        [yy / 10, yy % 10, mm / 10, mm % 10, dd / 10, dd % 10, serial / 100, serial / 10 % 10, serial % 10, sex_digit];
    let check = check_digit(&first_ten);
    Some(first_ten.iter().chain(std::iter::once(&check)).map(|d| char::from_digit(*d, 10).unwrap_or('0')).collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn today() -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 11, 23).unwrap()
    }

    fn date(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    #[test]
    fn a_known_valid_number_decodes_date_and_sex() {
        // 44051401359: born 14.05.1944, male (tenth digit 5), check digit 9.
        let p = Pesel::parse("44051401359", today()).unwrap();
        assert_eq!(p.birth_date(), date(1944, 5, 14));
        assert_eq!(p.sex(), Sex::Male);
    }

    #[test]
    fn century_offsets_decode_every_century() {
        for (birth, expected_mm) in
            [(date(1899, 12, 31), "92"), (date(1900, 1, 1), "01"), (date(2005, 3, 9), "23"), (date(2024, 12, 31), "32")]
        {
            let text = synthesize(birth, 123, Sex::Female).unwrap();
            assert_eq!(&text[2..4], expected_mm, "{birth}");
            let p = Pesel::parse(&text, today()).unwrap();
            assert_eq!(p.birth_date(), birth);
            assert_eq!(p.sex(), Sex::Female);
        }
    }

    #[test]
    fn wrong_length_non_digits_and_checksum_are_told_apart() {
        assert_eq!(Pesel::parse("4405140135", today()), Err(ErrorCode::PeselLength));
        assert_eq!(Pesel::parse("440514013590", today()), Err(ErrorCode::PeselLength));
        assert_eq!(Pesel::parse("4405140135a", today()), Err(ErrorCode::PeselNotDigits));
        assert_eq!(Pesel::parse("4405140135٩", today()), Err(ErrorCode::PeselNotDigits));
        assert_eq!(Pesel::parse("44051401358", today()), Err(ErrorCode::PeselChecksum));
        assert_eq!(Pesel::parse("", today()), Err(ErrorCode::PeselLength));
    }

    #[test]
    fn a_nonexistent_or_future_birth_date_is_rejected() {
        // 30 February 1990 with a correct check digit.
        let mut first = [9, 0, 0, 2, 3, 0, 1, 2, 3, 4];
        let check = check_digit(&first);
        let text: String =
            first.iter().chain(std::iter::once(&check)).map(|d| char::from_digit(*d, 10).unwrap()).collect();
        assert_eq!(Pesel::parse(&text, today()), Err(ErrorCode::PeselInvalidDate));
        // Month 13 (no century has it).
        first = [9, 0, 1, 3, 0, 1, 1, 2, 3, 4];
        let check = check_digit(&first);
        let text: String =
            first.iter().chain(std::iter::once(&check)).map(|d| char::from_digit(*d, 10).unwrap()).collect();
        assert_eq!(Pesel::parse(&text, today()), Err(ErrorCode::PeselInvalidDate));
        let future = synthesize(date(2027, 1, 1), 1, Sex::Male).unwrap();
        assert_eq!(Pesel::parse(&future, today()), Err(ErrorCode::PeselFutureDate));
    }

    #[test]
    fn surrounding_spaces_are_ignored() {
        assert!(Pesel::parse(" 44051401359 ", today()).is_ok());
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod properties {
    use super::*;
    use proptest::prelude::*;

    fn birth() -> impl Strategy<Value = NaiveDate> {
        (1850i32..=2026, 1u32..=12, 1u32..=28).prop_map(|(y, m, d)| NaiveDate::from_ymd_opt(y, m, d).unwrap())
    }

    fn today() -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 12, 31).unwrap()
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(2000))]

        #[test]
        fn every_generated_valid_number_passes_and_round_trips(b in birth(), serial in 0u32..1000, male in any::<bool>()) {
            let sex = if male { Sex::Male } else { Sex::Female };
            let text = synthesize(b, serial, sex).unwrap();
            let pesel = Pesel::parse(&text, today()).unwrap();
            prop_assert_eq!(pesel.birth_date(), b);
            prop_assert_eq!(pesel.sex(), sex);
            prop_assert_eq!(pesel.as_str(), text.as_str());
        }

        #[test]
        fn every_single_digit_change_fails(b in birth(), serial in 0u32..1000, position in 0usize..11, delta in 1u32..10) {
            let text = synthesize(b, serial, Sex::Female).unwrap();
            let mut digits: Vec<u32> = text.chars().map(|c| c.to_digit(10).unwrap()).collect();
            digits[position] = (digits[position] + delta) % 10;
            let changed: String = digits.iter().map(|d| char::from_digit(*d, 10).unwrap()).collect();
            prop_assert!(Pesel::parse(&changed, today()).is_err(), "{} → {} passed", text, changed);
        }

        #[test]
        fn arbitrary_text_never_panics(s in "\\PC{0,20}") {
            let _ = Pesel::parse(&s, today());
        }
    }
}
