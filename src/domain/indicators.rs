//! The indicators dashboard, computed from the records alone (offline, pure).
//!
//! Every figure keeps the ids it counts, so the dashboard can open any number into the list of
//! people, sessions or volunteer entries behind it. Definitions (domain.md §8):
//!
//! - **recruited**: participants (not otoczenie) who are or were "uczestnik" (uczestnik,
//!   zakończył, przerwał), by sex, against the project's targets; the reserve list apart;
//! - **date range**: people count by the day they joined (their participation start, or the day
//!   they were registered when they have none); exit figures by the day they left; sessions and
//!   volunteer hours by their date;
//! - **hours delivered**: the held sessions' hours in each form's hours (60 or 45 minutes);
//! - **attendance rate**: present ÷ all marks of the held sessions of a form;
//! - **social effectiveness**: among those who finished (zakończył) in a group, the share with at
//!   least one kind of social progress confirmed within 3 months of leaving. domain.md marks the
//!   denominator "all who completed" unconfirmed; the app uses everyone with status zakończył
//!   (not przerwał) and says so on the dashboard;
//! - **employment effectiveness**: among those who finished and received vocational activation (a
//!   form of support of the vocational category: enrolled, or present at one of its sessions),
//!   the share whose employment meets the definition (§8.1) and was confirmed within 3 months of
//!   leaving. People under 18 at joining are left out of both numbers (§8.2 under-18 rule);
//! - **groups**: people with a severe, intellectual or multiple disability form their own group
//!   (thresholds 34 % / 12 %); everyone else the general group (34 % / 22 %);
//! - **result indicators** ("poszukujące pracy", "pracujące", "kwalifikacje"): people who left
//!   (zakończył or przerwał) with a situation at exit that counts for the indicator; under-18s are
//!   not counted as looking for work or working, but are counted for qualifications.

use crate::domain::dataset::Dataset;
use crate::domain::dictionary::{Kind, dictionaries};
use crate::domain::exit::within_three_months;
use crate::domain::ids::{ParticipantId, SessionId, SupportFormId, TaskId, VolunteerHoursId};
use crate::domain::participant::{Participant, PersonKind, RecruitmentStatus};
use crate::domain::pesel::Sex;
use crate::domain::project::{IndicatorSource, Project, Targets};
use crate::domain::session::{Presence, PresenceCounts, Session};
use chrono::{Datelike, Days, NaiveDate};
use rust_decimal::{Decimal, RoundingStrategy};
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, BTreeSet, HashMap};

/// The effectiveness thresholds and the minimum wage a civil-law contract is measured against:
/// project settings, because calls and programmes differ (domain.md §8.1).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct EffectivenessSettings {
    /// Social effectiveness, general group, percent.
    pub social: Decimal,
    /// Employment effectiveness, general group, percent.
    pub employment: Decimal,
    /// Social effectiveness, severe-disability group, percent.
    pub social_severe: Decimal,
    /// Employment effectiveness, severe-disability group, percent.
    pub employment_severe: Decimal,
    /// The monthly minimum wage in złoty (a civil-law contract must be worth three of them).
    pub minimum_wage: Decimal,
}

impl Default for EffectivenessSettings {
    fn default() -> Self {
        EffectivenessSettings {
            social: Decimal::from(34),
            employment: Decimal::from(22),
            social_severe: Decimal::from(34),
            employment_severe: Decimal::from(12),
            // Minimum wage 2026 (Rozporządzenie Rady Ministrów of 12.09.2025): 4 806 zł.
            minimum_wage: Decimal::from(4806),
        }
    }
}

/// A closed date range; `None` on the dashboard means the whole project.
pub type Range = Option<(NaiveDate, NaiveDate)>;

fn in_range(range: Range, day: NaiveDate) -> bool {
    range.is_none_or(|(from, to)| day >= from && day <= to)
}

/// A share: who is counted over whom, against a threshold.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Share {
    /// Those meeting the criterion.
    pub numerator: Vec<ParticipantId>,
    /// Those counted for the criterion.
    pub denominator: Vec<ParticipantId>,
    /// The threshold in percent.
    pub threshold: Decimal,
}

impl Share {
    /// numerator ÷ denominator × 100, two decimals; `None` ("brak danych") when nobody is counted.
    pub fn percent(&self) -> Option<Decimal> {
        percent(self.numerator.len(), self.denominator.len())
    }

    /// Whether the threshold is reached; `None` without data.
    pub fn met(&self) -> Option<bool> {
        self.percent().map(|p| p >= self.threshold)
    }
}

/// `part ÷ whole × 100`, two decimals; `None` for an empty whole.
pub fn percent(part: usize, whole: usize) -> Option<Decimal> {
    (whole > 0).then(|| {
        (Decimal::from(part) * Decimal::from(100) / Decimal::from(whole))
            .round_dp_with_strategy(2, RoundingStrategy::MidpointAwayFromZero)
    })
}

/// Which group an effectiveness figure is for.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Group {
    /// People at risk of poverty or social exclusion (everyone not in the severe group).
    General,
    /// Severe (znaczny) degree, intellectual or multiple (sprzężone) disabilities.
    Severe,
}

/// Social and employment effectiveness of one group.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct GroupEffectiveness {
    /// The group.
    pub group: Group,
    /// Social effectiveness.
    pub social: Share,
    /// Employment effectiveness.
    pub employment: Share,
}

/// One form of support's sessions, hours and attendance.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FormFigure {
    /// The form.
    pub form: SupportFormId,
    /// Its held sessions.
    pub sessions: Vec<SessionId>,
    /// Hours delivered, in the form's hours.
    pub hours: Decimal,
    /// Marks at its held sessions.
    pub presence: PresenceCounts,
}

/// One task's sessions and hours (`None`: sessions without a task).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TaskFigure {
    /// The task.
    pub task: Option<TaskId>,
    /// Its held sessions.
    pub sessions: Vec<SessionId>,
    /// Hours delivered.
    pub hours: Decimal,
}

/// Held sessions in one week (Monday to Sunday).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct WeekFigure {
    /// The week's Monday.
    pub monday: NaiveDate,
    /// The sessions.
    pub sessions: Vec<SessionId>,
}

/// The current value of a catalogue indicator.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum IndicatorValue {
    /// Computed: the people counted.
    Computed(Vec<ParticipantId>),
    /// Kept by hand by the coordinator (`None`: not entered yet).
    Manual(Option<Decimal>),
}

/// A target from the project settings with its current value.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct IndicatorFigure {
    /// The indicator's dictionary code.
    pub code: String,
    /// The target.
    pub target: Option<Decimal>,
    /// The current value.
    pub value: IndicatorValue,
}

impl IndicatorFigure {
    /// The value as a number (`None` for a manual value not entered yet).
    pub fn number(&self) -> Option<Decimal> {
        match &self.value {
            IndicatorValue::Computed(people) => Some(Decimal::from(people.len())),
            IndicatorValue::Manual(value) => *value,
        }
    }
}

/// Recruitment against the targets.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Recruitment {
    /// Recruited participants.
    pub total: Vec<ParticipantId>,
    /// Of them women.
    pub women: Vec<ParticipantId>,
    /// Of them men.
    pub men: Vec<ParticipantId>,
    /// On the reserve list.
    pub reserve: Vec<ParticipantId>,
    /// Otoczenie people supported (counted apart).
    pub otoczenie: Vec<ParticipantId>,
    /// The targets.
    pub targets: Targets,
}

/// Everything the dashboard shows.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Dashboard {
    /// The range it was computed for.
    pub range: Range,
    /// Recruitment.
    pub recruitment: Recruitment,
    /// Participants by recruitment status (every status, in path order).
    pub by_status: Vec<(RecruitmentStatus, Vec<ParticipantId>)>,
    /// Participants (uczestnik and later) missing a required document.
    pub missing_documents: Vec<ParticipantId>,
    /// Past their end date (or the project's) without exit data.
    pub past_end_without_exit: Vec<ParticipantId>,
    /// Per form of support, in the forms' order (every form in use, and retired ones with sessions).
    pub forms: Vec<FormFigure>,
    /// Per task, in the tasks' order, then sessions without a task (when there are any).
    pub tasks: Vec<TaskFigure>,
    /// Sessions per week, every week from the first to the last session.
    pub weeks: Vec<WeekFigure>,
    /// Volunteer entries.
    pub volunteer_entries: Vec<VolunteerHoursId>,
    /// Volunteer hours.
    pub volunteer_hours: Decimal,
    /// Effectiveness per group, when the project measures it.
    pub effectiveness: Option<Vec<GroupEffectiveness>>,
    /// The project's indicator targets with current values.
    pub indicators: Vec<IndicatorFigure>,
}

/// What a figure counts: the key the dashboard uses to open it.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum FigureKey {
    /// Recruited participants.
    Recruited,
    /// Recruited women.
    Women,
    /// Recruited men.
    Men,
    /// Reserve list.
    Reserve,
    /// Otoczenie.
    Otoczenie,
    /// One status.
    Status(RecruitmentStatus),
    /// Missing documents.
    MissingDocuments,
    /// Past end without exit data.
    PastEnd,
    /// A form's sessions.
    FormSessions(SupportFormId),
    /// A task's sessions (`None`: without a task).
    TaskSessions(Option<TaskId>),
    /// A week's sessions.
    Week(NaiveDate),
    /// Volunteer entries.
    Volunteers,
    /// An effectiveness numerator or denominator: group, social (else employment), numerator.
    Effectiveness(Group, bool, bool),
    /// A computed indicator.
    Indicator(String),
}

/// The people, sessions or volunteer entries behind a figure.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Members {
    /// People.
    People(Vec<ParticipantId>),
    /// Sessions.
    Sessions(Vec<SessionId>),
    /// Volunteer entries.
    Volunteers(Vec<VolunteerHoursId>),
}

fn status_code(s: RecruitmentStatus) -> &'static str {
    match s {
        RecruitmentStatus::Zgloszony => "zgloszony",
        RecruitmentStatus::Zakwalifikowany => "zakwalifikowany",
        RecruitmentStatus::ListaRezerwowa => "lista_rezerwowa",
        RecruitmentStatus::Niezakwalifikowany => "niezakwalifikowany",
        RecruitmentStatus::Uczestnik => "uczestnik",
        RecruitmentStatus::Zakonczyl => "zakonczyl",
        RecruitmentStatus::Przerwal => "przerwal",
    }
}

impl FigureKey {
    /// A stable text form (the dashboard's URL query).
    pub fn code(&self) -> String {
        let group = |g: Group| if g == Group::General { "ogolna" } else { "znaczna" };
        match self {
            FigureKey::Recruited => "zrekrutowani".into(),
            FigureKey::Women => "kobiety".into(),
            FigureKey::Men => "mezczyzni".into(),
            FigureKey::Reserve => "rezerwa".into(),
            FigureKey::Otoczenie => "otoczenie".into(),
            FigureKey::Status(s) => format!("status-{}", status_code(*s)),
            FigureKey::MissingDocuments => "brak-dokumentow".into(),
            FigureKey::PastEnd => "po-terminie".into(),
            FigureKey::FormSessions(id) => format!("forma-{id}"),
            FigureKey::TaskSessions(Some(id)) => format!("zadanie-{id}"),
            FigureKey::TaskSessions(None) => "zadanie-brak".into(),
            FigureKey::Week(monday) => format!("tydzien-{monday}"),
            FigureKey::Volunteers => "wolontariat".into(),
            FigureKey::Effectiveness(g, social, numerator) => format!(
                "efektywnosc-{}-{}-{}",
                if *social { "spoleczna" } else { "zatrudnieniowa" },
                group(*g),
                if *numerator { "licznik" } else { "mianownik" }
            ),
            FigureKey::Indicator(code) => format!("wskaznik-{code}"),
        }
    }

    /// Parses [`FigureKey::code`].
    pub fn parse(text: &str) -> Option<FigureKey> {
        let simple = match text {
            "zrekrutowani" => Some(FigureKey::Recruited),
            "kobiety" => Some(FigureKey::Women),
            "mezczyzni" => Some(FigureKey::Men),
            "rezerwa" => Some(FigureKey::Reserve),
            "otoczenie" => Some(FigureKey::Otoczenie),
            "brak-dokumentow" => Some(FigureKey::MissingDocuments),
            "po-terminie" => Some(FigureKey::PastEnd),
            "zadanie-brak" => Some(FigureKey::TaskSessions(None)),
            "wolontariat" => Some(FigureKey::Volunteers),
            _ => None,
        };
        if simple.is_some() {
            return simple;
        }
        if let Some(code) = text.strip_prefix("status-") {
            return RecruitmentStatus::ALL.into_iter().find(|s| status_code(*s) == code).map(FigureKey::Status);
        }
        if let Some(id) = text.strip_prefix("forma-") {
            return SupportFormId::parse(id).ok().map(FigureKey::FormSessions);
        }
        if let Some(id) = text.strip_prefix("zadanie-") {
            return TaskId::parse(id).ok().map(|id| FigureKey::TaskSessions(Some(id)));
        }
        if let Some(day) = text.strip_prefix("tydzien-") {
            return day.parse().ok().map(FigureKey::Week);
        }
        if let Some(code) = text.strip_prefix("wskaznik-") {
            return Some(FigureKey::Indicator(code.to_owned()));
        }
        let rest = text.strip_prefix("efektywnosc-")?;
        let mut parts = rest.split('-');
        let social = match parts.next()? {
            "spoleczna" => true,
            "zatrudnieniowa" => false,
            _ => return None,
        };
        let group = match parts.next()? {
            "ogolna" => Group::General,
            "znaczna" => Group::Severe,
            _ => return None,
        };
        let numerator = match parts.next()? {
            "licznik" => true,
            "mianownik" => false,
            _ => return None,
        };
        parts.next().is_none().then_some(FigureKey::Effectiveness(group, social, numerator))
    }
}

impl Dashboard {
    /// What `key` counts, if the dashboard has that figure.
    pub fn members(&self, key: &FigureKey) -> Option<Members> {
        let people = |ids: &Vec<ParticipantId>| Some(Members::People(ids.clone()));
        match key {
            FigureKey::Recruited => people(&self.recruitment.total),
            FigureKey::Women => people(&self.recruitment.women),
            FigureKey::Men => people(&self.recruitment.men),
            FigureKey::Reserve => people(&self.recruitment.reserve),
            FigureKey::Otoczenie => people(&self.recruitment.otoczenie),
            FigureKey::Status(s) => self.by_status.iter().find(|(st, _)| st == s).and_then(|(_, ids)| people(ids)),
            FigureKey::MissingDocuments => people(&self.missing_documents),
            FigureKey::PastEnd => people(&self.past_end_without_exit),
            FigureKey::FormSessions(form) => {
                self.forms.iter().find(|f| f.form == *form).map(|f| Members::Sessions(f.sessions.clone()))
            }
            FigureKey::TaskSessions(task) => {
                self.tasks.iter().find(|t| t.task == *task).map(|t| Members::Sessions(t.sessions.clone()))
            }
            FigureKey::Week(monday) => {
                self.weeks.iter().find(|w| w.monday == *monday).map(|w| Members::Sessions(w.sessions.clone()))
            }
            FigureKey::Volunteers => Some(Members::Volunteers(self.volunteer_entries.clone())),
            FigureKey::Effectiveness(group, social, numerator) => {
                let g = self.effectiveness.as_ref()?.iter().find(|g| g.group == *group)?;
                let share = if *social { &g.social } else { &g.employment };
                people(if *numerator { &share.numerator } else { &share.denominator })
            }
            FigureKey::Indicator(code) => match &self.indicators.iter().find(|i| &i.code == code)?.value {
                IndicatorValue::Computed(ids) => people(ids),
                IndicatorValue::Manual(_) => None,
            },
        }
    }
}

/// The day a person counts for in a range: joining, else registration.
fn joined(p: &Participant) -> NaiveDate {
    p.start.unwrap_or_else(|| p.meta.created_at.date_naive())
}

fn is_severe(p: &Participant) -> bool {
    p.disability_degree
        .as_deref()
        .and_then(|code| dictionaries().get(Kind::DisabilityDegree, code))
        .is_some_and(|e| e.flag("severe_group"))
}

/// Whether the person's situation at exit counts for `indicator` (dictionary `counts`).
fn exit_counts_for(p: &Participant, indicator: &str) -> bool {
    let Some(exit) = &p.exit else { return false };
    [&exit.situation, &exit.situation2].into_iter().flatten().any(|code| {
        dictionaries().get(Kind::ExitSituation, code).is_some_and(|e| e.list("counts").iter().any(|c| c == indicator))
    })
}

fn social_progress_confirmed(p: &Participant) -> bool {
    let (Some(end), Some(exit)) = (p.end, &p.exit) else { return false };
    !exit.social_progress.is_empty() && exit.progress_confirmed.is_some_and(|c| within_three_months(end, c))
}

fn employment_confirmed(p: &Participant, minimum_wage: Decimal) -> bool {
    let (Some(end), Some(job)) = (p.end, p.exit.as_ref().and_then(|e| e.employment.as_ref())) else {
        return false;
    };
    // A contract without an end date is open-ended: it lasts.
    job.qualifies(NaiveDate::MAX, minimum_wage) && job.confirmed.is_some_and(|c| within_three_months(end, c))
}

fn sorted(mut ids: Vec<ParticipantId>, names: &HashMap<ParticipantId, (String, String)>) -> Vec<ParticipantId> {
    ids.sort_by(|a, b| names.get(a).cmp(&names.get(b)).then(a.cmp(b)));
    ids
}

fn monday_of(day: NaiveDate) -> NaiveDate {
    day - Days::new(u64::from(day.weekday().num_days_from_monday()))
}

/// The people the dashboard counts, and the questions it asks of each.
struct People<'a> {
    live: Vec<&'a Participant>,
    names: HashMap<ParticipantId, (String, String)>,
    range: Range,
    today: NaiveDate,
}

impl<'a> People<'a> {
    fn new(data: &'a Dataset, range: Range, today: NaiveDate) -> Self {
        let live: Vec<&Participant> = data.participants.iter().filter(|p| !p.meta.deleted).collect();
        let names = live
            .iter()
            .map(|p| (p.id, (crate::domain::search::fold(&p.last_name), crate::domain::search::fold(&p.first_name))))
            .collect();
        People { live, names, range, today }
    }

    /// The ids of those `filter` accepts, sorted by name.
    fn ids(&self, filter: impl Fn(&Participant) -> bool) -> Vec<ParticipantId> {
        sorted(self.live.iter().filter(|p| filter(p)).map(|p| p.id).collect(), &self.names)
    }

    fn joined_in(&self, p: &Participant) -> bool {
        in_range(self.range, joined(p))
    }

    fn left_in(&self, p: &Participant) -> bool {
        p.end.is_some_and(|end| in_range(self.range, end))
    }

    fn recruited(&self, p: &Participant) -> bool {
        is_main(p) && p.status.is_participant() && self.joined_in(p)
    }

    /// Left the project (zakończył or przerwał) within the range.
    fn left(&self, p: &Participant) -> bool {
        is_main(p) && matches!(p.status, RecruitmentStatus::Zakonczyl | RecruitmentStatus::Przerwal) && self.left_in(p)
    }

    /// Finished (zakończył) within the range.
    fn finished(&self, p: &Participant) -> bool {
        is_main(p) && p.status == RecruitmentStatus::Zakonczyl && self.left_in(p)
    }
}

fn is_main(p: &Participant) -> bool {
    p.kind == PersonKind::Participant
}

/// Computes the dashboard for `range` (`None`: the whole project) as of `today`.
pub fn dashboard(data: &Dataset, range: Range, today: NaiveDate) -> Dashboard {
    let project = data.current_project();
    let required: &[String] = project.map_or(&[], |p| p.required_documents.as_slice());
    let people = People::new(data, range, today);
    let recruitment = Recruitment {
        total: people.ids(|p| people.recruited(p)),
        women: people.ids(|p| people.recruited(p) && p.sex == Some(Sex::Female)),
        men: people.ids(|p| people.recruited(p) && p.sex == Some(Sex::Male)),
        reserve: people.ids(|p| is_main(p) && p.status == RecruitmentStatus::ListaRezerwowa && people.joined_in(p)),
        otoczenie: people.ids(|p| !is_main(p) && p.status.is_participant() && people.joined_in(p)),
        targets: project.map(|p| p.targets).unwrap_or_default(),
    };
    let by_status = RecruitmentStatus::ALL
        .into_iter()
        .map(|s| (s, people.ids(|p| is_main(p) && p.status == s && people.joined_in(p))))
        .collect();
    let missing_documents = people.ids(|p| people.recruited(p) && !p.missing_documents(required).is_empty());
    let project_end = project.and_then(|p| p.end);
    let past_end_without_exit = people.ids(|p| {
        is_main(p)
            && people.joined_in(p)
            && match p.status {
                RecruitmentStatus::Uczestnik => p.end.or(project_end).is_some_and(|end| end < today),
                RecruitmentStatus::Zakonczyl => p.exit.as_ref().is_none_or(|e| e.situation.is_none()),
                RecruitmentStatus::Przerwal => p.end.is_none() || p.leave_reason.trim().is_empty(),
                _ => false,
            }
    });
    let (forms, tasks, weeks) = session_figures(data, range);
    let mut volunteers: Vec<_> =
        data.volunteer_hours.iter().filter(|v| !v.meta.deleted && in_range(range, v.date)).collect();
    volunteers.sort_by_key(|v| (v.date, v.id));
    Dashboard {
        range,
        recruitment,
        by_status,
        missing_documents,
        past_end_without_exit,
        forms,
        tasks,
        weeks,
        volunteer_entries: volunteers.iter().map(|v| v.id).collect(),
        volunteer_hours: volunteers.iter().map(|v| v.hours).sum(),
        effectiveness: project.filter(|p| p.effectiveness_measured).map(|p| effectiveness(data, &people, p)),
        indicators: project.map(|p| indicator_figures(data, &people, p)).unwrap_or_default(),
    }
}

fn effectiveness(data: &Dataset, people: &People<'_>, project: &Project) -> Vec<GroupEffectiveness> {
    let settings = &project.effectiveness_thresholds;
    let vocational = vocational_people(data);
    [Group::General, Group::Severe]
        .into_iter()
        .map(|group| {
            let in_group = |p: &Participant| people.finished(p) && (is_severe(p) == (group == Group::Severe));
            let employable =
                |p: &Participant| in_group(p) && !p.is_minor_at_joining(people.today) && vocational.contains(&p.id);
            let (social_threshold, employment_threshold) = match group {
                Group::General => (settings.social, settings.employment),
                Group::Severe => (settings.social_severe, settings.employment_severe),
            };
            GroupEffectiveness {
                group,
                social: Share {
                    numerator: people.ids(|p| in_group(p) && social_progress_confirmed(p)),
                    denominator: people.ids(in_group),
                    threshold: social_threshold,
                },
                employment: Share {
                    numerator: people.ids(|p| employable(p) && employment_confirmed(p, settings.minimum_wage)),
                    denominator: people.ids(employable),
                    threshold: employment_threshold,
                },
            }
        })
        .collect()
}

fn indicator_figures(data: &Dataset, people: &People<'_>, project: &Project) -> Vec<IndicatorFigure> {
    let social_services = social_service_people(data, people.range);
    let computed = |code: &str| -> Option<Vec<ParticipantId>> {
        Some(match code {
            "osoby_objete_wsparciem" => people.ids(|p| people.recruited(p)),
            "osoby_uslugi_ogolne" => people.ids(|p| is_main(p) && social_services.contains(&p.id)),
            "poszukujace_pracy" | "pracujace" => {
                people.ids(|p| people.left(p) && !p.is_minor_at_joining(people.today) && exit_counts_for(p, code))
            }
            "kwalifikacje" => people.ids(|p| people.left(p) && exit_counts_for(p, code)),
            _ => return None,
        })
    };
    project
        .indicator_targets
        .iter()
        .map(|target| IndicatorFigure {
            code: target.code.clone(),
            target: target.target,
            value: match (&target.source, computed(&target.code)) {
                (IndicatorSource::Computed, Some(ids)) => IndicatorValue::Computed(ids),
                (IndicatorSource::Manual { value }, _) => IndicatorValue::Manual(*value),
                (IndicatorSource::Computed, None) => IndicatorValue::Manual(None),
            },
        })
        .collect()
}

/// People enrolled in, or present at a session of, a form of the vocational category.
fn vocational_people(data: &Dataset) -> BTreeSet<ParticipantId> {
    let vocational: BTreeSet<SupportFormId> = data
        .support_forms
        .iter()
        .filter(|f| {
            !f.meta.deleted
                && dictionaries().get(Kind::SupportCategory, &f.category).is_some_and(|e| e.flag("vocational"))
        })
        .map(|f| f.id)
        .collect();
    let sessions: BTreeSet<SessionId> = data
        .sessions
        .iter()
        .filter(|s| !s.meta.deleted && !s.planned && vocational.contains(&s.form))
        .map(|s| s.id)
        .collect();
    let mut people: BTreeSet<ParticipantId> = data
        .enrolments
        .iter()
        .filter(|e| !e.meta.deleted && vocational.contains(&e.form))
        .map(|e| e.participant)
        .collect();
    people.extend(
        data.attendance
            .iter()
            .filter(|a| !a.meta.deleted && a.presence == Presence::Obecny && sessions.contains(&a.session))
            .map(|a| a.participant),
    );
    people
}

/// People present at a session (in range) of a form of the social-services category.
fn social_service_people(data: &Dataset, range: Range) -> BTreeSet<ParticipantId> {
    let forms: BTreeSet<SupportFormId> = data
        .support_forms
        .iter()
        .filter(|f| !f.meta.deleted && f.category == "uslugi_spoleczne")
        .map(|f| f.id)
        .collect();
    let sessions: BTreeSet<SessionId> = data
        .sessions
        .iter()
        .filter(|s| !s.meta.deleted && !s.planned && forms.contains(&s.form) && in_range(range, s.date))
        .map(|s| s.id)
        .collect();
    data.attendance
        .iter()
        .filter(|a| !a.meta.deleted && a.presence == Presence::Obecny && sessions.contains(&a.session))
        .map(|a| a.participant)
        .collect()
}

fn session_figures(data: &Dataset, range: Range) -> (Vec<FormFigure>, Vec<TaskFigure>, Vec<WeekFigure>) {
    let mut held: Vec<&Session> =
        data.sessions.iter().filter(|s| !s.meta.deleted && !s.planned && in_range(range, s.date)).collect();
    held.sort_by_key(|s| (s.date, s.start, s.id));
    let minutes: HashMap<SupportFormId, u32> = data.support_forms.iter().map(|f| (f.id, f.hour_minutes)).collect();
    let hours_of = |s: &Session| s.hours(minutes.get(&s.form).copied().unwrap_or(60));
    let mut marks: HashMap<SessionId, Vec<Presence>> = HashMap::new();
    for a in data.attendance.iter().filter(|a| !a.meta.deleted) {
        marks.entry(a.session).or_default().push(a.presence);
    }

    let form_order = |id: &SupportFormId| data.support_forms.iter().find(|f| f.id == *id).map_or(i32::MAX, |f| f.order);
    let mut by_form: BTreeMap<SupportFormId, (Vec<SessionId>, Decimal, Vec<Presence>)> = BTreeMap::new();
    let mut by_task: BTreeMap<Option<TaskId>, (Vec<SessionId>, Decimal)> = BTreeMap::new();
    let mut by_week: BTreeMap<NaiveDate, Vec<SessionId>> = BTreeMap::new();
    // Every form and task in use is shown, with nothing delivered yet as 0.
    for form in data.support_forms.iter().filter(|f| !f.meta.deleted && !f.archived) {
        by_form.entry(form.id).or_default();
    }
    for task in data.tasks.iter().filter(|t| !t.meta.deleted && !t.archived) {
        by_task.entry(Some(task.id)).or_default();
    }
    for s in &held {
        let form = by_form.entry(s.form).or_default();
        form.0.push(s.id);
        form.1 += hours_of(s);
        form.2.extend(marks.get(&s.id).into_iter().flatten().copied());
        let task = s.task.or_else(|| data.support_forms.iter().find(|f| f.id == s.form).and_then(|f| f.task));
        let task = by_task.entry(task).or_default();
        task.0.push(s.id);
        task.1 += hours_of(s);
        by_week.entry(monday_of(s.date)).or_default().push(s.id);
    }
    let mut forms: Vec<FormFigure> = by_form
        .into_iter()
        .map(|(form, (sessions, hours, presence))| FormFigure {
            form,
            sessions,
            hours,
            presence: PresenceCounts::of(presence.iter()),
        })
        .collect();
    forms.sort_by_key(|f| form_order(&f.form));
    let task_order =
        |id: &Option<TaskId>| id.and_then(|id| data.tasks.iter().find(|t| t.id == id)).map_or(i32::MAX, |t| t.order);
    let mut tasks: Vec<TaskFigure> =
        by_task.into_iter().map(|(task, (sessions, hours))| TaskFigure { task, sessions, hours }).collect();
    tasks.sort_by_key(|t| task_order(&t.task));
    let mut weeks = Vec::new();
    if let (Some(&first), Some(&last)) = (by_week.keys().next(), by_week.keys().next_back()) {
        let mut monday = first;
        while monday <= last {
            weeks.push(WeekFigure { monday, sessions: by_week.remove(&monday).unwrap_or_default() });
            monday = monday + Days::new(7);
        }
    }
    (forms, tasks, weeks)
}
