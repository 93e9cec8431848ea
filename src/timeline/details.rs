//! The details of one event: date and times, summary, confidence, sources, what the texts
//! said, and the comparison topics it bears on.

use crate::app::browser::HistoryMode;
use crate::app::context::{use_app, wants_new_tab};
use crate::model::{Event, Mention};
use crate::url_state::View;
use leptos::prelude::*;

/// Everything known about one event. `heading_id` labels the region for assistive technology.
#[component]
pub fn EventDetails(
    /// Index into `story.events`.
    event: usize,
    /// The id to give the headline, so that a region can point at it.
    #[prop(into)]
    heading_id: String,
    /// The heading level of the headline (2 in a panel, 4 inside the list).
    #[prop(default = 2)]
    level: u8,
) -> impl IntoView {
    let app = use_app();
    let e: Event = app.story.with_value(|s| s.events[event].clone());
    let texts = app.story.with_value(|s| s.texts.clone());
    let text_label = move |id: &str| {
        texts
            .iter()
            .find(|t| t.id == id)
            .map_or_else(|| id.to_string(), |t| t.label.clone())
    };

    let times = e.dual_time().map(|dual| {
        let note = e.time.as_ref().and_then(|t| t.note.clone());
        view! {
            <p class="details__times" data-testid="details-times">
                <span>{dual.eastern}</span>
                " · "
                <span>{dual.beijing}</span>
                {note.map(|n| view! { <span class="details__time-note">" (" {n} ")"</span> })}
            </p>
        }
    });

    let confidence = e.confidence;
    let confidence_view = view! {
        <p class=format!("details__confidence confidence confidence--{}", confidence.as_str()) data-testid="details-confidence">
            <strong>{confidence.label()}</strong>
            ": "
            {match (&e.confidence_note, confidence) {
                (Some(note), _) => note.clone(),
                (None, c) => c.explanation().to_string(),
            }}
        </p>
    };

    let sources = e
        .sources
        .iter()
        .map(|s| {
            let title = format!("\u{201c}{}\u{201d}", s.title);
            let text = view! {
                <span class="source__outlet">{s.outlet.clone()}</span>
                ", "
                <span class="source__title">{title}</span>
                ", "
                <span class="source__date">{s.date.long()}</span>
            };
            match &s.url {
                Some(url) => view! {
                    <li class="source">
                        {text} " " <a href=url.clone() rel="noopener noreferrer" target="_blank">
                            "Open the source" <span class="visually-hidden">" (opens in a new tab)"</span>
                        </a>
                    </li>
                }
                .into_any(),
                None => view! { <li class="source">{text} <span class="source__nolink">" (no stable original link)"</span></li> }.into_any(),
            }
        })
        .collect_view();

    let mentions = (!e.mentions.is_empty()).then(|| {
        let items = e
            .mentions
            .iter()
            .map(|m: &Mention| {
                let label = text_label(&m.text);
                let gap = match (&m.expected, &m.happened) {
                    (Some(expected), Some(happened)) => Some(view! {
                        <div class="mention__gap" data-testid="expected-happened">
                            <p><strong>"At the time of writing: "</strong>{expected.clone()}</p>
                            <p><strong>"In the event: "</strong>{happened.clone()}</p>
                        </div>
                    }),
                    _ => None,
                };
                view! {
                    <li class="mention">
                        <figure class="quote">
                            <blockquote class="quote__text">
                                <p>{m.quote.clone()}</p>
                            </blockquote>
                            <figcaption class="quote__by">{label}</figcaption>
                        </figure>
                        {gap}
                    </li>
                }
            })
            .collect_view();
        view! {
            <h3 class="details__subheading">"What the texts said"</h3>
            <ul class="details__mentions" data-testid="details-mentions">{items}</ul>
        }
    });

    let topics = (!e.topics.is_empty()).then(|| {
        let items = e
            .topics
            .iter()
            .filter_map(|id| {
                let question = app.story.with_value(|s| {
                    s.topics
                        .iter()
                        .find(|t| &t.id == id)
                        .map(|t| t.question.clone())
                })?;
                let id = id.clone();
                let id2 = id.clone();
                let href = app.href(|u| {
                    u.view = View::Compare;
                    u.topic = Some(id.clone());
                });
                Some(view! {
                    <li>
                        <a
                            href=href
                            on:click=move |ev: leptos::ev::MouseEvent| {
                                if wants_new_tab(&ev) {
                                    return;
                                }
                                ev.prevent_default();
                                let id = id2.clone();
                                app.go(HistoryMode::Push, move |u| {
                                    u.view = View::Compare;
                                    u.topic = Some(id);
                                });
                            }
                        >
                            {question}
                        </a>
                    </li>
                })
            })
            .collect_view();
        view! {
            <h3 class="details__subheading">"Related comparison topics"</h3>
            <ul class="details__topics" data-testid="details-topics">{items}</ul>
        }
    });

    let headline = e.headline.clone();
    let heading = match level {
        2 => view! { <h2 class="details__headline" id=heading_id>{headline}</h2> }.into_any(),
        3 => view! { <h3 class="details__headline" id=heading_id>{headline}</h3> }.into_any(),
        _ => view! { <h4 class="details__headline" id=heading_id>{headline}</h4> }.into_any(),
    };

    view! {
        <article class="details" data-testid="details" data-event=e.id.clone()>
            <p class="details__date">{e.display_date()}</p>
            {heading}
            {times}
            <p class="details__summary">{e.summary.clone()}</p>
            {confidence_view}
            <h3 class="details__subheading">"Sources"</h3>
            <ul class="details__sources" data-testid="details-sources">{sources}</ul>
            {mentions}
            {topics}
        </article>
    }
}
