//! [`Markup`]: content built as [`crate::markup`] used as a child in `view!`, like text.
//!
//! In the browser it becomes DOM elements, and a reactive closure returning it (`{move ||
//! markup(…)}`) updates them when the signals it reads change, in place and only where the
//! content differs: an element that stays keeps its focus and any selection in it. At build time,
//! rendered to HTML by the pre-renderer, it writes the same tree as HTML text. So a component
//! that shows story content is one piece of code for both.
//!
//! A comment node follows the elements, so that content that was empty can be put back in its
//! place; the HTML has the same comment.

use crate::markup::Node;
use leptos::tachys::html::attribute::any_attribute::AnyAttribute;
use leptos::tachys::html::attribute::Attribute;
use leptos::tachys::hydration::Cursor;
use leptos::tachys::view::add_attr::AddAnyAttr;
use leptos::tachys::view::{Mountable, Position, PositionState, Render, RenderHtml};

/// Story content as a view.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Markup(pub Vec<Node>);

/// Story content as a view.
pub fn markup(nodes: impl IntoIterator<Item = Node>) -> Markup {
    Markup(nodes.into_iter().collect())
}

impl From<Node> for Markup {
    fn from(node: Node) -> Markup {
        Markup(vec![node])
    }
}

impl From<Option<Node>> for Markup {
    fn from(node: Option<Node>) -> Markup {
        Markup(node.into_iter().collect())
    }
}

/// What a [`Markup`] left in the page.
pub struct MarkupState {
    // Read only in the browser, where markup is built as DOM.
    #[cfg_attr(not(target_arch = "wasm32"), allow(dead_code))]
    tree: Vec<Node>,
    elements: Vec<web_sys::Element>,
    end: web_sys::Node,
}

#[cfg(target_arch = "wasm32")]
fn end_marker() -> web_sys::Node {
    leptos::prelude::document().create_comment("").into()
}

impl Render for Markup {
    type State = MarkupState;

    fn build(self) -> MarkupState {
        #[cfg(target_arch = "wasm32")]
        {
            let elements = self.0.iter().map(Node::to_dom).collect();
            MarkupState {
                tree: self.0,
                elements,
                end: end_marker(),
            }
        }
        #[cfg(not(target_arch = "wasm32"))]
        unreachable!("markup is built as DOM only in the browser; at build time it is HTML")
    }

    fn rebuild(self, state: &mut MarkupState) {
        #[cfg(target_arch = "wasm32")]
        if self.0 != state.tree {
            // Element by element, in place (see `markup::Node::patch`): what stays keeps its
            // focus. Elements beyond the old ones go before the end marker.
            let parent = state.end.parent_node();
            let mut elements = Vec::with_capacity(self.0.len());
            let mut old = std::mem::take(&mut state.elements).into_iter();
            for (i, node) in self.0.iter().enumerate() {
                match (state.tree.get(i), old.next()) {
                    (Some(was), Some(el)) => elements.push(node.patch(was, el)),
                    _ => {
                        let el = node.to_dom();
                        if let Some(parent) = &parent {
                            let _ = parent.insert_before(&el, Some(&state.end));
                        }
                        elements.push(el);
                    }
                }
            }
            for el in old {
                el.remove();
            }
            state.elements = elements;
            state.tree = self.0;
        }
        #[cfg(not(target_arch = "wasm32"))]
        let _ = (self, state);
    }
}

impl Mountable for MarkupState {
    fn unmount(&mut self) {
        for el in &self.elements {
            el.remove();
        }
        if let Some(parent) = self.end.parent_node() {
            let _ = parent.remove_child(&self.end);
        }
    }

    fn mount(&mut self, parent: &web_sys::Element, marker: Option<&web_sys::Node>) {
        for el in &self.elements {
            let _ = parent.insert_before(el, marker);
        }
        let _ = parent.insert_before(&self.end, marker);
    }

    fn insert_before_this(&self, child: &mut dyn Mountable) -> bool {
        let first: &web_sys::Node = self.elements.first().map_or(&self.end, |el| el.as_ref());
        match first.parent_node() {
            Some(parent) => {
                let parent: web_sys::Element = wasm_bindgen::JsCast::unchecked_into(parent);
                child.mount(&parent, Some(first));
                true
            }
            None => false,
        }
    }

    fn elements(&self) -> Vec<web_sys::Element> {
        self.elements.clone()
    }
}

impl AddAnyAttr for Markup {
    type Output<SomeNewAttr: Attribute> = Markup;

    fn add_any_attr<NewAttr: Attribute>(self, _attr: NewAttr) -> Markup {
        self
    }
}

impl RenderHtml for Markup {
    type AsyncOutput = Markup;
    type Owned = Markup;

    const MIN_LENGTH: usize = 0;

    fn dry_resolve(&mut self) {}

    async fn resolve(self) -> Markup {
        self
    }

    fn to_html_with_buf(
        self,
        buf: &mut String,
        position: &mut Position,
        _escape: bool,
        _mark_branches: bool,
        _extra_attrs: Vec<AnyAttribute>,
    ) {
        for node in &self.0 {
            node.write_html(buf);
        }
        buf.push_str("<!---->");
        *position = Position::NextChild;
    }

    fn hydrate<const FROM_SERVER: bool>(
        self,
        _cursor: &Cursor,
        _position: &PositionState,
    ) -> MarkupState {
        unreachable!("the app takes over the pre-rendered page; it never hydrates it")
    }

    fn into_owned(self) -> Markup {
        self
    }
}
