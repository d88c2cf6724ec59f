//! Finding people: search that ignores case and diacritics ("lodz" finds "Łódź", "zolc" finds
//! "Żółć"), and the duplicate check run before a new person is saved.
//!
//! Folding is a small table over Latin-1 Supplement and Latin Extended-A (Polish and the
//! neighbouring languages' letters) instead of a Unicode-normalisation or transliteration crate:
//! those carry tables of hundreds of kilobytes, which every user would download for a handful
//! of letters. Similarity uses the `strsim` crate.

use crate::domain::participant::Participant;
use chrono::NaiveDate;
use uuid::Uuid;

/// The base letter of a Latin letter with a diacritic (lower case), or the letter itself.
fn fold_char(c: char) -> char {
    match c {
        'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' | 'ā' | 'ă' | 'ą' => 'a',
        'ç' | 'ć' | 'ĉ' | 'ċ' | 'č' => 'c',
        'ď' | 'đ' => 'd',
        'è' | 'é' | 'ê' | 'ë' | 'ē' | 'ĕ' | 'ė' | 'ę' | 'ě' => 'e',
        'ĝ' | 'ğ' | 'ġ' | 'ģ' => 'g',
        'ĥ' | 'ħ' => 'h',
        'ì' | 'í' | 'î' | 'ï' | 'ĩ' | 'ī' | 'ĭ' | 'į' | 'ı' => 'i',
        'ĵ' => 'j',
        'ķ' => 'k',
        'ĺ' | 'ļ' | 'ľ' | 'ŀ' | 'ł' => 'l',
        'ñ' | 'ń' | 'ņ' | 'ň' => 'n',
        'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ø' | 'ō' | 'ŏ' | 'ő' => 'o',
        'ŕ' | 'ŗ' | 'ř' => 'r',
        'ś' | 'ŝ' | 'ş' | 'š' => 's',
        'ţ' | 'ť' | 'ŧ' => 't',
        'ù' | 'ú' | 'û' | 'ü' | 'ũ' | 'ū' | 'ŭ' | 'ů' | 'ű' | 'ų' => 'u',
        'ŵ' => 'w',
        'ý' | 'ÿ' | 'ŷ' => 'y',
        'ź' | 'ż' | 'ž' => 'z',
        other => other,
    }
}

/// Lower case without diacritics: "Łódź" → "lodz", "Żółć" → "zolc".
pub fn fold(text: &str) -> String {
    text.chars().flat_map(char::to_lowercase).map(fold_char).collect()
}

/// The text a person is found by: name, PESEL, locality and phone digits, folded.
pub fn haystack(p: &Participant) -> String {
    let phone_digits: String = p.phone.chars().filter(char::is_ascii_digit).collect();
    fold(&format!("{} {} {} {} {} {}", p.first_name, p.last_name, p.pesel, p.address.locality, p.phone, phone_digits))
}

/// The words of a query, folded; spaces inside a phone number are dropped so "600 100" finds
/// "600100200".
pub fn query_terms(query: &str) -> Vec<String> {
    let folded = fold(query.trim());
    if !folded.is_empty() && folded.chars().all(|c| c.is_ascii_digit() || c == ' ' || c == '-' || c == '+') {
        let digits: String = folded.chars().filter(char::is_ascii_digit).collect();
        return if digits.is_empty() { Vec::new() } else { vec![digits] };
    }
    folded.split_whitespace().map(str::to_owned).collect()
}

/// Whether every query term occurs in the haystack.
pub fn matches(haystack: &str, terms: &[String]) -> bool {
    terms.iter().all(|t| haystack.contains(t.as_str()))
}

/// Why a registered person may be the same as the one being saved.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DuplicateReason {
    /// The same PESEL.
    SamePesel,
    /// A similar name and the same birth date.
    SimilarNameSameBirthDate,
}

/// A possible duplicate.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct PossibleDuplicate {
    /// The registered person.
    pub id: Uuid,
    /// Why it matched.
    pub reason: DuplicateReason,
}

/// Whether two folded names are close: equal, or at most two edits apart
/// (Damerau–Levenshtein: a swapped pair of letters counts once).
pub fn similar_names(a: &str, b: &str) -> bool {
    let (a, b) = (fold(a.trim()), fold(b.trim()));
    !a.is_empty() && !b.is_empty() && strsim::damerau_levenshtein(&a, &b) <= 2
}

/// Registered people who may be the same as `candidate`: the same PESEL, or a similar full name
/// with the same birth date. The candidate itself and deleted records are ignored.
pub fn possible_duplicates(
    candidate: &Participant,
    others: &[Participant],
    today: NaiveDate,
) -> Vec<PossibleDuplicate> {
    let pesel = candidate.pesel.trim();
    let birth = candidate.effective_birth_date(today);
    let name = format!("{} {}", candidate.first_name, candidate.last_name);
    others
        .iter()
        .filter(|o| o.id != candidate.id && !o.meta.deleted)
        .filter_map(|o| {
            if !pesel.is_empty() && !candidate.no_pesel && o.pesel.trim() == pesel {
                return Some(PossibleDuplicate { id: o.id.0, reason: DuplicateReason::SamePesel });
            }
            let same_birth: Option<NaiveDate> = birth.filter(|b| o.effective_birth_date(today) == Some(*b));
            (same_birth.is_some() && similar_names(&name, &format!("{} {}", o.first_name, o.last_name)))
                .then_some(PossibleDuplicate { id: o.id.0, reason: DuplicateReason::SimilarNameSameBirthDate })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::ids::{DeviceId, ParticipantId};
    use crate::domain::meta::Meta;
    use crate::domain::pesel::{Sex, synthesize};
    use chrono::{TimeZone, Utc};

    fn person(first: &str, last: &str) -> Participant {
        let mut p = Participant::new(
            ParticipantId::new(),
            Meta::new(&DeviceId("d".into()), None, Utc.timestamp_opt(0, 0).unwrap()),
        );
        p.first_name = first.into();
        p.last_name = last.into();
        p
    }

    fn today() -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 11, 23).unwrap()
    }

    #[test]
    fn folding_ignores_case_and_polish_diacritics() {
        assert_eq!(fold("Łódź"), "lodz");
        assert_eq!(fold("ŻÓŁĆ gęślą JAŹŃ"), "zolc gesla jazn");
        assert_eq!(fold("Müller Dvořák"), "muller dvorak");
        assert_eq!(fold("Олена"), "олена", "other scripts are kept, only lower-cased");
    }

    #[test]
    fn searching_without_diacritics_finds_people_by_name_town_pesel_and_phone() {
        let mut p = person("Łucja", "Żółć");
        p.address.locality = "Łódź".into();
        p.pesel = "85041212344".into();
        p.phone = "+48 600 100 200".into();
        let hay = haystack(&p);
        for query in ["lodz", "zolc", "ŁUCJA żółć", "8504121", "600 100 200", "600100", "lucja lodz"] {
            assert!(matches(&hay, &query_terms(query)), "{query}");
        }
        for query in ["lodzia", "601", "kowalska"] {
            assert!(!matches(&hay, &query_terms(query)), "{query}");
        }
        assert!(matches(&hay, &query_terms("   ")), "an empty query finds everyone");
    }

    #[test]
    fn the_same_pesel_or_a_similar_name_with_the_same_birth_date_is_a_possible_duplicate() {
        let birth = NaiveDate::from_ymd_opt(1985, 4, 12).unwrap();
        let mut existing = person("Łucja", "Żółć");
        existing.pesel = synthesize(birth, 17, Sex::Female).unwrap();
        let mut same_pesel = person("Inna", "Osoba");
        same_pesel.pesel = existing.pesel.clone();
        let mut typo = person("Lucja", "Zolc");
        typo.no_pesel = true;
        typo.birth_date = Some(birth);
        let mut other_birthday = person("Łucja", "Żółć");
        other_birthday.no_pesel = true;
        other_birthday.birth_date = NaiveDate::from_ymd_opt(1986, 4, 12);
        let others = vec![existing.clone()];
        assert_eq!(possible_duplicates(&same_pesel, &others, today())[0].reason, DuplicateReason::SamePesel);
        assert_eq!(possible_duplicates(&typo, &others, today())[0].reason, DuplicateReason::SimilarNameSameBirthDate);
        assert!(possible_duplicates(&other_birthday, &others, today()).is_empty());
        assert!(possible_duplicates(&existing, &others, today()).is_empty(), "a record is not its own duplicate");
    }

    #[test]
    fn similar_names_allow_a_couple_of_typos_but_not_a_different_name() {
        assert!(similar_names("Jan Kowalski", "Jan Kowlaski"));
        assert!(similar_names("Grzegorz Brzęczyszczykiewicz", "Grzegorz Brzeczyszczykiewicz"));
        assert!(!similar_names("Jan Kowalski", "Jan Nowak"));
        assert!(!similar_names("", ""));
    }
}
