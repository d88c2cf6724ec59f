//! Components mounted in headless Chromium: what the user sees for states that are hard to
//! reach end to end.
#![cfg(target_arch = "wasm32")]

use kartoteka::i18n::{Locale, LocaleContext};
use kartoteka::state::records::StorageError;
use kartoteka::ui::pages::StorageErrorPage;
use leptos::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::{wasm_bindgen_test, wasm_bindgen_test_configure};

wasm_bindgen_test_configure!(run_in_browser);

/// Mounts `view` into a fresh container and returns the container.
fn mount(view: impl FnOnce() -> AnyView + 'static) -> web_sys::HtmlElement {
    let document = web_sys::window().unwrap().document().unwrap();
    let container: web_sys::HtmlElement = document.create_element("div").unwrap().unchecked_into();
    document.body().unwrap().append_child(&container).unwrap();
    let handle = leptos::mount::mount_to(container.clone(), move || {
        provide_context(LocaleContext(RwSignal::new(Locale::Pl)));
        view()
    });
    handle.forget();
    container
}

fn text_of(root: &web_sys::HtmlElement, selector: &str) -> String {
    root.query_selector(selector).unwrap().map(|e| e.text_content().unwrap_or_default()).unwrap_or_default()
}

#[wasm_bindgen_test]
fn a_failed_migration_says_the_data_is_untouched_and_offers_to_try_again() {
    let error = StorageError::MigrationFailed { to: 2, reason: "create index journal.record".into() };
    let root = mount(move || view! { <StorageErrorPage error=error/> }.into_any());
    assert_eq!(text_of(&root, "h1"), "Nie można otworzyć danych");
    let body = text_of(&root, "[role=alert] p");
    assert!(body.contains("Twoje dane są nienaruszone"), "{body}");
    assert!(body.contains("migracja-2: create index journal.record"), "the reference code is shown: {body}");
    let button = root.query_selector("button").unwrap().unwrap();
    assert_eq!(button.text_content().unwrap(), "Spróbuj ponownie");
}

#[wasm_bindgen_test]
fn a_database_from_a_newer_app_asks_to_update_instead_of_opening_it() {
    let error = StorageError::NewerSchema { found: 3, supported: 2 };
    let root = mount(move || view! { <StorageErrorPage error=error/> }.into_any());
    let body = text_of(&root, "[role=alert] p");
    assert!(body.contains("nowsza wersja Kartoteki"), "{body}");
}
