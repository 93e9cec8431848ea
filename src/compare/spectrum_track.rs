//! A topic's spectrum drawn as a track between its two labelled ends, with a marker per text.
//! Never position alone: the track has a text alternative naming each text's position, and the
//! markers carry the texts' letters and differ in shape.

use crate::dom::{div, span, Node};
use crate::model::{Position, Topic};

/// One marker to draw: the text's short letter ("A"), its CSS modifier and its position.
pub struct Marker {
    /// "A".
    pub letter: String,
    /// "Text A".
    pub label: String,
    /// The text's index in the story, for its colour and shape (the same on either side).
    pub slot: usize,
    /// Where it stands.
    pub position: Position,
}

/// The track with the given markers. `caption` names the track for assistive technology.
pub fn spectrum_track(topic: &Topic, markers: &[Marker], compact: bool) -> Node {
    let (left, right) = (&topic.spectrum.left, &topic.spectrum.right);
    let described: Vec<String> = markers
        .iter()
        .map(|m| format!("{} {}", m.label, m.position.label(left, right)))
        .collect();
    let name = format!(
        "Spectrum from \u{201c}{left}\u{201d} to \u{201c}{right}\u{201d}. {}.",
        described.join("; ")
    );
    let mut line =
        div("cmp-track__line").child(span("cmp-track__ticks", "").attr("aria-hidden", "true"));
    for m in markers {
        if let Some(percent) = m.position.percent() {
            line = line.child(
                span(&format!("cmp-marker cmp-marker--{}", m.slot % 2), &m.letter)
                    .css_int("--p", percent as i64)
                    .attr("aria-hidden", "true"),
            );
        }
    }
    let class = if compact {
        "cmp-track cmp-track--compact"
    } else {
        "cmp-track"
    };
    let mut track = div(class).attr("role", "img").attr("aria-label", &name);
    if !compact {
        track = track
            .child(span("cmp-track__end cmp-track__end--left", left).attr("aria-hidden", "true"));
    }
    track = track.child(line);
    if !compact {
        track = track
            .child(span("cmp-track__end cmp-track__end--right", right).attr("aria-hidden", "true"));
    }
    track
}
