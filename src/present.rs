//! The classroom presentation (`?view=present&step=N`): a curated sequence of steps, one per
//! screen, driven by the keys a presenter's clicker sends, with a blank screen, full screen, a
//! QR code of the address on the first and last steps, and a printable handout.
//!
//! Keys: next on PageDown, Right, Down, Space and N; previous on PageUp, Left, Up, P and
//! Shift+Space; `.` or B blanks the screen (again, or any step key, to return without moving
//! on); F toggles full screen (the button is offered only where the page may go full screen);
//! Home and End go to the first and last step; Escape leaves full screen and unblanks. Swipes
//! work on touch screens.

pub mod step_view;

use crate::app::browser::{self, HistoryMode};
use crate::app::context::use_app;
use crate::dom::{closest_data, render_into};
use crate::model::presentation::{clamp_step, steps};
use leptos::html;
use leptos::prelude::*;
use step_view::step_view;

/// Whether the page is in full screen.
fn is_fullscreen() -> bool {
    document().fullscreen_element().is_some()
}

fn toggle_fullscreen() {
    if is_fullscreen() {
        document().exit_fullscreen();
    } else if let Some(root) = document().document_element() {
        let _ = root.request_fullscreen();
    }
}

/// The presentation view.
#[component]
pub fn PresentView() -> impl IntoView {
    let app = use_app();
    let sequence = app
        .story
        .with_value(|s| app.index.with_value(|i| steps(s, i)));
    let count = sequence.len();
    let sequence = StoredValue::new(sequence);
    let current = Memo::new(move |_| clamp_step(app.url.with(|u| u.step), count));
    let blank = RwSignal::new(false);
    let fullscreen = RwSignal::new(is_fullscreen());
    let address = browser::public_address();

    let go_to = move |n: usize| {
        let n = n.clamp(1, count);
        app.go(HistoryMode::Replace, move |u| u.step = Some(n));
    };
    let step_by = move |delta: isize| {
        let now = current.get_untracked() as isize;
        go_to((now + delta).max(1) as usize);
    };

    // Embedded, every step is also laid out, unseen, in the same place as the stage, so that
    // the stage is as tall as the tallest step: the frame keeps one height and the Next button
    // stays under the reader's pointer from step to step. (On a page of its own the control
    // bar sticks to the screen's bottom instead.)
    let sizer = NodeRef::<html::Div>::new();
    if app.url.with_untracked(|u| u.embed) {
        let address = address.clone();
        render_into(sizer, move || {
            sequence.with_value(|seq| {
                app.story.with_value(|s| {
                    app.index.with_value(|i| {
                        seq.iter()
                            .map(|step| {
                                crate::dom::el("div")
                                    .class("present__stage")
                                    .children(step_view(s, i, step, &address))
                            })
                            .collect()
                    })
                })
            })
        });
    }
    let stage = NodeRef::<html::Div>::new();
    render_into(stage, move || {
        let n = current.get();
        // The stage is a live region: a screen reader reads each new step, starting with
        // where it is (the counter in the bar is not part of the region).
        let mut nodes = vec![crate::dom::el("p")
            .class("visually-hidden")
            .text(&format!("Step {n} of {count}."))];
        nodes.extend(sequence.with_value(|seq| {
            app.story.with_value(|s| {
                app.index
                    .with_value(|i| step_view(s, i, &seq[n - 1], &address))
            })
        }));
        nodes
    });
    crate::dom::effect(browser::set_ready);
    // The projection theme applies while presenting.
    browser::set_root_attribute("data-present", Some("true"));
    on_cleanup(|| browser::set_root_attribute("data-present", None));

    let keys = window_event_listener(leptos::ev::keydown, move |ev| {
        if ev.ctrl_key() || ev.meta_key() || ev.alt_key() {
            return;
        }
        // Keys inside the Embed dialog (its code boxes, its colours choice) are the dialog's.
        let in_dialog = ev
            .target()
            .and_then(|t| wasm_bindgen::JsCast::dyn_into::<web_sys::Element>(t).ok())
            .and_then(|t| t.closest("dialog").ok().flatten())
            .is_some();
        if in_dialog {
            return;
        }
        // Space and Enter on a focused button are that button's; let them be.
        let on_control = closest_data(&ev, "data-action").is_some();
        let key = ev.key();
        let step_key = matches!(
            key.as_str(),
            "PageDown"
                | "ArrowRight"
                | "ArrowDown"
                | "n"
                | "N"
                | "PageUp"
                | "ArrowLeft"
                | "ArrowUp"
                | "p"
                | "P"
                | "Home"
                | "End"
        ) || (key == " " && !on_control);
        // On a blank screen a step key brings the slide back rather than moving on unseen: a
        // clicker's Next is the key a presenter reaches for.
        if step_key && blank.get_untracked() {
            blank.set(false);
            ev.prevent_default();
            return;
        }
        match key.as_str() {
            "PageDown" | "ArrowRight" | "ArrowDown" | "n" | "N" => step_by(1),
            // Shift+Space goes back, as in slide and document viewers.
            " " if !on_control => step_by(if ev.shift_key() { -1 } else { 1 }),
            "PageUp" | "ArrowLeft" | "ArrowUp" | "p" | "P" => step_by(-1),
            "Home" => go_to(1),
            "End" => go_to(count),
            "." | "b" | "B" => blank.update(|b| *b = !*b),
            "f" | "F" => toggle_fullscreen(),
            "Escape" => {
                blank.set(false);
                return;
            }
            _ => return,
        }
        ev.prevent_default();
    });
    let screen = window_event_listener(
        leptos::ev::Custom::<web_sys::Event>::new("fullscreenchange"),
        move |_| {
            fullscreen.set(is_fullscreen());
        },
    );
    on_cleanup(move || {
        keys.remove();
        screen.remove();
    });

    // Swipes: a horizontal drag of 60 px or more.
    let swipe_from = StoredValue::new(None::<(i32, i32)>);
    let on_down = move |ev: leptos::ev::PointerEvent| {
        swipe_from.set_value(Some((ev.client_x(), ev.client_y())))
    };
    let on_up = move |ev: leptos::ev::PointerEvent| {
        let Some((x, y)) = swipe_from.try_update_value(Option::take).flatten() else {
            return;
        };
        let (dx, dy) = (ev.client_x() - x, ev.client_y() - y);
        if dx.abs() >= 60 && dy.abs() < dx.abs() / 2 {
            step_by(if dx < 0 { 1 } else { -1 });
        }
    };
    let on_click =
        move |ev: leptos::ev::MouseEvent| match closest_data(&ev, "data-action").as_deref() {
            Some("prev") => step_by(-1),
            Some("next") => step_by(1),
            Some("blank") => blank.update(|b| *b = !*b),
            Some("fullscreen") => toggle_fullscreen(),
            Some("print") => crate::handout::print(app),
            // The page tools' Embed button, hidden while presenting, opens its dialog.
            Some("embed") => {
                if let Ok(Some(button)) = document().query_selector("[data-testid=embed-button]") {
                    wasm_bindgen::JsCast::unchecked_into::<web_sys::HtmlElement>(button).click();
                }
            }
            Some("exit") if !crate::app::context::wants_new_tab(&ev) => {
                ev.prevent_default();
                app.go(HistoryMode::Push, |u| {
                    u.view = crate::url_state::View::Timeline;
                    u.step = None;
                });
            }
            _ => {}
        };
    let exit_href = app.href(|u| {
        u.view = crate::url_state::View::Timeline;
        u.step = None;
    });

    view! {
        <section class="present" aria-labelledby="present-heading" data-testid="present" on:click=on_click>
            <h1 id="present-heading" class="visually-hidden">"Presentation"</h1>
            <div class="present__frame">
                <div
                    class="present__stage"
                    node_ref=stage
                    on:pointerdown=on_down
                    on:pointerup=on_up
                    aria-live="polite"
                    data-testid="stage"
                ></div>
                <div class="present__sizer" node_ref=sizer aria-hidden="true" inert=""></div>
            </div>
            // The step buttons use `aria-disabled` rather than `disabled` at the ends, so that
            // the focus stays on them; stepping past an end does nothing.
            <div class="present__bar">
                <button type="button" class="button" data-action="prev" aria-label="Previous step" aria-disabled=move || (current.get() <= 1).to_string()>
                    "←"
                </button>
                <span class="present__counter" data-testid="step-counter">
                    {move || format!("{} / {count}", current.get())}
                </span>
                <button type="button" class="button" data-action="next" aria-label="Next step" aria-disabled=move || (current.get() >= count).to_string()>
                    "→"
                </button>
                <button type="button" class="button" data-action="blank" aria-pressed=move || blank.get().to_string()>
                    "Blank screen"
                </button>
                // Not offered where the page may not go full screen (a frame without
                // allow="fullscreen"): the button would do nothing.
                <button type="button" class="button" data-action="fullscreen" hidden=!document().fullscreen_enabled() aria-pressed=move || fullscreen.get().to_string()>
                    "Full screen"
                </button>
                <button type="button" class="button" data-action="print">"Print handout"</button>
                // Embed code for the presentation (an embedded one has none to give).
                <button type="button" class="button" data-action="embed" hidden=app.url.with_untracked(|u| u.embed) data-testid="present-embed">"Embed"</button>
                <a class="button" href=exit_href data-action="exit">"Leave the presentation"</a>
            </div>
            // Clicking or tapping the blank screen brings the slide back (as B and Escape do).
            <div class="present__blank" hidden=move || !blank.get() data-testid="blank" data-action="blank" aria-hidden="true"></div>
        </section>
    }
}
