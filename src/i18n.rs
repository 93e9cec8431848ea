//! The explainer's own words, in each language it speaks: one typed table of strings per
//! language ([`Strings`]; a string missing from a language's table is a compile error), and
//! the formatting of dates, times, numbers and labels by that language's conventions.
//!
//! The story's own words (headlines, summaries, readings) come from the story file, in the
//! language of its edition; these are the words around them. Messages with values take them by
//! name: `fill("{count} events", &[("count", "3")])`.
//!
//! The app speaks one language per page: [`t`] gives the current table. Each edition is a
//! build of its own (the Chinese one with the `zh-hans` feature, in `dist/zh-hans/`), whose
//! wasm holds only its own table and story, so that no other language costs the English first
//! view a byte. Native code (the pre-renderer, the tests) has every table and switches with
//! [`set_strings`].

mod en;
pub mod errors;
#[cfg(any(feature = "zh-hans", not(target_arch = "wasm32")))]
mod zh_hans;

pub use en::{EN, EN_LATER};
#[cfg(any(feature = "zh-hans", not(target_arch = "wasm32")))]
pub use zh_hans::{ZH_HANS, ZH_HANS_LATER};

use crate::model::date::hh_mm;
use crate::model::{Confidence, Date, Event, Position, Precision, Text, Zone};
use chrono::Datelike;
use serde::{Deserialize, Serialize};
use std::cell::Cell;

/// A language the explainer is written in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Lang {
    /// English.
    En,
    /// Simplified Chinese.
    ZhHans,
}

macro_rules! strings {
    ($(#[$sdoc:meta])* $table:ident; $($(#[$doc:meta])* $name:ident),* $(,)?) => {
        $(#[$sdoc])*
        #[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
        pub struct $table<'a> {
            /// The language.
            pub lang: Lang,
            $($(#[$doc])* pub $name: &'a str,)*
        }

        impl $table<'_> {
            /// Every string with its field name, for tests that check them all.
            pub fn all(&self) -> Vec<(&'static str, &str)> {
                vec![$((stringify!($name), self.$name)),*]
            }
        }
    };
}

strings! {
    /// Every string of the interface that the first view shows, in one language. Each field
    /// is documented with its use; `{name}` marks a value filled in by [`fill`]. The words of
    /// the views that come later are in [`LaterStrings`].
    Strings;
    /// The BCP 47 tag for `lang` attributes ("en").
    html_lang,
    /// The other edition's BCP 47 tag, for the language switch's `hreflang` ("zh-Hans").
    other_lang,
    /// The other edition's page, relative to this one ("zh-hans/"; from there, "../").
    other_edition,
    /// The language switch's text: the other language's name, in it ("中文").
    other_language,
    /// The language switch's name for screen readers and its tooltip, in the other language
    /// ("阅读简体中文版").
    other_language_said,
    /// The label of our translation of a quotation ("Our translation").
    our_translation,

    // Punctuation and joining words.
    /// Between a label and what follows (": ").
    colon,
    /// Between items in a sentence (", ").
    comma,
    /// Opening a parenthesis after a word (" (" in English, with its space).
    paren_open,
    /// Closing a parenthesis (")").
    paren_close,

    // Views and the page.
    /// The timeline view's name.
    view_timeline,
    /// The comparison view's name.
    view_compare,
    /// The presentation's name.
    view_present,
    /// The navigation's name.
    nav_views,
    /// The skip link.
    skip_to_content,
    /// While the story loads.
    loading,
    /// The tab's title for a view other than the timeline: "{view} — {title}".
    tab_title,
    /// The Print handout menu.
    print_handout,
    /// Its choice of the short handout, two pages.
    print_short,
    /// Its choice of the full handout.
    print_full,
    /// The footer: "Last updated {date}."
    footer_updated,
    /// The footer's link to the story file.
    footer_download,
    /// The edition's story file, which that link downloads ("data/story.json").
    story_file,
    /// After that link.
    footer_download_after,
    /// The notice for an event id the story lacks.
    notice_unknown_event,
    /// The notice for a step beyond the presentation's end.
    notice_step_beyond,
    /// The notice for a topic id the story lacks.
    notice_unknown_topic,
    /// The notices' Dismiss button.
    dismiss,
    /// A view whose code could not be fetched.
    view_not_loaded,
    /// Its button.
    try_again,

    // The error page.
    /// Its heading.
    error_heading,

    // Links and sources.
    /// Said after a link that opens a new tab.
    opens_new_tab,
    /// A source's link.
    open_source,
    /// A source without a link.
    no_stable_link,

    // Event details.
    /// The heading over what the texts said of an event.
    details_mentions,
    /// The heading over its sources.
    details_sources,
    /// The heading over its comparison topics.
    details_topics,
    /// The details panel's close button.
    close_details,
    /// The confidence label "Confirmed".
    confidence_confirmed,
    /// The confidence label "Single source".
    confidence_single,
    /// The confidence label "Disputed".
    confidence_disputed,
    /// What "Confirmed" means.
    confidence_confirmed_means,
    /// What "Single source" means.
    confidence_single_means,
    /// What "Disputed" means.
    confidence_disputed_means,
    /// A badge said in words: "{text} mentions it."
    badge_said,
    /// A badge with a gap said in words.
    badge_gap_said,

    // The timeline.
    /// "Dates are in {zone}. …", under the timeline's heading.
    timeline_zone_note,
    /// The zoom buttons' group.
    zoom_group,
    /// Zoom out.
    zoom_out,
    /// Zoom out, with its key.
    zoom_out_title,
    /// Zoom in.
    zoom_in,
    /// Zoom in, with its key.
    zoom_in_title,
    /// Show everything.
    show_everything,
    /// The zoom status: "Axis in {unit}".
    axis_in,
    /// The eras' group.
    eras_group,
    /// Hours, as the axis's unit.
    unit_hours,
    /// Days.
    unit_days,
    /// Weeks.
    unit_weeks,
    /// Months.
    unit_months,
    /// Years.
    unit_years,
    /// An era's button name: "Zoom to {era}, {from} to {to}".
    era_button_name,
    /// An era's title: "{era}: {from} to {to}".
    era_title,
    /// Dates of an era: "{from} to {to}".
    from_to,
    /// The list switch.
    list_view,
    /// When no lane is shown.
    no_lanes,
    /// A marker's name: "{headline}, {when}. {confidence}."
    mark_name,
    /// A cluster on one day: "{count} events on {date}."
    cluster_on,
    /// A cluster over days: "{count} events from {from} to {to}."
    cluster_from_to,
    /// What choosing a cluster does when it zooms.
    cluster_zooms,
    /// What choosing a cluster does when it cannot zoom.
    cluster_opens,
    /// The event area's name: "Events, {count} in all. …"
    events_group,
    /// The heading of every event's details in the page written at build time, which is how
    /// it reads without scripts: "All {count} events, with their sources".
    story_events_heading,
    /// The name of the in-page links at the top of that page's text.
    contents_label,
    /// Said when a marker's details open: "Details shown: {headline}."
    details_shown,
    /// The folded lane filter's summary.
    lanes_summary,
    /// After it, all lanes shown.
    lanes_all_shown,
    /// After it, some: "({shown} of {count} shown)".
    lanes_some_shown,
    /// The lane checkboxes' legend.
    lanes_shown,
    /// The marker key's name.
    marker_key,
    /// The key: "{text} mentions the event".
    key_mentions,
    /// The key: "{text} expected something other than what happened".
    key_expected,
    /// Show all events (an embedded list that opens on one period).
    show_all_events,

    // The chart and its key.
    /// The chart key's heading.
    chart_heading,
    /// The chart key's introduction beside the chart.
    chart_intro,
    /// The chart key's introduction in the list view.
    chart_intro_list,
    /// Show the table.
    chart_show_table,
    /// Hide the table.
    chart_hide_table,
    /// The table region's name.
    chart_table_region,
    /// The table's caption.
    chart_table_caption,
    /// A disputed value on the chart: "{value} (disputed)".
    chart_disputed,
    /// A disputed value in the table.
    chart_disputed_note,
    /// A series' source: ". Source: {source}."
    chart_series_source,
    /// A note with its source: "{label}. Source: {source}."
    chart_note_source,
    /// A log-scale row's label: "{metric} (log scale)".
    chart_log_scale,
    /// The notes row's label.
    chart_notes_label,
    /// The table's Date column.
    chart_col_date,
    /// Its Measure column.
    chart_col_measure,
    /// Its Value column.
    chart_col_value,
    /// Its Note column.
    chart_col_note,
    /// The Embed button.
    embed,

    // Embedding.
    /// Open the full explainer.
    open_full,

    // Dates and zones.
    /// US Eastern Time, for "Dates are in …".
    zone_eastern,
    /// Beijing time.
    zone_beijing,
    /// UTC.
    zone_utc,
    /// Eastern time beside a time: "{time} ET, {date}".
    time_eastern,
    /// Beijing time beside a time: "{time} Beijing, {date}".
    time_beijing,
    /// An approximate date: "c. {date}".
    date_approximate,
    /// A span of dates: "{from} – {to}".
    date_span,
}

strings! {
    /// The words of the views and parts that come later (the comparison, the presentation, the
    /// handouts, the Embed dialog), in one language: a table of its own, read only by their
    /// code, so that in the release build its bytes travel in their chunks (see
    /// `shell::views`), not in the first view's wasm. Read with [`later`].
    LaterStrings;
    /// Between the items of a list of phrases ("; ").
    list_separator,
    /// Joining two names (" and ").
    and,

    // The comparison.
    /// Its introduction.
    compare_intro,
    /// The swap button.
    swap_sides,
    /// The note beside it: "By default the earlier text, {text}, comes first …"
    swap_note,
    /// The side switch's legend.
    show_side,
    /// Both texts.
    both,
    /// The topic tabs' name.
    questions_tabs,
    /// No topics.
    no_topics,
    /// The overview's Question column.
    overview_question,
    /// Its last column.
    overview_apart,
    /// Its caption: "All {count} questions at a glance: …"
    overview_caption,
    /// A text not placed on a topic's spectrum.
    not_placed,
    /// A text without a reading.
    no_reading,
    /// A text's own words.
    in_its_own_words,
    /// A quotation's link.
    find_in_original,
    /// Its name for screen readers: ": “{opening}” (opens in a new tab)".
    find_in_original_said,
    /// Over the shared track.
    both_on_one_track,
    /// Common ground.
    common_ground,
    /// Key difference.
    key_difference,
    /// Events bearing on a topic.
    on_the_timeline,
    /// The link to the method.
    method_link,
    /// The method's heading.
    method_heading,
    /// The questions' heading.
    questions_heading,
    /// A question of the kind "notice".
    question_notice,
    /// A question of the kind "wonder".
    question_wonder,
    /// A question about the texts.
    question_texts,
    /// An unsigned text.
    unsigned,
    /// A text card's "By".
    text_by,
    /// "Published".
    text_published,
    /// "Date".
    text_date,
    /// "Kind".
    text_kind,
    /// "Calls the app".
    text_calls_app,
    /// "Read {text} in full".
    text_read_in_full,
    /// A text without a stable link.
    text_no_link,
    /// A text's undated date: "c. {part}{month} {year} (undated)"; see [`text_date`].
    text_undated,
    /// The spectrum's name: "Spectrum from “{left}” to “{right}”. {positions}."
    spectrum_name,
    /// Two readings in the same place.
    apart_same,
    /// One step apart.
    apart_one,
    /// Two steps apart.
    apart_two,
    /// Three steps apart.
    apart_three,
    /// At opposite ends.
    apart_opposite,
    /// One text does not address it.
    apart_unaddressed,
    /// A position at an end: "at the end: {end}".
    position_end,
    /// A position leaning to an end: "leans to: {end}".
    position_leans,
    /// The middle position.
    position_middle,
    /// Not addressed.
    position_not_addressed,

    // The presentation.
    /// Its hidden heading.
    present_heading,
    /// "Step {n} of {count}."
    step_of,
    /// Previous step.
    step_previous,
    /// Next step.
    step_next,
    /// Blank screen.
    blank_screen,
    /// Full screen.
    full_screen,
    /// Leave the presentation.
    leave_presentation,
    /// A QR code's name: "QR code of {address}".
    qr_name,
    /// A step whose event is not in the story.
    step_no_event,
    /// A step whose topic is not in the story.
    step_no_topic,
    /// A step naming nothing.
    step_nothing,
    /// The name of an event step's strip of the timeline: "{lane}: after {before}; before
    /// {after}."
    step_context,
    /// In `step_context`, when no event comes before or after.
    step_context_none,
    /// The speaker notes (the button, the window's and the panel's heading).
    speaker_notes,
    /// Over the current step's notes.
    speaker_now,
    /// Over the next step.
    speaker_next,
    /// A step without a note.
    speaker_no_note,
    /// After the last step.
    speaker_last,
    /// A step's sources: ". Sources: {outlets}."
    step_sources,
    /// A topic step's kicker: "Comparing the texts · Question {number} of {count}".
    step_topic_kicker,
    /// The end step's title.
    step_end_title,
    /// The end step's text.
    step_end_text,

    // The handout.
    /// "Interactive version: ".
    handout_address,
    /// "Dates are in {zone}."
    handout_zone,
    /// The texts' heading.
    handout_texts,
    /// The topics' heading.
    handout_compare,
    /// A topic's spectrum: "From “{left}” to “{right}”."
    handout_spectrum,
    /// A text: "{label}: “{title}”, {by}, {outlet}, {date}."
    handout_text_line,
    /// The short handout's compact timeline.
    handout_key_events,
    /// The short handout's matrix of the texts' positions.
    handout_matrix,
    /// The short handout's line on how events are sourced.
    handout_sourcing,
    /// The Embed dialog's heading.
    embed_heading,
    /// Close.
    close,
    /// "Colours".
    embed_colours,
    /// Light colours.
    colours_light,
    /// Dark colours.
    colours_dark,
    /// High contrast.
    colours_contrast,
    /// The reader's system setting.
    colours_system,
    /// What the embed does.
    embed_intro,
    /// The iframe code's label.
    embed_iframe,
    /// Its help.
    embed_iframe_help,
    /// The pym.js code's label.
    embed_pym,
    /// Its help.
    embed_pym_help,
    /// Copy.
    copy,
    /// Copied.
    copied,
    /// Could not copy.
    copy_failed,
}

/// The table of the build's own edition.
#[cfg(not(feature = "zh-hans"))]
const OWN: &Strings<'static> = &EN;
#[cfg(feature = "zh-hans")]
const OWN: &Strings<'static> = &ZH_HANS;

/// The words of the later views ([`LaterStrings`]) in the page's language.
pub fn later() -> &'static LaterStrings<'static> {
    #[cfg(target_arch = "wasm32")]
    {
        #[cfg(not(feature = "zh-hans"))]
        return &EN_LATER;
        #[cfg(feature = "zh-hans")]
        return &ZH_HANS_LATER;
    }
    #[cfg(not(target_arch = "wasm32"))]
    match t().lang {
        Lang::En => &EN_LATER,
        Lang::ZhHans => &ZH_HANS_LATER,
    }
}

thread_local! {
    static CURRENT: Cell<&'static Strings<'static>> = const { Cell::new(OWN) };
}

impl Lang {
    /// The edition's folder name, as in `dist/zh-hans/` ("en" for the English page at the
    /// root), and the name of its built-in story (`model::edition_story`).
    pub fn edition(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::ZhHans => "zh-hans",
        }
    }

    /// Every edition.
    pub const ALL: [Lang; 2] = [Lang::En, Lang::ZhHans];

    /// Its table of strings (native code only: a wasm build has its own table only).
    #[cfg(not(target_arch = "wasm32"))]
    pub fn strings(self) -> &'static Strings<'static> {
        match self {
            Lang::En => &EN,
            Lang::ZhHans => &ZH_HANS,
        }
    }
}

/// The strings of the page's language.
pub fn t() -> &'static Strings<'static> {
    CURRENT.with(Cell::get)
}

/// Sets the page's language (once, at start; the pre-renderer, per edition).
pub fn set_strings(strings: &'static Strings<'static>) {
    CURRENT.with(|c| c.set(strings));
}

/// `template` with each `{name}` replaced by its value.
pub fn fill(template: &str, values: &[(&str, &str)]) -> String {
    let mut out = String::with_capacity(template.len() + 16);
    fill_pieces(template, values, |text, _| out.push_str(text));
    out
}

/// `template` in pieces, in order, for [`fill`] and for markup that treats some values apart
/// (`markup::Node::fill_marked`): each run of text with `None`, each value with the name it
/// fills in. A name without a value, or a `{` never closed, stays as written, as text.
pub fn fill_pieces<'a>(
    template: &'a str,
    values: &[(&str, &'a str)],
    mut piece: impl FnMut(&'a str, Option<&'a str>),
) {
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        let Some(close) = rest[open..].find('}').map(|c| open + c) else {
            break;
        };
        let name = &rest[open + 1..close];
        match values.iter().find(|(n, _)| *n == name) {
            Some((_, value)) => {
                piece(&rest[..open], None);
                piece(value, Some(name));
            }
            None => piece(&rest[..=close], None),
        }
        rest = &rest[close + 1..];
    }
    piece(rest, None);
}

/// Whether the page is Chinese. In a wasm build this is the build's edition, known when it is
/// compiled, so that the English wasm carries none of the Chinese formatting below.
fn chinese() -> bool {
    if cfg!(target_arch = "wasm32") {
        cfg!(feature = "zh-hans")
    } else {
        t().lang == Lang::ZhHans
    }
}

/// A tick's label on the time axis: "15 Jan", "Sat 18 Jan", "Jan 2025"; "1月15日",
/// "1月18日 周六", "2025年1月".
pub fn tick_label(tick: &crate::scale::ticks::Tick) -> String {
    use crate::scale::ticks::Unit;
    use chrono::Timelike;
    if !chinese() {
        return tick.label.clone();
    }
    let d = tick.at.date();
    let (year, month, day) = (d.year(), d.month(), d.day());
    match tick.unit {
        Unit::Hour if tick.at.hour() == 0 => format!(
            "{month}月{day}日 周{}",
            ["一", "二", "三", "四", "五", "六", "日"][d.weekday().num_days_from_monday() as usize]
        ),
        Unit::Hour => tick.label.clone(),
        Unit::Day | Unit::Week if tick.major => format!("{year}年{month}月{day}日"),
        Unit::Day | Unit::Week => format!("{month}月{day}日"),
        Unit::Month if month == 1 => format!("{year}年1月"),
        Unit::Month => format!("{month}月"),
        Unit::Year => format!("{year}年"),
    }
}

/// "13 Jan 2025" ("Jan 2025" for a month-only date); "2025年1月13日".
pub fn date_long(d: Date) -> String {
    if chinese() {
        if d.month_only {
            format!("{}年{}月", d.day.year(), d.day.month())
        } else {
            format!("{}年{}月{}日", d.day.year(), d.day.month(), d.day.day())
        }
    } else {
        d.long()
    }
}

/// "Jan 2025"; "2025年1月".
pub fn month_year(d: Date) -> String {
    if chinese() {
        format!("{}年{}月", d.day.year(), d.day.month())
    } else {
        d.month_year()
    }
}

/// A month as a heading: "January 2025"; "2025年1月".
pub fn month_heading(year: i32, month: u32) -> String {
    if chinese() {
        format!("{year}年{month}月")
    } else {
        format!("{} {year}", crate::model::date::long_month_name(month))
    }
}

/// An event's date as readers see it: "18 Jan 2025", "Apr 2024", "c. 14 Jan 2025",
/// "13 Jan 2025 – 19 Jan 2025", or the story's own wording when it gives one.
pub fn event_date(e: &Event) -> String {
    if let Some(label) = &e.date_label {
        return label.clone();
    }
    let start = match e.precision {
        Precision::Day => date_long(e.date),
        Precision::Month => month_year(e.date),
        Precision::Approximate => fill(t().date_approximate, &[("date", &date_long(e.date))]),
    };
    match e.end {
        Some(end) if end != e.date => {
            fill(t().date_span, &[("from", &start), ("to", &date_long(end))])
        }
        _ => start,
    }
}

/// A text's publication date in every view: "3 Feb 2025", "Jan 2025", or, for an undated
/// text, our estimate in words no more exact than it is ("c. mid-January 2025 (undated)", as
/// the editorial brief puts it): a day would read as a fact.
pub fn text_date(text: &Text) -> String {
    match text.date_precision {
        Precision::Day => date_long(text.date),
        Precision::Month => month_year(text.date),
        Precision::Approximate => {
            let (month, year) = (text.date.day.month(), text.date.day.year());
            let part = match (text.date.day.day(), chinese()) {
                (1..=10, false) => "early ",
                (11..=20, false) => "mid-",
                (_, false) => "late ",
                (1..=10, true) => "上旬",
                (11..=20, true) => "中旬",
                (_, true) => "下旬",
            };
            let month = if chinese() {
                format!("{year}年{month}月")
            } else {
                format!("{} {year}", crate::model::date::long_month_name(month))
            };
            fill(later().text_undated, &[("part", part), ("month", &month)])
        }
    }
}

/// An event's time in US Eastern and in Beijing time, when it has one: ("22:30 ET, 18 Jan
/// 2025", "11:30 Beijing, 19 Jan 2025").
pub fn dual_time(e: &Event) -> Option<(String, String)> {
    let utc = e.utc()?;
    let show = |zone: Zone, template: &str| {
        let local = zone.from_utc(utc);
        let date = Date {
            day: local.date(),
            month_only: false,
        };
        fill(
            template,
            &[("time", &hh_mm(local)), ("date", &date_long(date))],
        )
    };
    Some((
        show(Zone::Eastern, t().time_eastern),
        show(Zone::Beijing, t().time_beijing),
    ))
}

/// A zone's name for statements such as "Dates are in US Eastern Time".
pub fn zone_long_name(zone: Zone) -> &'static str {
    match zone {
        Zone::Eastern => t().zone_eastern,
        Zone::Beijing => t().zone_beijing,
        Zone::Utc => t().zone_utc,
    }
}

/// A unit of the axis in the plural ("days"), for the zoom status.
pub fn unit_name(unit: crate::scale::ticks::Unit) -> &'static str {
    use crate::scale::ticks::Unit;
    match unit {
        Unit::Hour => t().unit_hours,
        Unit::Day => t().unit_days,
        Unit::Week => t().unit_weeks,
        Unit::Month => t().unit_months,
        Unit::Year => t().unit_years,
    }
}

/// What the corner beside the axis says of the view's left edge: "Sat 18 Jan 2025", "Jan
/// 2025"; "2025年1月18日 周六", "2025年1月".
pub fn edge_label(edge: crate::scale::ticks::EdgeDate) -> String {
    use crate::scale::ticks::EdgeDate;
    if !chinese() {
        return edge.to_string();
    }
    match edge {
        EdgeDate::Day(d) => {
            let weekday = ["一", "二", "三", "四", "五", "六", "日"]
                [d.weekday().num_days_from_monday() as usize];
            format!("{}年{}月{}日 周{weekday}", d.year(), d.month(), d.day())
        }
        EdgeDate::Month(year, month) => format!("{year}年{month}月"),
        EdgeDate::None => String::new(),
    }
}

/// The confidence label readers see.
pub fn confidence_label(c: Confidence) -> &'static str {
    match c {
        Confidence::Confirmed => t().confidence_confirmed,
        Confidence::SingleSource => t().confidence_single,
        Confidence::Disputed => t().confidence_disputed,
    }
}

/// What follows the confidence label, wherever it is shown: what the label means, then the
/// story's note on this event, if any. (A note alone reads as the label's meaning:
/// "Confirmed: The exact day is not given".)
pub fn confidence_text(e: &Event) -> String {
    let means = match e.confidence {
        Confidence::Confirmed => t().confidence_confirmed_means,
        Confidence::SingleSource => t().confidence_single_means,
        Confidence::Disputed => t().confidence_disputed_means,
    };
    match &e.confidence_note {
        Some(note) => joined(means, note),
        None => means.to_string(),
    }
}

/// Two sentences one after the other: with a space in English, without in Chinese, where a
/// full stop ends a sentence without one.
pub fn joined(first: &str, second: &str) -> String {
    if first.ends_with(['。', '！', '？', '”', '）']) {
        format!("{first}{second}")
    } else {
        format!("{first} {second}")
    }
}

/// What a position says in words, naming the end it is near: "at the end: a genuine security
/// measure", "leans to: a political, hegemonic move", "between the two ends". Markers are
/// never conveyed by position or colour alone.
pub fn position_label(p: Position, left: &str, right: &str) -> String {
    let end = |text: &str| {
        if chinese() {
            text.to_string()
        } else {
            lower_first(text)
        }
    };
    match p {
        Position::Left => fill(later().position_end, &[("end", &end(left))]),
        Position::LeansLeft => fill(later().position_leans, &[("end", &end(left))]),
        Position::Middle => later().position_middle.to_string(),
        Position::LeansRight => fill(later().position_leans, &[("end", &end(right))]),
        Position::Right => fill(later().position_end, &[("end", &end(right))]),
        Position::NotAddressed => later().position_not_addressed.to_string(),
    }
}

/// How far apart two readings are, in words, for the overview.
pub fn distance_words(a: Position, b: Position) -> &'static str {
    match crate::scale::spectrum::distance(a, b) {
        None => later().apart_unaddressed,
        Some(0) => later().apart_same,
        Some(1) => later().apart_one,
        Some(2) => later().apart_two,
        Some(3) => later().apart_three,
        Some(_) => later().apart_opposite,
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

/// A count as readers say it: "950", "700K", "3.4M", "32.5M"; in Chinese "70万", "340万".
pub fn compact(value: f64) -> String {
    if !chinese() {
        return crate::scale::value_scale::compact(value);
    }
    let v = value.abs().round() as u64;
    let sign = if value < 0.0 { "-" } else { "" };
    let (unit, suffix) = match v {
        0..=9_999 => return format!("{sign}{v}"),
        10_000..=99_999_999 => (10_000, "万"),
        _ => (100_000_000, "亿"),
    };
    let tenths = (v * 10 + unit / 2) / unit;
    if tenths >= 1000 || tenths.is_multiple_of(10) {
        format!("{sign}{}{suffix}", (tenths + 5) / 10)
    } else {
        format!("{sign}{}.{}{suffix}", tenths / 10, tenths % 10)
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;

    #[test]
    fn fill_replaces_named_values_and_keeps_unknown_ones() {
        assert_eq!(
            fill(
                "{count} events on {date}.",
                &[("count", "3"), ("date", "13 Jan")]
            ),
            "3 events on 13 Jan."
        );
        assert_eq!(fill("{x} and {y", &[("x", "a")]), "a and {y");
        assert_eq!(fill("no values", &[]), "no values");
    }

    #[test]
    fn english_dates_and_positions_read_as_before() {
        let d = Date::parse("2025-01-18").unwrap();
        assert_eq!(date_long(d), "18 Jan 2025");
        assert_eq!(month_heading(2025, 1), "January 2025");
        assert_eq!(
            position_label(Position::LeansRight, "A b", "A political move"),
            "leans to: a political move"
        );
        assert_eq!(
            position_label(Position::Left, "US security", "R"),
            "at the end: US security"
        );
        assert_eq!(compact(3_400_000.0), "3.4M");
    }

    #[test]
    fn no_string_is_empty_in_any_language() {
        for lang in Lang::ALL {
            set_strings(lang.strings());
            let mut all = lang.strings().all();
            all.extend(later().all());
            assert_eq!(later().lang, lang);
            for (name, value) in all {
                assert!(!value.is_empty(), "{lang:?}: {name} is empty");
            }
        }
    }

    #[test]
    fn every_string_has_the_same_values_to_fill_in_every_language() {
        let names = |s: &str| {
            let mut v: Vec<String> = s
                .split('{')
                .skip(1)
                .filter_map(|p| p.split_once('}').map(|(n, _)| n.to_string()))
                .collect();
            v.sort();
            v
        };
        let (mut en_all, mut zh_all) = (EN.all(), ZH_HANS.all());
        en_all.extend(EN_LATER.all());
        zh_all.extend(ZH_HANS_LATER.all());
        for ((name, en), (_, zh)) in en_all.into_iter().zip(zh_all) {
            assert_eq!(names(en), names(zh), "{name}");
        }
        assert_eq!(ZH_HANS.lang, Lang::ZhHans);
        assert_eq!(EN.other_edition, format!("{}/", Lang::ZhHans.edition()));
        assert_eq!(EN.other_lang, ZH_HANS.html_lang);
        assert_eq!(ZH_HANS.other_lang, EN.html_lang);
    }

    #[test]
    fn chinese_dates_numbers_and_positions() {
        set_strings(&ZH_HANS);
        let day = |y, m, d| {
            chrono::NaiveDate::from_ymd_opt(y, m, d)
                .unwrap()
                .and_hms_opt(0, 0, 0)
                .unwrap()
        };
        let tick = |at, unit, major| crate::scale::ticks::Tick {
            t: 0.0,
            label: String::new(),
            major,
            at,
            unit,
        };
        use crate::scale::ticks::Unit;
        assert_eq!(
            tick_label(&tick(day(2025, 1, 15), Unit::Day, false)),
            "1月15日"
        );
        assert_eq!(
            tick_label(&tick(day(2025, 2, 1), Unit::Day, true)),
            "2025年2月1日"
        );
        assert_eq!(
            tick_label(&tick(day(2025, 1, 18), Unit::Hour, true)),
            "1月18日 周六"
        );
        assert_eq!(
            tick_label(&tick(day(2025, 1, 1), Unit::Month, true)),
            "2025年1月"
        );
        assert_eq!(
            tick_label(&tick(day(2025, 3, 1), Unit::Month, false)),
            "3月"
        );
        let d = Date::parse("2025-01-19").unwrap();
        assert_eq!(date_long(d), "2025年1月19日");
        assert_eq!(month_heading(2025, 1), "2025年1月");
        assert_eq!(compact(3_400_000.0), "340万");
        assert_eq!(compact(700_000.0), "70万");
        assert_eq!(compact(290_000_000.0), "2.9亿");
        assert_eq!(
            position_label(Position::LeansRight, "甲", "政治举动"),
            fill(ZH_HANS_LATER.position_leans, &[("end", "政治举动")])
        );
        set_strings(&EN);
    }
}
