// ?event=ID opens that event, in view; the address follows the selection; an unknown id gives
// a gentle notice, not an error page.
import { test, expect } from "@playwright/test";
import { openApp } from "./support.mjs";

test("a link to an event opens its details with the marker in view", async ({ page }) => {
  await openApp(page, "?event=tiktok-restored");
  const panel = page.getByTestId("details-panel");
  await expect(panel.getByRole("heading", { level: 2 })).toHaveText("TikTok restores service and thanks Trump");
  const marker = page.locator('.tl-mark[data-event="tiktok-restored"]');
  await expect(marker).toHaveAttribute("aria-current", "true");
  await expect(marker).toBeInViewport();
  // Horizontally inside the timeline's viewport too.
  const [m, s] = await Promise.all([marker.boundingBox(), page.getByTestId("timeline-scroller").boundingBox()]);
  expect(m.x).toBeGreaterThanOrEqual(s.x);
  expect(m.x + m.width).toBeLessThanOrEqual(s.x + s.width);
});

test("choosing an event puts it in the address, and back restores the previous one", async ({ page }) => {
  await openApp(page, "?event=supreme-court-ruling");
  await page.locator('.tl-mark[data-event="tiktok-goes-dark"]').click();
  await expect(page).toHaveURL(/event=tiktok-goes-dark/);
  await page.goBack();
  await expect(page).toHaveURL(/event=supreme-court-ruling/);
  await expect(page.getByTestId("details-panel").getByRole("heading", { level: 2 })).toHaveText(
    "Supreme Court unanimously upholds the law",
  );
});

test("an unknown event id shows a notice, and the timeline still works", async ({ page }) => {
  await openApp(page, "?event=no-such-event");
  await expect(page.getByTestId("notices")).toContainText("no-such-event");
  await expect(page.getByTestId("details-panel")).toBeHidden();
  await expect(page.getByTestId("timeline-events").locator(".tl-mark").first()).toBeVisible();
  const dismiss = page.getByTestId("notices").getByRole("button", { name: "Dismiss" });
  await dismiss.focus();
  await page.keyboard.press("Enter");
  await expect(page.getByTestId("notices")).toBeEmpty();
  // The button went with the notice; the focus did not fall to <body>.
  await expect.poll(() => page.evaluate(() => document.activeElement !== document.body)).toBe(true);
});

test("on a phone on its side, a link to an event opens with its details in view", async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 740, height: 360 }, hasTouch: true, isMobile: true });
  const page = await context.newPage();
  await openApp(page, "?event=tiktok-goes-dark");
  // This width draws the track, and the details open under it.
  await expect(page.getByTestId("timeline-track")).toBeVisible();
  const panel = page.getByTestId("details-panel");
  await expect.poll(async () => (await panel.boundingBox()).y).toBeLessThan(360 * 0.75);
  await expect(panel.getByRole("heading", { level: 2 })).toBeInViewport();
  await context.close();
});
