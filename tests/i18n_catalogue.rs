//! The message catalogue: what the compiler cannot check about the translations.
#![cfg(not(target_arch = "wasm32"))]

use kartoteka::i18n::{Locale, Msg, placeholders, text};
use std::collections::BTreeSet;

/// Texts that are rightly the same in both languages (names, codes, abbreviations).
const SAME_IN_BOTH: &[&str] = &[
    "Kartoteka",
    "PESEL",
    "TERYT",
    "DEGURBA",
    "ISCED",
    "RODO",
    "CSV",
    "JSON",
    "K",
    "M",
    "{n}",
    "animator",
    "polski",
    "English",
    "00-000",
];

#[test]
fn every_message_has_non_empty_text_in_every_language() {
    for &msg in Msg::ALL {
        for locale in Locale::ALL {
            let text = text(locale, msg);
            assert!(!text.trim().is_empty(), "{msg:?} is empty in {locale:?}");
            assert_eq!(text, text.trim(), "{msg:?} has stray spaces in {locale:?}");
        }
    }
}

#[test]
fn both_languages_use_the_same_placeholders() {
    for &msg in Msg::ALL {
        let pl: BTreeSet<&str> = placeholders(text(Locale::Pl, msg)).into_iter().collect();
        let en: BTreeSet<&str> = placeholders(text(Locale::En, msg)).into_iter().collect();
        assert_eq!(pl, en, "{msg:?} has different placeholders in Polish and English");
    }
}

#[test]
fn no_english_text_is_left_in_polish() {
    for &msg in Msg::ALL {
        let pl = text(Locale::Pl, msg);
        let en = text(Locale::En, msg);
        if pl == en {
            assert!(
                SAME_IN_BOTH.contains(&pl),
                "{msg:?} is identical in both languages ({pl:?}); translate it or add it to the allow-list"
            );
        }
    }
}

#[test]
fn placeholders_are_well_formed() {
    for &msg in Msg::ALL {
        for locale in Locale::ALL {
            let text = text(locale, msg);
            assert_eq!(
                text.matches('{').count(),
                text.matches('}').count(),
                "{msg:?} has unbalanced braces in {locale:?}"
            );
            for name in placeholders(text) {
                assert!(
                    !name.is_empty() && name.chars().all(|c| c.is_ascii_lowercase() || c == '_'),
                    "{msg:?} has a bad placeholder {{{name}}} in {locale:?}"
                );
            }
        }
    }
}
