//! The five-step spectrum of a comparison topic: where each position sits on the track, what
//! it is called, and how far apart two readings are.

use crate::model::Position;

/// The scale's view of a text's [`Position`]: where it sits on the track and what it is called.
impl Position {
    /// Index on the track, 0 (left) to 4 (right); `None` when not addressed.
    pub fn index(self) -> Option<u8> {
        match self {
            Position::Left => Some(0),
            Position::LeansLeft => Some(1),
            Position::Middle => Some(2),
            Position::LeansRight => Some(3),
            Position::Right => Some(4),
            Position::NotAddressed => None,
        }
    }

    /// Position along the track in percent (0, 25, 50, 75, 100).
    pub fn percent(self) -> Option<u8> {
        self.index().map(|i| i * 25)
    }

    /// What the position says in words, naming the end it is near: "at the end: a genuine
    /// security measure", "leans to: a political, hegemonic move", "between the two ends".
    /// Markers are never conveyed by position or colour alone.
    pub fn label(self, left: &str, right: &str) -> String {
        match self {
            Position::Left => format!("at the end: {}", lower_first(left)),
            Position::LeansLeft => format!("leans to: {}", lower_first(left)),
            Position::Middle => "between the two ends".to_string(),
            Position::LeansRight => format!("leans to: {}", lower_first(right)),
            Position::Right => format!("at the end: {}", lower_first(right)),
            Position::NotAddressed => "not placed: does not address this question".to_string(),
        }
    }
}

/// Steps between two readings (0 to 4), or `None` if either is not addressed.
pub fn distance(a: Position, b: Position) -> Option<u8> {
    Some(a.index()?.abs_diff(b.index()?))
}

/// How far apart two readings are, in words, for the overview.
pub fn distance_words(a: Position, b: Position) -> &'static str {
    match distance(a, b) {
        None => "one text does not address it",
        Some(0) => "same place",
        Some(1) => "one step apart",
        Some(2) => "two steps apart",
        Some(3) => "three steps apart",
        Some(_) => "opposite ends",
    }
}

/// "A genuine security measure" → "a genuine security measure", for use mid-sentence. A first
/// word with capitals after its first letter ("US", "RedNote") is a name and stays as it is.
fn lower_first(text: &str) -> String {
    let first_word = text.split_whitespace().next().unwrap_or("");
    let is_name = first_word.chars().skip(1).any(char::is_uppercase);
    let mut chars = text.chars();
    match chars.next() {
        Some(first) if first.is_uppercase() && !is_name => {
            first.to_lowercase().chain(chars).collect()
        }
        _ => text.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn steps_sit_at_quarters_of_the_track() {
        let all = [
            Position::Left,
            Position::LeansLeft,
            Position::Middle,
            Position::LeansRight,
            Position::Right,
        ];
        let percents: Vec<u8> = all.iter().map(|s| s.percent().unwrap()).collect();
        assert_eq!(percents, [0, 25, 50, 75, 100]);
        assert_eq!(Position::NotAddressed.percent(), None);
    }

    #[test]
    fn labels_name_the_nearer_end() {
        let (l, r) = ("A genuine security measure", "A political, hegemonic move");
        assert_eq!(
            Position::LeansRight.label(l, r),
            "leans to: a political, hegemonic move"
        );
        assert_eq!(
            Position::Left.label(l, r),
            "at the end: a genuine security measure"
        );
        assert_eq!(Position::Middle.label(l, r), "between the two ends");
        assert_eq!(
            Position::NotAddressed.label(l, r),
            "not placed: does not address this question"
        );
        // Acronyms keep their capitals.
        assert_eq!(Position::Right.label("x", "US only"), "at the end: US only");
        assert_eq!(
            Position::Right.label("x", "RedNote wins"),
            "at the end: RedNote wins"
        );
    }

    #[test]
    fn distance_counts_steps() {
        assert_eq!(distance(Position::Left, Position::Right), Some(4));
        assert_eq!(distance(Position::LeansLeft, Position::LeansRight), Some(2));
        assert_eq!(distance(Position::Middle, Position::Middle), Some(0));
        assert_eq!(distance(Position::Middle, Position::NotAddressed), None);
        assert_eq!(
            distance_words(Position::Left, Position::Right),
            "opposite ends"
        );
        assert_eq!(
            distance_words(Position::Left, Position::NotAddressed),
            "one text does not address it"
        );
    }
}
