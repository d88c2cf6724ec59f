//! "Uczestnicy": every participant and otoczenie person, searched as you type (ignoring case and
//! diacritics), filtered, sorted, counted ("42 z 120"). Only the rows in view are rendered, so
//! 10,000 people scroll smoothly.

use crate::domain::dictionary::Kind;
use crate::domain::ids::UnitId;
use crate::domain::participant::RecruitmentStatus;
use crate::domain::pesel::Sex;
use crate::i18n::format::date;
use crate::i18n::{Msg, fill, t, text, use_locale};
use crate::state::records::use_records;
use crate::state::registry::{Filters, Row, Sort, SortKey, select};
use crate::ui::components::{CheckboxField, SelectField, TextField};
use crate::ui::labels::{dict_options, sex_label, status_code, status_from_code, status_label};
use crate::ui::pages::participants::{new_participant_path, participant_path};
use leptos::prelude::*;
use leptos_router::components::A;

/// The height of one row in pixels (rows are fixed-height so the window can be computed).
const ROW_HEIGHT: f64 = 44.0;
/// Rows rendered above and below the visible ones.
const OVERSCAN: usize = 10;

/// The list page.
#[component]
pub fn ParticipantsPage() -> impl IntoView {
    let locale = use_locale().0;
    let records = use_records();
    let rows = records.registry;
    let filters = RwSignal::new(Filters::default());
    let sort = RwSignal::new(Sort::default());
    let selected = Memo::new(move |_| rows.with(|r| filters.with(|f| select(r, f, sort.get()))));
    let scroll_top = RwSignal::new(0.0_f64);
    let viewport = RwSignal::new(640.0_f64);
    let scroller = NodeRef::<leptos::html::Div>::new();

    // A new filter starts at the top of the list. Not on the first run: the list opens at the
    // top anyway, and touching scrollTop while the page is being built forces a layout.
    Effect::new(move |first: Option<()>| {
        filters.track();
        if first.is_some() {
            if let Some(el) = scroller.get_untracked() {
                el.set_scroll_top(0);
            }
            scroll_top.set(0.0);
        }
    });
    let window = Memo::new(move |_| {
        let total = selected.with(Vec::len);
        #[allow(
            clippy::cast_possible_truncation,
            clippy::cast_sign_loss,
            reason = "pixel offsets are small and non-negative"
        )]
        let first = (scroll_top.get() / ROW_HEIGHT).floor().max(0.0) as usize;
        #[allow(
            clippy::cast_possible_truncation,
            clippy::cast_sign_loss,
            reason = "pixel heights are small and non-negative"
        )]
        let visible = (viewport.get() / ROW_HEIGHT).ceil() as usize + 1;
        let start = first.saturating_sub(OVERSCAN).min(total);
        let end = (first + visible + OVERSCAN).min(total);
        (start, end, total)
    });
    let visible_rows = move || {
        let (start, end, _) = window.get();
        rows.with(|r| selected.with(|s| s[start..end].iter().map(|&i| (i + 1, r[i].clone())).collect::<Vec<_>>()))
    };
    #[allow(clippy::cast_precision_loss, reason = "row counts are far below 2^52")]
    let spacer = move |rows: usize| format!("{}px", rows as f64 * ROW_HEIGHT);
    let on_scroll = move |_| {
        if let Some(el) = scroller.get_untracked() {
            scroll_top.set(f64::from(el.scroll_top()));
            viewport.set(f64::from(el.client_height()));
        }
    };
    let count = move || {
        let total = rows.with(Vec::len);
        let shown = selected.with(Vec::len);
        fill(
            text(locale.get(), Msg::ParticipantsCount),
            &[("shown", &shown.to_string()), ("total", &total.to_string())],
        )
    };

    // A names-only view (volunteers) has no locality or phone to show; the role is fixed until
    // the app locks (which reloads the page).
    let contact = records.may(crate::domain::access::Right::SeeSensitive);
    view! {
        <section class="page participants" aria-labelledby="participants-title">
            <div class="page-head">
                <h1 id="participants-title">{t(Msg::ParticipantsTitle)}</h1>
                <Show when=move || records.allows(crate::domain::access::Right::EditParticipants)>
                    <A href=new_participant_path() attr:class="button">{t(Msg::ParticipantAdd)}</A>
                </Show>
            </div>
            <FilterBar filters=filters/>
            <p class="count" role="status" aria-live="polite">{count}</p>
            <div class="virtual" node_ref=scroller on:scroll=on_scroll>
                <table class="list" aria-rowcount=move || window.get().2 + 1>
                    <thead>
                        <tr aria-rowindex="1">
                            <SortHeader sort=sort key=SortKey::Name label=Msg::ColumnName/>
                            <SortHeader sort=sort key=SortKey::Status label=Msg::FieldStatus/>
                            {contact.then(|| view! {
                                <SortHeader sort=sort key=SortKey::Locality label=Msg::FieldLocality/>
                                <th scope="col">{t(Msg::FieldPhone)}</th>
                            })}
                            <SortHeader sort=sort key=SortKey::Start label=Msg::ColumnStart/>
                            <th scope="col">{t(Msg::ColumnNotes)}</th>
                        </tr>
                    </thead>
                    <tbody>
                        <tr class="spacer" aria-hidden="true" style:height=move || spacer(window.get().0)></tr>
                        <For
                            each=move || { let l = locale.get(); visible_rows().into_iter().map(move |(n, row)| (n, l, row)).collect::<Vec<_>>() }
                            key=|(n, l, row)| (*n, *l, row.id, row.status, row.name.clone())
                            let:item
                        >
                            <ListRow position=item.0 locale=item.1 row=item.2 contact=contact/>
                        </For>
                        <tr class="spacer" aria-hidden="true" style:height=move || { let (_, end, total) = window.get(); spacer(total - end) }></tr>
                    </tbody>
                </table>
            </div>
        </section>
    }
}

/// One person's row. Its texts are static: a language switch re-renders the rows (the locale
/// is part of their key), which keeps each of the thousands of rows free of reactive closures.
#[component]
fn ListRow(
    /// The row's position among the listed people (1-based, for `aria-rowindex`).
    position: usize,
    /// The language to write it in.
    locale: crate::i18n::Locale,
    /// The person.
    row: Row,
    /// Whether the card link and the locality and phone columns are shown (not in a
    /// names-only view).
    contact: bool,
) -> impl IntoView {
    let status = row.status;
    let start = row.start.map(date).unwrap_or_default();
    view! {
        <tr aria-rowindex=position + 1>
            <th scope="row">
                // A plain link: the router intercepts it like `<A>`, at a fraction of the cost
                // per row. A names-only view has no card to open.
                {if contact {
                    view! { <a href=participant_path(row.id)>{row.name.clone()}</a> }.into_any()
                } else {
                    row.name.clone().into_any()
                }}
            </th>
            <td>{status_label(locale, status)}</td>
            {contact.then(|| view! {
                <td>{row.locality.clone()}</td>
                <td>{row.phone.clone()}</td>
            })}
            <td>{start}</td>
            <td class="badges">
                {row.otoczenie.then(|| view! { <span class="badge">{text(locale, Msg::BadgeOtoczenie)}</span> })}
                {row.incomplete.then(|| view! { <span class="badge warn">{text(locale, Msg::BadgeIncomplete)}</span> })}
                {row.missing_documents.then(|| view! { <span class="badge">{text(locale, Msg::BadgeMissingDocuments)}</span> })}
            </td>
        </tr>
    }
}

/// A column header that sorts the list (and says how it is sorted).
#[component]
fn SortHeader(
    /// The list's sort.
    sort: RwSignal<Sort>,
    /// The column's sort key.
    key: SortKey,
    /// The column's label.
    label: Msg,
) -> impl IntoView {
    let aria = move || match sort.get() {
        Sort { key: k, ascending: true } if k == key => "ascending",
        Sort { key: k, ascending: false } if k == key => "descending",
        _ => "none",
    };
    view! {
        <th scope="col" aria-sort=aria>
            <button
                type="button"
                class="sort"
                on:click=move |_| sort.update(|s| *s = if s.key == key { Sort { key, ascending: !s.ascending } } else { Sort { key, ascending: true } })
            >
                {t(label)}
                <span aria-hidden="true">
                    {move || match aria() {
                        "ascending" => " ▲",
                        "descending" => " ▼",
                        _ => "",
                    }}
                </span>
            </button>
        </th>
    }
}

/// Search and filters.
#[component]
fn FilterBar(
    /// The list's filters.
    filters: RwSignal<Filters>,
) -> impl IntoView {
    let locale = use_locale().0;
    let records = use_records();
    let status_options = Signal::derive(move || {
        RecruitmentStatus::ALL
            .iter()
            .map(|s| (status_code(*s).to_owned(), status_label(locale.get(), *s).to_owned()))
            .collect::<Vec<_>>()
    });
    let sex_options = Signal::derive(move || {
        vec![
            ("K".to_owned(), sex_label(locale.get(), Sex::Female)),
            ("M".to_owned(), sex_label(locale.get(), Sex::Male)),
        ]
    });
    let unit_options = Signal::derive(move || {
        records.data.with(|d| {
            d.units.iter().filter(|u| !u.meta.deleted).map(|u| (u.id.to_string(), u.name.clone())).collect::<Vec<_>>()
        })
    });
    let ground_options = Signal::derive(move || dict_options(locale.get(), Kind::EligibilityGround));
    // A volunteer's view holds names only: no filters over what it does not have.
    let sees_all = move || records.allows(crate::domain::access::Right::SeeSensitive);
    view! {
        <div class="filters">
            <TextField
                id="search"
                label=if records.may(crate::domain::access::Right::SeeSensitive) {
                    t(Msg::SearchLabel)
                } else {
                    t(Msg::SearchLabelNames)
                }
                input_type="search"
                autocomplete="off"
                value=Signal::derive(move || filters.with(|f| f.query.clone()))
                on_input=move |v| filters.update(|f| f.query = v)
            />
            <div class="grid-4">
                <SelectField
                    id="filter-status"
                    label=t(Msg::FieldStatus)
                    options=status_options
                    empty=t(Msg::FilterAll)
                    value=Signal::derive(move || filters.with(|f| f.status.map(|s| status_code(s).to_owned()).unwrap_or_default()))
                    on_change=move |v: String| filters.update(|f| f.status = status_from_code(&v))
                />
                <Show when=sees_all>
                <SelectField
                        id="filter-sex"
                        label=t(Msg::FieldSex)
                        options=sex_options
                        empty=t(Msg::FilterAll)
                        value=Signal::derive(move || filters.with(|f| match f.sex { Some(Sex::Female) => "K".to_owned(), Some(Sex::Male) => "M".to_owned(), None => String::new() }))
                        on_change=move |v: String| filters.update(|f| f.sex = match v.as_str() { "K" => Some(Sex::Female), "M" => Some(Sex::Male), _ => None })
                    />
                </Show>
                <SelectField
                    id="filter-unit"
                    label=t(Msg::FormUnit)
                    options=unit_options
                    empty=t(Msg::FilterAll)
                    value=Signal::derive(move || filters.with(|f| f.unit.map(|u| u.to_string()).unwrap_or_default()))
                    on_change=move |v: String| filters.update(|f| f.unit = UnitId::parse(&v).ok())
                />
                <Show when=sees_all>
                <SelectField
                        id="filter-ground"
                        label=t(Msg::FieldEligibility)
                        options=ground_options
                        empty=t(Msg::FilterAll)
                        value=Signal::derive(move || filters.with(|f| f.ground.clone().unwrap_or_default()))
                        on_change=move |v: String| filters.update(|f| f.ground = Some(v).filter(|g| !g.is_empty()))
                    />
                </Show>
            </div>
            <div class="filter-checks">
                <CheckboxField
                    id="filter-incomplete"
                    label=t(Msg::BadgeIncomplete)
                    checked=Signal::derive(move || filters.with(|f| f.incomplete_only))
                    on_change=move |v| filters.update(|f| f.incomplete_only = v)
                />
                <Show when=sees_all>
                <CheckboxField
                        id="filter-missing-documents"
                        label=t(Msg::FilterMissingDocuments)
                        checked=Signal::derive(move || filters.with(|f| f.missing_documents_only))
                        on_change=move |v| filters.update(|f| f.missing_documents_only = v)
                    />
                </Show>
            </div>
        </div>
    }
}
