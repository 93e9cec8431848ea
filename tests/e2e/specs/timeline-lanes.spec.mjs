// Lanes can be hidden and shown; each lane has a colour and a shape, and the legend says so.
import { test, expect } from "@playwright/test";
import { openApp } from "./support.mjs";

test("hiding a lane removes its row and markers, and showing it brings them back", async ({ page }) => {
  await openApp(page);
  const lanes = page.locator(".tl-lane");
  const count = await lanes.count();
  const law = page.getByRole("checkbox", { name: /Law and courts/ });
  await expect(law).toBeChecked();
  await law.uncheck();
  await expect(lanes).toHaveCount(count - 1);
  await expect(page.locator('.tl-mark[data-event="supreme-court-ruling"]')).toHaveCount(0);
  await expect(page.locator(".tl-lane-label", { hasText: "Law and courts" })).toHaveCount(0);
  await law.check();
  await expect(lanes).toHaveCount(count);
  await expect(page.locator('.tl-mark[data-event="supreme-court-ruling"]')).toHaveCount(1);
});

test("hiding the selected event's lane closes its details, and only the others'", async ({ page }) => {
  await openApp(page, "?event=supreme-court-ruling");
  const panel = page.getByTestId("details-panel");
  await expect(panel).toBeVisible();
  // Another lane: the details stay.
  await page.getByRole("checkbox", { name: /The influx/ }).uncheck();
  await expect(panel).toBeVisible();
  await expect(page).toHaveURL(/event=supreme-court-ruling/);
  // The event's own lane: the details close, and the address no longer names the event.
  await page.getByRole("checkbox", { name: /Law and courts/ }).uncheck();
  await expect(panel).toBeHidden();
  await expect(page).not.toHaveURL(/event=/);
});

test("after every lane was hidden, showing one gives the keyboard an event again", async ({ page }) => {
  await openApp(page);
  const boxes = page.getByRole("group", { name: "Lanes shown" }).getByRole("checkbox");
  for (const box of await boxes.all()) await box.uncheck();
  await expect(page.locator(".tl-mark")).toHaveCount(0);
  await boxes.first().check();
  await expect(page.getByTestId("timeline-events").locator('[tabindex="0"]')).toHaveCount(1);
});

test("lanes differ by shape as well as colour", async ({ page }) => {
  await openApp(page);
  const shapes = await page.locator(".tl-legend__lanes .shape").evaluateAll((els) =>
    els.map((el) => getComputedStyle(el).clipPath),
  );
  expect(new Set(shapes).size).toBe(shapes.length);
  await expect(page.getByRole("list", { name: "Marker key" })).toContainText("expected something other");
});

test("markers carry badges for the texts that mention them", async ({ page }) => {
  await openApp(page);
  const ruling = page.locator('.tl-mark[data-event="supreme-court-ruling"]');
  await expect(ruling.locator(".badge--gap")).toHaveText("A!");
  await expect(ruling).toHaveAttribute("aria-label", /Text A mentions it; what it expected differed/);
});
