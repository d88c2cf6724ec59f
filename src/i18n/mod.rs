//! The message catalogue: every user-visible sentence, in Polish (the default) and English.
//!
//! `Msg` names a sentence; `pl.rs` and `en.rs` each `match` every variant, so a missing
//! translation does not compile. Templates may hold `{name}` placeholders, filled by [`fill`].
//! The reactive helpers [`t`] and [`tf`] read the current [`Locale`] from [`LocaleContext`].

mod catalogue;
mod en;
pub mod format;
mod pl;

pub use catalogue::Msg;
use leptos::prelude::*;
use serde::{Deserialize, Serialize};

/// A language the UI can speak.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, Default)]
pub enum Locale {
    /// Polish, the default.
    #[default]
    Pl,
    /// English, the second language.
    En,
}

impl Locale {
    /// Every supported locale, the default first.
    pub const ALL: [Locale; 2] = [Locale::Pl, Locale::En];

    /// The BCP 47 tag, used for `<html lang>` and stored preferences.
    pub fn tag(self) -> &'static str {
        match self {
            Locale::Pl => "pl",
            Locale::En => "en",
        }
    }

    /// Parses a stored tag; anything unknown falls back to `None`.
    pub fn from_tag(tag: &str) -> Option<Locale> {
        match tag {
            "pl" => Some(Locale::Pl),
            "en" => Some(Locale::En),
            _ => None,
        }
    }
}

/// The template text of `msg` in `locale`, placeholders unfilled.
pub fn text(locale: Locale, msg: Msg) -> &'static str {
    match locale {
        Locale::Pl => pl::text(msg),
        Locale::En => en::text(msg),
    }
}

/// Fills `{name}` placeholders of `template` with `args`; unknown placeholders stay as written.
pub fn fill(template: &str, args: &[(&str, &str)]) -> String {
    let mut out = String::with_capacity(template.len() + 16);
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        out.push_str(&rest[..open]);
        let after = &rest[open + 1..];
        let Some(close) = after.find('}') else {
            out.push_str(&rest[open..]);
            rest = "";
            break;
        };
        let name = &after[..close];
        if let Some((_, value)) = args.iter().find(|(key, _)| *key == name) {
            out.push_str(value);
        } else {
            out.push('{');
            out.push_str(name);
            out.push('}');
        }
        rest = &after[close + 1..];
    }
    out.push_str(rest);
    out
}

/// The placeholder names a template uses, in order of appearance.
pub fn placeholders(template: &str) -> Vec<&str> {
    let mut names = Vec::new();
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        let after = &rest[open + 1..];
        let Some(close) = after.find('}') else { break };
        names.push(&after[..close]);
        rest = &after[close + 1..];
    }
    names
}

/// Chooses the Polish plural form for `n`: one (1), few (2–4, 22–24, …) or many.
pub fn plural_pl(n: u64) -> PluralForm {
    if n == 1 {
        PluralForm::One
    } else if (2..=4).contains(&(n % 10)) && !(12..=14).contains(&(n % 100)) {
        PluralForm::Few
    } else {
        PluralForm::Many
    }
}

/// A grammatical number class used to pick one of a message's plural variants.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PluralForm {
    /// Exactly one.
    One,
    /// Polish 2–4 (but not 12–14).
    Few,
    /// Everything else.
    Many,
}

/// The current locale, shared through context; written by the language switch.
#[derive(Clone, Copy)]
pub struct LocaleContext(pub RwSignal<Locale>);

/// The locale context provided by the app root.
///
/// # Panics
/// When no `LocaleContext` was provided, which is a wiring bug caught by every test.
pub fn use_locale() -> LocaleContext {
    expect_context::<LocaleContext>()
}

/// A reactive translation of `msg`: re-evaluates when the language changes.
pub fn t(msg: Msg) -> impl Fn() -> &'static str + Copy + Send + Sync + 'static {
    let locale = use_locale().0;
    move || text(locale.get(), msg)
}

/// The current locale's text of `msg` with placeholders filled (not reactive by itself).
pub fn tr_now(msg: Msg, args: &[(&str, &str)]) -> String {
    let locale = use_locale().0.get();
    fill(text(locale, msg), args)
}

/// Chooses a plural variant (`one`, `few`, `many`) for `n` in `locale` and fills `{n}`.
pub fn plural(locale: Locale, n: u64, forms: [Msg; 3]) -> String {
    let msg = match locale {
        Locale::Pl => match plural_pl(n) {
            PluralForm::One => forms[0],
            PluralForm::Few => forms[1],
            PluralForm::Many => forms[2],
        },
        Locale::En => {
            if n == 1 {
                forms[0]
            } else {
                forms[2]
            }
        }
    };
    fill(text(locale, msg), &[("n", &format::integer(locale, n))])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fill_replaces_known_placeholders_and_keeps_unknown_ones() {
        assert_eq!(fill("{a} i {b}", &[("a", "1"), ("b", "2")]), "1 i 2");
        assert_eq!(fill("{a} i {c}", &[("a", "1")]), "1 i {c}");
        assert_eq!(fill("no braces", &[]), "no braces");
        assert_eq!(fill("unclosed {a", &[("a", "1")]), "unclosed {a");
    }

    #[test]
    fn placeholders_are_listed_in_order() {
        assert_eq!(placeholders("{n} z {total}"), vec!["n", "total"]);
        assert!(placeholders("brak").is_empty());
    }

    #[test]
    fn polish_plural_forms_follow_grammar() {
        assert_eq!(plural_pl(1), PluralForm::One);
        for n in [2, 3, 4, 22, 23, 24, 102] {
            assert_eq!(plural_pl(n), PluralForm::Few, "{n}");
        }
        for n in [0, 5, 11, 12, 13, 14, 21, 25, 112] {
            assert_eq!(plural_pl(n), PluralForm::Many, "{n}");
        }
    }

    #[test]
    fn locale_tags_round_trip() {
        for locale in Locale::ALL {
            assert_eq!(Locale::from_tag(locale.tag()), Some(locale));
        }
        assert_eq!(Locale::from_tag("de"), None);
    }
}
