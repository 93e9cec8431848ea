// The topic navigator follows the WAI-ARIA tabs pattern; the chosen topic is in the address
// and restored from it.
import { test, expect } from "@playwright/test";
import { openApp } from "./support.mjs";

test("arrow keys, Home and End choose topics, and the address follows", async ({ page }) => {
  await openApp(page, "?view=compare");
  const tabs = page.getByRole("tablist", { name: "Questions" }).getByRole("tab");
  await expect(tabs).toHaveCount(7);
  await expect(tabs.first()).toHaveAttribute("aria-selected", "true");
  await expect(page.getByRole("tablist").locator('[tabindex="0"]')).toHaveCount(1);
  await tabs.first().focus();
  await page.keyboard.press("ArrowDown");
  await expect(tabs.nth(1)).toHaveAttribute("aria-selected", "true");
  await expect(tabs.nth(1)).toBeFocused();
  await expect(page).toHaveURL(/topic=cultural-exchange/);
  await expect(page.getByRole("tabpanel").getByRole("heading", { level: 2 })).toContainText("cultural exchange");
  await page.keyboard.press("End");
  await expect(tabs.nth(6)).toBeFocused();
  await expect(page).toHaveURL(/topic=what-next/);
  await page.keyboard.press("Home");
  await expect(tabs.first()).toBeFocused();
  await page.keyboard.press("ArrowUp");
  await expect(tabs.first()).toHaveAttribute("aria-selected", "true");
  // The panel is labelled by its tab.
  const id = await tabs.first().getAttribute("id");
  await expect(page.getByRole("tabpanel")).toHaveAttribute("aria-labelledby", id);
});

test("a link to a topic opens it, with both readings, quotes and the summary", async ({ page }) => {
  await openApp(page, "?view=compare&topic=state-power");
  const panel = page.getByTestId("topic-panel");
  await expect(panel.getByRole("heading", { level: 2 })).toHaveText("Whose state power does the text scrutinise?");
  // Brought into view below the introductions, also on a phone.
  await expect(panel.getByRole("heading", { level: 2 })).toBeInViewport();
  await page.setViewportSize({ width: 360, height: 740 });
  await openApp(page, "?view=compare&topic=what-next");
  await expect(panel.getByRole("heading", { level: 2 })).toBeInViewport();
  await page.setViewportSize({ width: 1280, height: 720 });
  await openApp(page, "?view=compare&topic=state-power");
  // The undated text's date reads as an estimate, once.
  await expect(page.getByText("c. mid-January 2025 (undated)")).toHaveCount(1);
  const columns = panel.getByTestId("columns").locator(".cmp-col");
  await expect(columns).toHaveCount(2);
  await expect(columns.first()).toContainText("Text A");
  await expect(columns.first()).toContainText("at the end: only the US government");
  await expect(columns.nth(1)).toContainText("at the end: both the US and Chinese states");
  expect(await panel.locator("blockquote").count()).toBeGreaterThanOrEqual(2);
  await expect(panel).toContainText("Common ground");
  await expect(panel).toContainText("Key difference");
  // Text B's quotes cite the original and link to the words in it.
  const cited = panel.locator('blockquote[cite^="https://"]');
  expect(await cited.count()).toBeGreaterThanOrEqual(1);
  await expect(panel.getByRole("link", { name: /find it in the original/ }).first()).toHaveAttribute("href", /#:~:text=/);
  // Each quotation's link has a name of its own (screen readers list links out of context):
  // its opening words.
  const names = await panel
    .getByRole("link", { name: /find it in the original/ })
    .evaluateAll((links) => links.map((a) => a.textContent));
  expect(names.length).toBeGreaterThan(1);
  expect(new Set(names).size).toBe(names.length);
  for (const name of names) expect(name).toMatch(/^find it in the original: “.+” \(opens in a new tab\)$/);
});

test("a text that does not address a topic says so instead of a marker", async ({ page }) => {
  await openApp(page, "?view=compare&topic=motive");
  const col = page.getByTestId("columns").locator(".cmp-col").nth(1);
  await expect(col).toContainText("Not placed on the spectrum");
  await expect(col.locator(".cmp-marker")).toHaveCount(0);
});

test("the method note is one click away from a topic", async ({ page }) => {
  await openApp(page, "?view=compare&topic=user-agency");
  await page.getByRole("link", { name: /How we read the texts/ }).click();
  await expect(page.locator("#method")).toBeInViewport();
  await expect(page.locator("#method")).toContainText("editorial judgements");
});
