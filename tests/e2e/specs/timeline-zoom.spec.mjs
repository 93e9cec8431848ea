// Zoom buttons, presets, ctrl+wheel and clusters change the zoom without rebuilding markers.
import { test, expect } from "@playwright/test";
import { openApp, story } from "./support.mjs";

const zoom = (page) =>
  page.getByTestId("timeline-track").evaluate((el) => Number(el.dataset.zoom));

test("the buttons step through discrete zoom levels", async ({ page }) => {
  await openApp(page);
  const start = await zoom(page);
  await page.getByRole("button", { name: "Zoom in", exact: true }).click();
  expect(await zoom(page)).toBe(start * 2);
  await page.getByRole("button", { name: "Zoom out", exact: true }).click();
  await page.getByRole("button", { name: "Zoom out", exact: true }).click();
  expect(await zoom(page)).toBe(start / 2);
  await page.getByRole("button", { name: "Show everything" }).click();
  await expect(page.getByTestId("zoom-status")).toHaveText(/months|years/);
  await expect(page.getByRole("button", { name: "Zoom out", exact: true })).toBeDisabled();
  await expect(page.getByRole("button", { name: "Show everything" })).toBeDisabled();
  // Everything fits: no horizontal scrolling in the timeline.
  const { scrollWidth, clientWidth } = await page
    .getByTestId("timeline-scroller")
    .evaluate((el) => ({ scrollWidth: el.scrollWidth, clientWidth: el.clientWidth }));
  expect(scrollWidth).toBeLessThanOrEqual(clientWidth + 1);
});

test("period presets zoom to the deadline week and down to the hours of the outage", async ({ page }) => {
  await openApp(page);
  await page.getByRole("button", { name: "Show everything" }).click();
  await page.getByRole("button", { name: /^Zoom to Outage/ }).click();
  await expect(page.getByTestId("zoom-status")).toHaveText("Axis in hours");
  await expect(page.locator(".tl-tick__label", { hasText: /^\d\d:00$/ }).first()).toBeVisible();
  // The corner beside the axis says the date at the view's left edge.
  await expect(page.getByTestId("edge-date")).toHaveText(/^(Thu|Fri|Sat) 1[678] Jan 2025$/);
  await page.getByRole("button", { name: /^Zoom to Deadline week/ }).click();
  await expect(page.getByTestId("zoom-status")).toHaveText("Axis in days");
  await expect(page.locator('.tl-mark[data-event="supreme-court-ruling"]')).toBeInViewport();
  // Tabbing into the events now lands in that period, not back where the focus was: the one
  // tab stop among the markers is an event of the period, already in view (checked without
  // focusing it, which would scroll it into view by itself).
  await page.getByRole("button", { name: /^Zoom to Outage/ }).click();
  await expect(page.getByTestId("zoom-status")).toHaveText("Axis in hours");
  const roving = page.getByTestId("timeline-events").locator('[tabindex="0"]');
  const outage = story.eras.find((e) => e.id === "outage");
  const inOutage = story.events
    .filter((e) => e.date >= outage.start && e.date <= outage.end)
    .map((e) => e.id);
  await expect.poll(async () => inOutage.includes(await roving.getAttribute("data-event"))).toBe(true);
  const scroller = await page.getByTestId("timeline-scroller").boundingBox();
  const box = await roving.locator(".shape").boundingBox();
  expect(box.x).toBeGreaterThanOrEqual(scroller.x);
  expect(box.x + box.width).toBeLessThanOrEqual(scroller.x + scroller.width);
});

test("zooming moves markers without rebuilding them", async ({ page }) => {
  await openApp(page);
  const marker = page.locator('.tl-mark[data-event="supreme-court-ruling"]');
  await marker.evaluate((el) => (el.dataset.probe = "kept"));
  const before = await marker.boundingBox();
  await page.getByRole("button", { name: "Zoom in", exact: true }).click();
  await expect(marker).toHaveAttribute("data-probe", "kept");
  const after = await marker.boundingBox();
  expect(after.x).not.toBe(before.x);
});

test("ctrl+wheel zooms about the pointer", async ({ page }) => {
  await openApp(page);
  const scroller = page.getByTestId("timeline-scroller");
  const box = await scroller.boundingBox();
  const start = await zoom(page);
  await page.mouse.move(box.x + box.width / 2, box.y + 100);
  await page.keyboard.down("Control");
  await page.mouse.wheel(0, -120);
  await page.keyboard.up("Control");
  await expect.poll(() => zoom(page)).toBe(start * 2);
});

test("dragging pans the timeline", async ({ page }) => {
  await openApp(page);
  const scroller = page.getByTestId("timeline-scroller");
  const box = await scroller.boundingBox();
  const before = await scroller.evaluate((el) => el.scrollLeft);
  await page.mouse.move(box.x + box.width / 2, box.y + 40);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width / 2 - 200, box.y + 40, { steps: 8 });
  await page.mouse.up();
  expect(await scroller.evaluate((el) => el.scrollLeft)).toBeGreaterThan(before + 150);
});

test("a cluster zooms in when chosen", async ({ page }) => {
  await openApp(page);
  await page.getByRole("button", { name: "Show everything" }).click();
  const cluster = page.locator(".tl-cluster").first();
  await expect(cluster).toBeVisible();
  const start = await zoom(page);
  await cluster.click();
  expect(await zoom(page)).toBeGreaterThan(start);
});

test("a cluster that no zoom can split opens its first event instead", async ({ page }) => {
  await openApp(page);
  // Zoom in on 13 Jan by its clusters until one stands for events at the same moment.
  const sameMoment = page.locator('.tl-cluster[aria-label*="Choose to open the first"]');
  for (let i = 0; i < 12 && !(await sameMoment.count()); i++) {
    await page.locator('.tl-cluster[aria-label*="13 Jan 2025"]').first().click();
  }
  await expect(sameMoment.first()).toHaveAttribute("aria-label", /events on 13 Jan 2025/);
  await sameMoment.first().click();
  await expect(page).toHaveURL(/event=/);
  await expect(page.getByTestId("details-panel")).toBeVisible();
});

test("at the closest zoom a cluster says it opens its first event, and does", async ({ page }) => {
  // Three events within 92 minutes: choosing their cluster zooms as close as the zoom goes,
  // where the first stands alone (it has the focus) and the two minutes apart still share a
  // marker.
  await openApp(page, "?data=/fixtures/minutes-apart-story.json");
  const cluster = page.locator(".tl-cluster");
  await expect(cluster).toHaveCount(1);
  await expect(cluster).toHaveAttribute("aria-label", /3 events on 18 Jan 2025\. Zoom in to see them/);
  await cluster.click();
  await expect(page.getByRole("button", { name: "Zoom in", exact: true })).toHaveAttribute("aria-disabled", "true");
  await expect(cluster).toHaveCount(1);
  await expect(cluster).toHaveAttribute("aria-label", /2 events on 18 Jan 2025\. Choose to open the first\./);
  // A zoom step away from the closest level, and back, keeps the same cluster: its name
  // follows what choosing it does.
  await page.getByRole("button", { name: "Zoom out", exact: true }).click();
  await expect(cluster).toHaveAttribute("aria-label", /2 events on 18 Jan 2025\. Zoom in to see them\./);
  await page.getByRole("button", { name: "Zoom in", exact: true }).click();
  await expect(cluster).toHaveAttribute("aria-label", /2 events on 18 Jan 2025\. Choose to open the first\./);
  await cluster.click();
  await expect(page).toHaveURL(/event=first/);
});

test("at every zoom a marker's label is readable or not shown, never a sliver", async ({ page }) => {
  await openApp(page);
  await page.getByRole("button", { name: "Show everything" }).click();
  const zoomIn = page.getByRole("button", { name: "Zoom in", exact: true });
  for (let i = 0; i < 16; i++) {
    const slivers = await page.locator(".tl-mark__label").evaluateAll((labels) =>
      labels
        .filter((label) => {
          const box = label.getBoundingClientRect();
          const text = label.firstElementChild.getBoundingClientRect();
          // What shows of the text: the part inside the label's box (a text that does not fit
          // wraps below the label's one line, which clips it).
          const shown = text.top < box.bottom - 2 ? Math.min(text.right, box.right) - Math.max(text.left, box.left) : 0;
          return label.checkVisibility() && shown > 0 && shown < 40;
        })
        .map((label) => label.textContent),
    );
    expect(slivers, `zoom ${await zoom(page)}`).toEqual([]);
    if ((await zoomIn.getAttribute("aria-disabled")) === "true") break;
    await zoomIn.click();
  }
});

test("zoomed out, nothing collides: markers and clusters, era labels, the chart's labels", async ({ page }) => {
  await openApp(page);
  for (const preset of ["Show everything", /^Zoom to Enforcement paused/]) {
    await page.getByRole("button", { name: preset }).click();
    await expect(page.getByTestId("zoom-status")).toHaveText("Axis in months");
    // In each lane, no two drawn marks' shapes overlap (a cluster's pill counts whole).
    for (const lane of await page.locator(".tl-lane").all()) {
      const boxes = await lane
        .locator(".tl-mark .shape, .tl-cluster")
        .evaluateAll((els) => els.map((el) => el.getBoundingClientRect()).map((r) => [r.left, r.right]));
      boxes.sort((a, b) => a[0] - b[0]);
      for (let i = 1; i < boxes.length; i++) expect(boxes[i][0], `overlap in a lane: ${JSON.stringify(boxes)}`).toBeGreaterThanOrEqual(boxes[i - 1][1] - 1);
    }
    // The outage's band is a sliver here: its label is hidden, not squeezed to a letter.
    await expect(page.locator('.tl-era[data-era="outage"] .tl-era__label')).toBeHidden();
    // One rank pill for the run of #1 days, no pile of them.
    await expect(page.locator(".tl-rank:visible")).toHaveCount(1);
  }
});

test("zoomed into hours between two midnights, the corner beside the axis still says the day", async ({ page }) => {
  await openApp(page, "?event=rednote-number-one");
  await page.getByTestId("timeline-events").locator('[tabindex="0"]').focus();
  for (let i = 0; i < 6; i++) await page.keyboard.press("+");
  await expect(page.getByTestId("zoom-status")).toHaveText("Axis in hours");
  // (The ticks in view may name only hours.)
  await expect(page.getByTestId("edge-date")).toHaveText("Mon 13 Jan 2025");
  await page.getByRole("button", { name: "Show everything" }).click();
  await expect(page.getByTestId("edge-date")).toHaveText("");
});

test("at week zoom the chart's point labels do not overlap", async ({ page }) => {
  await openApp(page);
  await page.getByTestId("timeline-events").locator('[tabindex="0"]').focus();
  for (let i = 0; i < 8 && (await page.getByTestId("zoom-status").textContent()) !== "Axis in weeks"; i++) {
    await page.keyboard.press("-");
  }
  await expect(page.getByTestId("zoom-status")).toHaveText("Axis in weeks");
  const boxes = await page
    .locator(".tl-point__label:visible")
    .evaluateAll((els) => els.map((el) => el.getBoundingClientRect()).map((r) => [r.left, r.right, r.top, r.bottom]));
  expect(boxes.length).toBeGreaterThan(0);
  for (let i = 0; i < boxes.length; i++)
    for (let j = i + 1; j < boxes.length; j++) {
      const [a, b] = [boxes[i], boxes[j]];
      const overlap = a[0] < b[1] - 1 && b[0] < a[1] - 1 && a[2] < b[3] - 1 && b[2] < a[3] - 1;
      expect(overlap, `labels overlap: ${JSON.stringify([a, b])}`).toBe(false);
    }
});
