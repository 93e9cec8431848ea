// ?data= loads another story from this site, and bad input gives a clear error page.
import { test, expect } from "@playwright/test";
import { openApp } from "./support.mjs";

test("a valid story file from this site replaces the default story", async ({ page }) => {
  await openApp(page, "?data=/fixtures/small-story.json");
  await expect(page.getByTestId("story-title")).toHaveText("A small test story");
});

test("a malformed file shows the error page with the line of the mistake", async ({ page }) => {
  await openApp(page, "?data=/fixtures/malformed.json");
  await expect(page.locator("html")).toHaveAttribute("data-state", "error");
  await expect(page.getByRole("heading", { name: "This story could not be shown" })).toBeVisible();
  const problems = page.getByTestId("problems").locator("li");
  await expect(problems).toHaveCount(1);
  await expect(problems.first()).toContainText("not valid JSON");
  await expect(problems.first()).toContainText("line 4");
});

test("an invalid story lists every problem with its path", async ({ page }) => {
  await openApp(page, "?data=/fixtures/invalid-story.json");
  await expect(page.getByTestId("error-summary")).toContainText("has 7 problems");
  const problems = page.getByTestId("problems").locator("li");
  await expect(problems).toHaveCount(7);
  const text = await problems.allTextContents();
  const expected = [
    ["$.eras[0].end", "before it starts"],
    ["$.events[0].sources[0].url", "not an https link"],
    ["$.events[1].id", "duplicate id"],
    ["$.events[1].lane", "unknown lane"],
    ["$.events[1].headline", "required"],
    ["$.events[1].mentions[0].quote", "at most 40"],
    ["$.events[2]", "is not a real calendar date"],
  ];
  for (const [path, message] of expected) {
    expect(text.some((t) => t.includes(path) && t.includes(message)), `${path}: ${message}`).toBe(true);
  }
  // Content is shown as text, never as HTML.
  await expect(page.locator("main img")).toHaveCount(0);
});

test("a file on another site is refused with a clear message", async ({ page }) => {
  await openApp(page, "?data=https://evil.example/story.json");
  await expect(page.getByTestId("error-summary")).toContainText("only story files on this site");
});

test("a missing file says so", async ({ page }) => {
  await openApp(page, "?data=/fixtures/nope.json");
  await expect(page.getByTestId("error-summary")).toContainText("404");
  await page.getByRole("link", { name: "Show the built-in story instead" }).click();
  await expect(page.locator("html")).toHaveAttribute("data-ready", "true");
  await expect(page.getByTestId("story-title")).toContainText("RedNote");
});
