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
  await expect(table).not.toContainText("Disputed. Disputed");
  // The Value column holds figures only; the notes' sentences are in the Note column.
  const values = await table.locator(".chart-table__value").allTextContents();
  for (const value of values) expect(value.length).toBeLessThan(12);
  await expect(page.getByTestId("chart-key")).toContainText("Similarweb");
  await page.getByRole("button", { name: "Hide the table" }).click();
  await expect(table).toBeHidden();
});

test("on a phone the table's columns stay readable", async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await openApp(page);
  const table = page.getByTestId("chart-table");
  await expect(table).toBeVisible();
  // No column squeezed to a letter's width by a long unbreakable cell.
  for (const row of await table.locator("tbody tr").all()) {
    const widths = await row.locator("td").evaluateAll((tds) => tds.map((td) => td.getBoundingClientRect().width));
    expect(Math.min(...widths)).toBeGreaterThan(40);
  }
});
