//! The participant card: the person's data, documents with dates, the recruitment status with
//! only the allowed next steps, ending participation, the linked otoczenie, and the change history.

use crate::domain::dictionary::Kind;
use crate::domain::ids::ParticipantId;
use crate::domain::journal::JournalAction;
use crate::domain::participant::{Participant, PersonKind, RecruitmentStatus};
use crate::i18n::format::date;
use crate::i18n::{Locale, Msg, fill, t, text, use_locale};
use crate::state::errors::error_text;
use crate::state::notices::{NoticeKind, use_notices};
use crate::state::participants::{delete_person, today};
use crate::state::records::use_records;
use crate::ui::components::ConfirmDialog;
use crate::ui::labels::{dict_label, sex_label, status_label};
use crate::ui::pages::participants::exit::exit_card;
use crate::ui::pages::participants::privacy::PrivacyCard;
use crate::ui::pages::participants::{new_otoczenie_path, participant_edit_path, participant_path, participants_path};
use leptos::prelude::*;
use leptos::task::spawn_local;
use leptos_router::components::A;
use leptos_router::hooks::{use_navigate, use_params_map};

mod activity;
mod documents;
mod status;

use activity::{HistoryCard, SessionsCard};
use documents::DocumentsCard;
use status::StatusPanel;

/// `/uczestnicy/:id`.
#[component]
pub fn ParticipantCardPage() -> impl IntoView {
    let records = use_records();
    let params = use_params_map();
    let id = Memo::new(move |_| params.with(|p| p.get("id").and_then(|s| ParticipantId::parse(&s).ok())));
    let person = Memo::new(move |_| {
        let id = id.get()?;
        records.data.with(|d| d.participants.iter().find(|p| p.id == id && !p.meta.deleted).cloned())
    });
    // The audit log notes each opening of a card (once per person shown, not per re-render).
    Effect::new(move |_| {
        if let Some(id) = id.get() {
            crate::state::audit::log_later(records, JournalAction::Viewed, Some(id));
        }
    });
    move || match person.get() {
        Some(p) => view! { <Card person=p/> }.into_any(),
        None => view! { <crate::ui::pages::NotFoundPage/> }.into_any(),
    }
}

fn dash(value: &str) -> String {
    if value.trim().is_empty() { "—".to_owned() } else { value.to_owned() }
}

#[component]
fn Card(
    /// The person shown.
    person: Participant,
) -> impl IntoView {
    let locale = use_locale().0;
    let records = use_records();
    let notices = use_notices();
    let navigate = use_navigate();
    let id = person.id;
    let confirm_delete = RwSignal::new(false);
    let on_delete = move |()| {
        confirm_delete.set(false);
        let navigate = navigate.clone();
        spawn_local(async move {
            match delete_person(records, id).await {
                Ok(()) => {
                    notices.push(NoticeKind::Success, text(locale.get_untracked(), Msg::PersonDeleted).to_owned());
                    navigate(&participants_path(), leptos_router::NavigateOptions::default());
                }
                Err(error) => notices.push(NoticeKind::Error, error_text(locale.get_untracked(), &error)),
            }
        });
    };
    let status = person.status;
    let name = person.full_name();
    let badges = (person.is_otoczenie(), person.incomplete);
    view! {
        <section class="page card-page" aria-labelledby="card-title">
            <div class="page-head">
                <h1 id="card-title">{name.clone()}</h1>
                <span class="badge status">{move || status_label(locale.get(), status)}</span>
                {badges.0.then(|| view! { <span class="badge">{t(Msg::BadgeOtoczenie)}</span> })}
                {badges.1.then(|| view! { <span class="badge warn">{t(Msg::BadgeIncomplete)}</span> })}
                <A href=participant_edit_path(id) attr:class="button">{t(Msg::Edit)}</A>
                <button type="button" class="button danger" on:click=move |_| confirm_delete.set(true)>{t(Msg::PersonDelete)}</button>
            </div>
            <StatusPanel person=person.clone()/>
            <div class="cards">
                <DataCard person=person.clone()/>
                <DocumentsCard person=person.clone()/>
                <OtoczenieCard person=person.clone()/>
            </div>
            {matches!(status, RecruitmentStatus::Zakonczyl | RecruitmentStatus::Przerwal).then(|| exit_card(&person))}
            <SessionsCard id=id/>
            <HistoryCard person=person.clone()/>
            {records.allows(crate::domain::access::Right::Erase).then(|| view! { <PrivacyCard person=person/> })}
            <ConfirmDialog
                open=confirm_delete
                title=t(Msg::PersonDeleteTitle)
                body=move || fill(text(locale.get(), Msg::PersonDeleteBody), &[("name", &name)])
                confirm_label=t(Msg::PersonDelete)
                cancel_label=t(Msg::Cancel)
                on_confirm=on_delete
                on_cancel=move |()| confirm_delete.set(false)
            />
        </section>
    }
}

fn row(locale: Locale, label: Msg, value: String) -> impl IntoView {
    view! {
        <div>
            <dt>{text(locale, label)}</dt>
            <dd>{value}</dd>
        </div>
    }
}

/// The person's data.
#[component]
fn DataCard(
    /// The person.
    person: Participant,
) -> impl IntoView {
    let locale = use_locale().0;
    move || {
        let l = locale.get();
        let p = &person;
        let code = |kind: Kind, value: &Option<String>| {
            value.as_deref().map_or_else(|| "—".into(), |c| dict_label(l, kind, c))
        };
        let age = p.age_at_joining(today()).map_or_else(|| "—".into(), |a| a.to_string());
        let address = [
            p.address.street.as_str(),
            p.address.building.as_str(),
            p.address.postal_code.as_str(),
            p.address.locality.as_str(),
        ]
        .iter()
        .filter(|s| !s.trim().is_empty())
        .copied()
        .collect::<Vec<_>>()
        .join(" ");
        view! {
            <section class="card" aria-labelledby="data-title">
                <h2 id="data-title">{t(Msg::SectionPersonal)}</h2>
                <dl class="facts">
                    {row(l, Msg::FieldPesel, if p.no_pesel { text(l, Msg::FieldNoPesel).to_owned() } else { dash(&p.pesel) })}
                    {row(l, Msg::FieldSex, p.sex.map_or_else(|| "—".into(), |s| sex_label(l, s)))}
                    {row(l, Msg::FieldBirthDate, p.effective_birth_date(today()).map_or_else(|| "—".into(), date))}
                    {row(l, Msg::AgeAtJoiningLabel, age)}
                    {row(l, Msg::FieldEducation, code(Kind::Education, &p.education))}
                    {row(l, Msg::FieldLabourStatus, code(Kind::LabourStatus, &p.labour_status))}
                    {row(l, Msg::SectionAddress, dash(&address))}
                    {row(l, Msg::FieldGmina, dash(&p.address.gmina))}
                    {row(l, Msg::FieldPhone, dash(&p.phone))}
                    {row(l, Msg::FieldEmail, dash(&p.email))}
                    {row(l, Msg::FieldEligibility, if p.eligibility.is_empty() { "—".into() } else { p.eligibility.iter().map(|g| dict_label(l, Kind::EligibilityGround, g)).collect::<Vec<_>>().join("; ") })}
                    {row(l, Msg::FieldParticipationStart, p.start.map_or_else(|| "—".into(), date))}
                    {row(l, Msg::FieldParticipationEnd, p.end.map_or_else(|| "—".into(), date))}
                    {p.exit.as_ref().map(|e| row(l, Msg::FieldExitSituation, code(Kind::ExitSituation, &e.situation)))}
                    {(!p.leave_reason.is_empty()).then(|| row(l, Msg::FieldLeaveReason, p.leave_reason.clone()))}
                </dl>
            </section>
        }
    }
}

/// The otoczenie linked to this person, or the participant this person belongs to.
#[component]
fn OtoczenieCard(
    /// The person.
    person: Participant,
) -> impl IntoView {
    let records = use_records();
    let id = person.id;
    let linked = Memo::new(move |_| {
        records.data.with(|d| {
            d.participants
                .iter()
                .filter(|p| !p.meta.deleted && p.kind == PersonKind::Otoczenie { of: id })
                .map(|p| (p.id, p.full_name()))
                .collect::<Vec<_>>()
        })
    });
    let belongs_to = match person.kind {
        PersonKind::Otoczenie { of } => records.data.with_untracked(|d| {
            d.participants.iter().find(|p| p.id == of && !p.meta.deleted).map(|p| (p.id, p.full_name()))
        }),
        PersonKind::Participant => None,
    };
    view! {
        <section class="card" aria-labelledby="otoczenie-title">
            <h2 id="otoczenie-title">{t(Msg::OtoczenieTitle)}</h2>
            {belongs_to.map(|(pid, name)| view! { <p>{t(Msg::OtoczenieBelongsTo)}" "<A href=participant_path(pid)>{name}</A></p> })}
            <ul>
                {move || linked.get().into_iter().map(|(pid, name)| view! { <li><A href=participant_path(pid)>{name}</A></li> }).collect_view()}
            </ul>
            {(!person.is_otoczenie()).then(|| view! { <A href=new_otoczenie_path(id) attr:class="button secondary">{t(Msg::OtoczenieAdd)}</A> })}
        </section>
    }
}
