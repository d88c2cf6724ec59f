//! Presentational components: props in, callbacks out; none of them reaches storage.

mod app_header;
mod checkbox_field;
mod confirm_dialog;
mod language_switch;
mod notice_bar;
mod reload_banner;
mod select_field;
mod text_area;
mod text_field;
mod unexported_badge;
mod update_banner;

pub use app_header::AppHeader;
pub use checkbox_field::CheckboxField;
pub use confirm_dialog::ConfirmDialog;
pub use language_switch::LanguageSwitch;
pub use notice_bar::NoticeBar;
pub use reload_banner::ReloadBanner;
pub use select_field::{SelectField, SelectOption};
pub use text_area::TextArea;
pub use text_field::TextField;
pub use unexported_badge::{RetentionBanner, StaleExportBanner, UnexportedBadge};
pub use update_banner::UpdateBanner;
