// Links both ways: a topic lists the timeline events that bear on it and opens them; the
// event's details link back to the topic.
import { test, expect } from "@playwright/test";
import { openApp } from "./support.mjs";

test("from a topic to a timeline event and back", async ({ page }) => {
  await openApp(page, "?view=compare&topic=motive");
  const events = page.getByTestId("topic-events").getByRole("link");
  expect(await events.count()).toBeGreaterThanOrEqual(1);
  const ruling = page.getByTestId("topic-events").getByRole("link", { name: /Supreme Court unanimously upholds/ });
  await ruling.click();
  await expect(page).toHaveURL(/event=supreme-court-ruling/);
  await expect(page).not.toHaveURL(/view=compare/);
  const panel = page.getByTestId("details-panel");
  await expect(panel.getByRole("heading", { level: 2 })).toHaveText("Supreme Court unanimously upholds the law");
  await panel.getByTestId("details-topics").getByRole("link", { name: "Why did the US move against TikTok?" }).click();
  await expect(page).toHaveURL(/view=compare/);
  await expect(page).toHaveURL(/topic=motive/);
  await expect(page.getByRole("tab", { name: /Why did the US move/ })).toHaveAttribute("aria-selected", "true");
  await page.goBack();
  await expect(page).toHaveURL(/event=supreme-court-ruling/);
});
