//! Every event as an ordered list grouped by month: the timeline's text alternative, and its
//! layout on narrow screens.

use super::details::EventDetails;
use crate::app::browser::HistoryMode;
use crate::app::context::use_app;
use crate::model::date::long_month_name;
use crate::model::index::wall_clock;
use chrono::Datelike;
use leptos::prelude::*;

/// One month's events, as positions in time order.
struct Month {
    heading: String,
    events: Vec<usize>,
}

/// The list of events. Choosing one opens its details in place and puts it in the address.
#[component]
pub fn EventList(
    /// Which lanes are shown, by lane index.
    #[prop(into)]
    visible: Signal<Vec<bool>>,
) -> impl IntoView {
    let app = use_app();
    let selected = Memo::new(move |_| app.url.with(|u| u.event.clone()));
    let months = Memo::new(move |_| {
        let visible = visible.get();
        app.index.with_value(|index| {
            let mut months: Vec<Month> = Vec::new();
            for (pos, placed) in index.order.iter().enumerate() {
                if !visible.get(placed.lane).copied().unwrap_or(true) {
                    continue;
                }
                let day = wall_clock(placed.t).date();
                let heading = format!("{} {}", long_month_name(day.month()), day.year());
                match months.last_mut() {
                    Some(m) if m.heading == heading => m.events.push(pos),
                    _ => months.push(Month {
                        heading,
                        events: vec![pos],
                    }),
                }
            }
            months
                .into_iter()
                .map(|m| (m.heading, m.events))
                .collect::<Vec<_>>()
        })
    });

    let item = move |pos: usize| {
        let (event, id, headline, date, lane, lane_label) = app.index.with_value(|index| {
            let placed = index.order[pos];
            app.story.with_value(|s| {
                let e = &s.events[placed.event];
                (
                    placed.event,
                    e.id.clone(),
                    e.headline.clone(),
                    e.display_date(),
                    placed.lane,
                    s.lanes
                        .get(placed.lane)
                        .map(|l| l.label.clone())
                        .unwrap_or_default(),
                )
            })
        });
        let is_open = {
            let id = id.clone();
            Memo::new(move |_| selected.with(|s| s.as_deref() == Some(id.as_str())))
        };
        let toggle = {
            let id = id.clone();
            move |_| {
                let id = id.clone();
                app.go(HistoryMode::Push, move |u| {
                    u.event = if u.event.as_deref() == Some(id.as_str()) {
                        None
                    } else {
                        Some(id)
                    };
                });
            }
        };
        let panel_id = format!("list-details-{id}");
        let heading_id = format!("list-headline-{id}");
        view! {
            <li class=format!("event-list__item lane-{}", lane % 8) data-event=id.clone()>
                <button
                    type="button"
                    class="event-list__toggle"
                    aria-expanded=move || is_open.get().to_string()
                    aria-controls=panel_id.clone()
                    on:click=toggle
                >
                    <span class="shape" aria-hidden="true"></span>
                    <span class="event-list__date">{date}</span>
                    <span class="event-list__headline">{headline}</span>
                    <span class="event-list__lane">{lane_label}</span>
                </button>
                <div id=panel_id class="event-list__panel">
                    <Show when=move || is_open.get()>
                        <EventDetails event=event heading_id=heading_id.clone() level=4 />
                    </Show>
                </div>
            </li>
        }
    };

    view! {
        <div class="event-list" data-testid="event-list">
            <For
                each=move || months.get()
                key=|(heading, events)| (heading.clone(), events.len(), events.first().copied())
                children=move |(heading, events)| {
                    view! {
                        <section class="event-list__month">
                            <h3 class="event-list__heading">{heading}</h3>
                            <ol class="event-list__events">
                                {events.into_iter().map(item).collect_view()}
                            </ol>
                        </section>
                    }
                }
            />
        </div>
    }
}
