//! Sessions and attendance: the day view, the session form (group sessions and individual
//! consultations), volunteer hours, and the printable attendance lists.

mod day;
mod form;
mod print;
mod volunteers;

use crate::domain::ids::{SessionId, SupportFormId};
use chrono::NaiveDate;
pub use day::DayPage;
pub use form::SessionFormPage;
pub use print::{AttendanceListPage, MonthlyListPage};
pub use volunteers::VolunteersPage;

/// The day view for `date`.
pub fn day_path(date: NaiveDate) -> String {
    format!("/dzis?dzien={}", date.format("%Y-%m-%d"))
}

/// The form for a new group session on `date`.
pub fn new_session_path(date: NaiveDate) -> String {
    format!("/zajecia/nowe?dzien={}", date.format("%Y-%m-%d"))
}

/// The form for a new individual consultation on `date`.
pub fn new_consultation_path(date: NaiveDate) -> String {
    format!("/zajecia/nowe?dzien={}&rodzaj=konsultacja", date.format("%Y-%m-%d"))
}

/// A session's form.
pub fn session_path(id: SessionId) -> String {
    format!("/zajecia/{id}")
}

/// A session's printable attendance list.
pub fn attendance_list_path(id: SessionId) -> String {
    format!("/druk/lista-obecnosci/{id}")
}

/// The monthly attendance list of a form of support for the month of `date`.
pub fn monthly_list_path(form: SupportFormId, date: NaiveDate) -> String {
    format!("/druk/lista-miesieczna/{form}?miesiac={}", date.format("%Y-%m"))
}

/// Reads a `rrrr-mm-dd` query value.
pub fn query_date(value: Option<String>) -> Option<NaiveDate> {
    value.and_then(|v| NaiveDate::parse_from_str(&v, "%Y-%m-%d").ok())
}
