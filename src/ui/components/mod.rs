//! Presentational components: props in, callbacks out; none of them reaches storage.

mod app_header;
mod language_switch;
mod notice_bar;
mod reload_banner;
mod unexported_badge;
mod update_banner;

pub use app_header::AppHeader;
pub use language_switch::LanguageSwitch;
pub use notice_bar::NoticeBar;
pub use reload_banner::ReloadBanner;
pub use unexported_badge::UnexportedBadge;
pub use update_banner::UpdateBanner;
