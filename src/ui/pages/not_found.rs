//! The page for an address that matches no route.

use crate::i18n::{Msg, t};
use crate::ui::pages::Page;
use leptos::prelude::*;
use leptos_router::components::A;

/// Says the address is unknown and links home.
#[component]
pub fn NotFoundPage() -> impl IntoView {
    view! {
        <section class="page">
            <h1>{t(Msg::NotFoundTitle)}</h1>
            <p>{t(Msg::NotFoundBody)}</p>
            <p>
                <A href=Page::HOME.path()>{t(Msg::NotFoundBack)}</A>
            </p>
        </section>
    }
}
