// The event area is one tab stop; arrows, Page keys, Home/End move a roving focus; Enter opens
// details; Escape closes them; a polite live region says the headline and date.
import { test, expect } from "@playwright/test";
import { openApp } from "./support.mjs";

const activeEvent = (page) => page.evaluate(() => document.activeElement?.getAttribute("data-event"));
// The focus moves once the marker is in the page (the next animation frame): poll for it.
const focusedEvent = async (page) => {
  let id = null;
  await expect.poll(async () => (id = await activeEvent(page))).not.toBeNull();
  return id;
};

test("arrow keys move through events in time and between lanes", async ({ page }) => {
  await openApp(page);
  const events = page.getByTestId("timeline-events");
  // Exactly one marker is in the tab order.
  await expect(events.locator('[tabindex="0"]')).toHaveCount(1);
  await page.getByRole("link", { name: "Skip to content" }).focus();
  // Tab from the toolbar and legend into the event area lands on the roving marker.
  await events.locator('[tabindex="0"]').focus();
  const first = await focusedEvent(page);
  expect(first).toBe("rednote-number-one");

  await page.keyboard.press("ArrowRight");
  await expect.poll(() => activeEvent(page)).toBe("live-chat");
  await expect(page.getByTestId("announcer")).toHaveText(/50,000 users join .*13 Jan 2025/);
  await page.keyboard.press("PageDown");
  await expect.poll(() => activeEvent(page)).toBe("hashtag-surge");
  await page.keyboard.press("PageUp");
  await expect.poll(() => activeEvent(page)).toBe("live-chat");
  await page.keyboard.press("ArrowLeft");
  await expect.poll(() => activeEvent(page)).toBe("rednote-number-one");

  // Down: the nearest event in time in the lane below (RedNote's response).
  await page.keyboard.press("ArrowDown");
  await expect.poll(() => activeEvent(page)).toBe("regulator-guidance");
  await page.keyboard.press("ArrowUp");
  await expect.poll(() => activeEvent(page)).toBe("users-estimate-jump");

  await page.keyboard.press("Home");
  await expect.poll(() => activeEvent(page)).toBe("device-ban-memo");
  await page.keyboard.press("End");
  await expect.poll(() => activeEvent(page)).toBe("tiktok-us-outage");
  // Still one tab stop, and it follows the focus.
  await expect(events.locator('[tabindex="0"]')).toHaveCount(1);
  await expect(events.locator('[tabindex="0"]')).toHaveAttribute("data-event", "tiktok-us-outage");
});

test("Enter opens the details, Escape closes them and keeps the focus", async ({ page }) => {
  await openApp(page);
  await page.getByTestId("timeline-events").locator('[tabindex="0"]').focus();
  await page.keyboard.press("ArrowRight");
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/event=live-chat/);
  const panel = page.getByTestId("details-panel");
  await expect(panel).toBeVisible();
  await expect(panel.getByRole("heading", { level: 2 })).toContainText("live chat");
  // The focus stays on the marker: a screen reader is told where the details went.
  await expect(page.getByTestId("announcer")).toHaveText(/^Details shown: .*live chat/);
  await expect(page.getByTestId("zoom-status")).toHaveAttribute("role", "status");
  await page.keyboard.press("Escape");
  await expect(page).not.toHaveURL(/event=/);
  await expect(panel).toBeHidden();
  expect(await focusedEvent(page)).toBe("live-chat");
  // Space opens too.
  await page.keyboard.press(" ");
  await expect(page).toHaveURL(/event=live-chat/);
});

test("plus and minus zoom from the keyboard", async ({ page }) => {
  await openApp(page);
  const status = page.getByTestId("zoom-status");
  await page.getByTestId("timeline-events").locator('[tabindex="0"]').focus();
  const before = await status.textContent();
  await page.keyboard.press("+");
  await page.keyboard.press("+");
  await expect(status).toHaveText("Axis in hours");
  await page.keyboard.press("-");
  await page.keyboard.press("-");
  await expect(status).toHaveText(before);
});
