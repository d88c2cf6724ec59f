//! Validation of a participant: formats and codes (always), and what each recruitment status
//! requires (missing values, reported as incomplete).

use crate::domain::dictionary::{Kind, Period, dictionaries};
use crate::domain::exit::validate_exit;
use crate::domain::formats::{check_email, check_phone, check_postal_code};
use crate::domain::participant::{Participant, RecruitmentStatus};
use crate::domain::pesel::Pesel;
use crate::domain::project::{AreaUnit, Project};
use crate::domain::validation::{ErrorCode, Field, Issue, MAX_LONG_TEXT, MAX_SHORT_TEXT, check_text};
use chrono::NaiveDate;

/// What the participant rules need to know about the project and the day.
#[derive(Clone, Copy, Debug)]
pub struct RuleContext<'a> {
    /// The programme period (selects the data set).
    pub period: Period,
    /// Project start, when set.
    pub project_start: Option<NaiveDate>,
    /// Project end, when set.
    pub project_end: Option<NaiveDate>,
    /// Documents a person must have to become "uczestnik".
    pub required_documents: &'a [String],
    /// The project's area.
    pub area: &'a [AreaUnit],
    /// Today (Europe/Warsaw), for "not in the future" checks.
    pub today: NaiveDate,
}

impl<'a> RuleContext<'a> {
    /// The context of `project` on `today`.
    pub fn for_project(project: &'a Project, today: NaiveDate) -> Self {
        RuleContext {
            period: project.period,
            project_start: project.start,
            project_end: project.end,
            required_documents: &project.required_documents,
            area: &project.area,
            today,
        }
    }
}

/// DEGURBA of the address: from the project-area unit it was picked from, else as entered.
pub fn derived_degurba(p: &Participant, area: &[AreaUnit]) -> Option<String> {
    match &p.address.area_unit {
        Some(teryt) => area.iter().find(|u| &u.teryt == teryt).and_then(|u| u.degurba.clone()),
        None => p.address.degurba.clone(),
    }
}

fn check_code(issues: &mut Vec<Issue>, field: Field, kind: Kind, code: Option<&str>, period: Period) {
    let Some(code) = code.filter(|c| !c.is_empty()) else {
        return;
    };
    match dictionaries().get(kind, code) {
        None => issues.push(Issue::new(field, ErrorCode::UnknownValue)),
        Some(e) if !e.applies_to(period) => issues.push(Issue::new(field, ErrorCode::NotInPeriod)),
        Some(_) => {}
    }
}

fn check_identity(p: &Participant, ctx: &RuleContext<'_>, issues: &mut Vec<Issue>) {
    check_text(issues, Field::FirstName, &p.first_name, false, MAX_SHORT_TEXT);
    check_text(issues, Field::LastName, &p.last_name, false, MAX_SHORT_TEXT);
    let pesel_text = p.pesel.trim();
    if p.no_pesel {
        if !pesel_text.is_empty() {
            issues.push(Issue::new(Field::Pesel, ErrorCode::PeselGivenWithNoPesel));
        }
    } else if !pesel_text.is_empty() {
        match Pesel::parse(pesel_text, ctx.today) {
            Err(code) => issues.push(Issue::new(Field::Pesel, code)),
            Ok(pesel) => {
                if p.sex.is_some_and(|s| s != pesel.sex()) {
                    issues.push(Issue::new(Field::Sex, ErrorCode::PeselSexMismatch));
                }
                if p.birth_date.is_some_and(|b| b != pesel.birth_date()) {
                    issues.push(Issue::new(Field::BirthDate, ErrorCode::PeselInvalidDate));
                }
            }
        }
    }
    if !p.other_id.trim().is_empty() && ctx.period != Period::P2021_2027 {
        issues.push(Issue::new(Field::OtherId, ErrorCode::NotInPeriod));
    }
    check_text(issues, Field::OtherId, &p.other_id, false, MAX_SHORT_TEXT);
    if p.declared_age.is_some_and(|a| a > 120) {
        issues.push(Issue::new(Field::DeclaredAge, ErrorCode::DeclaredAgeRange));
    }
    if p.birth_date.is_some_and(|b| b > ctx.today) {
        issues.push(Issue::new(Field::BirthDate, ErrorCode::InFuture));
    }
}

fn check_codes(p: &Participant, ctx: &RuleContext<'_>, issues: &mut Vec<Issue>) {
    let period = ctx.period;
    check_code(issues, Field::ParticipantType, Kind::ParticipantType, Some(&p.participant_type), period);
    check_code(issues, Field::Country, Kind::Country, Some(&p.country), period);
    check_code(issues, Field::Citizenship, Kind::Citizenship, p.citizenship.as_deref(), period);
    check_code(issues, Field::Education, Kind::Education, p.education.as_deref(), period);
    check_code(issues, Field::LabourStatus, Kind::LabourStatus, p.labour_status.as_deref(), period);
    check_code(issues, Field::LabourDetail, Kind::LabourDetail, p.labour_detail.as_deref(), period);
    check_code(issues, Field::Occupation, Kind::Occupation, p.occupation.as_deref(), period);
    check_code(issues, Field::DisabilityDegree, Kind::DisabilityDegree, p.disability_degree.as_deref(), period);
    if let (Some(status), Some(detail)) = (&p.labour_status, &p.labour_detail)
        && let Some(entry) = dictionaries().get(Kind::LabourDetail, detail)
        && !entry.parents.contains(status)
    {
        issues.push(Issue::new(Field::LabourDetail, ErrorCode::DetailNotForStatus));
    }
    let employed = p.labour_status.as_deref() == Some("pracujaca");
    if !employed {
        if p.occupation.is_some() {
            issues.push(Issue::new(Field::Occupation, ErrorCode::OnlyForEmployed));
        }
        if !p.employer.trim().is_empty() {
            issues.push(Issue::new(Field::Employer, ErrorCode::OnlyForEmployed));
        }
    }
    check_text(issues, Field::Employer, &p.employer, false, MAX_SHORT_TEXT);
    check_text(issues, Field::Institution, &p.institution, false, MAX_SHORT_TEXT);
    if !p.institution.trim().is_empty() && p.participant_type != "pracownik_instytucji" {
        issues.push(Issue::new(Field::Institution, ErrorCode::OnlyForInstitutionStaff));
    }
    if let Some(business) = &p.business {
        if business.grant.is_some_and(|g| crate::domain::money::check_money(g).is_err()) {
            issues.push(Issue::new(Field::BusinessStart, ErrorCode::MoneyFormat));
        }
        if business.date.is_some_and(|d| d > ctx.today) {
            issues.push(Issue::new(Field::BusinessStart, ErrorCode::InFuture));
        }
    }
    check_situation_and_eligibility(p, period, issues);
}

fn check_situation_and_eligibility(p: &Participant, period: Period, issues: &mut Vec<Issue>) {
    for (question, answer) in &p.situation {
        match dictionaries().get(Kind::SituationQuestion, question) {
            None => issues.push(Issue::new(Field::SituationAnswer, ErrorCode::UnknownValue)),
            Some(q) if q.extra.contains_key("collected") && !q.flag("collected") => {
                issues.push(Issue::new(Field::Household, ErrorCode::HouseholdNotCollected));
            }
            Some(q) if !q.applies_to(period) => issues.push(Issue::new(Field::SituationAnswer, ErrorCode::NotInPeriod)),
            Some(q) => {
                if dictionaries().get(Kind::Answer, answer).is_none() {
                    issues.push(Issue::new(Field::SituationAnswer, ErrorCode::UnknownValue));
                } else if answer == "odmowa" && !q.flag("refusal_allowed") {
                    issues.push(Issue::new(Field::SituationAnswer, ErrorCode::RefusalNotAllowed));
                }
            }
        }
    }
    for code in &p.eligibility {
        check_code(issues, Field::Eligibility, Kind::EligibilityGround, Some(code), period);
    }
    for code in &p.art7_grounds {
        check_code(issues, Field::Eligibility, Kind::Art7Ground, Some(code), period);
    }
    for code in &p.art1_groups {
        check_code(issues, Field::Eligibility, Kind::Art1Group, Some(code), period);
    }
}

fn check_contact_and_address(p: &Participant, ctx: &RuleContext<'_>, issues: &mut Vec<Issue>) {
    if !p.phone.trim().is_empty()
        && let Err(code) = check_phone(&p.phone)
    {
        issues.push(Issue::new(Field::Phone, code));
    }
    if !p.email.trim().is_empty()
        && let Err(code) = check_email(&p.email)
    {
        issues.push(Issue::new(Field::Email, code));
    }
    let a = &p.address;
    if !a.postal_code.trim().is_empty()
        && let Err(code) = check_postal_code(&a.postal_code)
    {
        issues.push(Issue::new(Field::PostalCode, code));
    }
    if !a.voivodeship.is_empty() && dictionaries().get(Kind::Voivodeship, &a.voivodeship).is_none() {
        issues.push(Issue::new(Field::Voivodeship, ErrorCode::UnknownValue));
    }
    if let Some(d) = a.degurba.as_deref().filter(|d| !d.is_empty())
        && dictionaries().get(Kind::Degurba, d).is_none()
    {
        issues.push(Issue::new(Field::Degurba, ErrorCode::DegurbaValue));
    }
    if let Some(unit) = &a.area_unit
        && !ctx.area.iter().any(|u| &u.teryt == unit)
    {
        issues.push(Issue::new(Field::Gmina, ErrorCode::UnknownValue));
    }
    for (field, value) in [
        (Field::Powiat, &a.powiat),
        (Field::Gmina, &a.gmina),
        (Field::Locality, &a.locality),
        (Field::Street, &a.street),
        (Field::Building, &a.building),
        (Field::Flat, &a.flat),
    ] {
        check_text(issues, field, value, false, MAX_SHORT_TEXT);
    }
    check_text(issues, Field::LeaveReason, &p.leave_reason, false, MAX_LONG_TEXT);
}

fn check_dates_and_documents(p: &Participant, ctx: &RuleContext<'_>, issues: &mut Vec<Issue>) {
    if let Some(start) = p.start {
        if ctx.project_start.is_some_and(|s| start < s) {
            issues.push(Issue::new(Field::ParticipationStart, ErrorCode::BeforeProjectStart));
        }
        if ctx.project_end.is_some_and(|e| start > e) {
            issues.push(Issue::new(Field::ParticipationStart, ErrorCode::AfterProjectEnd));
        }
    }
    if let Some(end) = p.end {
        if p.start.is_some_and(|s| end < s) {
            issues.push(Issue::new(Field::ParticipationEnd, ErrorCode::EndBeforeStart));
        }
        if ctx.project_end.is_some_and(|e| end > e) {
            issues.push(Issue::new(Field::ParticipationEnd, ErrorCode::AfterProjectEnd));
        }
    }
    for doc in &p.documents {
        if dictionaries().get(Kind::DocumentKind, &doc.kind).is_none() {
            issues.push(Issue::new(Field::Documents, ErrorCode::UnknownValue));
        }
        if doc.date > ctx.today {
            issues.push(Issue::new(Field::Documents, ErrorCode::InFuture));
        }
    }
    if p.is_minor_at_joining(ctx.today)
        && let Some(declaration) = p.document("deklaracja")
        && !declaration.signed_by_guardian
    {
        issues.push(Issue::new(Field::Declaration, ErrorCode::GuardianSignatureRequired));
    }
    if let Some(exit) = &p.exit {
        issues.extend(validate_exit(exit, p.end, ctx.period));
    }
}

/// Wrong values: formats, codes, dates. Independent of the status.
pub fn format_issues(p: &Participant, ctx: &RuleContext<'_>) -> Vec<Issue> {
    let mut issues = Vec::new();
    check_identity(p, ctx, &mut issues);
    check_codes(p, ctx, &mut issues);
    check_contact_and_address(p, ctx, &mut issues);
    check_dates_and_documents(p, ctx, &mut issues);
    issues
}

fn blank(s: &str) -> bool {
    s.trim().is_empty()
}

fn require(issues: &mut Vec<Issue>, field: Field, missing: bool) {
    if missing {
        issues.push(Issue::new(field, ErrorCode::Required));
    }
}

fn requirements_zgloszony(p: &Participant, issues: &mut Vec<Issue>) {
    require(issues, Field::FirstName, blank(&p.first_name));
    require(issues, Field::LastName, blank(&p.last_name));
    if !p.incomplete && blank(&p.phone) && p.address.is_empty() {
        issues.push(Issue::new(Field::Phone, ErrorCode::ContactRequired));
    }
}

fn requirements_zakwalifikowany(p: &Participant, issues: &mut Vec<Issue>) {
    if p.no_pesel {
        require(issues, Field::DeclaredAge, p.declared_age.is_none() && p.birth_date.is_none());
    } else {
        require(issues, Field::Pesel, blank(&p.pesel));
    }
    require(issues, Field::Sex, p.sex.is_none());
    require(issues, Field::Eligibility, p.eligibility.is_empty() && !p.is_otoczenie());
}

fn requirements_uczestnik(p: &Participant, ctx: &RuleContext<'_>, issues: &mut Vec<Issue>) {
    require(issues, Field::Education, p.education.is_none());
    require(issues, Field::LabourStatus, p.labour_status.is_none());
    if ctx.period == Period::P2021_2027 {
        require(issues, Field::Citizenship, p.citizenship.is_none());
    }
    let a = &p.address;
    require(issues, Field::Voivodeship, blank(&a.voivodeship));
    require(issues, Field::Powiat, blank(&a.powiat));
    require(issues, Field::Gmina, blank(&a.gmina));
    require(issues, Field::Locality, blank(&a.locality));
    require(issues, Field::PostalCode, blank(&a.postal_code));
    require(issues, Field::Degurba, derived_degurba(p, ctx.area).is_none());
    for question in dictionaries().for_period(Kind::SituationQuestion, ctx.period) {
        require(issues, Field::SituationAnswer, !p.situation.contains_key(&question.code));
    }
    for kind in p.missing_documents(ctx.required_documents) {
        issues.push(Issue::new(
            if kind == "deklaracja" { Field::Declaration } else { Field::Documents },
            ErrorCode::Required,
        ));
    }
    require(issues, Field::ParticipationStart, p.start.is_none());
    if p.is_minor_at_joining(ctx.today) {
        let guardian = p.guardian.as_ref();
        require(issues, Field::Guardian, guardian.is_none_or(|g| blank(&g.name)));
        require(issues, Field::GuardianConsent, !guardian.is_some_and(|g| g.consent));
    }
}

/// Missing values that `status` requires (cumulative along the path).
pub fn requirement_issues(p: &Participant, status: RecruitmentStatus, ctx: &RuleContext<'_>) -> Vec<Issue> {
    use RecruitmentStatus as S;
    let mut issues = Vec::new();
    requirements_zgloszony(p, &mut issues);
    if matches!(status, S::Zakwalifikowany | S::Uczestnik | S::Zakonczyl | S::Przerwal) {
        requirements_zakwalifikowany(p, &mut issues);
    }
    if matches!(status, S::Uczestnik | S::Zakonczyl | S::Przerwal) {
        requirements_uczestnik(p, ctx, &mut issues);
    }
    match status {
        S::Zakonczyl => {
            require(&mut issues, Field::ParticipationEnd, p.end.is_none());
            let exit = p.exit.as_ref();
            require(&mut issues, Field::ExitSituation, exit.is_none_or(|e| e.situation.is_none()));
            require(&mut issues, Field::CompletedPath, exit.is_none_or(|e| e.completed_path.is_none()));
        }
        S::Przerwal => {
            require(&mut issues, Field::ParticipationEnd, p.end.is_none());
            require(&mut issues, Field::LeaveReason, blank(&p.leave_reason));
        }
        _ => {}
    }
    issues
}

/// Everything wrong or missing for the person's current status, sorted, without repeats.
pub fn validate_participant(p: &Participant, ctx: &RuleContext<'_>) -> Vec<Issue> {
    let mut issues = format_issues(p, ctx);
    issues.extend(requirement_issues(p, p.status, ctx));
    issues.sort();
    issues.dedup();
    issues
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::participant::{DocumentRecord, Guardian, PersonKind};
    use crate::domain::pesel::{Sex, synthesize};
    use crate::domain::test_support::{date, finished, participant, project, project_2021, today};
    use crate::domain::validation::{Issues, Severity};

    fn issues_of(p: &Participant) -> Vec<Issue> {
        let project = project();
        validate_participant(p, &RuleContext::for_project(&project, today()))
    }

    fn has(issues: &[Issue], field: Field, code: ErrorCode) -> bool {
        issues.contains(&Issue::new(field, code))
    }

    #[test]
    fn the_complete_fixture_has_no_issues_as_uczestnik_and_zakonczyl() {
        let mut p = participant();
        p.status = RecruitmentStatus::Uczestnik;
        assert_eq!(issues_of(&p), vec![]);
        let mut done = finished(p);
        done.status = RecruitmentStatus::Zakonczyl;
        assert_eq!(issues_of(&done), vec![]);
    }

    #[test]
    fn a_bad_pesel_names_the_field_and_the_problem() {
        let mut p = participant();
        p.pesel.replace_range(10..11, if p.pesel.ends_with('0') { "1" } else { "0" });
        assert!(has(&issues_of(&p), Field::Pesel, ErrorCode::PeselChecksum));
        p.pesel = "123".into();
        assert!(has(&issues_of(&p), Field::Pesel, ErrorCode::PeselLength));
    }

    #[test]
    fn sex_contradicting_the_pesel_is_rejected() {
        let mut p = participant();
        p.sex = Some(Sex::Male);
        assert!(has(&issues_of(&p), Field::Sex, ErrorCode::PeselSexMismatch));
    }

    #[test]
    fn no_pesel_means_an_empty_pesel_and_a_declared_age() {
        let mut p = participant();
        p.no_pesel = true;
        assert!(has(&issues_of(&p), Field::Pesel, ErrorCode::PeselGivenWithNoPesel));
        p.pesel.clear();
        p.birth_date = None;
        p.status = RecruitmentStatus::Zakwalifikowany;
        assert!(has(&issues_of(&p), Field::DeclaredAge, ErrorCode::Required));
        p.declared_age = Some(37);
        assert!(!has(&issues_of(&p), Field::DeclaredAge, ErrorCode::Required));
        p.declared_age = Some(130);
        assert!(has(&issues_of(&p), Field::DeclaredAge, ErrorCode::DeclaredAgeRange));
    }

    #[test]
    fn contact_formats_are_checked() {
        let mut p = participant();
        p.address.postal_code = "11200".into();
        p.phone = "12".into();
        p.email = "anna@przykład.pl".into();
        let issues = issues_of(&p);
        assert!(has(&issues, Field::PostalCode, ErrorCode::PostalCodeFormat));
        assert!(has(&issues, Field::Phone, ErrorCode::PhoneFormat));
        assert!(has(&issues, Field::Email, ErrorCode::EmailDiacritics));
    }

    #[test]
    fn a_detail_must_belong_to_its_status_and_job_fields_need_employment() {
        let mut p = participant();
        p.labour_detail = Some("mmsp".into());
        p.occupation = Some("rolnik".into());
        p.employer = "Gospodarstwo rolne".into();
        let issues = issues_of(&p);
        assert!(has(&issues, Field::LabourDetail, ErrorCode::DetailNotForStatus));
        assert!(has(&issues, Field::Occupation, ErrorCode::OnlyForEmployed));
        assert!(has(&issues, Field::Employer, ErrorCode::OnlyForEmployed));
        p.labour_status = Some("pracujaca".into());
        let issues = issues_of(&p);
        assert!(
            !issues.iter().any(|i| i.code == ErrorCode::OnlyForEmployed || i.code == ErrorCode::DetailNotForStatus)
        );
    }

    #[test]
    fn household_composition_is_not_collected() {
        let mut p = participant();
        p.situation.insert("jobless_household".into(), "tak".into());
        assert!(has(&issues_of(&p), Field::Household, ErrorCode::HouseholdNotCollected));
    }

    #[test]
    fn questions_and_fields_follow_the_programme_period() {
        let mut p = participant();
        p.situation.insert("third_country".into(), "nie".into());
        p.other_id = "AB123".into();
        let issues = issues_of(&p);
        assert!(has(&issues, Field::SituationAnswer, ErrorCode::NotInPeriod));
        assert!(has(&issues, Field::OtherId, ErrorCode::NotInPeriod));

        let project = project_2021();
        let ctx = RuleContext::for_project(&project, today());
        let mut p = participant();
        p.status = RecruitmentStatus::Uczestnik;
        let issues = validate_participant(&p, &ctx);
        // 2021-2027 drops "other disadvantage", adds foreign origin / third country and citizenship.
        assert!(has(&issues, Field::SituationAnswer, ErrorCode::NotInPeriod));
        assert!(has(&issues, Field::SituationAnswer, ErrorCode::Required));
        assert!(has(&issues, Field::Citizenship, ErrorCode::Required));
    }

    #[test]
    fn refusing_to_answer_is_allowed_for_special_situation_questions() {
        let mut p = participant();
        p.situation.insert("disability".into(), "odmowa".into());
        p.status = RecruitmentStatus::Uczestnik;
        assert_eq!(issues_of(&p), vec![]);
    }

    #[test]
    fn participation_lies_within_the_project_period() {
        let mut p = participant();
        p.start = Some(date(2021, 3, 30));
        p.end = Some(date(2023, 4, 1));
        let issues = issues_of(&p);
        assert!(has(&issues, Field::ParticipationStart, ErrorCode::BeforeProjectStart));
        assert!(has(&issues, Field::ParticipationEnd, ErrorCode::AfterProjectEnd));
        p.start = Some(date(2022, 1, 10));
        p.end = Some(date(2022, 1, 9));
        assert!(has(&issues_of(&p), Field::ParticipationEnd, ErrorCode::EndBeforeStart));
    }

    #[test]
    fn a_minor_needs_a_guardian_who_signs_the_declaration() {
        let mut p = participant();
        p.pesel = synthesize(date(2008, 1, 15), 5, Sex::Male).unwrap();
        p.derive_from_pesel(today());
        p.status = RecruitmentStatus::Uczestnik;
        let issues = issues_of(&p);
        assert!(has(&issues, Field::Declaration, ErrorCode::GuardianSignatureRequired));
        assert!(has(&issues, Field::Guardian, ErrorCode::Required));
        assert!(has(&issues, Field::GuardianConsent, ErrorCode::Required));
        p.documents = p.documents.into_iter().map(|d| DocumentRecord { signed_by_guardian: true, ..d }).collect();
        p.guardian = Some(Guardian { name: "Anna Żółć".into(), consent: true });
        assert_eq!(issues_of(&p), vec![]);
    }

    #[test]
    fn each_status_requires_its_own_values() {
        let mut p = Participant::new(crate::domain::ids::ParticipantId::new(), crate::domain::test_support::meta());
        let project = project();
        let ctx = RuleContext::for_project(&project, today());
        let fields = |p: &Participant, s| -> Vec<Field> {
            requirement_issues(p, s, &ctx).into_iter().map(|i| i.field).collect()
        };
        assert_eq!(fields(&p, RecruitmentStatus::Zgloszony), vec![Field::FirstName, Field::LastName, Field::Phone]);
        p.first_name = "Jan".into();
        p.last_name = "Nowak".into();
        p.incomplete = true;
        assert_eq!(fields(&p, RecruitmentStatus::Zgloszony), vec![], "a walk-in needs only the name");
        assert_eq!(fields(&p, RecruitmentStatus::Zakwalifikowany), vec![Field::Pesel, Field::Sex, Field::Eligibility]);
        p.kind = PersonKind::Otoczenie { of: crate::domain::ids::ParticipantId::new() };
        assert_eq!(
            fields(&p, RecruitmentStatus::Zakwalifikowany),
            vec![Field::Pesel, Field::Sex],
            "otoczenie needs no ground"
        );
        let przerwal = fields(&participant(), RecruitmentStatus::Przerwal);
        assert_eq!(przerwal, vec![Field::ParticipationEnd, Field::LeaveReason]);
        let zakonczyl = fields(&participant(), RecruitmentStatus::Zakonczyl);
        assert_eq!(zakonczyl, vec![Field::ParticipationEnd, Field::ExitSituation, Field::CompletedPath]);
        assert!(
            requirement_issues(&participant(), RecruitmentStatus::Uczestnik, &ctx)
                .iter()
                .all(|i| i.severity() == Severity::Incomplete)
        );
    }

    #[test]
    fn documents_required_by_the_project_must_be_recorded() {
        let mut p = participant();
        p.documents.retain(|d| d.kind != "rodo");
        p.status = RecruitmentStatus::Uczestnik;
        assert_eq!(issues_of(&p), vec![Issue::new(Field::Documents, ErrorCode::Required)]);
        p.documents.retain(|d| d.kind != "deklaracja");
        assert!(has(&issues_of(&p), Field::Declaration, ErrorCode::Required));
    }

    #[test]
    fn degurba_follows_the_area_unit_or_must_be_entered() {
        let mut p = participant();
        let project = project();
        assert_eq!(derived_degurba(&p, &project.area).as_deref(), Some("2"));
        p.address.area_unit = None;
        p.status = RecruitmentStatus::Uczestnik;
        assert!(has(&issues_of(&p), Field::Degurba, ErrorCode::Required));
        p.address.degurba = Some("3".into());
        assert_eq!(issues_of(&p), vec![]);
        p.address.degurba = Some("4".into());
        assert!(has(&issues_of(&p), Field::Degurba, ErrorCode::DegurbaValue));
        p.address.area_unit = Some("9999999".into());
        assert!(has(&issues_of(&p), Field::Gmina, ErrorCode::UnknownValue));
        assert!(issues_of(&p).has_invalid());
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod properties {
    use super::*;
    use crate::domain::test_support::{participant, project, today};
    use proptest::prelude::*;

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(500))]

        #[test]
        fn validation_never_panics_on_arbitrary_text(
            pesel in "\\PC{0,14}", phone in "\\PC{0,20}", email in "\\PC{0,30}", postal in "\\PC{0,8}",
            code in "\\PC{0,12}", age in proptest::option::of(0u32..500),
        ) {
            let project = project();
            let ctx = RuleContext::for_project(&project, today());
            let mut p = participant();
            p.pesel = pesel;
            p.phone = phone;
            p.email = email;
            p.address.postal_code = postal;
            p.education = Some(code.clone());
            p.labour_detail = Some(code.clone());
            p.situation.insert(code.clone(), code);
            p.declared_age = age;
            for status in RecruitmentStatus::ALL {
                p.status = status;
                let _ = validate_participant(&p, &ctx);
            }
        }
    }
}
