//! Presentational components: props in, callbacks out; none of them reaches storage.

mod app_header;
mod language_switch;
mod notice_bar;
mod update_banner;

pub use app_header::AppHeader;
pub use language_switch::LanguageSwitch;
pub use notice_bar::NoticeBar;
pub use update_banner::UpdateBanner;
