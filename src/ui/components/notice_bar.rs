//! The notice bar: saved / failed messages, announced to screen readers.

use crate::i18n::{Msg, t};
use crate::state::notices::{NoticeKind, use_notices};
use leptos::prelude::*;

/// Shows the current notices; errors are announced assertively, the rest politely.
#[component]
pub fn NoticeBar() -> impl IntoView {
    let notices = use_notices();
    view! {
        <section class="notices" aria-label=t(Msg::NoticesLabel)>
            <For each=move || notices.list().get() key=|n| n.id let:notice>
                <div
                    class="notice"
                    class:notice-success=notice.kind == NoticeKind::Success
                    class:notice-error=notice.kind == NoticeKind::Error
                >
                    <span role=if notice.kind == NoticeKind::Error {
                        "alert"
                    } else {
                        "status"
                    }>{notice.text.clone()}</span>
                    <button
                        type="button"
                        class="icon-button"
                        aria-label=t(Msg::NoticeDismiss)
                        on:click=move |_| notices.dismiss(notice.id)
                    >
                        <span aria-hidden="true">"×"</span>
                    </button>
                </div>
            </For>
        </section>
    }
}
