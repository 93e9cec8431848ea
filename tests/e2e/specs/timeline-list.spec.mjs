// The list view: every event grouped by month, with the same selection and details; the only
// layout on narrow screens, with no horizontal scrolling at 320 px.
import { test, expect } from "@playwright/test";
import { openApp, story } from "./support.mjs";

test("the list view shows every event by month and opens details in place", async ({ page }) => {
  await openApp(page);
  await page.getByRole("button", { name: "List view" }).click();
  await expect(page).toHaveURL(/list=1/);
  const list = page.getByTestId("event-list");
  await expect(list.locator(".event-list__item")).toHaveCount(story.events.length);
  await expect(list.getByRole("heading", { name: "January 2025" })).toBeVisible();
  // The marker key holds here too: confidence rings and the texts' badges, also in words.
  const dark = list.locator('.event-list__item[data-event="tiktok-goes-dark"] button');
  await expect(dark.locator(".key-ring--disputed")).toHaveCount(1);
  await expect(dark.locator(".badge")).toHaveText(["A!"]);
  await expect(dark).toHaveAccessibleName(/Disputed.*Text A mentions it; what it expected differed/);
  await list.getByRole("button", { name: /Supreme Court unanimously upholds the law/ }).click();
  await expect(page).toHaveURL(/event=supreme-court-ruling/);
  await expect(list.getByTestId("details")).toHaveCount(1);
  await expect(list.getByTestId("details-sources").locator("li").first()).toBeVisible();
  // The chart's numbers are a table here.
  await expect(page.getByTestId("chart-table")).toBeVisible();
});

test("on a phone the list is the layout and nothing scrolls sideways", async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await openApp(page, "?event=tiktok-goes-dark");
  await expect(page.getByTestId("event-list")).toBeVisible();
  await expect(page.getByTestId("timeline-scroller")).toBeHidden();
  await expect(page.getByRole("button", { name: "List view" })).toBeHidden();
  const details = page.getByTestId("event-list").getByTestId("details");
  await expect(details).toContainText("ET");
  await expect(details).toContainText("Beijing");
  // The linked event is brought into view, far down the list as it is.
  await expect(page.locator('.event-list__item[data-event="tiktok-goes-dark"] button')).toBeInViewport();
  // Choosing a later event closes this one above it; the chosen one stays on screen.
  const later = page.locator('.event-list__item[data-event="tiktok-restored"] button');
  await later.click();
  await expect(page).toHaveURL(/event=tiktok-restored/);
  await expect(later).toBeInViewport();
  // Back chooses the earlier event again, far up the list: it is brought back on screen.
  await page.goBack();
  await expect(page).toHaveURL(/event=tiktok-goes-dark/);
  await expect(page.locator('.event-list__item[data-event="tiktok-goes-dark"] button')).toBeInViewport();
  for (const width of [360, 320]) {
    await page.setViewportSize({ width, height: 740 });
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow, `horizontal overflow at ${width}px`).toBeLessThanOrEqual(0);
  }
});

test("on a phone the first events show on the first screen, the lanes folded under a summary", async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await openApp(page);
  const summary = page.getByTestId("lanes-summary");
  await expect(summary).toHaveText(/Lanes and marker key\s*\(all shown\)/);
  const law = page.getByRole("checkbox", { name: /Law and courts/ });
  await expect(law).toBeHidden();
  await expect(page.locator(".event-list__item").first()).toBeInViewport();
  // Opened, the filter works as on a wide screen, and the summary counts the lanes shown.
  await summary.click();
  await law.uncheck();
  await expect(summary).toHaveText(new RegExp(`\\(${story.lanes.length - 1} of ${story.lanes.length} shown\\)`));
  // The chart is not drawn in the list: its introduction speaks of the table.
  await expect(page.getByTestId("chart-key").locator(".chart-key__intro:visible")).toHaveText(/^In the list view the chart's numbers are a table/);
  // On a wide screen the filter is always open, without the summary.
  await page.setViewportSize({ width: 1280, height: 800 });
  await expect(summary).toBeHidden();
  await expect(law).toBeVisible();
  await expect(page.getByTestId("chart-key").locator(".chart-key__intro:visible")).toHaveText(/^Under the lanes/);
});
