//! The page written at build time (native code, `src/bin/prerender.rs`): the app's own
//! components rendered to HTML with Leptos's server renderer, for the story compiled into the
//! app, so that the story is on the page before any script runs, and reads whole without any.
//!
//! What the page holds: the header and the embed's bar, every view (the timeline as it opens;
//! every event's details as a document; the comparison with every topic; the presentation)
//! and the footer, inside `<div id="prerendered">`. One small script ([`head_script`]),
//! allowed by its hash in the Content Security Policy (no `'unsafe-inline'`), and the page's
//! own style rules ([`STATIC_STYLE`]) choose what shows before the first paint: the script
//! reads the address and sets attributes on `<html>` that the rules read (which view, the
//! theme, embedded or not, the list), writes the link to the comparison's and presentation's
//! style sheet for those views, and once the body is read puts the page in the state the app
//! opens in for the address (the linked event's details, the linked topic, the navigation).
//!
//! Without scripts, nothing runs: every event's details, every topic and the method show, one
//! after the other. When the app is ready (`data-ready`), the script swaps it in for this page,
//! keeping the reader's place, focus and selection.

use crate::context::AppContext;
use crate::i18n::{set_strings, t, Lang};
use crate::markup::take_style_rules;
use crate::model::{self, Story};
use crate::shell::page::page;
use crate::url_state::UrlState;
use base64::Engine;
use leptos::prelude::*;
use sha2::{Digest, Sha256};

/// The HTML of the page's body for `story` at the view state `url`.
pub fn body_html(story: &'static Story, url: UrlState) -> String {
    let owner = Owner::new();
    owner.with(|| {
        let app = AppContext::new(story, RwSignal::new(url), true);
        provide_context(app);
        page(app, Vec::new()).to_html()
    })
}

/// [`body_html`] for the built-in story.
pub fn default_body_html(url: UrlState) -> String {
    body_html(default_story(), url)
}

/// The built-in story, whole.
fn default_story() -> &'static Story {
    let story = model::decode_default().expect("the built-in story decodes");
    Box::leak(Box::new(story))
}

/// An edition's built-in story, whole.
pub fn edition_story(lang: Lang) -> &'static Story {
    let story = model::edition_story(lang.edition()).expect("the built-in story decodes");
    Box::leak(Box::new(story))
}

/// [`body_html`] for an edition: its story, in its language.
pub fn edition_body_html(lang: Lang, url: UrlState) -> String {
    in_language(lang, || body_html(edition_story(lang), url))
}

/// Runs `f` with the interface in `lang`, then goes back to the language before.
fn in_language<T>(lang: Lang, f: impl FnOnce() -> T) -> T {
    let before = t();
    set_strings(lang.strings());
    let out = f();
    set_strings(before);
    out
}

/// The title and description of an edition's page, when they are not the template's
/// (English) ones.
fn page_head(lang: Lang) -> Option<(String, String)> {
    #[derive(serde::Deserialize)]
    struct Head {
        title: String,
        description: String,
    }
    let json = match lang {
        Lang::En => return None,
        Lang::ZhHans => include_str!("prerender/head.zh-hans.json"),
    };
    let head: Head = serde_json::from_str(json).expect("the head of the page is valid JSON");
    Some((head.title, head.description))
}

/// The page that Trunk built for an edition (`dist/index.html`, `dist/zh-hans/index.html`),
/// written by [`write_page`] with the edition's story and strings; its `<html lang>`, title
/// and description in its language; and links to both editions (`rel="alternate"` with
/// `hreflang`), which search engines and reading tools follow.
pub fn write_edition_page(template: &str, lang: Lang) -> Result<String, PrerenderError> {
    let strings = lang.strings();
    let mut page = in_language(lang, || write_page(template, edition_story(lang)))?;
    let html = format!("<html lang=\"{}\">", strings.html_lang);
    replace_between(
        &mut page,
        ("<html", "<html> element"),
        (">", "<html> element"),
        &html,
    )?;
    if let Some((title, description)) = page_head(lang) {
        let title = format!("<title>{}</title>", escape_text(&title));
        replace_between(
            &mut page,
            ("<title>", "<title>"),
            ("</title>", "</title>"),
            &title,
        )?;
        let meta = page
            .find("name=description")
            .or_else(|| page.find("name=\"description\""))
            .ok_or(PrerenderError::Missing("description"))?;
        let tag_start = page[..meta].rfind('<').unwrap_or(meta);
        let tag_end = meta
            + page[meta..]
                .find('>')
                .ok_or(PrerenderError::Missing("description"))?;
        page.replace_range(
            tag_start..=tag_end,
            &format!(
                "<meta name=\"description\" content=\"{}\">",
                escape_text(&description).replace('"', "&quot;")
            ),
        );
    }
    // Each edition names both: itself ("./") and the other (relative to this page).
    let alternates = format!(
        "<link rel=\"alternate\" hreflang=\"{}\" href=\"./\"><link rel=\"alternate\" hreflang=\"{}\" href=\"{}\">",
        strings.html_lang, strings.other_lang, strings.other_edition
    );
    let head_end = page
        .find("</head>")
        .ok_or(PrerenderError::Missing("</head>"))?;
    page.insert_str(head_end, &alternates);
    Ok(page)
}

/// Replaces the first stretch of `page` from `open` to the next `close` (both included) with
/// `with`. Each is a text to find with the part of the page it names, for the error.
fn replace_between(
    page: &mut String,
    (open, open_name): (&str, &'static str),
    (close, close_name): (&str, &'static str),
    with: &str,
) -> Result<(), PrerenderError> {
    let start = page.find(open).ok_or(PrerenderError::Missing(open_name))?;
    let end = start
        + page[start..]
            .find(close)
            .ok_or(PrerenderError::Missing(close_name))?
        + close.len();
    page.replace_range(start..end, with);
    Ok(())
}

/// `text` with `&`, `<` and `>` escaped, for an element's text.
fn escape_text(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

/// Why the page could not be written.
#[derive(Debug, thiserror::Error, PartialEq)]
pub enum PrerenderError {
    /// The page that Trunk built lacks a part that the pre-renderer fills in (or a directive
    /// of its Content Security Policy).
    #[error("the built page has no {0}")]
    Missing(&'static str),
    /// The page's style sheet could not be written into it.
    #[error("the style sheet {0}")]
    StyleSheet(String),
}

/// The page's one script (`src/prerender/head.js`), in `<head>`, as written into the page. It
/// reads the address and sets on `<html>` what the style sheet reads (`data-js`, `data-view`,
/// `data-theme`, `data-embed`, `data-present`, `data-list`, or `data-static="off"` for another
/// story; `data-hold` for a link whose view the page must be changed for once it is read, which
/// hides the page until then, or, for a link to the comparison, once the header is read, only
/// the view: `data-hold="view"`). Once the body is read, it puts the page in the state the app
/// opens in for the address (with the views' style sheet for those views: see
/// [`inline_style_sheets`]), and hands it over to the app when the app is ready.
pub fn head_script() -> String {
    compact(include_str!("prerender/head.js"))
}

/// A script without its comment lines and indentation: what the page carries of it. (Its
/// hash, in the Content Security Policy, is of exactly these characters.)
fn compact(script: &str) -> String {
    script
        .lines()
        .map(str::trim)
        .filter(|line| !line.is_empty() && !line.starts_with("//"))
        .collect::<Vec<_>>()
        .join("\n")
}

/// The written page's own style rules: which view shows, and how the page reads without
/// scripts. They apply inside `#prerendered` only, which the app replaces. (With scripts, the
/// comparison's method, long and below the first screen, is laid out only when it is scrolled
/// near: a link to a topic paints sooner on a slow phone.)
pub const STATIC_STYLE: &str = "\
#app:empty{display:none}\
html[data-pending] #app{position:absolute;top:0;left:0;right:0;visibility:hidden}\
.fatal-note{margin:1rem;padding:1rem;border:2px solid}\
html[data-static=off] #prerendered{display:none}\
html[data-hold=\"\"] #prerendered,\
html[data-hold=view] #prerendered :is(#main,#main~*){display:none}\
html[data-js] #prerendered #story-events,\
html[data-js] #prerendered [data-static-topic]:not([data-chosen]),\
#prerendered #view-present,\
html[data-js]:not([data-view=compare]) #prerendered #view-compare,\
html[data-view=compare] #prerendered #view-timeline,\
html[data-view=present] #prerendered #view-timeline,\
html[data-view=present] #prerendered #view-compare,\
html:not([data-embed]) #prerendered .embed-bar,\
html[data-embed] #prerendered .site-header,\
html[data-embed] #prerendered .page-tools{display:none}\
html[data-view=present] #prerendered #view-present{display:block}\
html[data-list] #prerendered .tl-list-wrap[hidden]{display:block!important}\
html[data-list] #prerendered .tl-layout{display:none}\
html[data-list] #prerendered :is(.tl-toolbar__zoom,.tl-toolbar__eras,.chart-key){display:none}\
#prerendered .chart-key.chart-key--list{display:none}\
html:is([data-list],:not([data-js])) #prerendered .chart-key.chart-key--list{display:block}\
@media (max-width:599.98px){html[data-js]:not([data-settled]) #prerendered .tl-legend-box>:not(summary){display:none}html[data-js]:not([data-settled]) #prerendered .tl-legend-box>summary::before{content:\"▸\"/\"\"}#prerendered .tl-list-wrap[hidden]{display:block!important}#prerendered :is(.tl-layout,.tl-toolbar__group,.chart-key){display:none}#prerendered .chart-key.chart-key--list{display:block}}\
html[data-js] #prerendered .cmp-method{content-visibility:auto;contain-intrinsic-size:auto 1100px}\
html:not([data-js]) #prerendered :is(.page-tools,.tl-toolbar,.tl-legend-box,.tl-list-wrap,.tl-layout,.chart-key:not(.chart-key--list),.cmp-controls,.cmp-topic__nav,.present__bar){display:none!important}\
";

/// `html` with every `style` attribute (which the Content Security Policy forbids) replaced by
/// a class, and the style rules for those classes: one class per distinct set of declarations,
/// doubled in its rule to outweigh a feature's own rule, as an inline style would. The
/// components' markup does this itself (`markup::take_style_rules`); this catches the `style:`
/// attributes of `view!`, which the server renderer writes as attributes.
fn styles_to_classes(html: &str) -> (String, String) {
    let mut out = String::with_capacity(html.len());
    let mut sets: Vec<String> = Vec::new();
    let mut rest = html;
    while let Some(open) = rest.find('<') {
        out.push_str(&rest[..open]);
        rest = &rest[open..];
        // The tag's end: the first `>` outside a quoted value.
        let mut quoted = false;
        let end = rest
            .char_indices()
            .find(|&(_, c)| {
                if c == '"' {
                    quoted = !quoted;
                }
                c == '>' && !quoted
            })
            .map_or(rest.len(), |(i, _)| i + 1);
        let tag = &rest[..end];
        rest = &rest[end..];
        let Some(at) = tag.find(" style=\"") else {
            out.push_str(tag);
            continue;
        };
        let value = at + " style=\"".len();
        let len = tag[value..].find('"').unwrap_or(0);
        let declarations = tag[value..value + len].to_string();
        let n = sets
            .iter()
            .position(|d| *d == declarations)
            .unwrap_or_else(|| {
                sets.push(declarations);
                sets.len() - 1
            });
        let class = format!("w-{n}");
        let without = format!("{}{}", &tag[..at], &tag[value + len + 1..]);
        match without.find(" class=\"") {
            Some(c) => {
                let at = c + " class=\"".len();
                out.push_str(&format!("{}{class} {}", &without[..at], &without[at..]));
            }
            None => {
                let close = if without.ends_with("/>") { 2 } else { 1 };
                let at = without.len() - close;
                out.push_str(&format!(
                    "{} class=\"{class}\"{}",
                    &without[..at],
                    &without[at..]
                ));
            }
        }
    }
    out.push_str(rest);
    let rules = sets
        .iter()
        .enumerate()
        .map(|(n, d)| format!(".w-{n}.w-{n}{{{d}}}\n"))
        .collect();
    (out, rules)
}

/// Adds the hash of `inline` to the Content Security Policy's directive that starts with
/// `directive` in `page`.
fn allow(page: &mut String, directive: &'static str, inline: &str) -> Result<(), PrerenderError> {
    let at = page
        .find(directive)
        .ok_or(PrerenderError::Missing(directive))?
        + directive.len();
    page.insert_str(at, &format!(" {}", csp_hash(inline)));
    Ok(())
}

/// The `'sha256-…'` source of `text` for a Content Security Policy.
fn csp_hash(text: &str) -> String {
    let digest = Sha256::digest(text.as_bytes());
    format!(
        "'sha256-{}'",
        base64::engine::general_purpose::STANDARD.encode(digest)
    )
}

/// The value of attribute `name` in the first tag of `html` that matches `tag_start` (which
/// ends inside the tag), if any.
fn attribute_in<'a>(html: &'a str, tag_start: &str, name: &str) -> Option<&'a str> {
    let start = html.find(tag_start)?;
    let end = start + html[start..].find('>')? + 1;
    tag_attribute(&html[start..end], name)
}

/// The element after the written page: its script knows that the page has been read when this
/// arrives.
const END_MARK: &str = "<div id=\"prerendered-end\" hidden></div>";

/// The page that Trunk built (`template`, the release build's `index.html`) with the story
/// written into it: the body in place of its `<noscript>` note, the two scripts and the style
/// sheet of the written page, and their hashes in the Content Security Policy.
pub fn write_page(template: &str, story: &'static Story) -> Result<String, PrerenderError> {
    let (body, attribute_rules) = styles_to_classes(&body_html(story, UrlState::default()));
    let style = format!("{STATIC_STYLE}{}{attribute_rules}", take_style_rules());

    // The comparison's and the presentation's style sheet, named by the build.
    let views_link = match (
        attribute_in(template, "<meta name=\"views-css\"", "content"),
        attribute_in(template, "<meta name=\"views-css\"", "data-integrity"),
    ) {
        (Some(href), Some(integrity)) => format!(
            "<link rel=\"stylesheet\" href=\"{href}\" integrity=\"{integrity}\" data-views-css>"
        ),
        (Some(href), None) => format!("<link rel=\"stylesheet\" href=\"{href}\" data-views-css>"),
        _ => String::new(),
    };
    let head_script = head_script();

    let mut page = template.to_string();
    // The Content Security Policy allows the script and the style sheet by their hashes.
    allow(&mut page, "script-src 'self'", &head_script)?;
    allow(&mut page, "style-src 'self'", &style)?;

    // The script goes right after the policy, before the style sheets: a script after a
    // style sheet waits for it to load, and would hold up the reading of the page.
    let policy = page
        .find("http-equiv=Content-Security-Policy>")
        .map(|at| at + "http-equiv=Content-Security-Policy>".len())
        .or_else(|| {
            let at = page.find("http-equiv=\"Content-Security-Policy\"")?;
            Some(at + page[at..].find('>')? + 1)
        })
        .ok_or(PrerenderError::Missing("Content Security Policy"))?;
    page.insert_str(
        policy,
        &format!(
            "<script>{head_script}</script><style>{style}</style>{}",
            if views_link.is_empty() {
                String::new()
            } else {
                format!("<noscript>{views_link}</noscript>")
            }
        ),
    );

    replace_between(
        &mut page,
        ("<noscript><main", "<noscript> note in its body"),
        ("</noscript>", "end of its <noscript> note"),
        &format!("<div id=\"prerendered\" class=\"prerendered\">{body}</div>{END_MARK}"),
    )?;
    Ok(page)
}

/// The address of the page's main style sheet, and where its link is: the first
/// `<link rel="stylesheet">` in `page` (Trunk writes attributes with or without quotes) that is
/// not the comparison's and presentation's (`data-views-css`, written by [`write_page`]).
pub fn style_sheet_href(page: &str) -> Option<(&str, std::ops::Range<usize>)> {
    let mut from = 0;
    while let Some(at) = page[from..].find("<link").map(|at| from + at) {
        let end = at + page[at..].find('>')? + 1;
        let tag = &page[at..end];
        if tag_attribute(tag, "rel") == Some("stylesheet") && !tag.contains("data-views-css") {
            return Some((tag_attribute(tag, "href")?, at..end));
        }
        from = end;
    }
    None
}

/// The value of attribute `name` in `tag` (the text of a start tag), quoted or not.
fn tag_attribute<'a>(tag: &'a str, name: &str) -> Option<&'a str> {
    let mut rest = tag;
    loop {
        let at = rest.find(name)?;
        let before = rest[..at].chars().next_back();
        let after = &rest[at + name.len()..];
        rest = after;
        if !before.is_some_and(char::is_whitespace) {
            continue;
        }
        let Some(value) = after.strip_prefix('=') else {
            continue;
        };
        return Some(match value.chars().next() {
            Some(quote @ ('"' | '\'')) => {
                let value = &value[1..];
                &value[..value.find(quote)?]
            }
            _ => {
                &value[..value
                    .find(|c: char| c.is_whitespace() || c == '>')
                    .unwrap_or(value.len())]
            }
        });
    }
}

/// `page` with its style sheets written into it, each allowed by its hash in the Content
/// Security Policy like the page's own rules (`read` gives a sheet's text from its address):
///
/// - the main one ([`style_sheet_href`]) in place of its link. The first paint then waits for
///   no second request: on a phone's slow connection that request costs a round trip, and its
///   bytes share the line with the page's own (issue 15: the default view painted about 200 ms
///   later with the link);
/// - the comparison's and presentation's (`<meta name="views-css">`) in a
///   `<template id="views-style">` just before the comparison (else before the document of
///   every event, else at the end): inert there, and after everything the default view paints,
///   so that it costs that view nothing but its bytes, and read before a link to a topic shows
///   it (`head.js` shows that view once its topic is read). The page's script puts it in the
///   page at a link to those views, before their first paint, and the app when it first shows
///   one (`platform::lazy`): neither waits for a request.
///
/// A page without such a sheet is returned as it is, for that sheet.
pub fn inline_style_sheets(
    page: &str,
    read: impl Fn(&str) -> Result<String, String>,
) -> Result<String, PrerenderError> {
    let read = |href: &str| {
        let css = read(href).map_err(|e| PrerenderError::StyleSheet(format!("{href}: {e}")))?;
        if css.to_ascii_lowercase().contains("</style") {
            return Err(PrerenderError::StyleSheet(format!(
                "{href} has a </style> in it"
            )));
        }
        Ok(css)
    };
    let mut page = page.to_string();
    if let Some((href, link)) = style_sheet_href(&page) {
        let css = read(href)?;
        page.replace_range(link, &format!("<style>{css}</style>"));
        allow(&mut page, "style-src 'self'", &css)?;
    }
    if let Some(href) = attribute_in(&page, "<meta name=\"views-css\"", "content") {
        let css = read(href)?;
        // Before the comparison, after the timeline (src/shell/page.rs).
        let before = |id: &str| page.find(id).and_then(|at| page[..at].rfind('<'));
        let at = before("id=\"view-compare\"")
            .or_else(|| before("id=\"story-events\""))
            .or_else(|| page.find(END_MARK))
            .ok_or(PrerenderError::Missing("end of the written page"))?;
        page.insert_str(
            at,
            &format!("<template id=\"views-style\"><style data-views-css>{css}</style></template>"),
        );
        allow(&mut page, "style-src 'self'", &css)?;
    }
    Ok(page)
}

/// [`write_page`] for the built-in story.
pub fn write_default_page(template: &str) -> Result<String, PrerenderError> {
    write_page(template, default_story())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_chinese_page_is_written_in_chinese_and_names_both_editions() {
        let template = r#"<!doctype html><html lang=en><head><meta content="default-src 'self'; script-src 'self'; style-src 'self'" http-equiv=Content-Security-Policy><title>English title</title><meta content="English description" name=description></head><body><div id="app"></div><noscript><main>note</main></noscript></body></html>"#;
        let page = write_edition_page(template, Lang::ZhHans).expect("the page is written");
        assert!(page.contains(r#"<html lang="zh-Hans">"#));
        assert!(!page.contains("English title") && !page.contains("English description"));
        assert!(page.contains("<title>TikTok禁令期限"));
        assert!(page.contains(r#"<link rel="alternate" hreflang="en" href="../">"#));
        assert!(page.contains(r#"<link rel="alternate" hreflang="zh-Hans" href="./">"#));
        let zh = edition_story(Lang::ZhHans);
        assert!(page.contains(&zh.events[0].headline));
        // Quotes in English, marked; the switch to English.
        assert!(page.contains(r#"<blockquote class="quote__text" lang="en">"#));
        assert!(page.contains(r#"hreflang="en" lang="en""#));
        // The interface goes back to the language it was in.
        assert_eq!(t().lang, Lang::En);
        let en = write_edition_page(template, Lang::En).expect("the page is written");
        assert!(en.contains(r#"<html lang="en">"#) && en.contains("English title"));
        assert!(en.contains(r#"<link rel="alternate" hreflang="zh-Hans" href="zh-hans/">"#));
        assert!(
            !en.contains("quote__translation"),
            "the English quotes are the originals"
        );
    }

    #[test]
    fn style_attributes_become_classes() {
        let (html, rules) = styles_to_classes(
            r#"<p>a > b</p><div class="x" style="width:5px;" data-a="q>r"><span style="width:5px;"></span><i data-b="1" style="--m:2;"/></div>"#,
        );
        assert_eq!(
            html,
            r#"<p>a > b</p><div class="w-0 x" data-a="q>r"><span class="w-0"></span><i data-b="1" class="w-1"/></div>"#
        );
        assert_eq!(rules, ".w-0.w-0{width:5px;}\n.w-1.w-1{--m:2;}\n");
    }

    #[test]
    fn the_written_page_has_no_style_attribute_and_allows_its_scripts_by_hash() {
        let template = r#"<html><head><meta content="default-src 'self'; script-src 'self'; style-src 'self'" http-equiv=Content-Security-Policy><meta name="views-css" content="/views.css" data-integrity="sha384-x"></head><body><div id="app"></div><noscript><main>note</main></noscript></body></html>"#;
        let page = write_default_page(template).expect("the page is written");
        assert!(!page.contains(" style=\""), "a style attribute is left");
        assert!(!page.contains("<noscript><main"), "the note is left");
        assert!(page.contains(&csp_hash(&head_script())));
        assert_eq!(
            page.matches("'sha256-").count(),
            2,
            "one script and one style sheet"
        );
        assert_eq!(page.matches("<script>").count(), 1, "one inline script");
        let style = &page[page.find("<style>").unwrap() + 7..page.find("</style>").unwrap()];
        assert!(page.contains(&csp_hash(style)));
        assert!(page.contains("<noscript><link rel=\"stylesheet\" href=\"/views.css\""));
    }

    #[test]
    fn the_style_sheets_are_written_into_the_page_and_allowed_by_their_hashes() {
        let template = format!(
            r#"<html><head><meta content="default-src 'self'; style-src 'self'" http-equiv=Content-Security-Policy><link href=/favicon.svg rel=icon><link href="/zh-hans/style-1.css" integrity="sha384-x" rel="stylesheet"><meta name="views-css" content="/zh-hans/views-2.css"></head><body><div id="prerendered"></div>{END_MARK}</body></html>"#
        );
        let template = template.as_str();
        assert_eq!(
            style_sheet_href(template).map(|(href, _)| href),
            Some("/zh-hans/style-1.css")
        );
        let views = r#"<noscript><link rel="stylesheet" href="/views.css" data-views-css></noscript><link rel=stylesheet href=/a.css>"#;
        assert_eq!(style_sheet_href(views), Some(("/a.css", 77..110)));
        let css = ".a{color:red}\n@media print{.b{display:none}}";
        let views_css = ".c{color:blue}";
        let read = |href: &str| match href {
            "/zh-hans/style-1.css" => Ok(css.to_string()),
            "/zh-hans/views-2.css" => Ok(views_css.to_string()),
            _ => Err(format!("no {href}")),
        };
        let page = inline_style_sheets(template, read).expect("the sheet is written in");
        assert!(page.contains(&format!("<style>{css}</style>")));
        assert!(!page.contains("style-1.css"), "the link is gone: {page}");
        assert!(page.contains("<link href=/favicon.svg rel=icon>"));
        assert!(page.contains(&csp_hash(css)));
        // The views' sheet, inert in a template, before the comparison, else before the
        // document of every event, else at the end of the written page.
        let sheet = format!(
            "<template id=\"views-style\"><style data-views-css>{views_css}</style></template>"
        );
        assert!(page.contains(&format!("{sheet}{END_MARK}")));
        // The page written with `main` as the written page's `<main>`, and the views' sheet as
        // it is written in.
        let with_main = |main: &str| {
            let page = template.replace(
                "<div id=\"prerendered\"></div>",
                &format!("<div id=\"prerendered\"><main>{main}</main></div>"),
            );
            inline_style_sheets(&page, read).expect("the sheet is written in")
        };
        let page = with_main("<section id=\"story-events\"></section>");
        assert!(page.contains(&format!("<main>{sheet}<section id=\"story-events\">")));
        // With a comparison: before it, where a link to a topic reads it before it shows.
        let page = with_main(
            "<section id=\"view-timeline\"></section><section id=\"view-compare\"></section><section id=\"story-events\"></section>",
        );
        assert!(page.contains(&format!(
            "<section id=\"view-timeline\"></section>{sheet}<section id=\"view-compare\">"
        )));
        assert!(page.contains(&csp_hash(views_css)));
        // A sheet that cannot be read, or that would end the element, is an error.
        assert!(matches!(
            inline_style_sheets(template, |_| Err("no such file".into())),
            Err(PrerenderError::StyleSheet(e)) if e.contains("no such file")
        ));
        assert!(inline_style_sheets(template, |_| Ok("a{}</style>".into())).is_err());
        // No sheet, nothing to do.
        let plain = "<html><head></head></html>";
        assert_eq!(
            inline_style_sheets(plain, |_| unreachable!()),
            Ok(plain.into())
        );
    }

    #[test]
    fn the_default_view_renders_with_its_events() {
        let html = default_body_html(UrlState::default());
        assert!(html.contains("site-header"), "{html}");
        assert!(html.contains("tl-mark"), "no markers in {html}");
    }
}
