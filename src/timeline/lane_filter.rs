//! The legend, which is also the lane filter (see [`crate::content::legend`]): folded away on
//! narrow screens under a summary that says how many lanes are shown.

use super::state::TimelineState;
use crate::content::legend::{legend, LANE_ATTR};
use crate::i18n::{fill, t};
use crate::ui::{closest_data, effect, markup};
use leptos::html;
use leptos::prelude::*;

/// Checkboxes to show or hide lanes, with the key to the markers. On a narrow screen they are
/// folded away under a summary, so that the first events show on the first screen.
#[component]
pub fn LaneFilter(
    /// The timeline's state.
    state: TimelineState,
    /// Whether the screen is narrow (a phone): the filter starts folded.
    #[prop(into)]
    narrow: Signal<bool>,
) -> impl IntoView {
    let host = NodeRef::<html::Details>::new();
    // Folded on a narrow screen, open on a wider one (where the summary is not shown).
    effect(move || {
        let open = !narrow.get();
        if let Some(host) = host.get() {
            host.set_open(open);
        }
    });
    // The summary says how many lanes are shown, as a folded filter hides that.
    let count = move || {
        state.visible.with(|v| {
            let on = v.iter().filter(|shown| **shown).count();
            if on == v.len() {
                t().lanes_all_shown.to_string()
            } else {
                fill(
                    t().lanes_some_shown,
                    &[("shown", &on.to_string()), ("count", &v.len().to_string())],
                )
            }
        })
    };
    // A lane's checkbox says which lane it is; its state is its own.
    let on_change = move |ev: leptos::ev::Event| {
        let Some(lane) = closest_data(&ev, LANE_ATTR).and_then(|l| l.parse::<usize>().ok()) else {
            return;
        };
        let on = event_target_checked(&ev);
        state.visible.update(|v| {
            if let Some(slot) = v.get_mut(lane) {
                *slot = on;
            }
        });
    };
    view! {
        <details class="tl-legend-box" node_ref=host open=true on:change=on_change>
            <summary class="tl-legend-box__summary" data-testid="lanes-summary">
                {t().lanes_summary}
                <span class="tl-legend-box__count">{count}</span>
            </summary>
            {markup([legend(state.app.story, state.app.index)])}
        </details>
    }
}
