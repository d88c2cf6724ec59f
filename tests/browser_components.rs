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

mod support {
    pub mod fixtures;
}

use kartoteka::domain::record::Record;
use kartoteka::state::notices::provide_notices;
use kartoteka::state::records::provide_records_with;
use kartoteka::storage::memory::MemoryBackend;
use kartoteka::storage::{AnyBackend, Repo};
use kartoteka::ui::pages::ParticipantsPage;

async fn wait_for(root: &web_sys::HtmlElement, selector: &str, expected: &str) {
    for _ in 0..200 {
        if text_of(root, selector) == expected {
            return;
        }
        kartoteka::browser::sleep_ms(20).await;
    }
    panic!("{selector} never became {expected:?}; it is {:?}", text_of(root, selector));
}

fn body_rows(root: &web_sys::HtmlElement) -> u32 {
    root.query_selector_all(".virtual tbody tr:not(.spacer)").unwrap().length()
}

#[wasm_bindgen_test]
async fn with_ten_thousand_people_the_list_renders_only_the_rows_in_view_and_filters_as_you_type() {
    let repo = Repo::open(AnyBackend::Memory(MemoryBackend::new())).await.unwrap();
    let meta = || repo.new_meta(support::fixtures::at(0));
    let mut records = vec![Record::Project(support::fixtures::project(meta()))];
    records.extend(
        (0..10_000)
            .map(|n| Record::Participant(support::fixtures::person(meta(), "Osoba", &format!("Numer{n:05}"), n))),
    );
    repo.write_exact(&records, &[]).await.unwrap();
    let root = mount(move || {
        provide_notices();
        provide_records_with(repo);
        view! {
            <leptos_router::components::Router>
                <ParticipantsPage/>
            </leptos_router::components::Router>
        }
        .into_any()
    });
    wait_for(&root, "p.count", "10000 z 10000").await;
    let rendered = body_rows(&root);
    assert!(rendered > 5 && rendered < 80, "{rendered} rows rendered for 10000 people");
    assert_eq!(text_of(&root, ".virtual tbody th[scope=row]"), "Numer00000 Osoba", "sorted by surname");

    let input: web_sys::HtmlInputElement = root.query_selector("#search").unwrap().unwrap().unchecked_into();
    input.set_value("numer0012");
    let init = web_sys::EventInit::new();
    init.set_bubbles(true);
    input.dispatch_event(&web_sys::Event::new_with_event_init_dict("input", &init).unwrap()).unwrap();
    wait_for(&root, "p.count", "10 z 10000").await;
    assert_eq!(body_rows(&root), 10);
}
