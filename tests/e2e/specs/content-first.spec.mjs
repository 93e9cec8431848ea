// Content first (issue 15): the story is in the page's HTML, written at build time
// (src/prerender.rs), so it paints before the wasm arrives, reads whole without JavaScript, and
// the app takes it over without moving anything.
import { test, expect } from "@playwright/test";
import { axeViolations, openApp, serveWithoutScripts, story } from "./support.mjs";
import { emulateSlowPhone } from "../phone.mjs";

/** Holds every wasm request until the returned function is called (or for ever). */
async function holdWasm(page) {
  let release;
  const released = new Promise((resolve) => (release = resolve));
  await page.route(
    (url) => url.pathname.endsWith(".wasm"),
    async (route) => {
      await released;
      await route.continue();
    },
  );
  return release;
}

/** Every quote of the comparison and of the events' mentions. */
const quotes = [
  ...story.topics.flatMap((t) => Object.values(t.readings ?? {}).flatMap((r) => (r.quotes ?? []).map((q) => q.text ?? q))),
  ...story.events.flatMap((e) => (e.mentions ?? []).map((m) => m.quote ?? m.text)),
].filter((q) => typeof q === "string");

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the page reads whole: every event with its sources, every topic, quote and question", async ({ page }) => {
    await page.goto("./");
    const text = await page.locator("body").innerText();
    for (const e of story.events) {
      await expect(page.locator(`#event-${e.id} .details__headline`)).toHaveText(e.headline);
      for (const s of e.sources) if (s.url) await expect(page.locator(`#event-${e.id} a[href="${s.url}"]`)).toHaveCount(1);
    }
    for (const t of story.topics) expect(text).toContain(t.question);
    expect(quotes.length).toBeGreaterThan(10);
    const flat = text.replace(/\s+/g, " ");
    for (const q of quotes) expect(flat).toContain(q.replace(/\s+/g, " "));
    for (const q of story.questions) expect(flat).toContain(q.prompt.replace(/\s+/g, " "));
    // Controls that need scripts are not offered.
    for (const needsScript of [".tl-toolbar", ".page-tools", ".cmp-topic__nav"]) {
      await expect(page.locator(needsScript).first()).toBeHidden();
    }
  });

  test("its in-page links lead to their parts", async ({ page }) => {
    await page.goto("./");
    const contents = page.getByRole("navigation", { name: "On this page" });
    for (const link of await contents.getByRole("link").all()) {
      const id = (await link.getAttribute("href")).slice(1);
      await expect(page.locator(`[id="${id}"]`)).toHaveCount(1);
    }
    await contents.getByRole("link", { name: "Compare the texts" }).click();
    await expect(page).toHaveURL(/#view-compare$/);
    await expect(page.locator("#view-compare h1")).toBeInViewport();
  });

});

test("axe reports no violations on the page as it reads without JavaScript", async ({ page }) => {
  // axe needs scripts to run: the page is served as a browser without them reads it.
  await serveWithoutScripts(page, "/");
  await page.goto("./");
  await expect(page.locator("#story-events")).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
});

test.describe("before the wasm arrives", () => {
  test("the default view paints from the HTML, and the app's first view says the same", async ({ page }) => {
    for (const width of [1280, 390]) {
      await page.setViewportSize({ width, height: 900 });
      const release = await holdWasm(page);
      await page.goto("./");
      const header = page.locator("#prerendered .site-header");
      await expect(header).toBeVisible();
      const shown = async (root) =>
        page.evaluate((root) => {
          const at = document.querySelector(root);
          return [at.querySelector(".site-header").innerText, at.querySelector("#view-timeline").innerText];
        }, root);
      const written = await shown("#prerendered");
      release();
      await expect(page.locator("html")).toHaveAttribute("data-ready", "true");
      await expect(page.locator("#prerendered")).toHaveCount(0);
      const app = await shown("#app");
      expect(app).toEqual(written);
      await page.unrouteAll();
    }
  });

  test("links to the comparison, an event and the presentation paint their view", async ({ page }) => {
    await holdWasm(page);
    const topic = story.topics[2];
    await page.goto(`./?view=compare&topic=${topic.id}`);
    await expect(page.locator("#prerendered #view-compare")).toBeVisible();
    await expect(page.locator("#prerendered #view-timeline")).toBeHidden();
    await expect(page.locator(`[data-static-topic="${topic.id}"]`)).toBeVisible();
    await expect(page.locator(`[data-static-topic="${story.topics[0].id}"]`)).toBeHidden();
    await expect(page.locator(`#cmp-tab-${topic.id}`)).toHaveAttribute("aria-selected", "true");
    await expect(page.locator('#prerendered .nav__link[data-view="compare"]')).toHaveAttribute("aria-current", "page");
    // The views' style sheet came with the page: the comparison is laid out.
    await expect(page.locator("#prerendered .cmp-texts, #prerendered .cmp-text").first()).toBeVisible();
    await expect(page.locator("head style[data-views-css]")).toHaveCount(1);

    const event = story.events.find((e) => e.id === "law-signed") ?? story.events[0];
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(`./?event=${event.id}`);
    await expect(page.locator("#prerendered #tl-details")).toBeVisible();
    await expect(page.locator("#prerendered #tl-details .details__headline")).toHaveText(event.headline);
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(`./?event=${event.id}`);
    await expect(page.locator(`#prerendered li[data-event="${event.id}"] .details__headline`)).toBeVisible();

    await page.goto("./?view=present");
    await expect(page.locator("#prerendered #view-present")).toBeVisible();
    await expect(page.getByTestId("stage").first()).toContainText(story.meta.title);
  });

  test("the page carries its style sheets: the first paint waits for no other request", async ({ page }) => {
    await holdWasm(page);
    const sheets = [];
    page.on("request", (request) => {
      if (request.resourceType() === "stylesheet" || /\.css$/.test(new URL(request.url()).pathname)) sheets.push(request.url());
    });
    for (const q of ["", "?view=compare&topic=motive", "?view=present"]) {
      await page.goto(`./${q}`);
      await expect(page.locator("#prerendered main")).toBeVisible();
      // Laid out by the sheets the page carries: the header a flex row; the comparison's
      // texts side by side (the views' sheet).
      if (!q.includes("present")) expect(await page.locator("#prerendered .site-header").evaluate((el) => getComputedStyle(el).display)).toBe("flex");
      if (q.includes("compare")) expect(await page.locator("#prerendered .cmp-texts").evaluate((el) => getComputedStyle(el).display)).toBe("grid");
    }
    expect(sheets).toEqual([]);
  });

  test("a page that has not all arrived shows only what will not change", async ({ page }) => {
    // The page cut short after the tag that holds `cut`, as a slow connection leaves it for a
    // while: the script that settles the page at its end has not run.
    const cutAt = async (cut) => {
      await page.unrouteAll();
      await holdWasm(page);
      await page.route(
        (url) => url.pathname === "/",
        async (route) => {
          const response = await route.fetch();
          const html = await response.text();
          const at = html.indexOf(cut);
          expect(at).toBeGreaterThan(0);
          await route.fulfill({ response, body: html.slice(0, html.indexOf(">", at) + 1) });
        },
      );
    };
    // The default view on a phone: the lane filter shows folded from the first paint, as the
    // app shows it, not open and then folded.
    await page.setViewportSize({ width: 390, height: 844 });
    await cutAt('id="view-compare"');
    await page.goto("./", { waitUntil: "commit" });
    await expect(page.locator("#prerendered .event-list__item").first()).toBeVisible();
    await expect(page.locator("html")).not.toHaveAttribute("data-settled", "");
    await expect(page.locator("#prerendered .tl-legend-box__summary")).toBeVisible();
    await expect(page.locator("#prerendered .tl-legend-box .tl-legend")).toBeHidden();
    expect(await page.locator("#prerendered .tl-legend-box__summary").evaluate((el) => getComputedStyle(el, "::before").content)).toContain("▸");
    // A link to an event's details: nothing shows until the page is read (the details are
    // copied from the document of every event, at its end).
    await cutAt('id="story-events"');
    await page.goto("./?event=law-signed", { waitUntil: "commit" });
    await expect(page.locator("#prerendered .site-header")).toBeAttached();
    await expect(page.locator("html")).toHaveAttribute("data-hold", "");
    await expect(page.locator("#prerendered .site-header")).toBeHidden();
    // A link to a topic: its header shows once read, the navigation marking the comparison,
    // while the view waits; the view shows once the linked topic is read, before the other
    // topics and the document of every event.
    await page.setViewportSize({ width: 1280, height: 800 });
    await cutAt('id="view-compare"');
    await page.goto("./?view=compare&topic=motive", { waitUntil: "commit" });
    await expect(page.locator("#prerendered .site-header")).toBeVisible();
    await expect(page.locator("html")).toHaveAttribute("data-hold", "view");
    await expect(page.locator('#prerendered .nav__link[data-view="compare"]')).toHaveAttribute("aria-current", "page");
    await expect(page.locator('#prerendered .nav__link[data-view="timeline"]')).not.toHaveAttribute("aria-current", "page");
    await expect(page.locator("#prerendered #main")).toBeHidden();
    await expect(page.locator("#prerendered .site-footer")).toBeHidden();
    await cutAt('data-static-topic="motive"');
    await page.goto("./?view=compare&topic=motive", { waitUntil: "commit" });
    await expect(page.locator("html")).toHaveAttribute("data-hold", "view");
    await expect(page.locator("#prerendered #main")).toBeHidden();
    await cutAt('data-static-topic="state-power"');
    await page.goto("./?view=compare&topic=cultural-exchange", { waitUntil: "commit" });
    await expect(page.locator('#prerendered [data-static-topic="cultural-exchange"]')).toBeVisible();
    await expect(page.locator("html")).toHaveAttribute("data-settled", "");
    await expect(page.locator("html")).not.toHaveAttribute("data-hold", /.*/);
    await expect(page.locator("#prerendered #cmp-tab-cultural-exchange")).toHaveAttribute("aria-selected", "true");
    await expect(page.locator("#prerendered #cmp-tab-motive")).toHaveAttribute("aria-selected", "false");
    await expect(page.locator('#prerendered [data-static-topic="motive"]')).toBeHidden();
    await expect(page.locator("head style[data-views-css]")).toHaveCount(1);
    // The last topic is read once the mark after it has arrived.
    await cutAt('id="method"');
    await page.goto("./?view=compare&topic=what-next", { waitUntil: "commit" });
    await expect(page.locator('#prerendered [data-static-topic="what-next"]')).toBeVisible();
    await expect(page.locator("#prerendered #cmp-tab-what-next")).toHaveAttribute("aria-selected", "true");
  });

  test("a link clicked before the wasm is ready still goes to its view", async ({ page }) => {
    await holdWasm(page);
    await page.goto("./");
    await page.locator('#prerendered .nav__link[data-view="compare"]').click();
    await expect(page).toHaveURL(/view=compare/);
    await expect(page.locator("#prerendered #view-compare")).toBeVisible();
  });

  test("no Content Security Policy violation in the written page, with scripts or without the wasm", async ({ page }) => {
    const violations = [];
    page.on("console", (m) => {
      if (/Content Security Policy/i.test(m.text())) violations.push(m.text());
    });
    await page.addInitScript(() =>
      document.addEventListener("securitypolicyviolation", (e) => console.error(`Content Security Policy: ${e.violatedDirective}`)),
    );
    const release = await holdWasm(page);
    for (const q of ["", "?view=compare&topic=motive", "?event=law-signed", "?view=present", "?embed=1", "?theme=dark"]) {
      await page.goto(`./${q}`);
      await expect(page.locator("#prerendered")).toBeAttached();
    }
    release();
    await openApp(page, "?view=compare");
    expect(violations).toEqual([]);
  });

  test("axe reports no violations on the written page", async ({ page }) => {
    await holdWasm(page);
    for (const q of ["", "?view=compare&topic=motive"]) {
      await page.goto(`./${q}`);
      await expect(page.locator("#prerendered")).toBeVisible();
      expect(await axeViolations(page)).toEqual([]);
    }
  });
});

test.describe("the takeover", () => {
  test("keeps the reader's scroll position, focus and selection, and shifts nothing", async ({ page }) => {
    for (const width of [1280, 390]) {
      await page.setViewportSize({ width, height: 800 });
      await page.addInitScript(() => {
        window.__shift = 0;
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries()) if (!entry.hadRecentInput) window.__shift += entry.value;
        }).observe({ type: "layout-shift", buffered: true });
      });
      const release = await holdWasm(page);
      await page.goto("./");
      // The page scrolled by some way, a control focused, and a line of text selected.
      await page.evaluate(() => window.scrollTo(0, 300));
      // A control to focus: on a phone the lane filter's summary, on a wide screen (where
      // the filter is always open, its summary hidden) the zoom-in button.
      const control = width < 600 ? ".tl-legend-box__summary" : '[data-action="zoom-in"]';
      await page.locator(`#prerendered ${control}`).focus();
      expect(await page.evaluate((c) => document.activeElement.matches(c), control)).toBe(true);
      const selected = await page.evaluate(() => {
        const title = document.querySelector("#prerendered .site-header__subtitle");
        getSelection().selectAllChildren(title);
        return getSelection().toString();
      });
      const before = await page.evaluate(() => window.scrollY);
      release();
      await expect(page.locator("html")).toHaveAttribute("data-ready", "true");
      await expect(page.locator("#prerendered")).toHaveCount(0);
      expect(Math.abs((await page.evaluate(() => window.scrollY)) - before)).toBeLessThanOrEqual(2);
      expect(await page.evaluate((c) => document.activeElement?.matches(c), control)).toBe(true);
      expect(await page.evaluate(() => document.activeElement?.closest("#app") !== null)).toBe(true);
      expect(await page.evaluate(() => getSelection().toString())).toBe(selected);
      expect(await page.evaluate(() => window.__shift)).toBeLessThanOrEqual(0.05);
      await page.unrouteAll();
    }
  });
});

test.describe("on a phone's slow connection", () => {
  // Slow 4G and a CPU slowed 4× (tests/e2e/phone.mjs, the profile bench/paint.mjs measures):
  // the page arrives in pieces and the browser paints as it goes; nothing may move until the
  // app has taken over.
  for (const [name, query] of [
    ["the default view", ""],
    ["a link to a topic", "?view=compare&topic=motive"],
  ]) {
    test(`${name} shifts nothing from its first paint to the app's`, async ({ browser }) => {
      for (const width of [390, 1280]) {
        const context = await browser.newContext({ viewport: { width, height: width < 600 ? 844 : 800 } });
        const page = await context.newPage();
        const cdp = await context.newCDPSession(page);
        await emulateSlowPhone(cdp);
        await page.addInitScript(() => {
          window.__shift = 0;
          new PerformanceObserver((list) => {
            for (const entry of list.getEntries()) if (!entry.hadRecentInput) window.__shift += entry.value;
          }).observe({ type: "layout-shift", buffered: true });
        });
        await page.goto(`./${query}`);
        await expect(page.locator("html")).toHaveAttribute("data-ready", "true", { timeout: 30_000 });
        await expect(page.locator("#prerendered")).toHaveCount(0);
        await page.waitForTimeout(300);
        expect(await page.evaluate(() => window.__shift), `at ${width} px`).toBeLessThanOrEqual(0.05);
        await context.close();
      }
    });
  }
});

test.describe("embedded on a phone", () => {
  test("the list opens on the opening era, under 1,500 px, with a button for every event", async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await openApp(page, "?embed=1");
    const items = page.locator(".event-list__item");
    const all = story.events.length;
    expect(await items.count()).toBeLessThan(all);
    expect(await page.evaluate(() => document.documentElement.scrollHeight)).toBeLessThanOrEqual(1500);
    const more = page.getByRole("button", { name: `Show all ${all} events` });
    await more.click();
    await expect(items).toHaveCount(all);
    await expect(more).toHaveCount(0);
    // The button went with its click: the focus is not left on the page's body.
    await expect.poll(() => page.evaluate(() => document.activeElement !== document.body)).toBe(true);
  });
});
