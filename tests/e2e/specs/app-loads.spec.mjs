// The release build loads the embedded default story, becomes ready, and stays on its origin.
import { test, expect } from "@playwright/test";
import { openApp, watchErrors, watchRequests } from "./support.mjs";

test("the default story loads and the page says it is ready", async ({ page, baseURL }) => {
  const errors = watchErrors(page);
  const requests = watchRequests(page);
  await openApp(page);
  await expect(page.getByTestId("story-title")).toContainText("RedNote");
  await expect(page.getByRole("navigation", { name: "Views" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Timeline" })).toHaveAttribute("aria-current", "page");
  // The story is compiled in: the first view fetches no story file.
  expect(requests.filter((u) => u.endsWith("story.json"))).toEqual([]);
  // Every request stays on this origin.
  const origin = new URL(baseURL).origin;
  expect(requests.filter((u) => !u.startsWith(origin))).toEqual([]);
  expect(errors).toEqual([]);
});

test("the page title and language come from the story", async ({ page }) => {
  await openApp(page);
  await expect(page).toHaveTitle(/RedNote/);
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
});
