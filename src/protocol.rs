//! What an embedded explainer says to the page around it, and what it listens to: the pym.js
//! string protocol (NPR's; many newsroom CMSes speak it) and AMP's `embed-size` message. Also
//! the copy-paste code the Embed dialog offers. Free of browser code, so it is tested natively.
//!
//! The explainer only ever sends its height, and only acts on pym's `width` message (by sending
//! its height again); every other message is ignored.

/// The separator of pym.js messages.
const PYM: &str = "xPYMx";

/// The pym.js message that reports the page's height: `pymxPYMx{id}xPYMxheightxPYMx{px}`.
pub fn pym_height(child_id: &str, height: u32) -> String {
    format!("pym{PYM}{child_id}{PYM}height{PYM}{height}")
}

/// A message from the host page that we act on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum HostMessage {
    /// pym's `width` message: the container's width changed; answer with our height.
    Width(u32),
}

/// Reads a message from the host page. Only a pym `width` message for our own `child_id` is
/// accepted; anything else (other ids, other types, other formats) is `None`.
pub fn parse_host_message(data: &str, child_id: &str) -> Option<HostMessage> {
    let mut parts = data.split(PYM);
    let (Some("pym"), Some(id), Some("width"), Some(value), None) = (
        parts.next(),
        parts.next(),
        parts.next(),
        parts.next(),
        parts.next(),
    ) else {
        return None;
    };
    if id != child_id || value.is_empty() || value.len() > 6 {
        return None;
    }
    value.parse().ok().map(HostMessage::Width)
}

/// Escapes text for an HTML attribute value in double quotes.
fn attr(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('"', "&quot;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

/// Escapes text for a JavaScript string literal in double quotes inside a `<script>`.
fn js(text: &str) -> String {
    text.replace('\\', "\\\\")
        .replace('"', "\\\"")
        .replace('<', "\\u003c")
        .replace('\n', "\\n")
}

/// Copy-paste code for a host page: a responsive iframe with a small script that sets its height
/// from the explainer's AMP `embed-size` messages. `src` is the embed address (with `embed=1`);
/// `id` names the iframe on the host page; `title` is read by screen readers.
pub fn iframe_snippet(src: &str, title: &str, id: &str) -> String {
    format!(
        "<iframe id=\"{id}\" src=\"{src}\" title=\"{title}\" width=\"100%\" height=\"720\" \
         style=\"border:0;width:100%;\" loading=\"lazy\" allow=\"fullscreen\"></iframe>\n\
         <script>\n\
         window.addEventListener(\"message\", function (e) {{\n  \
         var f = document.getElementById(\"{jid}\");\n  \
         if (!f || e.source !== f.contentWindow) return;\n  \
         var d = e.data;\n  \
         if (d && d.sentinel === \"amp\" && d.type === \"embed-size\" && d.height > 0) f.height = Math.ceil(d.height);\n\
         }});\n\
         </script>",
        id = attr(id),
        jid = js(id),
        src = attr(src),
        title = attr(title),
    )
}

/// Copy-paste code for a host page that uses pym.js: a container and `pym.Parent`, which adds
/// the `childId` the explainer answers to. `pym_src` is where the host loads pym.js from.
pub fn pym_snippet(src: &str, title: &str, id: &str, pym_src: &str) -> String {
    format!(
        "<div id=\"{id}\"></div>\n\
         <script src=\"{pym}\"></script>\n\
         <script>\n\
         new pym.Parent(\"{jid}\", \"{jsrc}\", {{ title: \"{jtitle}\", allowfullscreen: true }});\n\
         </script>",
        id = attr(id),
        pym = attr(pym_src),
        jid = js(id),
        jsrc = js(src),
        jtitle = js(title),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn height_messages_follow_pym() {
        assert_eq!(
            pym_height("example-1", 734),
            "pymxPYMxexample-1xPYMxheightxPYMx734"
        );
    }

    #[test]
    fn only_pym_width_for_our_child_is_accepted() {
        assert_eq!(
            parse_host_message("pymxPYMxc1xPYMxwidthxPYMx640", "c1"),
            Some(HostMessage::Width(640))
        );
        for other in [
            "pymxPYMxc2xPYMxwidthxPYMx640",
            "pymxPYMxc1xPYMxnavigateToxPYMxjavascript:alert(1)",
            "pymxPYMxc1xPYMxwidthxPYMx",
            "pymxPYMxc1xPYMxwidthxPYMx9999999",
            "pymxPYMxc1xPYMxwidthxPYMx640xPYMxextra",
            "pymxPYMxc1xPYMxwidthxPYMx-5",
            "{\"sentinel\":\"amp\",\"type\":\"embed-size\",\"height\":1}",
            "",
        ] {
            assert_eq!(parse_host_message(other, "c1"), None, "{other}");
        }
    }

    #[test]
    fn snippets_escape_what_they_embed() {
        let code = iframe_snippet(
            "https://x.example/?embed=1&view=compare",
            "A \"title\" <b>",
            "rx-1",
        );
        assert!(code.contains("src=\"https://x.example/?embed=1&amp;view=compare\""));
        assert!(code.contains("title=\"A &quot;title&quot; &lt;b&gt;\""));
        assert!(code.contains("d.sentinel === \"amp\""));
        let pym = pym_snippet(
            "https://x.example/?embed=1",
            "T</script>",
            "rx-1",
            "https://pym.nprapps.org/pym.v1.min.js",
        );
        assert!(pym.contains("new pym.Parent(\"rx-1\", \"https://x.example/?embed=1\""));
        assert!(pym.contains("T\\u003c/script>"));
        assert!(!pym.contains("T</script>"));
    }
}
