// The details panel: date, both time zones, summary, confidence, sources as links, quotes with
// the expected-versus-happened note, and links to comparison topics.
import { test, expect } from "@playwright/test";
import { openApp } from "./support.mjs";

test("an event's details show times, confidence, sources and what the texts said", async ({ page }) => {
  await openApp(page, "?event=tiktok-goes-dark");
  const panel = page.getByTestId("details-panel");
  await expect(panel.getByTestId("details-times")).toContainText("22:30 ET, 18 Jan 2025");
  // The marker's name gives the date once, with the time.
  await expect(page.locator('.tl-mark[data-event="tiktok-goes-dark"]')).toHaveAttribute(
    "aria-label",
    /^TikTok goes dark for US users, 22:30 ET, 18 Jan 2025\. Disputed\./,
  );
  await expect(panel.getByTestId("details-times")).toContainText("11:30 Beijing, 19 Jan 2025");
  await expect(panel.getByTestId("details-confidence")).toContainText("Disputed: Sources conflict. Sources agree TikTok went dark");
  const sources = panel.getByTestId("details-sources").locator("li");
  expect(await sources.count()).toBeGreaterThanOrEqual(2);
  await expect(panel.locator("blockquote").first()).toBeVisible();
  await expect(panel.getByTestId("expected-happened")).toContainText("At the time of writing");
  await expect(panel.getByTestId("expected-happened")).toContainText("In the event");
});

test("source links open the original, and only over https", async ({ page }) => {
  await openApp(page, "?event=supreme-court-ruling");
  const links = page.getByTestId("details-panel").getByTestId("details-sources").getByRole("link");
  const n = await links.count();
  for (let i = 0; i < n; i++) {
    await expect(links.nth(i)).toHaveAttribute("href", /^https:\/\//);
    await expect(links.nth(i)).toHaveAttribute("target", "_blank");
    await expect(links.nth(i)).toHaveAttribute("rel", /noopener/);
  }
});

test("a related topic link opens the comparison at that topic", async ({ page }) => {
  await openApp(page, "?event=supreme-court-ruling");
  const topic = page.getByTestId("details-panel").getByTestId("details-topics").getByRole("link").first();
  await topic.focus();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/view=compare&.*topic=/);
  // The link went with the timeline; the focus is not lost to <body> but on what the link
  // opened: the chosen topic's tab, on screen.
  const tab = page.getByRole("tab", { selected: true });
  await expect(tab).toBeFocused();
  await expect(tab).toBeInViewport();
});

test("on a tablet, where the panel is under the timeline, choosing an event brings it into view", async ({ page }) => {
  await page.setViewportSize({ width: 768, height: 1024 });
  await openApp(page);
  await page.locator('.tl-mark[data-event="both-stores-top"]').click();
  await expect(page.getByTestId("details-panel").getByRole("heading", { level: 2 })).toBeInViewport();
});

test("on a tablet, from the keyboard, the focused marker stays on screen as details open and close", async ({ page }) => {
  await page.setViewportSize({ width: 768, height: 1024 });
  await openApp(page);
  const roving = page.getByTestId("timeline-events").locator('[tabindex="0"]');
  await roving.focus();
  await page.keyboard.press("Enter");
  await expect(page.getByTestId("details-panel")).toBeVisible();
  const focusedInView = () =>
    page.evaluate(() => {
      const r = document.activeElement.getBoundingClientRect();
      return r.top >= 0 && r.bottom <= innerHeight;
    });
  await expect.poll(focusedInView).toBe(true);
  await page.keyboard.press("Escape");
  await expect(page.getByTestId("details-panel")).toBeHidden();
  await expect.poll(focusedInView).toBe(true);
});

test("on a desktop, the panel opening beside the track keeps the chosen marker in view", async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await openApp(page);
  const marker = page.locator('.tl-mark[data-event="tiktok-restored"]');
  await marker.click();
  await expect(page.getByTestId("details-panel")).toBeVisible();
  const scroller = page.getByTestId("timeline-scroller");
  await expect
    .poll(async () => {
      const [m, s] = await Promise.all([marker.locator(".shape").boundingBox(), scroller.boundingBox()]);
      return m.x >= s.x && m.x + m.width <= s.x + s.width;
    })
    .toBe(true);
});

test("the close button closes the panel", async ({ page }) => {
  await openApp(page, "?event=supreme-court-ruling");
  await page.getByRole("button", { name: "Close the details" }).click();
  await expect(page.getByTestId("details-panel")).toBeHidden();
  await expect(page).not.toHaveURL(/event=/);
});
