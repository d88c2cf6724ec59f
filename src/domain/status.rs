//! The recruitment status machine: which step may follow which, and what each step requires.
//!
//! zgłoszony → zakwalifikowany | lista rezerwowa | niezakwalifikowany;
//! lista rezerwowa → zakwalifikowany; zakwalifikowany → uczestnik;
//! uczestnik → zakończył | przerwał. Anything else is a typed error.

use crate::domain::participant::{Participant, RecruitmentStatus};
use crate::domain::participant_rules::{RuleContext, format_issues, requirement_issues};
use crate::domain::validation::{Issue, Issues};

/// Why a status change was refused.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum TransitionError {
    /// The step does not exist in the machine.
    #[error("transition {from:?} → {to:?} is not allowed")]
    NotAllowed {
        /// The current status.
        from: RecruitmentStatus,
        /// The asked-for status.
        to: RecruitmentStatus,
    },
    /// The step exists, but values are missing or wrong.
    #[error("{} issue(s) block the transition", .0.len())]
    Requirements(Vec<Issue>),
}

/// The statuses that may follow `from`.
pub fn allowed_next(from: RecruitmentStatus) -> &'static [RecruitmentStatus] {
    use RecruitmentStatus as S;
    match from {
        S::Zgloszony => &[S::Zakwalifikowany, S::ListaRezerwowa, S::Niezakwalifikowany],
        S::ListaRezerwowa => &[S::Zakwalifikowany],
        S::Zakwalifikowany => &[S::Uczestnik],
        S::Uczestnik => &[S::Zakonczyl, S::Przerwal],
        S::Niezakwalifikowany | S::Zakonczyl | S::Przerwal => &[],
    }
}

/// Checks that `p` may move to `to`: the step exists, and nothing is missing or wrong for it.
///
/// # Errors
/// `NotAllowed` for a step outside the machine; `Requirements` listing what to fill in or fix.
pub fn check_transition(p: &Participant, to: RecruitmentStatus, ctx: &RuleContext<'_>) -> Result<(), TransitionError> {
    if !allowed_next(p.status).contains(&to) {
        return Err(TransitionError::NotAllowed { from: p.status, to });
    }
    let mut issues = format_issues(p, ctx).invalid();
    issues.extend(requirement_issues(p, to, ctx));
    issues.sort();
    issues.dedup();
    if issues.is_empty() { Ok(()) } else { Err(TransitionError::Requirements(issues)) }
}

/// Moves `p` to `to` when [`check_transition`] allows it; changes nothing otherwise.
///
/// # Errors
/// As [`check_transition`].
pub fn apply_transition(
    p: &mut Participant,
    to: RecruitmentStatus,
    ctx: &RuleContext<'_>,
) -> Result<(), TransitionError> {
    check_transition(p, to, ctx)?;
    p.status = to;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::participant::RecruitmentStatus as S;
    use crate::domain::test_support::{finished, participant, project, today};
    use crate::domain::validation::{ErrorCode, Field};

    /// The whole table: every (from, to) pair is allowed exactly when listed here.
    const ALLOWED: &[(S, S)] = &[
        (S::Zgloszony, S::Zakwalifikowany),
        (S::Zgloszony, S::ListaRezerwowa),
        (S::Zgloszony, S::Niezakwalifikowany),
        (S::ListaRezerwowa, S::Zakwalifikowany),
        (S::Zakwalifikowany, S::Uczestnik),
        (S::Uczestnik, S::Zakonczyl),
        (S::Uczestnik, S::Przerwal),
    ];

    #[test]
    fn every_allowed_and_forbidden_transition_of_the_table() {
        let project = project();
        let ctx = RuleContext::for_project(&project, today());
        for from in S::ALL {
            for to in S::ALL {
                let mut p = finished(participant());
                p.leave_reason = "przeprowadzka".into();
                p.status = from;
                let result = check_transition(&p, to, &ctx);
                if ALLOWED.contains(&(from, to)) {
                    assert_eq!(result, Ok(()), "{from:?} → {to:?} should be allowed");
                } else {
                    assert_eq!(
                        result,
                        Err(TransitionError::NotAllowed { from, to }),
                        "{from:?} → {to:?} should be refused"
                    );
                }
            }
        }
    }

    #[test]
    fn a_step_with_missing_values_lists_them_and_changes_nothing() {
        let project = project();
        let ctx = RuleContext::for_project(&project, today());
        let mut p = participant();
        p.status = S::Zakwalifikowany;
        p.education = None;
        p.documents.clear();
        let before = p.clone();
        let err = apply_transition(&mut p, S::Uczestnik, &ctx).unwrap_err();
        assert_eq!(
            err,
            TransitionError::Requirements(vec![
                Issue::new(Field::Education, ErrorCode::Required),
                Issue::new(Field::Documents, ErrorCode::Required),
                Issue::new(Field::Declaration, ErrorCode::Required),
            ])
        );
        assert_eq!(p, before);
    }

    #[test]
    fn a_wrong_value_blocks_a_step_even_when_nothing_is_missing() {
        let project = project();
        let ctx = RuleContext::for_project(&project, today());
        let mut p = participant();
        p.email = "zła@poczta".into();
        assert_eq!(
            check_transition(&p, S::Zakwalifikowany, &ctx),
            Err(TransitionError::Requirements(vec![Issue::new(Field::Email, ErrorCode::EmailDiacritics)]))
        );
    }

    #[test]
    fn ending_participation_needs_exit_data_or_a_reason() {
        let project = project();
        let ctx = RuleContext::for_project(&project, today());
        let mut p = participant();
        p.status = S::Uczestnik;
        assert!(matches!(check_transition(&p, S::Zakonczyl, &ctx), Err(TransitionError::Requirements(_))));
        assert!(matches!(check_transition(&p, S::Przerwal, &ctx), Err(TransitionError::Requirements(_))));
        let mut done = finished(p);
        assert_eq!(apply_transition(&mut done, S::Zakonczyl, &ctx), Ok(()));
        assert_eq!(done.status, S::Zakonczyl);
    }
}
