//! The page around the views: header, notices, the current view and the footer.

use super::header::Header;
use super::notices::Notices;
use super::views;
use crate::context::{follow_print_menu, print_menu, view_label, AppContext};
use crate::embed::bar::EmbedBar;
use crate::embed::dialog::EmbedButton;
use crate::i18n::{date_long, fill, t};
use crate::markup::el;
use crate::model::presentation::step_count;
use crate::model::validate::excerpt;
use crate::model::Story;
use crate::platform::browser;
use crate::platform::ready::after_first_view;
use crate::timeline::TimelineView;
use crate::ui::markup;
use crate::url_state::{UrlState, View};
#[cfg(target_arch = "wasm32")]
use leptos::either::Either;
use leptos::prelude::*;

/// The live region that names the view after the reader changes it.
const VIEW_ANNOUNCER: &str = "view-announcer";

/// The notices for what the address asks that the story does not have.
fn address_notices(app: AppContext, u: &UrlState, step_count: usize) -> Vec<String> {
    let mut notices = Vec::new();
    if let Some(id) = &u.event {
        if app.index.position(id).is_none() {
            notices.push(fill(t().notice_unknown_event, &[("id", &excerpt(id))]));
        }
    }
    if let (View::Present, Some(step)) = (u.view, u.step) {
        if step > step_count {
            notices.push(fill(
                t().notice_step_beyond,
                &[
                    ("step", &step.to_string()),
                    ("count", &step_count.to_string()),
                ],
            ));
        }
    }
    if let Some(id) = &u.topic {
        if app.story.topic(id).is_none() {
            notices.push(fill(t().notice_unknown_topic, &[("id", &excerpt(id))]));
        }
    }
    notices
}

/// Lays out a story and provides the [`AppContext`] to every view.
#[component]
pub fn Shell(
    /// The story to show.
    story: &'static Story,
    /// The view state, mirrored in the address bar.
    url: RwSignal<UrlState>,
    /// Problems with the address the page was opened with.
    warnings: Vec<String>,
) -> impl IntoView {
    let app = AppContext::new(story, url, false);
    provide_context(app);
    browser::set_root_attribute("lang", Some(&app.story.meta.language));
    page(app, warnings)
}

/// The page for `app`'s story, in the context the caller provided (the app's shell, or the
/// pre-renderer).
pub fn page(app: AppContext, warnings: Vec<String>) -> impl IntoView {
    let url = app.url;
    let meta = &app.story.meta;
    let view = Memo::new(move |_| url.with(|u| u.view));
    if !app.prerender() {
        // The tab's title names the view too, for bookmarks, the history list and screen
        // readers. A change of view is also announced: the focus stays on the navigation's
        // link that made it (a link inside a view goes with the view; see
        // `refocus_after_view_change`).
        let announced = StoredValue::new(false);
        crate::ui::effect(move || {
            let current = view.get();
            let title = match current {
                View::Timeline => meta.title.clone(),
                _ => fill(
                    t().tab_title,
                    &[("view", view_label(current)), ("title", &meta.title)],
                ),
            };
            let document = document();
            document.set_title(&title);
            if announced.get_value() {
                if let Some(announcer) = document.get_element_by_id(VIEW_ANNOUNCER) {
                    announcer.set_text_content(Some(view_label(current)));
                }
            }
            announced.set_value(true);
        });
        // A link inside a view that opens another (a topic from an event's details, say)
        // removes the focused link with the old view, which drops the focus to <body>: give
        // it to what the new view shows as chosen, or to <main>, so that Tab goes on from the
        // new view.
        crate::ui::on_change(
            move || view.track(),
            || request_animation_frame(browser::refocus_after_view_change),
        );
        views::prefetch_on_intent();
        crate::handout::use_handout(app);
        crate::embed::use_auto_height(app);
        // What the first view did not need but a print will: fetched once it is shown.
        after_first_view(move || crate::handout::fetch_code(app));
    }
    let dismissed = RwSignal::new(false);
    let step_count = step_count(app.story, app.index);
    let notices = Signal::derive(move || {
        if dismissed.get() {
            return Vec::new();
        }
        let mut notices = warnings.clone();
        notices.extend(url.with(|u| address_notices(app, u, step_count)));
        notices
    });

    let page_chrome = move || {
        view! {
            <Header />
            // The print menu's clicks are followed here (the Embed button's carry no choice).
            <div class="page-tools" on:click=move |ev| follow_print_menu(app, &ev)>
                {markup([print_menu("print-button")])}
                <EmbedButton />
            </div>
        }
    };
    // The page written at build time holds both, and a script in it says which one shows (see
    // `prerender`).
    #[cfg(not(target_arch = "wasm32"))]
    let chrome = (view! { <EmbedBar /> }, page_chrome());
    #[cfg(target_arch = "wasm32")]
    let chrome = if app.embedded() {
        Either::Left(view! { <EmbedBar /> })
    } else {
        Either::Right(page_chrome())
    };

    // What does not change is plain markup: cheaper in the wasm than typed `view!` elements.
    let skip_link = markup([el("a")
        .class("skip-link")
        .attr("href", "#main")
        .text(t().skip_to_content)]);
    let footer = markup([
        el("p")
            .attr("id", VIEW_ANNOUNCER)
            .class("visually-hidden")
            .attr("aria-live", "polite")
            .attr("data-testid", "view-announcer"),
        el("footer")
            .class("site-footer")
            .children([el("p").text(&meta.credits)])
            .child_opt(
                meta.translation
                    .as_deref()
                    .map(|how| el("p").attr("data-testid", "translation-note").text(how)),
            )
            .children([el("p")
                .text(&fill(
                    t().footer_updated,
                    &[("date", &date_long(meta.updated))],
                ))
                .child(
                    el("a")
                        .attr("href", t().story_file)
                        .text(t().footer_download),
                )
                .text(t().footer_download_after)]),
        el("div").attr("id", "handout").class("handout"),
    ]);

    view! {
        {skip_link}
        {chrome}
        <Notices
            notices=notices
            on_dismiss=Callback::new(move |_| {
                dismissed.set(true);
                // The Dismiss button goes with the notices.
                request_animation_frame(browser::refocus_if_lost);
            })
        />
        <main id="main" class="main" tabindex="-1">
            {shown_views(app, view)}
        </main>
        {footer}
    }
}

/// What `<main>` shows: the current view.
#[cfg(target_arch = "wasm32")]
fn shown_views(_app: AppContext, view: Memo<View>) -> impl IntoView {
    move || match view.get() {
        View::Timeline => Either::Left(view! { <TimelineView /> }),
        other => Either::Right(views::later_view(other)),
    }
}

/// What `<main>` shows in the page written at build time: the timeline as it opens, the
/// comparison with all its topics, every event's details, then the presentation (shown only
/// for a link to it), so that the page reads whole without scripts; its scripts and style
/// sheet show the view that the address asks for (see `prerender`). A link to the comparison
/// shows it as soon as it is read, before the events' details, the most text.
#[cfg(not(target_arch = "wasm32"))]
fn shown_views(app: AppContext, _view: Memo<View>) -> impl IntoView {
    use crate::content::story_text::events_document;
    let events = markup([events_document(app.story, app.index, &|id| {
        app.topic_href(id)
    })]);
    view! {
        <TimelineView />
        {views::later_view(View::Compare)}
        {events}
        {views::later_view(View::Present)}
    }
}
