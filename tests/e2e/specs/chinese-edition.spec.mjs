// The Simplified Chinese edition at zh-hans/: its own page in Chinese, the switch between the
// editions, deep links, Chinese embed code, quotes kept in English (marked) with our
// translation beside them, no English outside elements marked lang="en", axe, and the page
// without JavaScript.
import { test, expect } from "@playwright/test";
import { axeViolations, serveWithoutScripts, story, zhStory as zh } from "./support.mjs";

const ready = (page) => expect(page.locator("html")).toHaveAttribute("data-ready", "true");
const openZh = async (page, query = "") => {
  await page.goto(`/zh-hans/${query}`);
  await ready(page);
};

test("the switch leads to the same view in the other edition, and back", async ({ page }) => {
  await page.goto("./?view=compare&topic=motive");
  await ready(page);
  const head = page.locator('link[rel="alternate"]');
  await expect(head).toHaveCount(2);
  await expect(page.locator('link[rel="alternate"][hreflang="zh-Hans"]')).toHaveAttribute("href", "zh-hans/");
  const toZh = page.getByTestId("language-switch");
  await expect(toZh).toHaveAttribute("hreflang", "zh-Hans");
  await expect(toZh).toHaveAttribute("lang", "zh-Hans");
  await expect(toZh).toHaveText("中文");
  await toZh.click();
  await ready(page);
  expect(new URL(page.url()).pathname).toBe("/zh-hans/");
  expect(new URL(page.url()).search).toBe("?view=compare&topic=motive");
  await expect(page.locator("html")).toHaveAttribute("lang", "zh-Hans");
  const motive = zh.topics.find((t) => t.id === "motive");
  await expect(page.locator("#cmp-topic")).toContainText(motive.question);
  await expect(page.locator('link[rel="alternate"][hreflang="en"]')).toHaveAttribute("href", "../");
  // The tab's title is Chinese too.
  await expect(page).toHaveTitle(/[\u4e00-\u9fff]/);
  const toEn = page.getByTestId("language-switch");
  await expect(toEn).toHaveAttribute("hreflang", "en");
  await expect(toEn).toHaveAttribute("lang", "en");
  await toEn.click();
  await ready(page);
  expect(new URL(page.url()).pathname).toBe("/");
  await expect(page.locator("#cmp-topic")).toContainText(story.topics.find((t) => t.id === "motive").question);
});

test("deep links open their view in Chinese, with Chinese dates", async ({ page }) => {
  const dark = zh.events.find((e) => e.id === "tiktok-goes-dark");
  await openZh(page, "?event=tiktok-goes-dark");
  await expect(page.locator("#tl-details")).toContainText(dark.headline);
  await expect(page.getByTestId("details-times")).toContainText("北京时间");
  await expect(page.getByTestId("details-times")).toContainText("2025年1月19日");
  await openZh(page, "?view=compare&topic=motive");
  await expect(page.getByRole("tab", { selected: true })).toBeVisible();
  await openZh(page, "?view=present&step=9");
  await expect(page.locator(".present__title").first()).toContainText(/[\u4e00-\u9fff]/);
  // The switch keeps the step.
  await expect(page.getByTestId("language-switch")).toHaveAttribute("href", "../?view=present&step=9");
});

test("quotes stay verbatim in English, marked, with our translation labelled beside them", async ({ page }) => {
  await openZh(page, "?view=compare&topic=motive");
  const reading = zh.topics.find((t) => t.id === "motive").readings[0];
  const figure = page.locator("#cmp-topic figure").filter({ has: page.locator("blockquote", { hasText: reading.quotes[0] }) });
  await expect(figure.locator("blockquote")).toHaveAttribute("lang", "en");
  await expect(figure.locator(".quote__translation")).toContainText(reading.quote_translations[0]);
  await expect(figure.locator(".quote__translation-label")).toHaveText("本站译文：");
  // An event's mention, in the details.
  const withMention = zh.events.find((e) => e.mentions.length > 0);
  await openZh(page, `?event=${withMention.id}`);
  const m = withMention.mentions[0];
  await expect(page.locator("#tl-details blockquote[lang=en]").first()).toContainText(m.quote);
  await expect(page.locator("#tl-details .quote__translation").first()).toContainText(m.quote_translation);
  // Source titles and outlets stay as published, marked English.
  await expect(page.locator("#tl-details .source__title").first()).toHaveAttribute("lang", "en");
});

test("the Chinese Embed dialog gives Chinese embed code", async ({ page }) => {
  await openZh(page, "?view=compare&topic=motive");
  await page.getByTestId("embed-button").click();
  const dialog = page.getByRole("dialog");
  await expect(dialog).toBeVisible();
  await expect(dialog.locator("h2")).toContainText(/[\u4e00-\u9fff]/);
  const iframe = await page.getByTestId("embed-iframe").inputValue();
  expect(iframe).toContain("/zh-hans/?");
  expect(iframe).toContain("embed=1");
  expect(iframe).toContain("topic=motive");
  // The embedded Chinese page is Chinese.
  await page.goto("/zh-hans/?embed=1&view=compare&topic=motive");
  await ready(page);
  await expect(page.locator("html")).toHaveAttribute("lang", "zh-Hans");
  await expect(page.getByTestId("story-title")).toHaveText(zh.meta.title);
});

// Three or more English words in a row.
const ENGLISH_RUN = /[A-Za-z][A-Za-z'’.&-]*(?:[\s,]+[A-Za-z][A-Za-z'’.&-]*){2,}/;
// Names the Chinese prose keeps as they are (no standard Chinese form; see
// translations/zh-Hans/REPORT.md), which are names rather than English sentences.
const NAMES = ["TikTok USDS Joint Venture LLC", "Gulf Daily News", "Xing Jiahui", "Li Mingjiang", "App Store", "Google Play"];

/** Text in the page's visible or spoken content with a run of English outside lang="en". */
const englishOutsideEn = (page) =>
  page.evaluate(
    ({ source, names }) => {
      const run = new RegExp(source);
      const found = [];
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const el = node.parentElement;
        if (!el || el.closest("script, style, noscript, textarea, [hidden]")) continue;
        const lang = el.closest("[lang]")?.getAttribute("lang") ?? "";
        if (lang.toLowerCase().startsWith("en")) continue;
        let text = node.textContent;
        for (const name of names) text = text.split(name).join(" ");
        const m = text.match(run);
        if (m) found.push(`${el.tagName.toLowerCase()}.${el.className}: ${m[0]}`);
      }
      // Attributes that are read out: names and titles.
      for (const el of document.body.querySelectorAll("[aria-label], [title], [alt]")) {
        const lang = el.closest("[lang]")?.getAttribute("lang") ?? "";
        if (lang.toLowerCase().startsWith("en")) continue;
        for (const a of ["aria-label", "title", "alt"]) {
          const m = (el.getAttribute(a) ?? "").match(run);
          if (m) found.push(`${el.tagName.toLowerCase()}[${a}]: ${m[0]}`);
        }
      }
      return [...new Set(found)];
    },
    { source: ENGLISH_RUN.source, names: NAMES },
  );

const zhViews = [
  ["timeline", ""],
  ["timeline with details", "?event=tiktok-goes-dark"],
  ["list view", "?list=1&event=supreme-court-ruling"],
  ["compare, a topic", "?view=compare&topic=motive"],
  ["compare, another topic", "?view=compare&topic=cultural-exchange&swap=1"],
  ["present, an event", "?view=present&step=9"],
  ["present, an influx event", "?view=present&step=5"],
  ["present, a topic", "?view=present&step=16"],
  ["present, the end", "?view=present&step=22"],
  ["embed", "?embed=1"],
];

test("no English outside elements marked lang=\"en\" in any Chinese view", async ({ page }) => {
  test.setTimeout(90_000);
  const found = [];
  for (const [name, query] of zhViews) {
    await openZh(page, query);
    for (const f of await englishOutsideEn(page)) found.push(`${name}: ${f}`);
  }
  // The Embed dialog and the error page of a story file that is not there.
  await openZh(page);
  await page.getByTestId("embed-button").click();
  await expect(page.getByRole("dialog")).toBeVisible();
  for (const f of await englishOutsideEn(page)) found.push(`embed dialog: ${f}`);
  await openZh(page, "?data=/fixtures/none.json");
  await expect(page.getByTestId("error-summary")).toContainText(/[\u4e00-\u9fff]/);
  for (const f of await englishOutsideEn(page)) found.push(`error page: ${f}`);
  expect(found, found.join("\n")).toEqual([]);
});

for (const [width, height] of [
  [1280, 800],
  [390, 844],
]) {
  test(`axe finds no violations in the Chinese views at ${width}×${height}`, async ({ page }) => {
    test.setTimeout(120_000);
    await page.setViewportSize({ width, height });
    const found = [];
    for (const [name, query] of zhViews) {
      await openZh(page, query);
      const violations = await axeViolations(page);
      if (violations.length) found.push({ view: name, violations });
    }
    expect(found, JSON.stringify(found, null, 2)).toEqual([]);
  });
}

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the Chinese page reads whole", async ({ page }) => {
    await page.goto("/zh-hans/");
    await expect(page.locator("html")).toHaveAttribute("lang", "zh-Hans");
    const text = (await page.locator("body").innerText()).replace(/\s+/g, " ");
    for (const e of zh.events) await expect(page.locator(`#event-${e.id} .details__headline`)).toHaveText(e.headline);
    for (const t of zh.topics) {
      expect(text).toContain(t.question);
      for (const r of t.readings) {
        for (const q of r.quotes) expect(text).toContain(q.replace(/\s+/g, " "));
        for (const q of r.quote_translations) expect(text).toContain(q);
      }
    }
    for (const q of zh.questions) expect(text).toContain(q.prompt);
    expect(text).toContain(zh.meta.translation);
  });
});

test("axe reports no violations on the Chinese page as it reads without JavaScript", async ({ page }) => {
  // As on the English page: axe needs scripts, so the page is served without its own.
  await serveWithoutScripts(page, "/zh-hans/");
  await page.goto("/zh-hans/");
  await expect(page.locator("#story-events")).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
});
