// Printing any view gives a handout and none of the page's chrome: the short one of two pages
// (see handout-pdf.spec.mjs), or with ?handout=full the whole story: every event with dates
// and sources, every topic with both readings and quotes, the questions.
import { test, expect } from "@playwright/test";
import { openApp, story } from "./support.mjs";

const keyEvents = story.presentation.filter((s) => s.kind === "event").length;

for (const query of ["?handout=full", "?view=compare&topic=motive&handout=full", "?view=present&step=4&handout=full"]) {
  test(`printing ${query} shows the whole handout`, async ({ page }) => {
    await openApp(page, query);
    await page.emulateMedia({ media: "print" });
    const handout = page.locator("#handout");
    await expect(handout).toBeVisible();
    await expect(handout.locator(".handout__event")).toHaveCount(story.events.length);
    await expect(handout.locator(".handout__topic")).toHaveCount(story.topics.length);
    await expect(handout.locator(".handout__sources li").first()).toBeVisible();
    // The undated text's date reads as an estimate here too, as in the comparison.
    await expect(handout).toContainText("c. mid-January 2025 (undated)");
    await expect(handout.getByRole("heading", { name: "Questions for discussion" })).toBeVisible();
    expect(await handout.locator("blockquote").count()).toBeGreaterThan(20);
    for (const chrome of [".site-header", ".page-tools", ".tl-toolbar", ".present__bar", ".site-footer"]) {
      const el = page.locator(chrome);
      if (await el.count()) await expect(el.first()).toBeHidden();
    }
  });
}

test("the handout is black on white in every theme", async ({ page }) => {
  for (const theme of ["contrast", "dark"]) {
    await openApp(page, `?theme=${theme}&view=present&step=3`);
    await page.emulateMedia({ media: "print" });
    const colours = await page.evaluate(() => [
      getComputedStyle(document.body).backgroundColor,
      getComputedStyle(document.querySelector("#handout")).color,
    ]);
    expect(colours, theme).toEqual(["rgb(255, 255, 255)", "rgb(0, 0, 0)"]);
    await page.emulateMedia({ media: "screen" });
  }
});

test("the browser's own Print command finds the handout built before it prints", async ({ page }) => {
  const handoutCode = page.waitForResponse(/\/split_handout-[0-9a-f]+\.wasm$/);
  await openApp(page);
  // The handout's code arrives after the first view; the browser's Print command (Ctrl+P,
  // a menu) sends `beforeprint` and prints when its handlers return, without waiting.
  await handoutCode;
  await page.waitForTimeout(100);
  const built = await page.evaluate(() => {
    window.dispatchEvent(new Event("beforeprint"));
    return document.querySelectorAll("#handout .handout__key").length;
  });
  expect(built).toBe(keyEvents);
});

// What the handout holds when the print dialog opens: "events:key events".
const recordPrint = (page) =>
  page.evaluate(() => {
    window.print = () =>
      (window.__printed = `${document.querySelectorAll("#handout .handout__event").length}:${document.querySelectorAll("#handout .handout__key").length}`);
  });

for (const [where, query, menu] of [
  ["the page tools", "", "print-button"],
  ["the presentation's bar", "?view=present&step=3", "present-print"],
]) {
  test(`Print handout in ${where} offers both handouts, whatever the address says`, async ({ page }) => {
    await openApp(page, `${query}${query ? "&" : "?"}handout=full`);
    await recordPrint(page);
    const summary = page.getByTestId(menu).locator("summary");
    await expect(summary).toHaveText("Print handout");
    // Keyboard operable: the disclosure opens with Enter, and the choices are buttons.
    await summary.focus();
    await page.keyboard.press("Enter");
    await page.getByTestId(`${menu}-short`).click();
    // At once when the handout's chunk (fetched after the first view) is in; else once it is.
    await expect.poll(() => page.evaluate(() => window.__printed)).toBe(`0:${keyEvents}`);
    // The menu folds once a choice is made.
    await expect(page.getByTestId(`${menu}-short`)).toBeHidden();
    await summary.click();
    await page.getByTestId(`${menu}-full`).click();
    await expect.poll(() => page.evaluate(() => window.__printed)).toBe(`${story.events.length}:0`);
    // The browser's own Print command then gives what the address asks for.
    await page.evaluate(() => window.dispatchEvent(new Event("beforeprint")));
    await expect(page.locator("#handout .handout__event")).toHaveCount(story.events.length);
  });
}

test("if the handout's code cannot be fetched, printing gives the page as it is, not a blank one", async ({ page }) => {
  await page.route(/\/split_handout-[0-9a-f]+\.wasm$/, (route) => route.abort("internetdisconnected"));
  await openApp(page);
  await page.emulateMedia({ media: "print" });
  await page.waitForTimeout(300);
  await expect(page.locator("#handout")).toBeEmpty();
  await expect(page.getByTestId("story-title")).toBeVisible();
});

test("the handout gives the explainer's address, for readers of the paper copy", async ({ page }) => {
  await openApp(page, "?view=compare&topic=motive&theme=dark");
  await page.emulateMedia({ media: "print" });
  const address = page.locator("#handout .handout__address");
  await expect(address).toBeVisible();
  // This page without its view state.
  const origin = new URL(page.url()).origin;
  await expect(address).toHaveText(`Interactive version: ${origin}/`);
});

test("embedded, printing the page prints the frame as it is, not the handout", async ({ page }) => {
  await openApp(page, "?embed=1");
  await page.waitForLoadState("networkidle");
  await page.evaluate(() => window.dispatchEvent(new Event("beforeprint")));
  await page.emulateMedia({ media: "print" });
  await page.waitForTimeout(300);
  await expect(page.locator("#handout")).toBeEmpty();
  await expect(page.getByTestId("story-title")).toBeVisible();
});
