//! The page around the views: header, notices, the current view and the footer.

use super::browser;
use super::context::AppContext;
use super::header::Header;
use super::loader::Loaded;
use super::notices::Notices;
use super::split;
use crate::embed::bar::EmbedBar;
use crate::embed::dialog::EmbedDialog;
use crate::model::presentation::steps;
use crate::model::validate::excerpt;
use crate::timeline::TimelineView;
use crate::url_state::{UrlState, View};
use leptos::either::Either;
use leptos::prelude::*;

/// The live region that names the view after the reader changes it.
const VIEW_ANNOUNCER: &str = "view-announcer";

/// Lays out a loaded story and provides the [`AppContext`] to every view.
#[component]
pub fn Shell(
    /// The story to show.
    loaded: Loaded,
    /// The view state, mirrored in the address bar.
    url: RwSignal<UrlState>,
    /// Problems with the address the page was opened with.
    warnings: Vec<String>,
) -> impl IntoView {
    let app = AppContext::new(loaded, url);
    provide_context(app);

    let (title, language, updated, credits) = app.story.with_value(|s| {
        (
            s.meta.title.clone(),
            s.meta.language.clone(),
            s.meta.updated.long(),
            s.meta.credits.clone(),
        )
    });
    browser::set_root_attribute("lang", Some(&language));

    let view = Memo::new(move |_| url.with(|u| u.view));
    // The tab's title names the view too, for bookmarks, the history list and screen readers.
    // A change of view is also announced: the focus stays on the navigation's link that made
    // it (a link inside a view goes with the view; see `refocus_after_view_change`).
    let announced = std::cell::Cell::new(false);
    crate::dom::effect(move || {
        let current = view.get();
        let label = super::header::VIEWS
            .iter()
            .find(|(v, _)| *v == current)
            .map_or("", |(_, label)| label);
        let title = match current {
            View::Timeline => title.clone(),
            _ => format!("{label} \u{2014} {title}"),
        };
        let document = leptos::prelude::document();
        document.set_title(&title);
        if announced.replace(true) {
            if let Some(announcer) = document.get_element_by_id(VIEW_ANNOUNCER) {
                announcer.set_text_content(Some(label));
            }
        }
    });
    // A link inside a view that opens another (a topic from an event's details, say) removes
    // the focused link with the old view, which drops the focus to <body>: give it to what the
    // new view shows as chosen, or to <main>, so that Tab goes on from the new view.
    let first_view = std::cell::Cell::new(true);
    crate::dom::effect(move || {
        view.track();
        if first_view.replace(false) {
            return;
        }
        request_animation_frame(browser::refocus_after_view_change);
    });
    let dismissed = RwSignal::new(false);
    let step_count = app
        .story
        .with_value(|s| app.index.with_value(|i| steps(s, i).len()));
    let notices = Signal::derive(move || {
        if dismissed.get() {
            return Vec::new();
        }
        let mut notices = warnings.clone();
        url.with(|u| {
            if let Some(id) = &u.event {
                if app.index.with_value(|i| i.position(id).is_none()) {
                    notices.push(format!(
                        "This link points to an event (\u{201c}{}\u{201d}) that is not in this story, so no event is selected.",
                        excerpt(id)
                    ));
                }
            }
            if let (View::Present, Some(step)) = (u.view, u.step) {
                if step > step_count {
                    notices.push(format!(
                        "This link points to step {step}, but the presentation has {step_count} steps, so it opens at the last one."
                    ));
                }
            }
            if let Some(id) = &u.topic {
                if app.story.with_value(|s| s.topic(id).is_none()) {
                    notices.push(format!(
                        "This link points to a topic (\u{201c}{}\u{201d}) that is not in this story.",
                        excerpt(id)
                    ));
                }
            }
        });
        notices
    });

    let footer = NodeRef::<leptos::html::Footer>::new();
    crate::dom::render_into(footer, move || {
        vec![
            crate::dom::el("p").text(&credits),
            crate::dom::el("p")
                .text(&format!("Last updated {updated}. "))
                .child(
                    crate::dom::el("a")
                        .attr("href", "data/story.json")
                        .text("Download the story data (JSON)"),
                )
                .text(", with every source."),
        ]
    });

    split::prefetch_on_intent();
    crate::handout::use_handout(app);
    crate::embed::use_auto_height(app);
    let embed = url.with_untracked(|u| u.embed);
    let print = move |_| crate::handout::print(app);

    view! {
        <a class="skip-link" href="#main">"Skip to content"</a>
        {if embed {
            Either::Left(view! { <EmbedBar /> })
        } else {
            Either::Right(view! {
                <Header />
                <div class="page-tools">
                    <button type="button" class="button" on:click=print data-testid="print-button">
                        "Print handout"
                    </button>
                    <EmbedDialog />
                </div>
            })
        }}
        <Notices notices=notices on_dismiss=Callback::new(move |_| {
            dismissed.set(true);
            // The Dismiss button goes with the notices.
            request_animation_frame(browser::refocus_if_lost);
        }) />
        <main id="main" class="main" tabindex="-1">
            {move || match view.get() {
                View::Timeline => Either::Left(view! { <TimelineView /> }),
                other => Either::Right(split::later_view(other)),
            }}
        </main>
        <p id=VIEW_ANNOUNCER class="visually-hidden" aria-live="polite" data-testid="view-announcer"></p>
        <footer class="site-footer" node_ref=footer></footer>
        <div id="handout" class="handout"></div>
    }
}
