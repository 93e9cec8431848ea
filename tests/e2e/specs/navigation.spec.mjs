// The views are real links; the address follows the view and the back button restores it.
import { test, expect } from "@playwright/test";
import { openApp } from "./support.mjs";

test("switching views updates the address and the back button returns", async ({ page }) => {
  await openApp(page);
  // Nothing is announced on arrival; a change of view is (the focus stays on the link).
  await expect(page.getByTestId("view-announcer")).toBeEmpty();
  await page.getByRole("link", { name: "Compare the texts" }).click();
  await expect(page.getByTestId("view-announcer")).toHaveText("Compare the texts");
  await expect(page).toHaveURL(/\?view=compare$/);
  await expect(page.getByRole("heading", { level: 1, name: "Compare the texts" })).toBeVisible();
  // The tab's title names the view.
  await expect(page).toHaveTitle(/^Compare the texts — /);
  await page.goBack();
  await expect(page).not.toHaveTitle(/^Compare the texts/);
  await expect(page).not.toHaveURL(/view=compare/);
  await expect(page.getByRole("heading", { level: 1, name: "Timeline" })).toBeVisible();
});

test("a link to a view opens that view", async ({ page }) => {
  await openApp(page, "?view=compare");
  await expect(page.getByRole("link", { name: "Compare the texts" })).toHaveAttribute("aria-current", "page");
});

test("an unknown view in the link falls back with a notice", async ({ page }) => {
  await openApp(page, "?view=graph");
  await expect(page.getByTestId("notices")).toContainText('There is no view called "graph"');
  await expect(page.getByRole("heading", { level: 1, name: "Timeline" })).toBeVisible();
});

test("the navigation leads to the presentation and back", async ({ page }) => {
  await openApp(page);
  await page.getByRole("link", { name: "Present to a class" }).click();
  await expect(page).toHaveURL(/view=present/);
  await expect(page.getByTestId("step-counter")).toHaveText(/^1 \//);
  await page.getByRole("link", { name: "Leave the presentation" }).click();
  await expect(page).not.toHaveURL(/view=present/);
  await expect(page.getByRole("heading", { level: 1, name: "Timeline" })).toBeVisible();
});
