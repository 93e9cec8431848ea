// A browser without light-dark() (Safari before 17.5, Chrome before 123; README, "Browsers")
// must show the same colours as a current one, through the plain values of tokens.css's
// fallback block. Chromium plays the older browser: its style sheets are served with light-dark()
// renamed to a function no browser knows, as an older browser sees it (the custom properties
// stay valid, the `@supports` test fails). Every theme and colour scheme must then resolve
// every colour token, and colour every element of the page, exactly as the real style sheets do.
import { test, expect } from "@playwright/test";
import { readFileSync } from "node:fs";
import { createHash } from "node:crypto";
import { openApp } from "./support.mjs";

const OLD = "old-browser-lacks-light-dark(";
const sha256 = (text) => `'sha256-${createHash("sha256").update(text).digest("base64")}'`;

/**
 * Makes `page` an older browser: no light-dark() in the style sheets. The page carries its
 * sheets (src/prerender.rs): their hashes in the page's Content Security Policy become the
 * changed sheets' own, so that the policy stays as strict as it is; a sheet fetched as a file
 * loses its integrity attribute.
 */
async function withoutLightDark(page) {
  await page.route(/\/(style|views)-[0-9a-f]+\.css$/, async (route) => {
    const response = await route.fetch();
    const css = (await response.text()).replaceAll("light-dark(", OLD);
    await route.fulfill({ response, body: css });
  });
  await page.route(
    (url) => url.pathname === "/",
    async (route) => {
      const response = await route.fetch();
      let html = await response.text();
      const hashes = [];
      html = html.replace(/(<style[^>]*>)([\s\S]*?)(<\/style>)/g, (all, open, css, close) => {
        if (!css.includes("light-dark(")) return all;
        const changed = css.replaceAll("light-dark(", OLD);
        hashes.push([sha256(css), sha256(changed)]);
        return open + changed + close;
      });
      for (const [before, after] of hashes) html = html.replace(before, after);
      // Not inside the page's inline script, which its hash allows only as it is.
      html = html.replace(/<script>[\s\S]*?<\/script>|\s(data-)?integrity=("[^"]*"|[^\s>]+)/g, (m) => (m.startsWith("<script>") ? m : ""));
      expect(html).toContain(OLD);
      await route.fulfill({ response, body: html });
    },
  );
}

/** The colour tokens: every custom property that tokens.css sets with light-dark(). */
const TOKENS = [...readFileSync(new URL("../../../style/tokens.css", import.meta.url), "utf8").matchAll(/^\s*(--[a-z0-9-]+): light-dark\(/gm)].map((m) => m[1]);

/** Every colour token as the body resolves it, and the colours of every element. */
const colours = (page) =>
  page.evaluate((tokens) => {
    const probe = document.createElement("span");
    document.body.append(probe);
    const resolved = {};
    for (const token of tokens) {
      probe.style.setProperty("color", `var(${token})`);
      resolved[token] = getComputedStyle(probe).color;
    }
    probe.remove();
    const props = ["color", "background-color", "border-top-color", "border-left-color", "outline-color", "fill", "stroke"];
    // Not the printable handout's, which is built when its code has arrived (sooner or later
    // in one run than in the other) and is black on white in any case (print.css).
    const elements = [...document.querySelectorAll("body *:not(.handout, .handout *)")].map((el) => {
      const style = getComputedStyle(el);
      return `${el.tagName.toLowerCase()}.${el.getAttribute("class") ?? ""}: ${props.map((p) => style.getPropertyValue(p)).join(" ")}`;
    });
    return { resolved, elements };
  }, TOKENS);

const CASES = [
  // [name, query, colour scheme of the system, media]
  ["the system's light scheme", "", "light"],
  ["the system's dark scheme", "", "dark"],
  ["the light theme on a dark system", "?theme=light", "dark"],
  ["the dark theme on a light system", "?theme=dark", "light"],
  ["the high-contrast theme", "?theme=contrast", "dark"],
  ["the comparison on a dark system", "?view=compare&topic=motive", "dark"],
  ["the presentation on a dark system (light unless a theme is chosen)", "?view=present", "dark"],
  ["the dark presentation", "?view=present&theme=dark", "light"],
  ["the embed on a dark system", "?embed=1&list=1", "dark"],
  ["print, with the dark theme on screen", "?theme=dark&list=1", "dark", "print"],
];

for (const [name, query, colorScheme, media = "screen"] of CASES) {
  test(`without light-dark(), ${name} has the same colours`, async ({ browser }) => {
    const seen = [];
    for (const old of [false, true]) {
      const page = await browser.newPage({ colorScheme });
      if (old) await withoutLightDark(page);
      await openApp(page, query);
      await page.emulateMedia({ media });
      seen.push(await colours(page));
      await page.close();
    }
    const [current, older] = seen;
    expect(TOKENS.length).toBeGreaterThanOrEqual(26);
    expect(older.resolved).toEqual(current.resolved);
    expect(older.elements).toEqual(current.elements);
  });
}
