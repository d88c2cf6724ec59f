//! The header counter "N zmian niewyeksportowanych".

use crate::i18n::{Msg, plural, text, use_locale};
use leptos::prelude::*;

/// Shows how many record changes have not been exported yet.
#[component]
pub fn UnexportedBadge(
    /// The number of unexported changes.
    #[prop(into)]
    count: Signal<u64>,
) -> impl IntoView {
    let locale = use_locale().0;
    let label = move || {
        let n = count.get();
        if n == 0 {
            text(locale.get(), Msg::UnexportedNone).to_owned()
        } else {
            plural(locale.get(), n, [Msg::UnexportedOne, Msg::UnexportedFew, Msg::UnexportedMany])
        }
    };
    view! {
        <span class="unexported" class:pending=move || { count.get() > 0 } role="status" data-testid="unexported">
            {label}
        </span>
    }
}

/// How many days the oldest unexported change must wait before the warning shows.
pub const STALE_EXPORT_DAYS: i64 = 7;

/// A warning when changes have waited more than a week to be handed off.
#[component]
pub fn StaleExportBanner(
    /// When the oldest change not yet exported was made.
    #[prop(into)]
    oldest: Signal<Option<chrono::DateTime<chrono::Utc>>>,
) -> impl IntoView {
    let locale = use_locale().0;
    let days = move || oldest.get().map(|at| (chrono::Utc::now() - at).num_days()).filter(|d| *d >= STALE_EXPORT_DAYS);
    move || {
        days().map(|d| {
            view! {
                <div class="update-banner stale-export" role="alert">
                    {crate::i18n::fill(text(locale.get(), Msg::UnexportedWarning), &[("days", &d.to_string())])}
                    " "
                    <a href=crate::ui::pages::Page::HandOff.path()>{text(locale.get(), Msg::CloseDayTitle)}</a>
                </div>
            }
        })
    }
}

/// After the project's durability (trwałość) has ended, the data should not stay on the laptop:
/// asks to export it and to delete everything.
#[component]
pub fn RetentionBanner(
    /// The end of the durability period, if set.
    #[prop(into)]
    durability_end: Signal<Option<chrono::NaiveDate>>,
) -> impl IntoView {
    let locale = use_locale().0;
    move || {
        durability_end.get().filter(|end| *end < crate::state::participants::today()).map(|end| {
            view! {
                <div class="update-banner retention" role="alert">
                    {crate::i18n::fill(text(locale.get(), Msg::RetentionWarning), &[("date", &crate::i18n::format::date(end))])}
                    " "
                    <a href=crate::ui::pages::Page::HandOff.path()>{text(locale.get(), Msg::RetentionAction)}</a>
                </div>
            }
        })
    }
}
