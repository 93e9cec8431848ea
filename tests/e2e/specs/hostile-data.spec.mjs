// Hostile story data (issue 7): markup, bidi overrides and 100 KB strings in a valid story are
// shown as text and break neither the page nor its layout; javascript: and data: links are
// refused with a problem at each link's path; and ?data= never reaches another site.
//
// The stories are built here from the real one (/data/story.json) and served with page.route,
// so nothing hostile is kept in tests/e2e/fixtures/.
import { test, expect } from "@playwright/test";
import { openApp, watchErrors, watchRequests } from "./support.mjs";

/** Sets `window.__pwned` if it ever runs as markup. */
const SCRIPT = "<script>window.__pwned=1</script>";
const IMG = '<img src=x onerror="window.__pwned=1">';
const SVG = '"><svg onload=window.__pwned=1>';
/** U+202E RIGHT-TO-LEFT OVERRIDE, and U+202C POP DIRECTIONAL FORMATTING to end it. */
const RLO = "\u202e";
const PDF = "\u202c";
const HUGE = 100_000;

/** The event and the topic that carry the hostile strings (both in the real story). */
const EVENT = "tiktok-goes-dark";
/** Within the 120 characters a headline may have. */
const HEADLINE = `${IMG} goes ${RLO}krad${PDF} ${SVG}`;

/** Every viewport the layout must hold at: desktop and a narrow phone. */
const VIEWPORTS = [
  { width: 1280, height: 800 },
  { width: 360, height: 740 },
];

/** The real story, as an object to change. */
async function realStory(page) {
  const response = await page.request.get("/data/story.json");
  expect(response.ok(), "the real story is served").toBe(true);
  return response.json();
}

/** Serves `story` at /fixtures/hostile-*.json for this page (set before opening the app). */
async function serveStory(page, story) {
  const body = JSON.stringify(story);
  // Matched on the path alone: a glob would also match the page's own address, whose query
  // (?data=/fixtures/hostile-ok.json) ends the same way.
  await page.route((url) => url.pathname.startsWith("/fixtures/hostile-"), (route) =>
    route.fulfill({ contentType: "application/json", body }),
  );
}

/**
 * A valid story whose strings carry markup, bidi overrides and 100,000-character values. Returns
 * the story and the id of the topic it changed.
 */
function hostileStory(story) {
  expect(HEADLINE.length).toBeLessThanOrEqual(120);
  story.meta.title = `${SCRIPT} ${RLO}eltit${PDF}`;
  story.lanes[0].label = `${IMG} ${story.lanes[0].label}`;

  const event = story.events.find((e) => e.id === EVENT);
  expect(event, `the real story has the event ${EVENT}`).toBeTruthy();
  event.headline = HEADLINE;
  // 100,000 characters: markup, an override, and one very long "word" that must wrap.
  event.summary = `${SCRIPT} ${RLO}${"W".repeat(HUGE)}`;
  event.sources[0].outlet = SCRIPT;
  event.sources[0].title = SVG;
  if (event.confidence_note) event.confidence_note = `${IMG} ${RLO}eton${PDF}`;
  if (event.time?.note) event.time.note = SVG;
  // A quote may have at most 40 words: one word of 100,000 characters is allowed.
  event.mentions[0].quote = "Q".repeat(HUGE);

  const topic = story.topics[0];
  topic.question = `${SVG} ${topic.question}`;
  topic.common_ground = `${IMG} ${RLO}${topic.common_ground}`;
  // The reading of the text that has a link, so the quote's "find it in the original" link
  // carries the huge quote too.
  const linked = story.texts.find((t) => t.url) ?? story.texts[0];
  linked.title = `${RLO}${SCRIPT}${PDF} ${linked.title}`;
  const reading = topic.readings.find((r) => r.text === linked.id) ?? topic.readings[0];
  reading.paraphrase = `${IMG} ` + "lorem ipsum ".repeat(Math.ceil(HUGE / 12)).slice(0, HUGE);
  reading.quotes[0] = "Z".repeat(HUGE);
  return { story, topic: topic.id };
}

/** Records dialogs (alert, confirm, prompt) and dismisses them. */
function watchDialogs(page) {
  const dialogs = [];
  page.on("dialog", (dialog) => {
    dialogs.push(`${dialog.type()}: ${dialog.message()}`);
    dialog.dismiss().catch(() => {});
  });
  return dialogs;
}

/** Asserts that no hostile string ran or became an element. */
async function expectNothingRan(page, dialogs) {
  expect(await page.evaluate(() => typeof window.__pwned)).toBe("undefined");
  expect(await page.evaluate(() => document.querySelectorAll("main img").length)).toBe(0);
  expect(await page.evaluate(() => document.querySelectorAll("main script").length)).toBe(0);
  expect(await page.evaluate(() => document.querySelectorAll("[onerror], [onload]").length)).toBe(0);
  expect(dialogs).toEqual([]);
}

/** How far the page scrolls sideways (0 or less: not at all). */
function overflow(page) {
  return page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
}

/** Opens `query` on the hostile story at each viewport and checks nothing scrolls sideways. */
async function expectNoSidewaysScroll(page, query) {
  const dialogs = watchDialogs(page);
  await serveStory(page, hostileStory(await realStory(page)).story);
  for (const viewport of VIEWPORTS) {
    await page.setViewportSize(viewport);
    await openApp(page, `?data=/fixtures/hostile-ok.json${query}`);
    await expect(page.locator("html")).not.toHaveAttribute("data-state", "error");
    expect(await overflow(page), `horizontal overflow at ${viewport.width}px`).toBeLessThanOrEqual(0);
  }
  await expectNothingRan(page, dialogs);
}

test("a story full of markup loads and shows it as text", async ({ page }) => {
  const errors = watchErrors(page);
  const dialogs = watchDialogs(page);
  await serveStory(page, hostileStory(await realStory(page)).story);
  await openApp(page, "?data=/fixtures/hostile-ok.json");
  await expect(page.locator("html")).not.toHaveAttribute("data-state", "error");
  await expect(page.getByTestId("story-title")).toContainText(SCRIPT);
  await expect(page.getByTestId("story-title")).toContainText(`${RLO}eltit`);
  await expectNothingRan(page, dialogs);
  expect(errors).toEqual([]);
});

test("the hostile event's details show its markup as text", async ({ page }) => {
  const dialogs = watchDialogs(page);
  await serveStory(page, hostileStory(await realStory(page)).story);
  await openApp(page, `?data=/fixtures/hostile-ok.json&event=${EVENT}`);
  const panel = page.getByTestId("details-panel");
  const headline = panel.locator("#tl-details-headline");
  await expect(headline).toBeVisible();
  await expect(headline).toHaveText(HEADLINE);
  await expect(panel.getByTestId("details-sources")).toContainText(SCRIPT);
  await expect(panel.getByTestId("details-sources")).toContainText(SVG);
  // The 100,000-character summary and quote are there in full.
  const summary = panel.locator(".details__summary");
  await expect(summary).toContainText(SCRIPT);
  expect(await summary.evaluate((p) => p.textContent.length)).toBeGreaterThanOrEqual(HUGE);
  const quote = panel.locator("blockquote").first();
  expect(await quote.evaluate((q) => q.textContent.trim())).toBe("Q".repeat(HUGE));
  await expectNothingRan(page, dialogs);
});

test("the hostile topic's comparison shows its markup as text", async ({ page }) => {
  const dialogs = watchDialogs(page);
  const { story, topic } = hostileStory(await realStory(page));
  await serveStory(page, story);
  await openApp(page, `?data=/fixtures/hostile-ok.json&view=compare&topic=${topic}`);
  const panel = page.getByTestId("topic-panel");
  await expect(panel).toContainText(SVG);
  await expect(panel).toContainText("Z".repeat(1000));
  await expect(panel).toContainText(IMG);
  // Every link the panel made from the story is still an https or in-page link.
  const hrefs = await panel.locator("a[href]").evaluateAll((links) => links.map((a) => a.getAttribute("href")));
  for (const href of hrefs) expect(href).toMatch(/^(https:\/\/|\?|#)/);
  await expectNothingRan(page, dialogs);
});

test("hostile strings do not widen the timeline", async ({ page }) => {
  await expectNoSidewaysScroll(page, "");
});

test("hostile strings do not widen the comparison", async ({ page }) => {
  await expectNoSidewaysScroll(page, "&view=compare");
});

test("hostile strings do not widen the open details", async ({ page }) => {
  await expectNoSidewaysScroll(page, `&event=${EVENT}`);
});

test("javascript: and data: links are refused, each with its path", async ({ page }) => {
  const dialogs = watchDialogs(page);
  const story = await realStory(page);
  const links = [
    ["$.events[0].sources[0].url", () => (story.events[0].sources[0].url = "javascript:alert(1)")],
    [
      "$.events[1].sources[0].url",
      () => (story.events[1].sources[0].url = "data:text/html,<script>alert(1)</script>"),
    ],
    ["$.texts[0].url", () => (story.texts[0].url = "data:text/html,<script>alert(1)</script>")],
    ["$.texts[1].url", () => (story.texts[1].url = "javascript:alert(1)")],
  ];
  for (const [, set] of links) set();
  await serveStory(page, story);
  await openApp(page, "?data=/fixtures/hostile-links.json");
  await expect(page.locator("html")).toHaveAttribute("data-state", "error");
  await expect(page.getByTestId("error-summary")).toContainText(`has ${links.length} problems`);
  const problems = page.getByTestId("problems").locator("li");
  await expect(problems).toHaveCount(links.length);
  const text = await problems.allTextContents();
  for (const [path] of links) {
    expect(
      text.some((t) => t.includes(path) && t.includes("not an https link")),
      `${path} is not an https link, in ${JSON.stringify(text)}`,
    ).toBe(true);
  }
  await expect(page.locator('a[href^="javascript:" i]')).toHaveCount(0);
  await expect(page.locator('a[href^="data:" i]')).toHaveCount(0);
  await expectNothingRan(page, dialogs);
});

/** Opens `?data=<value>` and checks it is refused with `message` and nothing went to evil.example. */
async function expectRefused(page, value, message) {
  const requests = watchRequests(page);
  // Encoded, so the app reads exactly `value`; the page's own address then names evil.example
  // only in its query, and the check below looks at the host each request went to.
  await openApp(page, `?data=${encodeURIComponent(value)}`);
  await expect(page.locator("html")).toHaveAttribute("data-state", "error");
  await expect(page.getByTestId("error-summary")).toContainText(message);
  await expect(page.getByTestId("problems").locator("li")).toHaveCount(0);
  const hosts = requests.map((url) => new URL(url).hostname);
  expect(hosts.filter((host) => host.includes("evil.example"))).toEqual([]);
}

test("?data= refuses a file on another site", async ({ page }) => {
  await expectRefused(page, "https://evil.example/x.json", "only story files on this site");
  await expect(page.getByTestId("error-summary")).toContainText("evil.example");
});

test("?data= refuses a scheme-relative address to another site", async ({ page }) => {
  await expectRefused(page, "//evil.example/x.json", "only story files on this site");
  await expect(page.getByTestId("error-summary")).toContainText("evil.example");
});

test("?data= refuses a backslash address that browsers read as another site", async ({ page }) => {
  await expectRefused(page, "/\\evil.example/x.json", "is not a web address or a path on this site");
});
