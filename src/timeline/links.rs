//! Links inside built content (details, lists) that change the view: followed in place by a
//! delegated click handler, so that they stay real links (open in a new tab, copy the address).

use crate::content::details::TOPIC_LINK_ATTR;
use crate::context::{wants_new_tab, AppContext};
use crate::platform::browser::HistoryMode;
use crate::ui::closest_data;
use crate::url_state::View;
use leptos::ev::MouseEvent;

/// Follows a click on a topic link in place. Returns whether the click was such a link.
pub fn on_content_click(app: AppContext, ev: &MouseEvent) -> bool {
    let Some(topic) = closest_data(ev, TOPIC_LINK_ATTR) else {
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
