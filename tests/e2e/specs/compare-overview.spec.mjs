// The overview matrix shows every topic with both positions, as a real table; choosing a row
// opens that topic.
import { test, expect } from "@playwright/test";
import { openApp } from "./support.mjs";

test("the overview is a table of topics and texts that leads to a topic", async ({ page }) => {
  await openApp(page, "?view=compare");
  const table = page.getByRole("table", { name: /All 7 questions at a glance/ });
  await expect(table.getByRole("columnheader")).toHaveText(["Question", "Text A", "Text B", "How far apart"]);
  await expect(table.getByRole("rowheader")).toHaveCount(7);
  // Every position has a text label, not only a marker.
  await expect(table.locator(".cmp-overview__label").first()).toHaveText(/leans to|at:|not placed|between/);
  await table.getByRole("link", { name: /What is at stake in data sovereignty/ }).click();
  await expect(page).toHaveURL(/topic=data-sovereignty/);
  await expect(page.getByRole("tab", { name: /data sovereignty/ })).toHaveAttribute("aria-selected", "true");
  await expect(page.getByRole("tab", { name: /data sovereignty/ })).toBeFocused();
  await expect(table.locator('tr[aria-current="true"]')).toContainText("data sovereignty");
});
