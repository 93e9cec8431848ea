// Embedding: compact chrome, auto height in the pym.js and AMP protocols, a link to the full
// explainer, and an Embed dialog whose code works when pasted into a page.
import { test, expect } from "@playwright/test";
import { openApp } from "./support.mjs";

const pymHeights = (page) =>
  page.evaluate(() =>
    window.messages
      .filter((m) => typeof m === "string" && m.startsWith("pymxPYMxc1xPYMxheightxPYMx"))
      .map((m) => Number(m.split("xPYMx")[3])),
  );
const contentHeight = (frame) => frame.evaluate(() => Math.ceil(document.body.getBoundingClientRect().height));

test("the embed reports its height to the host and updates it when the content grows", async ({ page }) => {
  await page.goto("/fixtures/host.html");
  const frame = page.frameLocator("#frame");
  await expect(frame.locator("html")).toHaveAttribute("data-ready", "true");
  const child = page.frame({ url: /embed=1/ });
  await expect.poll(async () => (await pymHeights(page)).at(-1)).toBe(await contentHeight(child));
  // The host applied it: the frame is as tall as its content, so nothing scrolls inside.
  await expect.poll(async () => Number(await page.locator("#frame").getAttribute("height"))).toBe(await contentHeight(child));
  // AMP's message is sent too.
  const amp = await page.evaluate(() => window.messages.filter((m) => m && m.sentinel === "amp" && m.type === "embed-size"));
  expect(amp.length).toBeGreaterThan(0);
  // The content changes: the list (embedded, it opens on a few events), then every event.
  const before = (await pymHeights(page)).at(-1);
  await frame.getByRole("button", { name: "List view" }).click();
  await expect.poll(async () => (await pymHeights(page)).at(-1)).not.toBe(before);
  await expect.poll(async () => (await pymHeights(page)).at(-1)).toBe(await contentHeight(child));
  const list = (await pymHeights(page)).at(-1);
  await frame.getByRole("button", { name: /^Show all \d+ events$/ }).click();
  await expect.poll(async () => (await pymHeights(page)).at(-1)).toBeGreaterThan(list);
  await expect.poll(async () => (await pymHeights(page)).at(-1)).toBe(await contentHeight(child));
});

test("the embed answers pym's width message and ignores anything else", async ({ page }) => {
  await page.goto("/fixtures/host.html");
  const frame = page.frameLocator("#frame");
  await expect(frame.locator("html")).toHaveAttribute("data-ready", "true");
  await expect.poll(async () => (await pymHeights(page)).length).toBeGreaterThan(0);
  const count = (await pymHeights(page)).length;
  await page.evaluate(() => document.getElementById("frame").contentWindow.postMessage("pymxPYMxc1xPYMxwidthxPYMx600", "*"));
  await expect.poll(async () => (await pymHeights(page)).length).toBeGreaterThan(count);
  const url = page.frame({ url: /embed=1/ }).url();
  await page.evaluate(() => {
    const w = document.getElementById("frame").contentWindow;
    w.postMessage("pymxPYMxc1xPYMxnavigateToxPYMxjavascript:alert(1)", "*");
    w.postMessage({ type: "scroll", to: 9999 }, "*");
  });
  await page.waitForTimeout(300);
  expect(page.frame({ url: /embed=1/ }).url()).toBe(url);
});

test("embed mode has a compact title bar and a link to the full explainer at the same state", async ({ page }) => {
  await openApp(page, "?embed=1&view=compare&topic=what-next&childId=c1");
  await expect(page.locator(".site-header")).toHaveCount(0);
  await expect(page.getByTestId("story-title")).toBeVisible();
  const open = page.getByTestId("open-full");
  await expect(open).toHaveAttribute("target", "_blank");
  const href = await open.getAttribute("href");
  expect(href).toContain("view=compare");
  expect(href).toContain("topic=what-next");
  expect(href).not.toContain("embed=1");
  expect(href).not.toContain("childId");
});

test("the Embed dialog's code, pasted into a page twice, shows two explainers at the right heights", async ({ page }) => {
  const codeFor = async (query) => {
    await openApp(page, query);
    await page.getByTestId("embed-button").click();
    const dialog = page.getByRole("dialog", { name: "Embed this view" });
    await expect(dialog).toBeVisible();
    const code = await dialog.getByTestId("embed-iframe").inputValue();
    await expect(dialog.getByTestId("embed-pym")).toHaveValue(/new pym\.Parent/);
    await page.keyboard.press("Escape");
    await expect(dialog).toBeHidden();
    return code;
  };
  const compareCode = await codeFor("?view=compare&topic=motive");
  expect(compareCode).toContain("embed=1");
  expect(compareCode).toContain("topic=motive");
  expect(compareCode).toMatch(/title="[^"]+"/);
  const timelineCode = await codeFor("");
  // Each code names its own frame, so that one page can hold both.
  const idOf = (code) => code.match(/<iframe id="([^"]+)"/)[1];
  expect(idOf(compareCode)).not.toBe(idOf(timelineCode));

  await page.goto("/fixtures/blank.html");
  await page.evaluate((codes) => {
    for (const code of codes) document.body.appendChild(document.createRange().createContextualFragment(code));
  }, [compareCode, timelineCode]);
  for (const [code, url] of [[compareCode, /view=compare/], [timelineCode, /^(?!.*view=compare).*embed=1/]]) {
    const frameEl = page.locator(`iframe#${idOf(code)}`);
    await expect(page.frameLocator(`iframe#${idOf(code)}`).locator("html")).toHaveAttribute("data-ready", "true");
    const child = page.frame({ url });
    await expect.poll(async () => Number(await frameEl.getAttribute("height"))).toBe(await contentHeight(child));
  }
  await expect(page.frameLocator(`iframe#${idOf(compareCode)}`).getByRole("tab", { name: /Why did the US move/ })).toHaveAttribute("aria-selected", "true");
});

test("the embed code is light unless another colour scheme is chosen, and leaves out ids the story lacks", async ({ page }) => {
  await openApp(page, "?event=no-such-event");
  await page.getByTestId("embed-button").click();
  const code = page.getByTestId("embed-iframe");
  await expect(code).toHaveValue(/theme=light/);
  await expect(code).not.toHaveValue(/no-such-event/);
  const id = (await code.inputValue()).match(/<iframe id="([^"]+)"/)[1];
  await page.getByTestId("embed-colours").selectOption("dark");
  await expect(code).toHaveValue(/theme=dark/);
  // Another colour scheme, the same frame id: a code copied before still matches.
  await expect(code).toHaveValue(new RegExp(`<iframe id="${id}"`));
  await page.getByTestId("embed-colours").selectOption("system");
  await expect(code).not.toHaveValue(/theme=/);
});

test("in a frame that may not go full screen, the presentation offers no Full screen button", async ({ page }) => {
  // Another origin's frame without allow="fullscreen", as a page that builds its own iframe.
  await page.goto("http://localhost:4173/fixtures/host.html");
  await page.evaluate(() => (document.getElementById("frame").src = "http://127.0.0.1:4173/?embed=1&childId=c1&view=present"));
  const frame = page.frameLocator("#frame");
  await expect(frame.locator("html[data-ready=true]")).toHaveCount(1);
  await expect(frame.getByRole("button", { name: "Next step" })).toBeVisible();
  await expect(frame.getByRole("button", { name: "Full screen" })).toBeHidden();
  // On a page of its own it is there.
  await openApp(page, "?view=present");
  await expect(page.getByRole("button", { name: "Full screen" })).toBeVisible();
});

// A view sized by the viewport's height would grow the frame, which grows the viewport: the
// height must settle at the content's height in every view.
for (const view of ["timeline", "compare", "present"]) {
  test(`the embedded ${view} view settles at its content's height`, async ({ page }) => {
    await page.goto("/fixtures/host.html");
    await page.evaluate((v) => (document.getElementById("frame").src = `/?embed=1&childId=c1&view=${v}`), view);
    const frame = page.frameLocator("#frame");
    await expect(frame.locator(`html[data-ready=true]`)).toHaveCount(1);
    const frameHeight = async () => Number(await page.locator("#frame").getAttribute("height"));
    let last = -1;
    // Stable over a whole second, not just between two messages.
    await expect
      .poll(async () => {
        const now = await frameHeight();
        const settled = now === last;
        last = now;
        return settled;
      }, { intervals: [1000], timeout: 10000 })
      .toBe(true);
    const child = page.frame({ url: new RegExp(`view=${view}`) });
    expect(await frameHeight()).toBe(await contentHeight(child));
    expect(await frameHeight()).toBeLessThan(4000);
    // No height was sent for the loading message: the frame never shrank to it first.
    expect(Math.min(...(await pymHeights(page)))).toBeGreaterThan(400);
  });
}

test("the embed code carries only the current view's state", async ({ page }) => {
  // A parameter of the page's own address that the app does not use (a host's or a tracker's)
  // is not copied into the code.
  await openApp(page, "?view=compare&topic=motive&swap=1&childId=c1&utm_source=x");
  await page.getByRole("navigation", { name: "Views" }).getByRole("link", { name: "Timeline" }).click();
  await expect(page).toHaveURL(/topic=motive/);
  await page.getByTestId("embed-button").click();
  const code = await page.getByTestId("embed-iframe").inputValue();
  expect(code).toContain("embed=1");
  expect(code).not.toContain("topic=");
  expect(code).not.toContain("swap=");
  expect(code).not.toContain("childId");
  expect(code).not.toContain("utm_source");
});

test("the Embed dialog says when the code is copied, and a click outside closes it", async ({ page }) => {
  await page.context().grantPermissions(["clipboard-read", "clipboard-write"]);
  await openApp(page);
  await page.getByTestId("embed-button").click();
  const dialog = page.getByRole("dialog", { name: "Embed this view" });
  await dialog.getByRole("button", { name: "Copy" }).first().click();
  await expect(page.getByTestId("embed-status")).toHaveText("Copied to the clipboard.");
  // It really is on the clipboard.
  const pasted = await page.evaluate(() => navigator.clipboard.readText());
  expect(pasted).toBe(await page.getByTestId("embed-iframe").inputValue());
  // A selection dragged from the code and released outside does not close the dialog.
  const area = await page.getByTestId("embed-iframe").boundingBox();
  await page.mouse.move(area.x + 10, area.y + 10);
  await page.mouse.down();
  await page.mouse.move(3, 3, { steps: 4 });
  await page.mouse.up();
  await expect(dialog).toBeVisible();
  // A click inside the dialog's box but off its controls does not close it; one outside does.
  const box = await dialog.boundingBox();
  await page.mouse.click(box.x + 8, box.y + box.height - 8);
  await expect(dialog).toBeVisible();
  await page.mouse.click(5, 5);
  await expect(dialog).toBeHidden();
  await expect(page.getByTestId("embed-button")).toBeFocused();
});

test("embedded, the presentation keeps one height and its Next button stays in place", async ({ page }) => {
  await page.goto("/fixtures/host.html");
  await page.evaluate(() => (document.getElementById("frame").src = "/?embed=1&childId=c1&view=present"));
  const frame = page.frameLocator("#frame");
  await expect(frame.locator("html[data-ready=true]")).toHaveCount(1);
  // The written page gives way to the app in the frame's next frame after data-ready: measure
  // the app's button, not the written page's.
  await expect(frame.locator("#prerendered")).toHaveCount(0);
  const next = frame.getByRole("button", { name: "Next step" });
  const counter = frame.getByTestId("step-counter");
  const count = Number((await counter.textContent()).split("/")[1]);
  expect(count).toBeGreaterThan(3);
  const frameHeight = async () => Number(await page.locator("#frame").getAttribute("height"));
  // Where the button is in the frame (clicking may scroll the host page).
  const inFrame = async () => (await next.boundingBox()).y - (await page.locator("#frame").boundingBox()).y;
  await expect.poll(inFrame).toBeGreaterThan(0);
  const y = await inFrame();
  await expect.poll(frameHeight).toBeGreaterThan(300);
  const height = await frameHeight();
  for (let step = 2; step <= count; step++) {
    await next.click();
    await expect(counter).toHaveText(`${step} / ${count}`);
    expect(Math.round(await inFrame()), `step ${step}`).toBe(Math.round(y));
  }
  // The frame never changed its height (a message would have come by now).
  await page.waitForTimeout(300);
  expect(await frameHeight()).toBe(height);
});

test("an embed below the fold, from another origin, still reports its height before it is seen", async ({ page }) => {
  // The host on another origin than the frame (localhost and 127.0.0.1), as on a news site:
  // there the browser pauses the rendering of a frame out of view.
  await page.goto("http://localhost:4173/fixtures/host.html");
  await page.evaluate(() => {
    // The embed below the fold.
    const frame = document.getElementById("frame");
    const spacer = document.createElement("div");
    spacer.style.height = "2000px";
    frame.before(spacer);
    frame.src = "http://127.0.0.1:4173/?embed=1&childId=c1&view=compare";
  });
  const frameHeight = async () => Number(await page.locator("#frame").getAttribute("height"));
  // Long enough for the comparison to load (its chunks, and the whole story's, on a loaded
  // machine running tests in parallel); nothing is scrolled.
  await expect.poll(frameHeight, { timeout: 15000 }).toBeGreaterThan(2000);
  const before = await frameHeight();
  expect(await page.evaluate(() => scrollY)).toBe(0);
  // Brought into view, the frame is already at its height.
  await page.locator("#frame").scrollIntoViewIfNeeded();
  await page.waitForTimeout(500);
  expect(await frameHeight()).toBe(before);
});

test("embedded, the explainer adds no entries to the reader's history", async ({ page }) => {
  await page.goto("/fixtures/host.html");
  await page.evaluate(() => (document.getElementById("frame").src = "/?embed=1&childId=c1"));
  const frame = page.frameLocator("#frame");
  await expect(frame.locator("html[data-ready=true]")).toHaveCount(1);
  const length = await page.evaluate(() => history.length);
  await frame.locator(".tl-mark").first().click();
  await frame.getByRole("link", { name: "Compare the texts" }).click();
  await expect(frame.getByRole("tab").first()).toBeVisible();
  await frame.getByRole("tab").nth(1).click();
  await expect.poll(() => page.frame({ url: /view=compare/ })?.url()).toContain("topic=");
  expect(await page.evaluate(() => history.length)).toBe(length);
});

test("embedded, choosing an event brings its details into the host page's view", async ({ page }) => {
  await page.setViewportSize({ width: 760, height: 800 });
  await page.goto("/fixtures/host.html");
  await page.evaluate(() => (document.getElementById("frame").src = "/?embed=1&childId=c1"));
  const frame = page.frameLocator("#frame");
  await expect(frame.locator("html[data-ready=true]")).toHaveCount(1);
  // At this width the details open under the track, below the host's fold: the host page
  // scrolls to them.
  expect(await page.evaluate(() => scrollY)).toBe(0);
  await frame.locator(".tl-mark").first().click();
  const panel = frame.getByTestId("details-panel");
  await expect(panel).toBeVisible();
  await expect.poll(async () => (await panel.boundingBox()).y).toBeLessThan(800 * 0.75);
  expect(await page.evaluate(() => scrollY)).toBeGreaterThan(0);
});

test("an embed opened at a topic or an event does not scroll its article", async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  for (const query of ["&view=compare&topic=motive", "&event=supreme-court-ruling"]) {
    await page.goto("/fixtures/host.html");
    await page.evaluate((q) => (document.getElementById("frame").src = `/?embed=1&childId=c1${q}`), query);
    await expect(page.frameLocator("#frame").locator("html[data-ready=true]")).toHaveCount(1);
    await page.waitForTimeout(500);
    expect(await page.evaluate(() => scrollY), query).toBe(0);
  }
});

test("embedded on a wide page, choosing an event or a topic does not scroll the article", async ({ page }) => {
  await page.setViewportSize({ width: 1400, height: 800 });
  for (const [view, target] of [
    ["", (frame) => frame.locator(".tl-mark").first()],
    ["&view=compare", (frame) => frame.getByRole("tab").nth(1)],
  ]) {
    await page.goto("/fixtures/host.html");
    await page.evaluate((v) => (document.getElementById("frame").src = `/?embed=1&childId=c1${v}`), view);
    const frame = page.frameLocator("#frame");
    await expect(frame.locator("html[data-ready=true]")).toHaveCount(1);
    const chosen = target(frame);
    await chosen.scrollIntoViewIfNeeded();
    const before = await page.evaluate(() => scrollY);
    await chosen.click();
    await page.waitForTimeout(200);
    // The details sit beside the track, the topic beside its tabs: nothing to scroll to.
    expect(await page.evaluate(() => scrollY), view || "timeline").toBe(before);
  }
});
