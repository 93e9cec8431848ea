//! The view state that lives in the page's query string, so that every state has a link that
//! can be shared, bookmarked, embedded and restored with the back button.
//!
//! Parsing never fails: an unusable parameter is dropped with a warning the page can show.
//! Parameters we do not know (such as those a host page adds) are kept as they are.

use thiserror::Error;

/// Which view is shown.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum View {
    /// The interactive timeline.
    #[default]
    Timeline,
    /// The side-by-side comparison of the texts.
    Compare,
    /// The step-through presentation for classrooms.
    Present,
}

impl View {
    /// The value of the `view` parameter.
    pub fn as_str(self) -> &'static str {
        match self {
            View::Timeline => "timeline",
            View::Compare => "compare",
            View::Present => "present",
        }
    }

    /// The view a `view=` value names, if any.
    pub fn parse(value: &str) -> Option<View> {
        [View::Timeline, View::Compare, View::Present]
            .into_iter()
            .find(|v| v.as_str() == value)
    }
}

/// A colour theme chosen in the URL; without one, the page follows the reader's system setting.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Theme {
    /// Dark text on light.
    Light,
    /// Light text on dark.
    Dark,
    /// Maximum contrast.
    Contrast,
}

impl Theme {
    /// The value of the `theme` parameter.
    pub fn as_str(self) -> &'static str {
        match self {
            Theme::Light => "light",
            Theme::Dark => "dark",
            Theme::Contrast => "contrast",
        }
    }

    /// The theme a `theme` value names, if any.
    pub fn parse(value: &str) -> Option<Theme> {
        [Theme::Light, Theme::Dark, Theme::Contrast]
            .into_iter()
            .find(|t| t.as_str() == value)
    }
}

/// Everything the query string says about what to show.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct UrlState {
    /// `view`: which view.
    pub view: View,
    /// `event`: the selected timeline event's id.
    pub event: Option<String>,
    /// `topic`: the chosen comparison topic's id.
    pub topic: Option<String>,
    /// `step`: the presentation step, counting from 1.
    pub step: Option<usize>,
    /// `list=1`: the timeline as a list.
    pub list: bool,
    /// `swap=1`: the comparison shows the second text on the left.
    pub swap: bool,
    /// `embed=1`: compact chrome for an iframe.
    pub embed: bool,
    /// `theme`: a colour theme.
    pub theme: Option<Theme>,
    /// `data`: the address of another story file on this site.
    pub data: Option<String>,
    /// Parameters we do not use, kept in order (a host page's `childId`, for example).
    pub other: Vec<(String, String)>,
}

/// Longest value we accept for an id parameter; longer ones cannot be valid ids.
const MAX_ID: usize = 64;

impl UrlState {
    /// Reads a query string (with or without the leading `?`). Returns the state and a warning
    /// for each parameter that could not be used.
    pub fn parse(query: &str) -> (UrlState, Vec<String>) {
        let mut state = UrlState::default();
        let mut warnings = Vec::new();
        let query = query.strip_prefix('?').unwrap_or(query);
        for (key, value) in form_urlencoded::parse(query.as_bytes()) {
            let value = value.trim();
            match key.as_ref() {
                "view" => match View::parse(value) {
                    Some(view) => state.view = view,
                    None => warnings.push(format!("There is no view called \"{}\".", short(value))),
                },
                "event" | "topic" if value.is_empty() || value.chars().count() > MAX_ID => {
                    warnings.push(format!("The {key} in this link is not a valid id."))
                }
                "event" => state.event = Some(value.to_string()),
                "topic" => state.topic = Some(value.to_string()),
                "step" => match value.parse::<usize>() {
                    Ok(step) if step >= 1 => state.step = Some(step),
                    _ => warnings.push(format!("\"{}\" is not a step number.", short(value))),
                },
                "list" => state.list = flag(value),
                "swap" => state.swap = flag(value),
                "embed" => state.embed = flag(value),
                "theme" => match Theme::parse(value) {
                    Some(theme) => state.theme = Some(theme),
                    None => {
                        warnings.push(format!("There is no theme called \"{}\".", short(value)))
                    }
                },
                "data" if !value.is_empty() => state.data = Some(value.to_string()),
                "data" => {}
                _ => state.other.push((key.into_owned(), value.to_string())),
            }
        }
        (state, warnings)
    }

    /// The state an embed code starts from: this view in embed mode, without what only another
    /// view reads (a topic on the timeline, an event in the comparison: the view state keeps
    /// them while the reader moves between views), without the presentation's step (an embedded
    /// presentation starts at its beginning), and without parameters we do not use. Those are
    /// the embedding page's own (pym adds `childId` and `parentUrl` to each frame it makes),
    /// so copying them from an embedded copy would hand one page's values to another.
    pub fn for_embed_code(&self) -> UrlState {
        let mut state = self.clone();
        state.keep_view_state();
        state.embed = true;
        state.step = None;
        state.other.clear();
        state
    }

    fn keep_view_state(&mut self) {
        if self.view != View::Timeline {
            self.event = None;
            self.list = false;
        }
        if self.view != View::Compare {
            self.topic = None;
            self.swap = false;
        }
        if self.view != View::Present {
            self.step = None;
        }
    }

    /// The query string for this state, starting with `?`, or empty for the default state.
    /// Only parameters that differ from the default are written, in a fixed order.
    pub fn to_query(&self) -> String {
        let mut out = form_urlencoded::Serializer::new(String::new());
        if self.view != View::Timeline {
            out.append_pair("view", self.view.as_str());
        }
        if let Some(event) = &self.event {
            out.append_pair("event", event);
        }
        if let Some(topic) = &self.topic {
            out.append_pair("topic", topic);
        }
        if let Some(step) = self.step {
            out.append_pair("step", &step.to_string());
        }
        if self.list {
            out.append_pair("list", "1");
        }
        if self.swap {
            out.append_pair("swap", "1");
        }
        if self.embed {
            out.append_pair("embed", "1");
        }
        if let Some(theme) = self.theme {
            out.append_pair("theme", theme.as_str());
        }
        if let Some(data) = &self.data {
            out.append_pair("data", data);
        }
        for (key, value) in &self.other {
            out.append_pair(key, value);
        }
        let query = out.finish();
        if query.is_empty() {
            query
        } else {
            format!("?{query}")
        }
    }

    /// The value of a parameter we keep but do not use, such as pym's `childId`.
    pub fn other(&self, key: &str) -> Option<&str> {
        self.other
            .iter()
            .find(|(k, _)| k == key)
            .map(|(_, v)| v.as_str())
    }
}

/// Which handout the browser's own Print command gives (`handout=short` or `handout=full`).
///
/// The parameter stays among the ones [`UrlState`] keeps without reading (`other`): only the
/// handout's code, which the first view does not carry, reads it, through
/// [`Handout::requested`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Handout {
    /// Two pages for a class: key events, where the texts stand, the questions. The default.
    #[default]
    Short,
    /// The whole story as one linear document.
    Full,
}

impl Handout {
    /// The value of the `handout` parameter.
    pub fn as_str(self) -> &'static str {
        match self {
            Handout::Short => "short",
            Handout::Full => "full",
        }
    }

    /// The handout a `handout` value asks for: the short one unless it says `full`.
    pub fn requested(value: Option<&str>) -> Handout {
        match value.map(str::trim) {
            Some("full") => Handout::Full,
            _ => Handout::Short,
        }
    }
}

impl UrlState {
    /// Whether this window is the presentation's speaker view (`speaker=1`): the step's notes
    /// and the next step for the presenter, in a second window. Kept among the parameters the
    /// first view does not read, as only the presentation's code asks.
    pub fn speaker(&self) -> bool {
        self.other("speaker").is_some_and(flag)
    }
}

/// `1`, `true` and `yes` (and an empty value, as in `?embed`) turn a flag on.
fn flag(value: &str) -> bool {
    matches!(value, "" | "1" | "true" | "yes")
}

/// A value shortened for a warning.
fn short(value: &str) -> String {
    crate::model::validate::excerpt(value)
}

/// A link that opens `url` scrolled to (and highlighting) the first words of `quote`, using a
/// text fragment (`#:~:text=`), so that readers can check a quote in its original. Uses the
/// quote's first piece if "…" joins several, and at most its first eight words.
pub fn quote_link(url: &str, quote: &str) -> String {
    let first = quote.split(['…']).next().unwrap_or(quote);
    let words: Vec<&str> = first.split_whitespace().take(8).collect();
    let text = words
        .join(" ")
        .trim_end_matches(['.', ',', ';', ':'])
        .to_string();
    // In a text fragment, `-`, `,` and `&` have meanings of their own and must be escaped.
    let encoded: String = form_urlencoded::byte_serialize(text.as_bytes())
        .collect::<String>()
        .replace('+', "%20")
        .replace('-', "%2D");
    let base = url.split('#').next().unwrap_or(url);
    format!("{base}#:~:text={encoded}")
}

/// Why a `data` parameter cannot be loaded.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum DataParamError {
    /// It names another site.
    #[error("The data parameter points to another site ({0}). For safety, only story files on this site ({1}) can be loaded.")]
    OtherOrigin(String, String),
    /// It is not an http(s) address or a path.
    #[error("The data parameter \"{0}\" is not a web address or a path on this site.")]
    NotAnAddress(String),
}

/// Checks the `data` parameter against the page's origin (`https://example.org`) and returns
/// the address to fetch: a path on this site, or a full address on this same origin.
pub fn data_source(param: &str, origin: &str) -> Result<String, DataParamError> {
    let param = param.trim();
    let bad = || DataParamError::NotAnAddress(short(param));
    // Browsers read `\` as `/`, so `/\evil.example` would be another host: refuse backslashes,
    // controls and whitespace outright.
    if param.is_empty()
        || param
            .chars()
            .any(|c| c == '\\' || c.is_control() || c.is_whitespace())
    {
        return Err(bad());
    }
    if let Some(rest) = param.strip_prefix("//") {
        let host = rest.split(['/', '?', '#']).next().unwrap_or("");
        return Err(DataParamError::OtherOrigin(short(host), origin.to_string()));
    }
    let lower = param.to_ascii_lowercase();
    if lower.starts_with("http://") || lower.starts_with("https://") {
        let same = lower == origin.to_ascii_lowercase()
            || lower.starts_with(&format!("{}/", origin.to_ascii_lowercase()));
        return if same {
            Ok(param.to_string())
        } else {
            let after_scheme = param.split_once("://").map_or("", |(_, r)| r);
            let host = after_scheme.split(['/', '?', '#']).next().unwrap_or("");
            Err(DataParamError::OtherOrigin(short(host), origin.to_string()))
        };
    }
    // A scheme such as `javascript:` or `data:` (a colon before any `/`, `?` or `#`).
    let first_part = param.split(['/', '?', '#']).next().unwrap_or("");
    if first_part.contains(':') {
        return Err(bad());
    }
    Ok(param.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_every_parameter() {
        let (s, w) = UrlState::parse(
            "?view=compare&event=tiktok-dark&topic=motive&step=3&list=1&embed=1&theme=dark&data=%2Fx.json&childId=example-1",
        );
        assert!(w.is_empty(), "{w:?}");
        assert_eq!(s.view, View::Compare);
        assert_eq!(s.event.as_deref(), Some("tiktok-dark"));
        assert_eq!(s.topic.as_deref(), Some("motive"));
        assert_eq!(s.step, Some(3));
        assert!(s.list && s.embed);
        assert_eq!(s.theme, Some(Theme::Dark));
        assert_eq!(s.data.as_deref(), Some("/x.json"));
        assert_eq!(s.other("childId"), Some("example-1"));
    }

    #[test]
    fn round_trips_through_the_query_string() {
        let (s, _) =
            UrlState::parse("view=present&step=2&theme=contrast&childId=c1&initialWidth=600");
        let q = s.to_query();
        assert_eq!(
            q,
            "?view=present&step=2&theme=contrast&childId=c1&initialWidth=600"
        );
        assert_eq!(UrlState::parse(&q).0, s);
        assert_eq!(UrlState::default().to_query(), "");
    }

    #[test]
    fn encodes_awkward_values() {
        let s = UrlState {
            data: Some("/stories/a b&c.json".into()),
            ..UrlState::default()
        };
        let q = s.to_query();
        assert_eq!(q, "?data=%2Fstories%2Fa+b%26c.json");
        assert_eq!(
            UrlState::parse(&q).0.data.as_deref(),
            Some("/stories/a b&c.json")
        );
    }

    #[test]
    fn bad_values_are_dropped_with_a_warning() {
        let (s, w) = UrlState::parse("view=graph&step=zero&theme=neon&event=&topic=x");
        assert_eq!(
            s,
            UrlState {
                topic: Some("x".into()),
                ..UrlState::default()
            }
        );
        assert_eq!(w.len(), 4, "{w:?}");
        assert!(w[0].contains("graph"));
        let (_, w) = UrlState::parse(&format!("event={}", "e".repeat(500)));
        assert_eq!(w.len(), 1);
        assert!(w[0].len() < 100);
        let (s, w) = UrlState::parse("step=0");
        assert_eq!((s.step, w.len()), (None, 1));
    }

    #[test]
    fn flags_accept_common_spellings() {
        for on in ["embed", "embed=1", "embed=true", "embed=yes"] {
            assert!(UrlState::parse(on).0.embed, "{on}");
        }
        assert!(!UrlState::parse("embed=0").0.embed);
    }

    #[test]
    fn the_swap_is_a_shareable_flag() {
        let (s, w) = UrlState::parse("view=compare&topic=motive&swap=1");
        assert!(w.is_empty() && s.swap);
        assert_eq!(s.to_query(), "?view=compare&topic=motive&swap=1");
        assert!(!UrlState::parse("view=compare").0.swap);
    }

    #[test]
    fn the_handout_parameter_chooses_the_printed_handout() {
        let handout = |q: &str| Handout::requested(UrlState::parse(q).0.other("handout"));
        assert_eq!(handout(""), Handout::Short);
        assert_eq!(handout("handout=short"), Handout::Short);
        assert_eq!(handout("handout=full"), Handout::Full);
        assert_eq!(handout("view=compare&handout=%20full"), Handout::Full);
        assert_eq!(handout("handout=poster"), Handout::Short);
        // It stays in the address as it was, and leaves the embed code.
        let (s, w) = UrlState::parse("view=present&handout=full");
        assert!(w.is_empty());
        assert_eq!(s.to_query(), "?view=present&handout=full");
        assert_eq!(s.for_embed_code().to_query(), "?view=present&embed=1");
        assert_eq!(Handout::Full.as_str(), "full");
    }

    #[test]
    fn the_speaker_view_is_a_flag_of_its_own() {
        assert!(UrlState::parse("view=present&step=3&speaker=1").0.speaker());
        assert!(!UrlState::parse("view=present&step=3").0.speaker());
        assert!(!UrlState::parse("view=present&speaker=0").0.speaker());
    }

    #[test]
    fn quote_links_use_text_fragments() {
        let url = "https://www.rsis.edu.sg/paper#top";
        assert_eq!(
            quote_link(url, "the unplanned and likely short-lived digital migration to RedNote has briefly"),
            "https://www.rsis.edu.sg/paper#:~:text=the%20unplanned%20and%20likely%20short%2Dlived%20digital%20migration%20to"
        );
        assert_eq!(
            quote_link(url, "User Agency … Shape"),
            "https://www.rsis.edu.sg/paper#:~:text=User%20Agency"
        );
        assert_eq!(
            quote_link(url, "a, b & c."),
            "https://www.rsis.edu.sg/paper#:~:text=a%2C%20b%20%26%20c"
        );
    }

    #[test]
    fn data_must_stay_on_this_origin() {
        let origin = "https://news.example";
        assert_eq!(
            data_source("/data/story.json", origin).unwrap(),
            "/data/story.json"
        );
        assert_eq!(
            data_source("data/story.json", origin).unwrap(),
            "data/story.json"
        );
        assert_eq!(
            data_source("https://news.example/s.json", origin).unwrap(),
            "https://news.example/s.json"
        );
        for other in [
            "https://evil.example/s.json",
            "//evil.example/s.json",
            "https://news.example.evil.example/s.json",
            "http://news.example/s.json",
        ] {
            assert!(
                matches!(
                    data_source(other, origin),
                    Err(DataParamError::OtherOrigin(..))
                ),
                "{other}"
            );
        }
        for bad in [
            "javascript:alert(1)",
            "data:application/json,{}",
            "/\\evil.example",
            "",
            "a b",
        ] {
            assert!(
                matches!(
                    data_source(bad, origin),
                    Err(DataParamError::NotAnAddress(_))
                ),
                "{bad}"
            );
        }
        let msg = data_source("https://evil.example/x", origin)
            .unwrap_err()
            .to_string();
        assert!(
            msg.contains("evil.example") && msg.contains(origin),
            "{msg}"
        );
    }

    #[test]
    fn an_embed_code_keeps_only_its_views_state() {
        let embed = |q: &str| UrlState::parse(q).0.for_embed_code().to_query();
        assert_eq!(
            embed("view=timeline&event=e&list=1&topic=t&swap=1&step=3&theme=dark"),
            "?event=e&list=1&embed=1&theme=dark"
        );
        assert_eq!(
            embed("view=compare&event=e&list=1&topic=t&swap=1&step=3"),
            "?view=compare&topic=t&swap=1&embed=1"
        );
        // The step and the host page's parameters (pym's) are left out.
        assert_eq!(
            embed("view=present&event=e&topic=t&step=3&embed=1&childId=c&parentUrl=x"),
            "?view=present&embed=1"
        );
    }
}
