//! A small builder for data-driven DOM subtrees (event details, lists, markers, the chart).
//!
//! Why not `view!` everywhere: every distinct `view!` tree compiles to its own build, rebuild
//! and mount code, which cost 5–50 KB of wasm per component here. This builder is one
//! non-generic code path for all subtrees, so a subtree costs only its calls. Leptos still owns
//! the state, the effects and the page's skeleton; a subtree is rebuilt by an effect when the
//! signals it reads change ([`render_into`]), and events reach it by delegation from its host
//! ([`closest_data`]).
//!
//! Safety: text is only ever set as text (never HTML), and styles go through the CSSOM
//! (`style.setProperty`), so the Content Security Policy needs no `unsafe-inline`.

use leptos::html;
use leptos::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement};

const SVG_NS: &str = "http://www.w3.org/2000/svg";

/// An element being built. Methods take and return it, so a subtree reads top-down.
pub struct Node(Element);

/// A new HTML element.
pub fn el(tag: &str) -> Node {
    Node(document().create_element(tag).expect("a valid tag name"))
}

/// A new SVG element.
pub fn svg(tag: &str) -> Node {
    Node(
        document()
            .create_element_ns(Some(SVG_NS), tag)
            .expect("a valid SVG tag name"),
    )
}

/// A new HTML element with a class.
pub fn div(class: &str) -> Node {
    el("div").class(class)
}

/// A new `<span>` with a class and text.
pub fn span(class: &str, text: &str) -> Node {
    el("span").class(class).text(text)
}

impl Node {
    /// Sets the class attribute (as an attribute: SVG elements have no writable `className`).
    pub fn class(self, class: &str) -> Node {
        let _ = self.0.set_attribute("class", class);
        self
    }

    /// Sets an attribute.
    pub fn attr(self, name: &str, value: &str) -> Node {
        let _ = self.0.set_attribute(name, value);
        self
    }

    /// Sets an attribute only when `on`.
    pub fn attr_if(self, on: bool, name: &str, value: &str) -> Node {
        if on {
            self.attr(name, value)
        } else {
            self
        }
    }

    /// Sets a style property, such as a custom property (`--m`), through the CSSOM.
    pub fn css(self, property: &str, value: &str) -> Node {
        if let Some(el) = self.0.dyn_ref::<HtmlElement>() {
            let _ = el.style().set_property(property, value);
        } else if let Some(el) = self.0.dyn_ref::<web_sys::SvgElement>() {
            let _ = el.style().set_property(property, value);
        }
        self
    }

    /// Sets a style property to a whole number.
    pub fn css_int(self, property: &str, value: i64) -> Node {
        self.css(property, &value.to_string())
    }

    /// Appends text (as a text node: markup in it stays text).
    pub fn text(self, text: &str) -> Node {
        let _ = self.0.append_with_str_1(text);
        self
    }

    /// Appends a child.
    pub fn child(self, child: Node) -> Node {
        let _ = self.0.append_with_node_1(&child.0);
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
    pub fn children(self, children: Vec<Node>) -> Node {
        for child in children {
            let _ = self.0.append_with_node_1(&child.0);
        }
        self
    }

    /// The element.
    pub fn into_element(self) -> Element {
        self.0
    }
}

impl From<Element> for Node {
    fn from(element: Element) -> Node {
        Node(element)
    }
}

/// Replaces the children of `host` with `nodes`.
pub fn replace_children(host: &Element, nodes: Vec<Node>) {
    let array = js_sys::Array::new();
    for node in nodes {
        array.push(&node.0);
    }
    host.replace_children_with_node(&array);
}

/// Runs `f` now and again whenever the signals it reads change, like `Effect::new`.
///
/// Every call shares one instantiation of the effect machinery (the closure is boxed), where
/// `Effect::new` compiles it anew for each closure type: about half a kilobyte of wasm each.
pub fn effect(f: impl Fn() + 'static) {
    boxed_effect(Box::new(f));
}

// Not generic, and never inlined: a closure written inside a generic function is generic too,
// so creating the effect there would compile it once per caller after all.
#[inline(never)]
fn boxed_effect(f: Box<dyn Fn()>) {
    Effect::new(move |_| f());
}

/// Fills `host` with what `build` returns, once it is in the page and again whenever the
/// signals `build` reads change.
pub fn render_into<E>(host: NodeRef<E>, build: impl Fn() -> Vec<Node> + 'static)
where
    E: html::ElementType + 'static,
    E::Output: JsCast + Clone + 'static,
{
    let build: Box<dyn Fn() -> Vec<Node>> = Box::new(build);
    effect(move || {
        if let Some(el) = host.get() {
            replace_children(el.unchecked_ref(), build());
        }
    });
}

/// For a delegated event: the value of attribute `name` on the nearest element, from the
/// event's target up, that has it.
pub fn closest_data(ev: &web_sys::Event, name: &str) -> Option<String> {
    let target = ev.target()?.dyn_into::<Element>().ok()?;
    let found = target.closest(&format!("[{name}]")).ok()??;
    found.get_attribute(name)
}
