//! What printed documents carry: the funding line and the logo strip (stored locally).

use super::FormContext;
use crate::domain::validation::Field;
use crate::i18n::{Msg, t, use_locale};
use crate::state::errors::error_text;
use crate::state::files::chosen_file;
use crate::state::notices::{NoticeKind, use_notices};
use crate::state::project::{remove_logo, upload_logo};
use crate::state::records::use_records;
use crate::ui::components::TextArea;
use leptos::prelude::*;
use leptos::task::spawn_local;

/// The printing fieldset.
#[component]
pub(super) fn PrintingSection(
    /// The shared form state.
    ctx: FormContext,
) -> impl IntoView {
    let locale = use_locale().0;
    let records = use_records();
    let notices = use_notices();
    let report = move |result: Result<(), crate::state::errors::AppError>, ok: Msg| match result {
        Ok(()) => notices.push(NoticeKind::Success, crate::i18n::text(locale.get_untracked(), ok).to_owned()),
        Err(error) => notices.push(NoticeKind::Error, error_text(locale.get_untracked(), &error)),
    };
    let on_file = move |ev: leptos::ev::Event| {
        let Some(file) = chosen_file(&ev) else { return };
        let Some(project) = records.data.with_untracked(|d| d.current_project().cloned()) else { return };
        spawn_local(async move { report(upload_logo(records, project, file).await, Msg::LogoSaved) });
    };
    let on_remove = move |_| {
        let Some(project) = records.data.with_untracked(|d| d.current_project().cloned()) else { return };
        spawn_local(async move { report(remove_logo(records, project).await, Msg::LogoRemoved) });
    };
    view! {
        <fieldset>
            <legend>{t(Msg::ProjectSectionPrinting)}</legend>
            <TextArea
                id="funding-line"
                label=t(Msg::FieldFundingLine)
                value=Signal::derive(move || ctx.form.with(|f| f.funding_line.clone()))
                on_input=move |v| ctx.form.update(|f| f.funding_line = v)
                status=ctx.status(Field::FundingLine)
            />
            <div class="field">
                <label for="logo">{t(Msg::LogoLabel)}</label>
                <p class="hint" id="logo-hint">{t(Msg::LogoHint)}</p>
                <input id="logo" type="file" accept="image/png,image/jpeg" aria-describedby="logo-hint" on:change=on_file/>
            </div>
            {move || {
                records
                    .logo
                    .get()
                    .map(|src| {
                        view! {
                            <div class="logo-preview">
                                <img src=src alt=t(Msg::LogoAlt)/>
                                <button type="button" class="button secondary" on:click=on_remove>
                                    {t(Msg::LogoRemove)}
                                </button>
                            </div>
                        }
                    })
            }}
        </fieldset>
    }
}
