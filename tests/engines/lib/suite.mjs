// The cross-engine layer's tests, the same in every engine: every view at a phone and a desktop
// width, the core keys, and one request per file. They rely only on hooks that outlive the
// code behind them: <html data-ready>, data-testid, roles and the address.
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { after, before, describe, test } from "node:test";
import { DIST, repeated, sleep, startServer } from "./server.mjs";

export const VIEWS = [
  ["timeline", "/"],
  ["details", "/?event=tiktok-goes-dark"],
  ["list", "/?list=1"],
  ["comparison", "/?view=compare"],
  ["comparison topic", "/?view=compare&topic=motive"],
  ["presentation", "/?view=present"],
  ["embed in a host page", "/fixtures/host.html"],
  ["dark theme", "/?theme=dark"],
  ["Chinese edition", "/zh-hans/"],
  ["Chinese comparison topic", "/zh-hans/?view=compare&topic=motive"],
  ["Chinese presentation", "/zh-hans/?view=present&step=9"],
];
export const WIDTHS = [
  ["phone", 360, 740],
  ["desktop", 1280, 800],
];
const LIGHT_BG = "rgb(255, 255, 255)";
const DARK_BG = "rgb(18, 20, 24)";

/** The files the first view loads, named in dist/index.html (the wasm, its glue; the style
 * sheets are in the page itself). */
export function firstLoadFiles() {
  // Not what the page's inline script or <noscript> names: the views' style sheet, linked
  // only without scripts.
  const html = readFileSync(`${DIST}/index.html`, "utf8").replace(/<script>[\s\S]*?<\/script>|<noscript>[\s\S]*?<\/noscript>/g, "");
  const files = new Set(["/boot.js"]);
  for (const m of html.matchAll(/\b(?:data-js|data-wasm)=["']?([^"' >]+)/g)) files.add(m[1]);
  for (const m of html.matchAll(/<link\b[^>]*>/g)) {
    if (/\brel=["']?stylesheet\b/.test(m[0])) files.add(m[0].match(/\bhref=["']?([^"' >]+)/)[1]);
  }
  return [...files];
}

// In the page: whether the app (in the host page, the embedded one) said it is ready.
function isReady(embed) {
  const doc = embed ? document.getElementById("frame")?.contentDocument : document;
  return doc?.documentElement.getAttribute("data-ready") === "true";
}

// In the page: what a view must not have, and what the test reads of it.
function inspect(embed) {
  const out = { problems: [], overflow: [], states: [], background: null, embed: null };
  const frame = embed ? document.getElementById("frame") : null;
  const docs = frame ? [document, frame.contentDocument] : [document];
  for (const doc of docs) {
    const win = doc.defaultView;
    const where = win.location.pathname + win.location.search;
    for (const p of win.__engines ? win.__engines.problems : ["probe.js did not run"]) out.problems.push(`${where}: ${p}`);
    const root = doc.documentElement;
    if (root.getAttribute("data-state") === "error") out.states.push(`${where}: the error page`);
    if (root.scrollWidth > root.clientWidth) {
      // Name the widest elements, to say where the overflow comes from.
      const wide = [...doc.body.querySelectorAll("*")]
        .filter((el) => el.getBoundingClientRect().right > root.clientWidth + 1)
        .slice(0, 3)
        .map((el) => `${el.tagName.toLowerCase()}.${[...el.classList].join(".")}`);
      out.overflow.push(`${where}: ${root.scrollWidth} px of content in ${root.clientWidth} px (${wide.join(", ")})`);
    }
  }
  const app = docs[docs.length - 1];
  out.background = getComputedStyle(app.body).backgroundColor;
  if (frame) {
    const heights = (window.messages || [])
      .filter((m) => typeof m === "string" && m.startsWith("pymxPYMxc1xPYMxheightxPYMx"))
      .map((m) => Number(m.split("xPYMx")[3]));
    out.embed = {
      heights,
      amp: (window.messages || []).filter((m) => m && m.sentinel === "amp" && m.type === "embed-size").length,
      content: Math.ceil(app.body.getBoundingClientRect().height),
      frame: Number(frame.getAttribute("height")),
    };
  }
  return out;
}

/** Polls `fn` in the page until it returns something truthy (or `timeout` ms pass). */
async function waitFor(engine, what, fn, args = [], timeout = 20_000) {
  const until = Date.now() + timeout;
  for (;;) {
    const value = await engine.run(fn, ...args).catch(() => null);
    if (value) return value;
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
    await sleep(100);
  }
}

/**
 * Opens `path` on a fresh page and checks it: ready, no page or console error, no CSP
 * violation, no file fetched twice, no horizontal overflow, the theme's colours, and in the
 * embed the height messages. Returns what was recorded, for further checks.
 */
async function visit(engine, server, path, { theme = "light" } = {}) {
  await engine.open("about:blank");
  await server.quiet(300, 3_000);
  server.failures();
  const mark = server.mark();
  await engine.open(server.origin + path);
  const embed = path.startsWith("/fixtures/host.html");
  await waitFor(engine, `data-ready on ${path}`, isReady, [embed]);
  await server.quiet();
  let seen = await engine.run(inspect, embed);
  if (embed) {
    // The host applies each height it is sent; the last one is the content's.
    const until = Date.now() + 5_000;
    while (Date.now() < until && !(seen.embed.heights.at(-1) === seen.embed.content && seen.embed.frame === seen.embed.content)) {
      await sleep(200);
      seen = await engine.run(inspect, embed);
    }
  }
  // The probe is the test's own, loaded once by each document (the host page and its frame).
  const requests = server.since(mark).filter((r) => !r.endsWith(" /__probe.js"));
  const problems = [...seen.problems, ...engine.nativeProblems(), ...seen.states];
  problems.push(...repeated(requests).map((r) => `fetched twice: ${r}`));
  problems.push(...server.failures().map((r) => `request failed: ${r}`));
  problems.push(...seen.overflow.map((o) => `horizontal overflow: ${o}`));
  const background = theme === "dark" ? DARK_BG : LIGHT_BG;
  if (seen.background !== background) problems.push(`background ${seen.background}, not the ${theme} theme's ${background}`);
  if (embed) {
    const e = seen.embed;
    if (e.heights.length === 0) problems.push("no pym height message");
    else if (e.heights.at(-1) !== e.content) problems.push(`last pym height ${e.heights.at(-1)} px, content ${e.content} px`);
    if (e.frame !== e.content) problems.push(`the host's frame is ${e.frame} px tall, its content ${e.content} px`);
    if (e.amp === 0) problems.push("no AMP embed-size message");
  }
  return { problems, requests };
}

/** Defines the layer's tests for one engine; `launch` starts it, `port` is its server's. */
export function engineSuite(label, launch, port, extra) {
  describe(label, { timeout: 600_000 }, () => {
    let engine;
    let server;
    before(async () => {
      server = await startServer(port);
      engine = await launch();
      console.log(`# ${engine.name}: ${engine.version}`);
    });
    after(async () => {
      await engine?.close();
      server?.stop();
    });

    // First, in a browser that has loaded nothing yet: WebKit may serve a file of an earlier
    // page from its memory cache, without a request, despite "Cache-Control: no-store".
    test("the first view fetches each of its files exactly once", async () => {
      await engine.size(1280, 800);
      const { problems, requests } = await visit(engine, server, "/");
      assert.deepEqual(problems, []);
      const count = (file) => requests.filter((r) => r === `GET ${file}`).length;
      for (const file of ["/", ...firstLoadFiles()]) assert.equal(count(file), 1, `${file}: ${count(file)} requests in ${requests.join(", ")}`);
    });

    for (const [width, w, h] of WIDTHS) {
      for (const [view, path] of VIEWS) {
        test(`${view} at ${width} width (${w} px)`, async () => {
          await engine.size(w, h);
          const { problems } = await visit(engine, server, path, { theme: path.includes("theme=dark") ? "dark" : "light" });
          assert.deepEqual(problems, []);
        });
      }
    }

    test("timeline: arrows move the focus between events, Enter opens the details", async () => {
      await engine.size(1280, 800);
      const { problems } = await visit(engine, server, "/");
      assert.deepEqual(problems, []);
      const focused = () => document.activeElement?.getAttribute("data-event");
      await engine.run(() => document.querySelector('[data-testid="timeline-events"] [tabindex="0"]').focus());
      const first = await waitFor(engine, "a focused event", focused);
      await engine.press("ArrowRight");
      const second = await waitFor(engine, "the next event", (id) => document.activeElement?.getAttribute("data-event") !== id && document.activeElement?.getAttribute("data-event"), [first]);
      assert.equal(first, "rednote-number-one");
      assert.equal(second, "live-chat");
      await engine.press("Enter");
      await waitFor(engine, "the details of live-chat", () => {
        const panel = document.querySelector('[data-testid="details-panel"]');
        return location.search.includes("event=live-chat") && panel && panel.getClientRects().length > 0 && /live chat/i.test(panel.textContent);
      });
      assert.deepEqual(engine.nativeProblems(), []);
      assert.deepEqual(await engine.run(() => window.__engines.problems), []);
    });

    test("timeline: a drag pans without selecting text (user-select: none, prefixed in WebKit)", async () => {
      await engine.size(1280, 800);
      const { problems } = await visit(engine, server, "/");
      assert.deepEqual(problems, []);
      const userSelect = await engine.run(() => {
        // The scroller that holds the events, whatever its class.
        let el = document.querySelector('[data-testid="timeline-events"]');
        while (el && getComputedStyle(el).overflowX !== "auto") el = el.parentElement;
        if (!el) return "no scroller";
        const style = getComputedStyle(el);
        return style.getPropertyValue("user-select") || style.getPropertyValue("-webkit-user-select");
      });
      assert.equal(userSelect, "none");
    });

    test("comparison: arrow keys move between the topic tabs, and the address follows", async () => {
      await engine.size(1280, 800);
      const { problems } = await visit(engine, server, "/?view=compare");
      assert.deepEqual(problems, []);
      // The views' style sheet came from the page's template (src/prerender.rs), put in the
      // page by its script and kept by the app: the tabs are laid out by it.
      assert.deepEqual(
        await engine.run(() => [document.querySelectorAll("head style[data-views-css]").length, getComputedStyle(document.querySelector(".cmp-tablist")).display]),
        [1, "flex"],
      );
      await engine.run(() => document.querySelector('[role="tablist"] [role="tab"]').focus());
      await engine.press("ArrowDown");
      await waitFor(engine, "the second tab, chosen and focused", () => {
        const second = document.querySelectorAll('[role="tablist"] [role="tab"]')[1];
        return second.getAttribute("aria-selected") === "true" && document.activeElement === second && location.search.includes("topic=cultural-exchange");
      });
      assert.deepEqual(engine.nativeProblems(), []);
      assert.deepEqual(await engine.run(() => window.__engines.problems), []);
    });

    test("presentation: PageDown goes to the next step", async () => {
      await engine.size(1280, 800);
      const { problems } = await visit(engine, server, "/?view=present");
      assert.deepEqual(problems, []);
      const counter = () => document.querySelector('[data-testid="step-counter"]')?.textContent.trim();
      assert.match(await engine.run(counter), /^1 \/ \d+$/);
      await engine.press("PageDown");
      await waitFor(engine, "step 2", () => /^2 \/ \d+$/.test(document.querySelector('[data-testid="step-counter"]').textContent.trim()));
      await waitFor(engine, "step=2 in the address", () => location.search.includes("step=2"));
      assert.deepEqual(engine.nativeProblems(), []);
      assert.deepEqual(await engine.run(() => window.__engines.problems), []);
    });

    extra?.(() => ({ engine, server }));
  });
}
