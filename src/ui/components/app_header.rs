//! The header: app name, main navigation, who is working, the unexported-changes counter and
//! the language switch.

use crate::i18n::{Msg, fill, t, text, use_locale};
use crate::state::profiles::lock_now;
use crate::ui::components::{LanguageSwitch, UnexportedBadge};
use crate::ui::pages::Page;
use leptos::prelude::*;
use leptos_router::components::A;

/// The top bar shown on every page.
#[component]
pub fn AppHeader(
    /// The pages to list in the navigation, in order.
    #[prop(into)]
    pages: Signal<Vec<Page>>,
    /// Record changes not yet exported.
    #[prop(into)]
    unexported: Signal<u64>,
    /// The name of who is working on this computer, once chosen.
    #[prop(into)]
    working_as: Signal<Option<String>>,
    /// Whether profiles protect this computer (then "Zablokuj" and "Zmień osobę" lock it).
    #[prop(into)]
    lockable: Signal<bool>,
    /// Nothing about the records is known (or shown): locked until someone unlocks, or the
    /// browser emptied the store (an "all exported" badge would mislead then).
    #[prop(into)]
    records_unknown: Signal<bool>,
) -> impl IntoView {
    let locale = use_locale().0;
    view! {
        <header class="app-header">
            <a class="skip-link" href="#main">{t(Msg::SkipToContent)}</a>
            <span class="app-name">{t(Msg::AppName)}</span>
            <nav aria-label=t(Msg::NavLabel)>
                <ul>
                    {move || {
                        pages
                            .get()
                            .into_iter()
                            .map(|page| {
                                view! {
                                    <li>
                                        <A href=page.path()>{t(page.label())}</A>
                                    </li>
                                }
                            })
                            .collect_view()
                    }}
                </ul>
            </nav>
            <div class="header-tools">
            {move || {
                working_as
                    .get()
                    .map(|name| {
                        view! {
                            <span class="working-as">
                                {fill(text(locale.get(), Msg::WorkingAs), &[("name", &name)])} " "
                                <Show
                                    when=move || lockable.get()
                                    fallback=|| view! { <A href=Page::WhoIsWorking.path()>{t(Msg::WorkingChange)}</A> }
                                >
                                    <button type="button" class="button secondary small" on:click=move |_| lock_now()>
                                        {t(Msg::SwitchPerson)}
                                    </button>
                                    <button type="button" class="button secondary small" on:click=move |_| lock_now()>
                                        {t(Msg::LockNow)}
                                    </button>
                                </Show>
                            </span>
                        }
                    })
            }}
            <Show when=move || !records_unknown.get()>
                <UnexportedBadge count=unexported/>
            </Show>
            <LanguageSwitch/>
            </div>
        </header>
    }
}
