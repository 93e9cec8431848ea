// The written page's one script, in <head> (see src/prerender.rs), allowed by its hash in the
// Content Security Policy. First, before the body is read, it reads the address and sets
// attributes on <html> that the page's style sheet reads, as the app will set them, so that
// the first paint already shows the right view. Then, once the body has been read, it puts the
// page in the state the app opens in for the address (`settle`), so that the app's takeover
// changes nothing the reader sees; and it hands the page
// over to the app once the app's first view is ready, keeping the reader's place, focus and
// selection.
(function () {
  var root = document.documentElement;
  var query = new URLSearchParams(location.search);
  var set = function (name, value) { root.setAttribute(name, value); };
  // A flag as src/url_state.rs reads one.
  var flag = function (name) {
    var value = query.get(name);
    return value == "" || value == "1" || value == "true" || value == "yes";
  };
  set("data-js", "");
  // Another story (?data=): this page, of the built-in one, must not show.
  if (query.has("data")) set("data-static", "off");
  var view = query.get("view");
  if (view != "compare" && view != "present") view = "timeline";
  set("data-view", view);
  var theme = query.get("theme");
  if (theme == "light" || theme == "dark" || theme == "contrast") set("data-theme", theme);
  if (flag("embed")) set("data-embed", "true");
  if (flag("list")) set("data-list", "");
  if (view == "present") set("data-present", "true");
  // A link that the page must be changed for once it is read (another view, an event's
  // details, a topic) paints nothing of it until then: painted earlier (the parser may yield
  // to the browser before the page has arrived), the change would shift what the reader sees.
  // The default view needs no change that shifts anything: it paints as it arrives. (Held
  // back, the page is not laid out at all, so that the browser spends no time on it until
  // it is read: see src/prerender.rs, STATIC_STYLE. A link to the comparison shows the header
  // before that: see below.)
  if (view != "timeline" || query.has("event")) set("data-hold", "");
  // The body is read when the element after the written page arrives. (The browser may paint
  // before then, as the page arrives: what `settle` changes for the default view, the page's
  // style rules show so from the start.) The observer watches only <html>'s children, then
  // <body>'s: watching the whole tree would make a record of every element the parser adds,
  // which measurably slowed the first paint.
  // (The parser may have added what is looked for before the observer is set: look first.)
  var watch = function (node, done) {
    if (done()) return;
    new MutationObserver(function (changes, observer) {
      if (done()) observer.disconnect();
    }).observe(node, { childList: true });
  };
  // A link to the comparison needs less: it is read once its linked topic (else its first) has
  // been read, and the page shows without waiting for the rest (the other topics, hidden; the
  // method, below the first screen; the document of every event). At the latest it is read
  // when that document starts, which comes after the view (src/shell/page.rs). (An event's
  // details are copied from that document; the presentation comes after it.)
  var early = view == "compare" && !query.has("event") && !query.has("data");
  var topic = query.get("topic");
  var settled = false;
  var once = function () {
    if (!settled) { settled = true; settle(); }
    return true;
  };
  var byId = function (id) { return document.getElementById(id); };
  // Watches `node`'s children until the element with the first of `ids` arrives, then that
  // element's for the next, and so on; then calls `then` with the last one.
  var follow = function (node, ids, then) {
    if (!ids.length) return then(node);
    watch(node, function () {
      var next = byId(ids[0]);
      if (settled || !next) return settled;
      follow(next, ids.slice(1), then);
      return true;
    });
  };
  // The linked topic's panel among `holder`'s children (the first if no topic is linked).
  var linkedPanel = function (holder) {
    for (var i = 0; i < holder.children.length; i++) {
      var id = holder.children[i].getAttribute("data-static-topic");
      if (topic ? id === topic : id) return holder.children[i];
    }
    return null;
  };
  // Which view the navigation marks (also once the page is read, in `arrange`).
  var markNavigation = function () {
    Array.prototype.forEach.call(document.querySelectorAll("#prerendered a[data-view]"), function (link) {
      if (link.getAttribute("data-view") == view) link.setAttribute("aria-current", "page");
      else link.removeAttribute("aria-current");
    });
  };
  watch(root, function () {
    if (!document.body) return false;
    var inPage = false;
    watch(document.body, function () {
      if (early && !inPage && byId("prerendered")) {
        inPage = true;
        watch(byId("prerendered"), function () {
          if (!byId("main")) return false;
          // The header is read: it shows at once, as in the default view, with the view marked
          // in its navigation, and only the view waits (`data-hold="view"`).
          if (!settled) {
            markNavigation();
            set("data-hold", "view");
          }
          watch(byId("main"), function () { return settled || (byId("story-events") ? once() : false); });
          // The panel has been read once anything follows it (the next panel; after the last,
          // the mark the renderer leaves). An unknown topic waits for the document, above.
          follow(byId("main"), ["view-compare", "cmp-topic", "cmp-panel"], function (holder) {
            watch(holder, function () {
              var panel = linkedPanel(holder);
              return settled || (panel && panel.nextSibling ? once() : false);
            });
          });
          return true;
        });
      }
      return settled || (byId("prerendered-end") ? once() : false);
    });
    return true;
  });

  // Whatever happens in `arrange`, the page shows once it is read.
  function settle() {
    try {
      arrange();
    } finally {
      root.setAttribute("data-settled", "");
      root.removeAttribute("data-hold");
    }
  }

  function arrange() {
    var page = document.getElementById("prerendered");
    var app = document.getElementById("app");
    if (!page || !app) return;
    // Another story (?data=): this page, of the built-in one, goes at once.
    if (root.hasAttribute("data-static")) { page.remove(); return; }
    var event = query.get("event");
    var all = function (selector) {
      return Array.prototype.slice.call(page.querySelectorAll(selector));
    };

    // The comparison's and the presentation's style sheet, from the page (src/prerender.rs,
    // `inline_style_sheets`), before anything below lays the page out.
    var views = byId("views-style");
    if (view != "timeline" && views && !document.querySelector("[data-views-css]")) {
      document.head.appendChild(views.content.cloneNode(true));
    }

    // The navigation marks the current view.
    markNavigation();

    // On a narrow screen the lane filter is folded, as the app folds it
    // (src/timeline/lane_filter.rs). (Until now the page's style rules showed it folded.)
    var lanes = page.querySelector(".tl-legend-box");
    if (lanes && matchMedia("(max-width: 599.98px)").matches) lanes.open = false;

    // The linked event's details, from the page's document of every event: open in the list
    // (narrow screens) and beside the track (wide ones), as the app opens them.
    var entry = event && byId("event-" + event);
    var details = entry && entry.querySelector(".details");
    var copy = function () {
      var node = details.cloneNode(true);
      // Ids stay unique: the copies' are dropped.
      Array.prototype.forEach.call(node.querySelectorAll("[id]"), function (element) {
        element.removeAttribute("id");
      });
      return node;
    };
    if (details) {
      all(".event-list__item").forEach(function (item) {
        if (item.getAttribute("data-event") !== event) return;
        item.querySelector(".event-list__toggle").setAttribute("aria-expanded", "true");
        item.querySelector(".event-list__panel").appendChild(copy());
      });
      var layout = page.querySelector(".tl-layout");
      var panel = byId("tl-details");
      if (layout && panel) {
        var content = document.createElement("div");
        content.className = "tl-details__content";
        content.appendChild(copy());
        panel.appendChild(content);
        panel.removeAttribute("aria-labelledby");
        panel.hidden = false;
        layout.classList.add("tl-layout--details");
      }
    }

    // The comparison: the linked topic (else the first), with its tab chosen.
    var panels = all("[data-static-topic]");
    var chosen = panels.filter(function (panel) {
      return panel.getAttribute("data-static-topic") === topic;
    })[0] || panels[0];
    panels.forEach(function (panel) {
      var id = panel.getAttribute("data-static-topic");
      var tab = byId("cmp-tab-" + id);
      if (tab) {
        tab.setAttribute("aria-selected", panel === chosen ? "true" : "false");
        tab.tabIndex = panel === chosen ? 0 : -1;
      }
      // The page's style sheet shows only the chosen one (hiding the others until then).
      if (panel === chosen) {
        panel.setAttribute("data-chosen", "");
        var holder = byId("cmp-panel");
        if (holder) holder.setAttribute("aria-labelledby", "cmp-tab-" + id);
      }
    });
    // A link to a topic opens on it, below the texts' introductions, as the app does (not
    // embedded: an embed never scrolls its article). The style sheets have loaded by now: a
    // script waits for them.
    var area = byId("cmp-topic");
    if (view == "compare" && chosen && chosen.getAttribute("data-static-topic") === topic && area && !root.hasAttribute("data-embed")) {
      // (A page held back is not laid out: it shows first.)
      root.removeAttribute("data-hold");
      area.scrollIntoView(true);
      // Shown before the rest of the page has arrived, the page may not yet reach far enough
      // below the topic (a short one, on a tall screen) to scroll it to the top: it goes there
      // once the page is read, unless the reader has scrolled meanwhile.
      var at = scrollY;
      if (area.getBoundingClientRect().top > 1) {
        watch(document.body, function () {
          if (!byId("prerendered-end")) return false;
          if (scrollY == at) area.scrollIntoView(true);
          return true;
        });
      }
    }

    // The takeover. Until its first view is ready, the app is laid out unseen over this page
    // (html[data-pending] #app, in the page's style sheet), so that it measures the same widths.
    // Then, in one step, before the browser paints again, this page goes and the app shows.
    root.setAttribute("data-pending", "");
    // Where a node is: the nearest element with an id around it, and the path of element
    // children (then, for text, of text nodes) down to it. The app builds the same elements
    // with the same ids, so the path finds the same place in it.
    var locate = function (node) {
      var text = node.nodeType == 3, path = [];
      while (node && node !== page && !(node.nodeType == 1 && node.id)) {
        var type = node.nodeType;
        path.unshift(Array.prototype.filter.call(node.parentNode.childNodes, function (n) {
          return n.nodeType == type;
        }).indexOf(node));
        node = node.parentNode;
      }
      return node && node !== page ? { id: node.id, path: path, text: text } : null;
    };
    var find = function (place) {
      var node = place && document.getElementById(place.id);
      for (var i = 0; node && i < place.path.length; i++) {
        var type = place.text && i == place.path.length - 1 ? 3 : 1;
        node = Array.prototype.filter.call(node.childNodes, function (n) {
          return n.nodeType == type;
        })[place.path[i]];
      }
      return node || null;
    };
    var takeOver = function () {
      var top = document.elementFromPoint(innerWidth / 2, 1);
      var anchor = top && page.contains(top) ? locate(top) : null;
      var anchorTop = anchor && top.getBoundingClientRect().top;
      var focused = page.contains(document.activeElement) ? locate(document.activeElement) : null;
      var selection = getSelection();
      var range = selection.rangeCount && page.contains(selection.anchorNode) && {
        anchor: locate(selection.anchorNode), anchorOffset: selection.anchorOffset,
        focus: locate(selection.focusNode), focusOffset: selection.focusOffset
      };
      var x = scrollX, y = scrollY;
      // The views' style sheet stays for the app (src/platform/lazy.rs).
      var views = byId("views-style");
      if (views) document.body.appendChild(views);
      page.remove();
      root.removeAttribute("data-pending");
      scrollTo(x, y);
      var moved = find(anchor);
      if (moved && moved.getBoundingClientRect) scrollBy(0, moved.getBoundingClientRect().top - anchorTop);
      var focus = find(focused);
      if (focus && focus.focus) focus.focus({ preventScroll: true });
      var from = range && find(range.anchor), to = range && find(range.focus);
      if (from && to) {
        try { selection.setBaseAndExtent(from, range.anchorOffset, to, range.focusOffset); } catch (e) {}
      }
    };
    new MutationObserver(function (changes, observer) {
      if (!root.hasAttribute("data-ready")) return;
      observer.disconnect();
      // An error page from boot.js (the app never started) keeps this page: see there.
      if (root.getAttribute("data-state") != "error") takeOver();
    }).observe(root, { attributes: true, attributeFilter: ["data-ready"] });
  }
})();
