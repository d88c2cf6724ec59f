//! What a form field shows under itself: nothing, "do uzupełnienia" (missing, allowed in a
//! draft) or the error sentence (wrong, blocks saving).

use crate::domain::validation::{Field, Issue, Severity};
use crate::i18n::{Locale, Msg, text};
use crate::state::errors::issue_text;

/// The state of one field.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub enum FieldStatus {
    /// Nothing to say.
    #[default]
    Fine,
    /// A value still to fill in: the text to show.
    Incomplete(String),
    /// A wrong value: the sentence naming the field and what to do.
    Invalid(String),
}

impl FieldStatus {
    /// The text to show, if any.
    pub fn message(&self) -> Option<&str> {
        match self {
            FieldStatus::Fine => None,
            FieldStatus::Incomplete(t) | FieldStatus::Invalid(t) => Some(t),
        }
    }

    /// Whether the value is wrong.
    pub fn is_invalid(&self) -> bool {
        matches!(self, FieldStatus::Invalid(_))
    }
}

/// The status of a field given all issues. Wrong values are shown only once the field was left
/// (or a save was tried), so typing is not interrupted; missing values show as "do uzupełnienia".
pub fn field_status(issues: &[Issue], field: Field, locale: Locale, show_invalid: bool) -> FieldStatus {
    status_of(issues, field, locale, show_invalid, false)
}

/// For short forms where a missing value blocks saving (a name to add a person): nothing is
/// said until a save was tried; then every issue shows its error sentence.
pub fn required_field_status(issues: &[Issue], field: Field, locale: Locale, tried: bool) -> FieldStatus {
    if !tried {
        return FieldStatus::Fine;
    }
    status_of(issues, field, locale, true, true)
}

fn status_of(
    issues: &[Issue],
    field: Field,
    locale: Locale,
    show_invalid: bool,
    missing_is_error: bool,
) -> FieldStatus {
    let mine = issues.iter().filter(|i| i.field == field);
    if missing_is_error && let Some(missing) = mine.clone().find(|i| i.severity() == Severity::Incomplete) {
        return FieldStatus::Invalid(issue_text(locale, *missing));
    }
    if let Some(wrong) = mine.clone().find(|i| i.severity() == Severity::Invalid) {
        if show_invalid {
            return FieldStatus::Invalid(issue_text(locale, *wrong));
        }
        return FieldStatus::Fine;
    }
    if mine.clone().any(|i| i.severity() == Severity::Incomplete) {
        return FieldStatus::Incomplete(text(locale, Msg::ToFill).to_owned());
    }
    FieldStatus::Fine
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::validation::ErrorCode;

    #[test]
    fn wrong_values_wait_until_the_field_is_left_and_missing_ones_show_at_once() {
        let issues = [
            Issue::new(Field::BudgetTotal, ErrorCode::MoneyFormat),
            Issue::new(Field::ProjectNumber, ErrorCode::Required),
        ];
        assert_eq!(field_status(&issues, Field::BudgetTotal, Locale::Pl, false), FieldStatus::Fine);
        assert_eq!(
            field_status(&issues, Field::BudgetTotal, Locale::Pl, true),
            FieldStatus::Invalid("Wartość projektu: wpisz kwotę cyframi, np. 698 626,66.".into())
        );
        assert_eq!(
            field_status(&issues, Field::ProjectNumber, Locale::Pl, false),
            FieldStatus::Incomplete("do uzupełnienia".into())
        );
        assert_eq!(field_status(&issues, Field::Beneficiary, Locale::Pl, true), FieldStatus::Fine);
    }

    #[test]
    fn where_a_missing_value_blocks_saving_it_shows_as_an_error_after_a_try() {
        let issues = [Issue::new(Field::StaffFirstName, ErrorCode::Required)];
        assert_eq!(
            required_field_status(&issues, Field::StaffFirstName, Locale::Pl, true),
            FieldStatus::Invalid("Imię: uzupełnij to pole.".into())
        );
        assert_eq!(required_field_status(&issues, Field::StaffFirstName, Locale::Pl, false), FieldStatus::Fine);
    }
}
