// axe-core reports no WCAG A/AA violation on any view or mode, in every theme, at desktop and
// phone sizes.
import { test, expect } from "@playwright/test";
import { openApp, axeViolations } from "./support.mjs";

const views = [
  ["timeline", ""],
  ["timeline with details", "?event=tiktok-goes-dark"],
  ["list view", "?list=1&event=supreme-court-ruling"],
  ["compare, a topic", "?view=compare&topic=cultural-exchange"],
  ["compare, swapped", "?view=compare&topic=motive&swap=1"],
  ["present, an event", "?view=present&step=9"],
  ["present, an influx event with the chart", "?view=present&step=5"],
  ["present, the speaker notes window", "?view=present&step=2&speaker=1"],
  ["present, a topic", "?view=present&step=16"],
  ["present, the title", "?view=present&step=1"],
  ["embed", "?embed=1&childId=c1"],
  ["embed, compare", "?embed=1&view=compare"],
];
const themes = ["light", "dark", "contrast"];
const sizes = [
  [1280, 800],
  [360, 740],
];

for (const [width, height] of sizes) {
  for (const theme of themes) {
    test(`no violations at ${width}×${height} in the ${theme} theme`, async ({ page }) => {
      test.setTimeout(120_000);
      await page.setViewportSize({ width, height });
      const found = [];
      for (const [name, query] of views) {
        const sep = query ? "&" : "?";
        await openApp(page, `${query}${sep}theme=${theme}`);
        const violations = await axeViolations(page);
        if (violations.length) found.push({ view: name, violations });
      }
      expect(found, JSON.stringify(found, null, 2)).toEqual([]);
    });
  }
}

test("no violations with the Embed dialog open", async ({ page }) => {
  await openApp(page);
  await page.getByTestId("embed-button").click();
  await expect(page.getByRole("dialog")).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
});

test("no violations with the print menu and the presentation's notes panel open", async ({ page }) => {
  await openApp(page);
  await page.getByTestId("print-button").locator("summary").click();
  await expect(page.getByTestId("print-button-short")).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
  await openApp(page, "?view=present&step=2");
  // Pop-ups blocked: the notes open in the page.
  await page.evaluate(() => (window.open = () => null));
  await page.keyboard.press("s");
  await expect(page.getByTestId("notes-panel")).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
});

test("no violations on the error page", async ({ page }) => {
  await openApp(page, "?data=/fixtures/invalid-story.json");
  expect(await axeViolations(page)).toEqual([]);
});
