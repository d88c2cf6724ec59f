//! Kartoteka: offline-first records of participants, activities and attendance for ESF
//! social-inclusion projects run by Polish social-assistance centres.

pub mod app;
pub mod browser;
pub mod codec;
pub mod domain;
#[cfg(all(feature = "e2e-hooks", target_arch = "wasm32"))]
pub mod e2e_hooks;
pub mod i18n;
pub mod state;
pub mod storage;
pub mod ui;
pub mod version;

pub use app::App;
