//! A topic's spectrum drawn as a track between its two labelled ends, with a marker per text.
//! Never position alone: the track has a text alternative naming each text's position, and the
//! markers carry the texts' letters and differ in shape.

use super::badges::short_label;
use crate::i18n::{fill, later, position_label};
use crate::markup::{div, span, Node};
use crate::model::{Position, Story, Topic};

/// One marker to draw: the text's short letter ("A"), its label, its colour slot and its
/// position.
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

impl Marker {
    /// The marker of the text at `slot` in `story` for `topic`.
    pub fn of(story: &Story, topic: &Topic, slot: usize) -> Marker {
        let text = &story.texts[slot];
        let reading = topic.readings.iter().find(|r| r.text == text.id);
        Marker {
            letter: short_label(&text.label),
            label: text.label.clone(),
            slot,
            position: reading.map_or(Position::NotAddressed, |r| r.position),
        }
    }
}

/// The track with the given markers; `compact` leaves out the ends' labels.
pub fn spectrum_track(topic: &Topic, markers: &[Marker], compact: bool) -> Node {
    let (left, right) = (&topic.spectrum.left, &topic.spectrum.right);
    let described: Vec<String> = markers
        .iter()
        .map(|m| format!("{} {}", m.label, position_label(m.position, left, right)))
        .collect();
    let name = fill(
        later().spectrum_name,
        &[
            ("left", left),
            ("right", right),
            ("positions", &described.join(later().list_separator)),
        ],
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
