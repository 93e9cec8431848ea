// On narrow screens the columns stack, with a switch between Text A, Text B and both; nothing
// scrolls sideways.
import { test, expect } from "@playwright/test";
import { openApp } from "./support.mjs";

test("at 360 px the columns stack and the switch shows one text or both", async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await openApp(page, "?view=compare&topic=cultural-exchange");
  const columns = page.getByTestId("columns").locator(".cmp-col");
  const [a, b] = [await columns.nth(0).boundingBox(), await columns.nth(1).boundingBox()];
  expect(b.y).toBeGreaterThan(a.y + a.height - 1);
  await page.getByRole("radio", { name: "Text B" }).check();
  await expect(columns.nth(0)).toBeHidden();
  await expect(columns.nth(1)).toBeVisible();
  await page.getByRole("radio", { name: "Both" }).check();
  await expect(columns.nth(0)).toBeVisible();
  // The switch is about texts, not sides: Text A stays the one shown when the sides swap.
  await page.getByRole("radio", { name: "Text A" }).check();
  await page.getByTestId("swap").click();
  await expect(page.getByRole("radio", { name: "Text A" })).toBeChecked();
  await expect(page.locator('.cmp-col[data-text="a"]')).toBeVisible();
  await expect(page.locator('.cmp-col[data-text="b"]')).toBeHidden();
  for (const width of [360, 320]) {
    await page.setViewportSize({ width, height: 740 });
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow, `horizontal overflow at ${width}px`).toBeLessThanOrEqual(0);
    // The overview's cards fit too (nothing cut off or scrolled inside its box).
    const inside = await page.locator(".cmp-overview__wrap").evaluate((el) => el.scrollWidth - el.clientWidth);
    expect(inside, `overview overflow at ${width}px`).toBeLessThanOrEqual(0);
  }
});

test("on a phone, choosing a question brings its panel on screen", async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await openApp(page, "?view=compare");
  const tab = page.getByRole("tab", { name: /What happens next/ });
  await tab.scrollIntoViewIfNeeded();
  await tab.click();
  await expect(page.getByTestId("topic-panel").getByRole("heading", { level: 2 })).toBeInViewport();
});

test("with large text on a phone, the texts' facts keep room for their values", async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await openApp(page, "?view=compare");
  // The reader's text size doubled (as a phone's accessibility setting does).
  await page.evaluate(() => (document.documentElement.style.fontSize = "200%"));
  const widths = await page.locator(".cmp-text__facts dd").evaluateAll((dds) => dds.map((dd) => dd.getBoundingClientRect().width));
  expect(widths.length).toBeGreaterThan(0);
  // A term's column takes at most 40 %: a value is never squeezed to a letter a line.
  for (const width of widths) expect(width).toBeGreaterThan(100);
});
