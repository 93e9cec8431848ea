//! Links inside built content (details, lists) that change the view: followed in place by a
//! delegated click handler, so that they stay real links (open in a new tab, copy the address).

use super::details::TOPIC_ATTR;
use crate::app::browser::HistoryMode;
use crate::app::context::{wants_new_tab, AppContext};
use crate::url_state::View;
use leptos::ev::MouseEvent;

/// The link to a comparison topic.
pub fn topic_href(app: AppContext, topic: &str) -> String {
    app.href(|u| {
        u.view = View::Compare;
        u.topic = Some(topic.to_string());
    })
}

/// Follows a click on a topic link in place. Returns whether the click was such a link.
pub fn on_content_click(app: AppContext, ev: &MouseEvent) -> bool {
    let Some(topic) = crate::dom::closest_data(ev, TOPIC_ATTR) else {
        return false;
    };
    if !wants_new_tab(ev) {
        ev.prevent_default();
        app.go(HistoryMode::Push, move |u| {
            u.view = View::Compare;
            u.topic = Some(topic);
        });
    }
    true
}
