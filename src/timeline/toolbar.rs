//! The timeline's controls: zoom out and in, show everything, zoom to an era, and the switch
//! between the timeline and the list.

use super::state::TimelineState;
use crate::content::axis::{era_buttons, ERA_ATTR};
use crate::context::AppContext;
use crate::i18n::{fill, t, unit_name};
use crate::markup::{div, el, Node};
use crate::platform::browser::HistoryMode;
use crate::scale::{ticks, zoom};
use crate::ui::{closest_data, markup};
use leptos::prelude::*;

/// The attribute that names a toolbar button's action.
const ACTION_ATTR: &str = "data-action";

/// What a toolbar button does.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Action {
    ZoomOut,
    ZoomIn,
    Everything,
    ToggleList,
}

impl Action {
    const ALL: [Action; 4] = [
        Action::ZoomOut,
        Action::ZoomIn,
        Action::Everything,
        Action::ToggleList,
    ];

    fn as_str(self) -> &'static str {
        match self {
            Action::ZoomOut => "zoom-out",
            Action::ZoomIn => "zoom-in",
            Action::Everything => "everything",
            Action::ToggleList => "toggle-list",
        }
    }

    fn parse(value: &str) -> Option<Action> {
        Action::ALL.into_iter().find(|a| a.as_str() == value)
    }
}

/// What the toolbar shows, as of one moment of the timeline's state.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct ToolbarState {
    /// Whether the list is shown instead of the timeline.
    pub list: bool,
    /// Whether the screen is too narrow for the timeline (then the switch is hidden too).
    pub narrow: bool,
    /// Whether zooming out, and in, has reached its limit.
    pub at_limits: (bool, bool),
    /// The zoom level, which names the axis's unit in the status.
    pub k: f64,
}

/// Zoom buttons, era shortcuts and the list switch. In the list, only the switch is shown; on
/// narrow screens, where the list is the only layout, not even that.
///
/// Its buttons are markup, rebuilt in place (so the focused button keeps the focus) when the
/// state they show changes, and one typed handler acts on them. Written with `view!` (a
/// reactive attribute or handler per button) it cost the first view 4 KB more: measured, and
/// over the size budget.
#[component]
pub fn Toolbar(
    /// The timeline's state.
    state: TimelineState,
    /// Whether the list is shown instead of the timeline.
    #[prop(into)]
    list: Signal<bool>,
    /// Whether the screen is too narrow for the timeline.
    #[prop(into)]
    narrow: Signal<bool>,
) -> impl IntoView {
    let app: AppContext = state.app;
    let shown = Memo::new(move |_| ToolbarState {
        list: list.get(),
        narrow: narrow.get(),
        at_limits: zoom::at_limits(state.k.get(), state.fit()),
        k: state.k.get(),
    });
    let act = move |ev: leptos::ev::MouseEvent| {
        if let Some(id) = closest_data(&ev, ERA_ATTR) {
            if let Some((from, to)) = app.story.eras.iter().find(|e| e.id == id).map(|e| e.span()) {
                state.show_period(from, to);
            }
            return;
        }
        // `aria-disabled`, not `disabled` (see `toolbar`): the actions clamp themselves.
        match closest_data(&ev, ACTION_ATTR).and_then(|a| Action::parse(&a)) {
            Some(Action::ZoomOut) => state.zoom_step(-1),
            Some(Action::ZoomIn) => state.zoom_step(1),
            Some(Action::Everything) => state.show_everything(),
            Some(Action::ToggleList) => {
                let to_list = !list.get_untracked();
                app.go(HistoryMode::Replace, |u| u.list = to_list);
            }
            None => {}
        }
    };
    view! {
        <div class="tl-toolbar" on:click=act>
            {move || markup(toolbar(app, shown.get()))}
        </div>
    }
}

/// The toolbar's groups for state `s`.
pub fn toolbar(app: AppContext, s: ToolbarState) -> Vec<Node> {
    let (at_min, at_max) = s.at_limits;
    let button = |action: Action, disabled: Option<bool>| {
        el("button")
            .class("button")
            .attr("type", "button")
            .attr(ACTION_ATTR, action.as_str())
            .attr_if(
                disabled.is_some(),
                "aria-disabled",
                &disabled.unwrap_or(false).to_string(),
            )
    };
    // `aria-disabled`, not `disabled`: a disabled button drops the keyboard focus to <body>
    // the moment the last zoom step reaches a limit.
    let zoom = div("tl-toolbar__group tl-toolbar__zoom")
        .attr("role", "group")
        .attr("aria-label", t().zoom_group)
        .attr_if(s.list, "hidden", "")
        .children([
            button(Action::ZoomOut, Some(at_min))
                .attr("aria-label", t().zoom_out)
                .attr("title", t().zoom_out_title)
                .text("−"),
            button(Action::ZoomIn, Some(at_max))
                .attr("aria-label", t().zoom_in)
                .attr("title", t().zoom_in_title)
                .text("+"),
            button(Action::Everything, Some(at_min)).text(t().show_everything),
            // A status: screen readers hear when a zoom changes the axis's unit (days,
            // weeks…); its text changes only then.
            el("span")
                .class("tl-toolbar__status")
                .attr("role", "status")
                .attr("data-testid", "zoom-status")
                .text(&fill(
                    t().axis_in,
                    &[("unit", unit_name(ticks::interval_for(s.k).unit))],
                )),
        ]);
    let eras = div("tl-toolbar__group tl-toolbar__eras")
        .attr("role", "group")
        .attr("aria-label", t().eras_group)
        .attr_if(s.list, "hidden", "")
        .children(era_buttons(&app.story.eras));
    let switch = div("tl-toolbar__group tl-toolbar__group--end tl-toolbar__switch")
        .attr_if(s.narrow, "hidden", "")
        .child(
            button(Action::ToggleList, None)
                .attr("aria-pressed", &s.list.to_string())
                .text(t().list_view),
        );
    vec![zoom, eras, switch]
}
