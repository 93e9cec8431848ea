//! The classroom presentation (`?view=present&step=N`): a curated sequence of steps, one per
//! screen, driven by the keys a presenter's clicker sends, with a blank screen, full screen, a
//! QR code of the address on the first and last steps, and a printable handout.
//!
//! Keys: next on PageDown, Right, Down, Space and N; previous on PageUp, Left, Up, P and
//! Shift+Space; `.` or B blanks the screen (again, or any step key, to return without moving
//! on); F toggles full screen (the button is offered only where the page may go full screen);
//! Home and End go to the first and last step; Escape leaves full screen and unblanks. Swipes
//! work on touch screens.
//!
//! S opens the speaker notes in a second window, as in reveal.js (`speaker=1`, see
//! [`speaker`]), kept on the same step as this one ([`sync`]); should the browser block the
//! window, the notes open in a panel here instead ([`notes_panel`]), which the presenter
//! closes again. The slide itself never shows them.

mod notes_panel;
mod speaker;
mod sync;

use crate::content::step::step_view;
use crate::context::{follow_print_menu, print_menu, use_app, wants_new_tab, AppContext};
use crate::i18n::{fill, later, t};
use crate::markup::{el, Node};
use crate::model::presentation::{clamp_step, steps};
use crate::platform::browser::{self, HistoryMode};
use crate::platform::ready::set_ready;
use crate::ui::markup;
use crate::url_state::View;
use leptos::prelude::*;

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

/// Whether a key went to a control that uses it itself (Space and Enter on a button, say), or
/// to the Embed dialog, whose code boxes and colours choice take keys.
fn key_for_control(ev: &web_sys::KeyboardEvent) -> bool {
    ev.target()
        .and_then(|t| wasm_bindgen::JsCast::dyn_into::<web_sys::Element>(t).ok())
        .and_then(|t| {
            t.closest("button, a, input, select, textarea, dialog")
                .ok()
                .flatten()
        })
        .is_some()
}

/// Opens the speaker notes window for this presentation (the same address with `speaker=1`);
/// says whether it opened (a pop-up blocker may refuse it).
fn open_speaker_window(app: AppContext) -> bool {
    let href = app.href(|u| u.other.push(("speaker".into(), "1".into())));
    window()
        .open_with_url_and_target_and_features(&href, "speaker-notes", "popup,width=960,height=720")
        .ok()
        .flatten()
        .is_some()
}

/// The presentation view.
#[component]
pub fn PresentView() -> impl IntoView {
    // This view reads the story whole (the first view read only its part).
    let app = use_app().whole();
    provide_context(app);
    let sequence = steps(app.story, app.index);
    let count = sequence.len();
    let sequence = StoredValue::new(sequence);
    let current = Memo::new(move |_| clamp_step(app.url.with(|u| u.step), count));
    let blank = RwSignal::new(false);
    let fullscreen = RwSignal::new(false);
    let speaker = app.url.with_untracked(|u| u.speaker());
    let notes_open = RwSignal::new(false);
    // The speaker notes: their own window, or this one's panel when that is refused.
    let show_notes = move || {
        if !speaker && !open_speaker_window(app) {
            notes_open.update(|open| *open = !*open);
        }
    };
    // The address to hand on with a QR code; the page written at build time cannot know where
    // it will be served, and leaves the code to the app.
    let address = if app.prerender() {
        String::new()
    } else {
        browser::public_address()
    };
    let step_nodes = move |n: usize, address: &str| -> Vec<Node> {
        sequence.with_value(|seq| step_view(app.story, app.index, &seq[n - 1], address))
    };

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
    let sizer = app.embedded().then(|| {
        let address = address.clone();
        markup((1..=count).map(|n| {
            el("div")
                .class("present__stage")
                .children(step_nodes(n, &address))
        }))
    });
    let stage = {
        let address = address.clone();
        move || {
            let n = current.get();
            // The stage is a live region: a screen reader reads each new step, starting with
            // where it is (the counter in the bar is not part of the region).
            let mut nodes = vec![el("p").class("visually-hidden").text(&fill(
                later().step_of,
                &[("n", &n.to_string()), ("count", &count.to_string())],
            ))];
            nodes.extend(step_nodes(n, &address));
            markup(nodes)
        }
    };
    crate::ui::effect(set_ready);

    // Only in the browser: the keys, full screen and the projection theme.
    let fullscreen_enabled = !app.prerender() && document().fullscreen_enabled();
    if !app.prerender() {
        fullscreen.set(is_fullscreen());
        // The projection theme applies while presenting.
        browser::set_root_attribute("data-present", Some("true"));
        on_cleanup(|| browser::set_root_attribute("data-present", None));
        let keys = window_event_listener(leptos::ev::keydown, move |ev| {
            if ev.ctrl_key() || ev.meta_key() || ev.alt_key() {
                return;
            }
            let on_control = key_for_control(&ev);
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
            // Keys inside the Embed dialog are the dialog's.
            let in_dialog = ev
                .target()
                .and_then(|t| wasm_bindgen::JsCast::dyn_into::<web_sys::Element>(t).ok())
                .and_then(|t| t.closest("dialog").ok().flatten())
                .is_some();
            if in_dialog {
                return;
            }
            // On a blank screen a step key brings the slide back rather than moving on unseen:
            // a clicker's Next is the key a presenter reaches for.
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
                "s" | "S" => show_notes(),
                "Escape" => {
                    blank.set(false);
                    notes_open.set(false);
                    return;
                }
                _ => return,
            }
            ev.prevent_default();
        });
        let screen = window_event_listener(
            leptos::ev::Custom::<web_sys::Event>::new("fullscreenchange"),
            move |_| fullscreen.set(is_fullscreen()),
        );
        on_cleanup(move || {
            keys.remove();
            screen.remove();
        });
        // The windows of one presentation follow each other (not embedded: two frames of an
        // article would move each other).
        if !app.embedded() {
            let name = format!(
                "rednote-present:{}",
                app.url
                    .with_untracked(|u| u.data.clone().unwrap_or_default())
            );
            sync::use_step_sync(&name, current, go_to);
        }
    }

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
    let exit_href = app.href(|u| {
        u.view = View::Timeline;
        u.step = None;
    });
    let exit = move |ev: leptos::ev::MouseEvent| {
        if !wants_new_tab(&ev) {
            ev.prevent_default();
            app.go(HistoryMode::Push, |u| {
                u.view = View::Timeline;
                u.step = None;
            });
        }
    };

    if speaker {
        return view! {
            <speaker::SpeakerView
                sequence=sequence
                current=current
                step_by=Callback::new(step_by)
            />
        }
        .into_any();
    }

    view! {
        <section class="present" id="view-present" aria-labelledby="present-heading" data-testid="present">
            <h1 id="present-heading" class="visually-hidden">{later().present_heading}</h1>
            <div class="present__frame">
                <div
                    class="present__stage"
                    on:pointerdown=on_down
                    on:pointerup=on_up
                    aria-live="polite"
                    data-testid="stage"
                >
                    {stage}
                </div>
                <div class="present__sizer" aria-hidden="true" inert="">{sizer}</div>
            </div>
            // The step buttons use `aria-disabled` rather than `disabled` at the ends, so that
            // the focus stays on them; stepping past an end does nothing.
            <div class="present__bar">
                <button
                    type="button"
                    class="button"
                    aria-label=later().step_previous
                    aria-disabled=move || (current.get() <= 1).to_string()
                    on:click=move |_| step_by(-1)
                >
                    "←"
                </button>
                <span class="present__counter" data-testid="step-counter">
                    {move || format!("{} / {count}", current.get())}
                </span>
                <button
                    type="button"
                    class="button"
                    aria-label=later().step_next
                    aria-disabled=move || (current.get() >= count).to_string()
                    on:click=move |_| step_by(1)
                >
                    "→"
                </button>
                <button
                    type="button"
                    class="button"
                    aria-pressed=move || blank.get().to_string()
                    on:click=move |_| blank.update(|b| *b = !*b)
                >
                    {later().blank_screen}
                </button>
                // Not offered where the page may not go full screen (a frame without
                // allow="fullscreen"): the button would do nothing.
                <button
                    type="button"
                    class="button"
                    hidden=!fullscreen_enabled
                    aria-pressed=move || fullscreen.get().to_string()
                    on:click=|_| toggle_fullscreen()
                >
                    {later().full_screen}
                </button>
                // Not embedded: a frame has no second window to give, nor room for a panel.
                <button
                    type="button"
                    class="button"
                    hidden=app.embedded()
                    aria-pressed=move || notes_open.get().to_string()
                    aria-keyshortcuts="S"
                    data-testid="speaker-notes"
                    on:click=move |_| show_notes()
                >
                    {later().speaker_notes}
                </button>
                <div on:click=move |ev| follow_print_menu(app, &ev)>
                    {markup([print_menu("present-print")])}
                </div>
                // Embed code for the presentation (an embedded one has none to give).
                <button
                    type="button"
                    class="button"
                    hidden=app.embedded()
                    data-testid="present-embed"
                    on:click=move |_| app.embed_dialog.set(true)
                >
                    {t().embed}
                </button>
                <a class="button" href=exit_href on:click=exit>
                    {later().leave_presentation}
                </a>
            </div>
            <notes_panel::NotesPanel sequence=sequence current=current open=notes_open />
            // Clicking or tapping the blank screen brings the slide back (as B and Escape do).
            <div
                class="present__blank"
                hidden=move || !blank.get()
                data-testid="blank"
                aria-hidden="true"
                on:click=move |_| blank.set(false)
            ></div>
        </section>
    }
    .into_any()
}
