//! The header: app name, main navigation and the language switch.

use crate::i18n::{Msg, t};
use crate::ui::components::{LanguageSwitch, UnexportedBadge};
use crate::ui::pages::Page;
use leptos::prelude::*;
use leptos_router::components::A;

/// The top bar shown on every page.
#[component]
pub fn AppHeader(
    /// The pages to list in the navigation, in order.
    pages: &'static [Page],
    /// Record changes not yet exported.
    #[prop(into)]
    unexported: Signal<u64>,
) -> impl IntoView {
    view! {
        <header class="app-header">
            <a class="skip-link" href="#main">{t(Msg::SkipToContent)}</a>
            <span class="app-name">{t(Msg::AppName)}</span>
            <nav aria-label=t(Msg::NavLabel)>
                <ul>
                    {pages
                        .iter()
                        .map(|page| {
                            view! {
                                <li>
                                    <A href=page.path()>{t(page.label())}</A>
                                </li>
                            }
                        })
                        .collect_view()}
                </ul>
            </nav>
            <UnexportedBadge count=unexported/>
            <LanguageSwitch/>
        </header>
    }
}
