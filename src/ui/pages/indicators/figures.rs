//! Names of the dashboard's figures, and the dashboard as a table for "Eksportuj wskaźniki".

use crate::codec::csv::Preset;
use crate::domain::dataset::Dataset;
use crate::domain::dates::date_text;
use crate::domain::dictionary::Kind;
use crate::domain::ids::{SupportFormId, TaskId};
use crate::domain::indicators::{Dashboard, FigureKey, Group, Share};
use crate::i18n::{Locale, Msg, fill, text};
use crate::ui::labels::{dict_label, status_label};
use chrono::{Days, NaiveDate};
use rust_decimal::Decimal;

/// A form of support's name.
pub fn form_name(data: &Dataset, id: SupportFormId) -> String {
    data.support_forms.iter().find(|f| f.id == id).map(|f| f.name.clone()).unwrap_or_default()
}

/// A task's name ("bez zadania" for `None`).
pub fn task_name(data: &Dataset, id: Option<TaskId>, locale: Locale) -> String {
    id.and_then(|id| data.tasks.iter().find(|t| t.id == id))
        .map_or_else(|| text(locale, Msg::DashNoTask).to_owned(), |t| t.name.clone())
}

/// "02.05.2022–08.05.2022".
pub fn week_label(monday: NaiveDate) -> String {
    format!("{}–{}", date_text(monday), date_text(monday + Days::new(6)))
}

/// A group's name.
pub fn group_label(locale: Locale, group: Group) -> &'static str {
    text(
        locale,
        match group {
            Group::General => Msg::DashGroupGeneral,
            Group::Severe => Msg::DashGroupSevere,
        },
    )
}

/// What a figure is called (the heading of its list).
pub fn figure_label(key: &FigureKey, data: &Dataset, locale: Locale) -> String {
    let t = |m: Msg| text(locale, m).to_owned();
    match key {
        FigureKey::Recruited => t(Msg::DashRecruited),
        FigureKey::Women => t(Msg::DashWomen),
        FigureKey::Men => t(Msg::DashMen),
        FigureKey::Reserve => t(Msg::DashReserve),
        FigureKey::Otoczenie => t(Msg::DashOtoczenie),
        FigureKey::Status(s) => fill(text(locale, Msg::DashStatusOf), &[("status", status_label(locale, *s))]),
        FigureKey::MissingDocuments => t(Msg::DashMissingDocuments),
        FigureKey::PastEnd => t(Msg::DashPastEnd),
        FigureKey::FormSessions(id) => fill(text(locale, Msg::DashSessionsOf), &[("name", &form_name(data, *id))]),
        FigureKey::TaskSessions(id) => {
            fill(text(locale, Msg::DashSessionsOf), &[("name", &task_name(data, *id, locale))])
        }
        FigureKey::Week(monday) => fill(text(locale, Msg::DashSessionsOf), &[("name", &week_label(*monday))]),
        FigureKey::Volunteers => t(Msg::DashVolunteerHours),
        FigureKey::Effectiveness(group, social, numerator) => format!(
            "{} — {} — {}",
            text(locale, if *social { Msg::DashSocial } else { Msg::DashEmployment }),
            group_label(locale, *group),
            text(locale, if *numerator { Msg::DashNumerator } else { Msg::DashDenominator })
        ),
        FigureKey::Indicator(code) => dict_label(locale, Kind::Indicator, code),
    }
}

fn number(preset: Preset, value: Decimal) -> String {
    preset.decimal(value.round_dp(2))
}

fn count(n: usize) -> String {
    n.to_string()
}

/// The dashboard as rows: section, figure, value, numerator, denominator, target or threshold,
/// unit. Numbers are written the preset's way (decimal comma for Excel (PL)).
pub fn csv_table(d: &Dashboard, data: &Dataset, locale: Locale, preset: Preset) -> (Vec<String>, Vec<Vec<String>>) {
    let t = |m: Msg| text(locale, m).to_owned();
    let header = [
        Msg::DashCsvSection,
        Msg::DashCsvFigure,
        Msg::DashCsvValue,
        Msg::DashNumerator,
        Msg::DashDenominator,
        Msg::DashCsvTarget,
        Msg::DashCsvUnit,
    ]
    .map(t)
    .to_vec();
    let mut rows: Vec<Vec<String>> = Vec::new();
    let people = t(Msg::DashUnitPeople);
    let hours = t(Msg::DashUnitHours);
    let sessions = t(Msg::DashUnitSessions);
    let no_data = t(Msg::DashNoData);
    let target = |v: Option<u32>| v.map(|v| v.to_string()).unwrap_or_default();
    let mut push = |section: Msg, figure: String, value: String, num: String, den: String, goal: String, unit: &str| {
        rows.push(vec![t(section), figure, value, num, den, goal, unit.to_owned()]);
    };
    let r = &d.recruitment;
    let e = String::new;
    push(Msg::DashRecruitment, t(Msg::DashRecruited), count(r.total.len()), e(), e(), target(r.targets.total), &people);
    push(Msg::DashRecruitment, t(Msg::DashWomen), count(r.women.len()), e(), e(), target(r.targets.women), &people);
    push(Msg::DashRecruitment, t(Msg::DashMen), count(r.men.len()), e(), e(), target(r.targets.men), &people);
    push(Msg::DashRecruitment, t(Msg::DashReserve), count(r.reserve.len()), e(), e(), e(), &people);
    push(Msg::DashRecruitment, t(Msg::DashOtoczenie), count(r.otoczenie.len()), e(), e(), e(), &people);
    for (status, ids) in &d.by_status {
        push(Msg::DashByStatus, status_label(locale, *status).to_owned(), count(ids.len()), e(), e(), e(), &people);
    }
    push(Msg::DashChecks, t(Msg::DashMissingDocuments), count(d.missing_documents.len()), e(), e(), e(), &people);
    push(Msg::DashChecks, t(Msg::DashPastEnd), count(d.past_end_without_exit.len()), e(), e(), e(), &people);
    for f in &d.forms {
        push(Msg::DashHoursByForm, form_name(data, f.form), number(preset, f.hours), e(), e(), e(), &hours);
    }
    for f in &d.forms {
        let rate = f.presence.rate_percent().map_or_else(|| no_data.clone(), |p| number(preset, p));
        let marks = f.presence.total().to_string();
        push(Msg::DashAttendance, form_name(data, f.form), rate, f.presence.present.to_string(), marks, e(), "%");
    }
    for task in &d.tasks {
        push(
            Msg::DashHoursByTask,
            task_name(data, task.task, locale),
            number(preset, task.hours),
            e(),
            e(),
            e(),
            &hours,
        );
    }
    for w in &d.weeks {
        push(Msg::DashSessionsPerWeek, week_label(w.monday), count(w.sessions.len()), e(), e(), e(), &sessions);
    }
    push(Msg::DashVolunteers, t(Msg::DashVolunteerHours), number(preset, d.volunteer_hours), e(), e(), e(), &hours);
    if let Some(groups) = &d.effectiveness {
        for g in groups {
            for (msg, share) in [(Msg::DashSocial, &g.social), (Msg::DashEmployment, &g.employment)] {
                let value = share.percent().map_or_else(|| no_data.clone(), |p| number(preset, p));
                push(
                    msg,
                    group_label(locale, g.group).to_owned(),
                    value,
                    count(share.numerator.len()),
                    count(share.denominator.len()),
                    number(preset, share.threshold),
                    "%",
                );
            }
        }
    }
    for i in &d.indicators {
        let value = i.number().map_or_else(|| no_data.clone(), |v| number(preset, v));
        let goal = i.target.map(|v| number(preset, v)).unwrap_or_default();
        push(Msg::DashIndicators, dict_label(locale, Kind::Indicator, &i.code), value, e(), e(), goal, "");
    }
    (header, rows)
}

/// Whether a share reaches its threshold, as the dashboard says it.
pub fn verdict(locale: Locale, share: &Share) -> &'static str {
    text(
        locale,
        match share.met() {
            None => Msg::DashNoData,
            Some(true) => Msg::DashMet,
            Some(false) => Msg::DashNotMet,
        },
    )
}
