//! The timeline's view state (zoom, scroll, viewport, visible lanes, roving focus) and the
//! operations on it. Passed to the timeline's parts as a prop, so their dependencies stay
//! visible.

use crate::context::AppContext;
use crate::model::index::DAY;
use crate::scale::ticks::{tick_window, whole};
use crate::scale::{zoom, TimeScale};
use leptos::html;
use leptos::prelude::*;

/// Where to keep still while zooming.
#[derive(Clone, Copy, PartialEq)]
pub struct Anchor {
    /// Axis time to keep in place.
    pub t: f64,
    /// Where it should sit, in pixels from the viewport's left edge.
    pub x_in_view: f64,
}

/// The timeline's state. `Copy`: every field is a signal or a plain value.
#[derive(Clone, Copy)]
pub struct TimelineState {
    /// The story.
    pub app: AppContext,
    /// The track's time range: the story's extent with a margin.
    pub range: (f64, f64),
    /// Zoom, in pixels per day.
    pub k: RwSignal<f64>,
    /// Width of the scrolling viewport, in pixels.
    pub viewport: RwSignal<f64>,
    /// Horizontal scroll, in pixels.
    pub scroll: RwSignal<f64>,
    /// Which lanes are shown.
    pub visible: RwSignal<Vec<bool>>,
    /// Position (in time order) of the event that has the roving focus.
    pub focus: RwSignal<Option<usize>>,
    /// The scrolling viewport.
    pub scroller: NodeRef<html::Div>,
    /// The track inside it, whose width is the zoom.
    pub track: NodeRef<html::Div>,
}

impl TimelineState {
    /// A fresh state for the app's story, zoomed to show everything until the viewport is known.
    pub fn new(app: AppContext) -> TimelineState {
        let range = zoom::padded(app.index.extent());
        let lanes = app.story.lanes.len();
        TimelineState {
            app,
            range,
            k: RwSignal::new(zoom::LEVELS[0]),
            viewport: RwSignal::new(0.0),
            scroll: RwSignal::new(0.0),
            visible: RwSignal::new(vec![true; lanes]),
            focus: RwSignal::new(None),
            scroller: NodeRef::new(),
            track: NodeRef::new(),
        }
    }

    /// The scale at the current zoom (tracked).
    pub fn scale(&self) -> TimeScale {
        TimeScale::new(self.range.0, self.range.1, self.k.get())
    }

    /// The scale at the current zoom, without tracking.
    pub fn scale_untracked(&self) -> TimeScale {
        TimeScale::new(self.range.0, self.range.1, self.k.get_untracked())
    }

    /// The part of the track whose ticks and marks are kept in the page, in minutes from the
    /// track's start (tracked): from a viewport before the view to two after it, in
    /// viewport-wide steps, so that it changes only when the view crosses one; the whole track
    /// until the viewport has been measured.
    pub fn near_view(&self) -> (i64, i64) {
        let scale = self.scale();
        let viewport = self.viewport.get();
        let (from, to) = if viewport > 0.0 {
            tick_window(&scale, self.scroll.get(), viewport)
        } else {
            whole(&scale)
        };
        (scale.minutes(from), scale.minutes(to))
    }

    /// The "show everything" zoom for the current viewport (tracked).
    pub fn fit(&self) -> f64 {
        let days = (self.range.1 - self.range.0) / DAY;
        zoom::fit(days, self.viewport.get())
    }

    /// Whether the zoom is at its closest level, without tracking.
    pub fn at_max_zoom_untracked(&self) -> bool {
        zoom::at_limits(self.k.get_untracked(), self.fit_untracked()).1
    }

    fn fit_untracked(&self) -> f64 {
        let days = (self.range.1 - self.range.0) / DAY;
        zoom::fit(days, self.viewport.get_untracked())
    }

    /// Zooms to `k` keeping `anchor` still. Sets the track's width and the scroll position
    /// directly, in this order, before the signals: the scroll must not be clamped to the old
    /// width, and nothing else in the DOM needs to change.
    pub fn zoom_to(&self, k: f64, anchor: Anchor) {
        let viewport = self.viewport.get_untracked();
        let scale = TimeScale::new(self.range.0, self.range.1, k);
        let scroll = zoom::scroll_to_keep(&scale, anchor.t, anchor.x_in_view, viewport);
        if let Some(track) = self.track.get_untracked() {
            let style = web_sys::HtmlElement::style(&track);
            let _ = style.set_property("width", &format!("{}px", scale.width().round() as i64));
            let _ = track.set_attribute("data-zoom", &scale.zoom_milli().to_string());
        }
        if let Some(scroller) = self.scroller.get_untracked() {
            scroller.set_scroll_left(scroll.round() as i32);
        }
        self.k.set(k);
        self.scroll.set(scroll);
    }

    /// The span of the story's opening era, if it names one.
    pub fn opening_era(&self) -> Option<(f64, f64)> {
        let story = self.app.story;
        let id = story.meta.opening_era.as_ref()?;
        story.eras.iter().find(|e| &e.id == id).map(|e| e.span())
    }

    /// Where the timeline opens when its viewport is `viewport` pixels wide: on the linked event
    /// (`selected`, at the zoom that shows the opening era), else on the story's opening era,
    /// else showing everything. The zoom and the point to keep in place. The app opens so once
    /// it has measured the viewport; the pre-rendered page, for the viewport it assumes.
    pub fn opening(&self, selected: Option<usize>, viewport: f64) -> (f64, Anchor) {
        let days = (self.range.1 - self.range.0) / DAY;
        let fit = zoom::fit(days, viewport);
        let era = self.opening_era();
        let level = |(a, b): (f64, f64)| zoom::level_showing((b - a) / DAY * 1.2, viewport, fit);
        match (selected, era) {
            (Some(pos), era) => (
                era.map_or(fit, level),
                Anchor {
                    t: self.app.index.order[pos].t,
                    x_in_view: viewport / 2.0,
                },
            ),
            (None, Some((from, to))) => (
                level((from, to)),
                Anchor {
                    t: (from + to) / 2.0,
                    x_in_view: viewport / 2.0,
                },
            ),
            (None, None) => (
                fit,
                Anchor {
                    t: self.range.0,
                    x_in_view: 0.0,
                },
            ),
        }
    }

    /// Zooms one or more levels in (`steps` > 0) or out, about the focused event when it is in
    /// view, otherwise about the middle of the view.
    pub fn zoom_step(&self, steps: i32) {
        let k = zoom::step(self.k.get_untracked(), steps, self.fit_untracked());
        self.zoom_to(k, self.default_anchor());
    }

    /// Zooms to show everything.
    pub fn show_everything(&self) {
        let k = self.fit_untracked();
        self.zoom_to(
            k,
            Anchor {
                t: self.range.0,
                x_in_view: 0.0,
            },
        );
    }

    /// Zooms to the highest level at which `from`–`to` fits, centred on it; never zooms out
    /// unless `allow_out`.
    pub fn show_span(&self, from: f64, to: f64, allow_out: bool) {
        let viewport = self.viewport.get_untracked();
        let fit = self.fit_untracked();
        let mut k = zoom::level_showing((to - from) / DAY * 1.2, viewport, fit);
        if !allow_out {
            k = k.max(zoom::step(self.k.get_untracked(), 1, fit));
        }
        self.zoom_to(
            k,
            Anchor {
                t: (from + to) / 2.0,
                x_in_view: viewport / 2.0,
            },
        );
    }

    /// Shows the period `from`–`to` (an era) and moves the roving focus to its first visible
    /// event, so that tabbing into the events stays in the period instead of scrolling back to
    /// where the focus was.
    pub fn show_period(&self, from: f64, to: f64) {
        self.show_span(from, to, true);
        self.focus_first_in(from, to);
    }

    /// Moves the roving focus to the first visible event from `from` to `to`; a period without
    /// one leaves the focus where it was.
    pub fn focus_first_in(&self, from: f64, to: f64) {
        let visible = self.visible.get_untracked();
        let first = self.app.index.order.iter().position(|p| {
            (from..=to).contains(&p.t) && visible.get(p.lane).copied().unwrap_or(true)
        });
        // A period without a visible event leaves the focus where it was.
        if first.is_some() {
            self.focus.set(first);
        }
    }

    /// Scrolls so that `t` is in view with a margin, centring it if it was out of view.
    pub fn reveal(&self, t: f64) {
        let scale = self.scale_untracked();
        let viewport = self.viewport.get_untracked();
        let scroll = self.scroll.get_untracked();
        let x = scale.x(t) - scroll;
        let margin = (viewport * 0.1).min(120.0);
        if x < margin || x > viewport - margin {
            self.zoom_to(
                scale.px_per_day,
                Anchor {
                    t,
                    x_in_view: viewport / 2.0,
                },
            );
        }
    }

    /// The anchor for keyboard and button zooms: the focused (or selected) event if in view,
    /// otherwise the middle of the view.
    fn default_anchor(&self) -> Anchor {
        let scale = self.scale_untracked();
        let viewport = self.viewport.get_untracked();
        let scroll = self.scroll.get_untracked();
        let focused = self
            .focus
            .get_untracked()
            .and_then(|pos| self.app.index.order.get(pos).map(|p| p.t));
        match focused {
            Some(t) if (0.0..=viewport).contains(&(scale.x(t) - scroll)) => Anchor {
                t,
                x_in_view: scale.x(t) - scroll,
            },
            _ => Anchor {
                t: scale.t(scroll + viewport / 2.0),
                x_in_view: viewport / 2.0,
            },
        }
    }

    /// The lanes' visibility, without tracking.
    pub fn visible_untracked(&self) -> Vec<bool> {
        self.visible.get_untracked()
    }
}
