//! Browser APIs the app relies on, exercised in headless Chromium through the app's own helpers.
#![cfg(target_arch = "wasm32")]

use kartoteka::browser::{persistence, prefs, service_worker};
use kartoteka::i18n::{Locale, LocaleContext, Msg, text};
use kartoteka::state::locale::{initial_locale, set_locale};
use leptos::prelude::*;
use wasm_bindgen_test::{wasm_bindgen_test, wasm_bindgen_test_configure};

wasm_bindgen_test_configure!(run_in_browser);

#[wasm_bindgen_test]
async fn storage_estimate_reports_a_positive_quota() {
    let estimate = persistence::estimate().await.expect("estimate() resolves").expect("API present");
    assert!(estimate.quota > 0, "quota {}", estimate.quota);
    assert!(estimate.usage <= estimate.quota);
}

#[wasm_bindgen_test]
async fn a_fresh_headless_profile_is_not_persistent_and_can_tell() {
    assert_eq!(persistence::persisted().await.expect("persisted() resolves"), Some(false));
}

#[wasm_bindgen_test]
fn the_language_choice_is_remembered_in_local_storage() {
    let owner = Owner::new();
    owner.with(|| {
        let context = LocaleContext(RwSignal::new(Locale::Pl));
        assert!(set_locale(context, Locale::En), "localStorage accepted the write");
        assert_eq!(prefs::stored_locale_tag().as_deref(), Some("en"));
        assert_eq!(initial_locale(), Locale::En);
        assert_eq!(text(context.0.get_untracked(), Msg::NavStatus), "App status");
        assert!(set_locale(context, Locale::Pl));
        assert_eq!(initial_locale(), Locale::Pl);
    });
}

#[wasm_bindgen_test]
fn service_workers_are_available_on_the_test_origin() {
    // The test page is served from 127.0.0.1, a secure context, like the app on localhost.
    assert!(service_worker::supported());
}
