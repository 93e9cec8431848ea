//! The letters that stand for the texts ("A", "B") on markers, lists and spectrum tracks, and
//! the badges that say which texts mention an event.

use crate::i18n::{fill, t};
use crate::markup::{el, span, Node};
use crate::model::{Event, Story};

/// "A" for "Text A": the last word of a text's label, at most two letters.
pub fn short_label(label: &str) -> String {
    // Chinese writes no space before the letter ("文本A"): a word ends at a space or at a
    // character outside ASCII.
    label
        .rsplit(|c: char| c.is_whitespace() || !c.is_ascii())
        .find(|w| !w.is_empty())
        .unwrap_or(label)
        .chars()
        .take(2)
        .collect()
}

/// The badges for the texts that mention an event ("A", or "A!" when what the text expected
/// differed from what happened), and the same said in words for assistive technology.
pub fn badges(story: &Story, event: &Event) -> (Vec<Node>, String) {
    let mut seen: Vec<(String, bool)> = Vec::new();
    for mention in &event.mentions {
        let gap = mention.expected.is_some();
        match seen.iter_mut().find(|(id, _)| *id == mention.text) {
            Some(entry) => entry.1 |= gap,
            None => seen.push((mention.text.clone(), gap)),
        }
    }
    let mut words = String::new();
    let badges = seen
        .into_iter()
        .map(|(id, gap)| {
            let label = story.text_label(&id).to_string();
            let said = if gap {
                t().badge_gap_said
            } else {
                t().badge_said
            };
            words.push(' ');
            words.push_str(&fill(said, &[("text", &label)]));
            let letter = short_label(&label);
            if gap {
                span("badge badge--gap", &format!("{letter}!"))
            } else {
                span("badge", &letter)
            }
        })
        .collect();
    (badges, words)
}

/// The badges of an event in a wrapper hidden from assistive technology (which hears
/// [`badges`]' words instead), or `None` when no text mentions it.
pub fn badge_group(story: &Story, event: &Event, class: &str) -> Option<(Node, String)> {
    let (badges, said) = badges(story, event);
    (!badges.is_empty()).then(|| {
        (
            el("span")
                .class(class)
                .attr("aria-hidden", "true")
                .children(badges),
            said,
        )
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn short_labels_are_the_last_word() {
        assert_eq!(short_label("Text A"), "A");
        assert_eq!(short_label("Essay"), "Es");
        assert_eq!(short_label("文本A"), "A");
        assert_eq!(short_label(""), "");
    }
}
