// The influx chart sits under the lanes on the same time scale, flags the disputed figure,
// names its sources, and has a table alternative.
import { test, expect } from "@playwright/test";
import { openApp } from "./support.mjs";

test("the chart shares the timeline's scale and flags the disputed estimate", async ({ page }) => {
  await openApp(page);
  const chart = page.getByTestId("influx-chart");
  await expect(chart).toBeVisible();
  await expect(chart.locator(".tl-point--disputed")).toHaveCount(1);
  await expect(chart.locator(".tl-point--disputed")).toContainText("32.5M (disputed)");
  // The 13 Jan rank label sits at the same x as the 13 Jan events (midday).
  const rank = await chart.locator(".tl-rank").first().boundingBox();
  const number1 = await page.locator('.tl-mark[data-event="rednote-number-one"] .shape').boundingBox();
  expect(Math.abs(rank.x + rank.width / 2 - (number1.x + number1.width / 2))).toBeLessThan(3);
});

test("show as table gives every number with its date and notes", async ({ page }) => {
  await openApp(page);
  const toggle = page.getByRole("button", { name: "Show as table" });
  await expect(page.getByTestId("chart-table")).toBeHidden();
  await toggle.click();
  const table = page.getByTestId("chart-table");
  await expect(table).toBeVisible();
  await expect(table.locator("tbody tr")).toHaveCount(13);
  await expect(table).toContainText("Disputed.");
  await expect(page.getByTestId("chart-key")).toContainText("Similarweb");
  await page.getByRole("button", { name: "Hide the table" }).click();
  await expect(table).toBeHidden();
});
