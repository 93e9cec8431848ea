//! Markup: the story's content as a tree of elements and text, built by leptos-free code (see
//! [`crate::content`]) and written out two ways from the same tree: as HTML text, for the page
//! that is pre-rendered at build time ([`Node::write_html`]), and as DOM elements in the browser
//! ([`Node::to_dom`], through the view type in `ui::markup_view`).
//!
//! Why a tree of our own rather than `view!` for this part: the content is bulk and unchanging
//! (event details, the list of events, markers, axis, chart, the comparison's readings), it is
//! derived from the story, and it must also be written as HTML by native code at build time.
//! Each distinct `view!` tree compiles to its own build and rebuild code in the wasm; this tree
//! is one non-generic code path whatever it holds. Controls with state are Leptos components.
//!
//! Safety: text and attribute values are always escaped (HTML) or set as text (DOM); nothing is
//! ever parsed as markup. Styles never become `style` attributes, which the Content Security
//! Policy forbids: in the DOM they go through the CSSOM, and in HTML each distinct set becomes a
//! class with a rule in a generated style sheet ([`take_style_rules`]).

use std::cell::RefCell;

/// An element being built. Methods take and return it, so that a subtree reads top-down.
#[derive(Debug, Clone, PartialEq)]
pub struct Node {
    tag: &'static str,
    svg: bool,
    attrs: Vec<(&'static str, String)>,
    styles: Vec<(&'static str, String)>,
    children: Vec<Child>,
}

/// What an element holds.
#[derive(Debug, Clone, PartialEq)]
enum Child {
    Element(Node),
    Text(String),
}

/// A new HTML element.
pub fn el(tag: &'static str) -> Node {
    Node {
        tag,
        svg: false,
        attrs: Vec::new(),
        styles: Vec::new(),
        children: Vec::new(),
    }
}

/// A new SVG element.
pub fn svg(tag: &'static str) -> Node {
    Node {
        svg: true,
        ..el(tag)
    }
}

/// A new `<div>` with a class.
pub fn div(class: &str) -> Node {
    el("div").class(class)
}

/// A new `<span>` with a class and text.
pub fn span(class: &str, text: &str) -> Node {
    let span = el("span");
    let span = if class.is_empty() {
        span
    } else {
        span.class(class)
    };
    span.text(text)
}

impl Node {
    /// Sets the class attribute.
    pub fn class(self, class: &str) -> Node {
        self.attr("class", class)
    }

    /// Sets an attribute (replacing an earlier value).
    pub fn attr(mut self, name: &'static str, value: &str) -> Node {
        match self.attrs.iter_mut().find(|(n, _)| *n == name) {
            Some(slot) => slot.1 = value.to_string(),
            None => self.attrs.push((name, value.to_string())),
        }
        self
    }

    /// Sets an attribute only when `on`.
    pub fn attr_if(self, on: bool, name: &'static str, value: &str) -> Node {
        if on {
            self.attr(name, value)
        } else {
            self
        }
    }

    /// Marks the node as written in `lang` (a BCP 47 tag), when there is one: the words a
    /// translated edition keeps in the original (see `Story::original_lang`).
    pub fn lang(self, lang: Option<&str>) -> Node {
        match lang {
            Some(lang) => self.attr("lang", lang),
            None => self,
        }
    }

    /// Appends `template` with each `{name}` replaced by its value (as `i18n::fill` does); the
    /// values whose names are in `marked` go in a `<span lang>` of their own, so that words
    /// kept in the original language inside a sentence of the page's language are marked.
    pub fn fill_marked(
        self,
        template: &str,
        values: &[(&str, &str)],
        lang: Option<&str>,
        marked: &[&str],
    ) -> Node {
        let mut pieces = Vec::new();
        crate::i18n::fill_pieces(template, values, |text, name| pieces.push((text, name)));
        pieces
            .into_iter()
            .fold(self, |node, (text, name)| match name {
                Some(name) if lang.is_some() && marked.contains(&name) => {
                    node.child(el("span").lang(lang).text(text))
                }
                _ => node.text(text),
            })
    }

    /// Sets a style property, such as a custom property (`--m`).
    pub fn css(mut self, property: &'static str, value: &str) -> Node {
        self.styles.push((property, value.to_string()));
        self
    }

    /// Sets a style property to a whole number.
    pub fn css_int(self, property: &'static str, value: i64) -> Node {
        self.css(property, &value.to_string())
    }

    /// Appends text.
    pub fn text(mut self, text: &str) -> Node {
        if !text.is_empty() {
            self.children.push(Child::Text(text.to_string()));
        }
        self
    }

    /// Appends a child.
    pub fn child(mut self, child: Node) -> Node {
        self.children.push(Child::Element(child));
        self
    }

    /// Appends a child if there is one.
    pub fn child_opt(self, child: Option<Node>) -> Node {
        match child {
            Some(child) => self.child(child),
            None => self,
        }
    }

    /// Appends children in order.
    /// The element without ids, nor the references to ids (`aria-controls`,
    /// `aria-labelledby`), in it or anywhere below it: for a second copy of some content in
    /// one page, where ids must stay unique.
    pub fn without_ids(mut self) -> Node {
        self.attrs
            .retain(|(name, _)| !matches!(*name, "id" | "aria-controls" | "aria-labelledby"));
        self.children = self
            .children
            .into_iter()
            .map(|child| match child {
                Child::Element(node) => Child::Element(node.without_ids()),
                text => text,
            })
            .collect();
        self
    }

    pub fn children(mut self, children: impl IntoIterator<Item = Node>) -> Node {
        self.children
            .extend(children.into_iter().map(Child::Element));
        self
    }

    /// The value of attribute `name`, if set.
    pub fn get_attr(&self, name: &str) -> Option<&str> {
        self.attrs
            .iter()
            .find(|(n, _)| *n == name)
            .map(|(_, v)| v.as_str())
    }

    /// The text inside, as a reader sees it (without markup), for tests and names.
    pub fn text_content(&self) -> String {
        let mut out = String::new();
        self.collect_text(&mut out);
        out
    }

    fn collect_text(&self, out: &mut String) {
        for child in &self.children {
            match child {
                Child::Text(text) => out.push_str(text),
                Child::Element(node) => node.collect_text(out),
            }
        }
    }

    /// Writes the element as HTML to `out`.
    pub fn write_html(&self, out: &mut String) {
        out.push('<');
        out.push_str(self.tag);
        let style_class = (!self.styles.is_empty()).then(|| style_class(&self.styles));
        let mut wrote_class = false;
        for (name, value) in &self.attrs {
            out.push(' ');
            out.push_str(name);
            out.push_str("=\"");
            if *name == "class" {
                wrote_class = true;
                escape(value, true, out);
                if let Some(extra) = &style_class {
                    out.push(' ');
                    out.push_str(extra);
                }
            } else {
                escape(value, true, out);
            }
            out.push('"');
        }
        if let (false, Some(extra)) = (wrote_class, &style_class) {
            out.push_str(" class=\"");
            out.push_str(extra);
            out.push('"');
        }
        out.push('>');
        if !self.svg && VOID.contains(&self.tag) {
            return;
        }
        for child in &self.children {
            match child {
                Child::Text(text) => escape(text, false, out),
                Child::Element(node) => node.write_html(out),
            }
        }
        out.push_str("</");
        out.push_str(self.tag);
        out.push('>');
    }

    /// The element as HTML text.
    pub fn to_html(&self) -> String {
        let mut out = String::new();
        self.write_html(&mut out);
        out
    }
}

/// Several elements as HTML text.
pub fn to_html(nodes: &[Node]) -> String {
    let mut out = String::new();
    for node in nodes {
        node.write_html(&mut out);
    }
    out
}

/// Elements that have no end tag.
const VOID: [&str; 6] = ["br", "hr", "img", "input", "link", "meta"];

/// Escapes `text` for HTML: in an attribute value (`attribute`) or between tags.
fn escape(text: &str, attribute: bool, out: &mut String) {
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' if attribute => out.push_str("&quot;"),
            c => out.push(c),
        }
    }
}

thread_local! {
    /// The style rules written so far, as (declarations, class), for [`take_style_rules`].
    static STYLE_RULES: RefCell<Vec<(String, String)>> = const { RefCell::new(Vec::new()) };
}

/// The class that carries a set of style declarations in written HTML: one per distinct set.
fn style_class(styles: &[(&'static str, String)]) -> String {
    let declarations: String = styles
        .iter()
        .map(|(property, value)| format!("{property}:{value};"))
        .collect();
    STYLE_RULES.with(|rules| {
        let mut rules = rules.borrow_mut();
        if let Some((_, class)) = rules.iter().find(|(d, _)| *d == declarations) {
            return class.clone();
        }
        let class = format!("s-{}", rules.len());
        rules.push((declarations, class.clone()));
        class
    })
}

/// The style sheet for the HTML written since the last call: a rule per distinct set of
/// styles, each for its class (doubled, so that it outweighs a feature's own rule for the same
/// element, as an inline style would).
pub fn take_style_rules() -> String {
    STYLE_RULES.with(|rules| {
        rules
            .borrow_mut()
            .drain(..)
            .map(|(declarations, class)| format!(".{class}.{class}{{{declarations}}}\n"))
            .collect()
    })
}

#[cfg(target_arch = "wasm32")]
mod dom {
    use super::{Child, Node};
    use wasm_bindgen::JsCast;
    use web_sys::{Document, Element};

    const SVG_NS: &str = "http://www.w3.org/2000/svg";

    fn document() -> Document {
        web_sys::window()
            .and_then(|w| w.document())
            .expect("a document")
    }

    fn style_of(el: &Element) -> Option<web_sys::CssStyleDeclaration> {
        if let Some(html) = el.dyn_ref::<web_sys::HtmlElement>() {
            Some(html.style())
        } else {
            el.dyn_ref::<web_sys::SvgElement>().map(|s| s.style())
        }
    }

    impl Node {
        /// The element in the browser's DOM. Text is set as text; styles through the CSSOM.
        pub fn to_dom(&self) -> Element {
            self.build(&document())
        }

        /// Brings `el`, built from `old`, to what this tree says, changing only what differs:
        /// attributes, styles and text in place, elements added or removed at the end of a
        /// list of children, an element of another tag replaced. So an element that stays
        /// keeps its focus, its scroll position and any selection in it. Returns the element
        /// that now stands for this tree.
        pub fn patch(&self, old: &Node, el: Element) -> Element {
            if self.tag != old.tag || self.svg != old.svg {
                let fresh = self.to_dom();
                let _ = el.replace_with_with_node_1(&fresh);
                return fresh;
            }
            for (name, value) in &self.attrs {
                if old.get_attr(name) != Some(value.as_str()) {
                    let _ = el.set_attribute(name, value);
                }
            }
            for (name, _) in &old.attrs {
                if self.get_attr(name).is_none() {
                    let _ = el.remove_attribute(name);
                }
            }
            if self.styles != old.styles {
                if let Some(style) = style_of(&el) {
                    for (property, _) in &old.styles {
                        let _ = style.remove_property(property);
                    }
                    for (property, value) in &self.styles {
                        let _ = style.set_property(property, value);
                    }
                }
            }
            let nodes = el.child_nodes();
            let existing: Vec<web_sys::Node> =
                (0..nodes.length()).filter_map(|i| nodes.item(i)).collect();
            let document = document();
            for (i, child) in self.children.iter().enumerate() {
                match (child, old.children.get(i), existing.get(i)) {
                    (Child::Text(new), Some(Child::Text(was)), Some(node)) => {
                        if new != was {
                            node.set_node_value(Some(new));
                        }
                    }
                    (Child::Element(new), Some(Child::Element(was)), Some(node)) => {
                        if new != was {
                            if let Some(child_el) = node.dyn_ref::<Element>() {
                                new.patch(was, child_el.clone());
                            }
                        }
                    }
                    (_, _, Some(node)) => {
                        let fresh = child.build_node(&document);
                        let _ = el.replace_child(&fresh, node);
                    }
                    (_, _, None) => {
                        let _ = el.append_with_node_1(&child.build_node(&document));
                    }
                }
            }
            for node in existing.iter().skip(self.children.len()) {
                let _ = el.remove_child(node);
            }
            el
        }

        fn build(&self, document: &Document) -> Element {
            let el = if self.svg {
                document.create_element_ns(Some(SVG_NS), self.tag)
            } else {
                document.create_element(self.tag)
            }
            .expect("a valid tag name");
            for (name, value) in &self.attrs {
                let _ = el.set_attribute(name, value);
            }
            if !self.styles.is_empty() {
                if let Some(style) = style_of(&el) {
                    for (property, value) in &self.styles {
                        let _ = style.set_property(property, value);
                    }
                }
            }
            for child in &self.children {
                let _ = match child {
                    Child::Text(text) => el.append_with_str_1(text),
                    Child::Element(node) => el.append_with_node_1(&node.build(document)),
                };
            }
            el
        }
    }

    impl Child {
        fn build_node(&self, document: &Document) -> web_sys::Node {
            match self {
                Child::Text(text) => document.create_text_node(text).into(),
                Child::Element(node) => node.build(document).into(),
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn filled_values_kept_in_the_original_are_marked_and_the_rest_reads_as_fill() {
        let template = "{label}：“{title}”，{by}，{nothing}{";
        let values = [("label", "文本A"), ("title", "A title"), ("by", "Xing")];
        let marked = el("p").fill_marked(template, &values, Some("en"), &["title"]);
        assert_eq!(
            marked.to_html(),
            "<p>文本A：“<span lang=\"en\">A title</span>”，Xing，{nothing}{</p>"
        );
        // Without a language to mark, it is `fill`'s text.
        let plain = el("p").fill_marked(template, &values, None, &["title"]);
        assert_eq!(plain.text_content(), crate::i18n::fill(template, &values));
    }

    #[test]
    fn text_and_attributes_are_escaped() {
        let html = el("p")
            .attr("title", "a \"quote\" & <tag>")
            .text("<script>alert(1)</script> & more")
            .to_html();
        assert_eq!(
            html,
            "<p title=\"a &quot;quote&quot; &amp; &lt;tag&gt;\">&lt;script&gt;alert(1)&lt;/script&gt; &amp; more</p>"
        );
    }

    #[test]
    fn void_elements_have_no_end_tag() {
        let html = el("label")
            .child(el("input").attr("type", "checkbox"))
            .text("x")
            .to_html();
        assert_eq!(html, "<label><input type=\"checkbox\">x</label>");
    }

    #[test]
    fn styles_become_classes_with_generated_rules() {
        let _ = take_style_rules();
        let a = div("tl-mark").css_int("--m", 120).to_html();
        let b = el("span").css_int("--m", 120).to_html();
        let c = el("span").css_int("--m", 7).to_html();
        assert_eq!(a, "<div class=\"tl-mark s-0\"></div>");
        assert_eq!(b, "<span class=\"s-0\"></span>");
        assert_eq!(c, "<span class=\"s-1\"></span>");
        assert_eq!(take_style_rules(), ".s-0.s-0{--m:120;}\n.s-1.s-1{--m:7;}\n");
        assert_eq!(take_style_rules(), "");
    }

    #[test]
    fn text_content_reads_through_the_tree() {
        let node = el("p").text("a ").child(span("x", "b")).text(" c");
        assert_eq!(node.text_content(), "a b c");
    }
}
