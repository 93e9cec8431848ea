// Fairness: a control swaps which text is on the left; the default order is stated.
import { test, expect } from "@playwright/test";
import { openApp } from "./support.mjs";

test("swap puts Text B on the left everywhere, and the address keeps it", async ({ page }) => {
  await openApp(page, "?view=compare&topic=open-internet");
  await expect(page.getByText("By default the earlier text, Text A, comes first (on the left on wide screens).")).toBeVisible();
  const firstColumn = page.getByTestId("columns").locator(".cmp-col").first();
  await expect(firstColumn).toHaveAttribute("data-text", "a");
  // Each text keeps its own colour on either side.
  const colour = (id) =>
    page.locator(`.cmp-col[data-text="${id}"]`).evaluate((el) => getComputedStyle(el).borderTopColor);
  const [colourA, colourB] = [await colour("a"), await colour("b")];
  expect(colourA).not.toBe(colourB);
  const swap = page.getByTestId("swap");
  await expect(swap).toHaveAttribute("aria-pressed", "false");
  await swap.click();
  await expect(page).toHaveURL(/swap=1/);
  await expect(page.getByTestId("swap")).toHaveAttribute("aria-pressed", "true");
  await expect(firstColumn).toHaveAttribute("data-text", "b");
  expect([await colour("a"), await colour("b")]).toEqual([colourA, colourB]);
  await expect(page.locator(".cmp-texts .cmp-text").first()).toHaveAttribute("data-testid", "text-card-b");
  await expect(page.getByTestId("overview").locator("thead th").nth(1)).toHaveText("Text B");
  await page.reload();
  await expect(page.getByTestId("columns").locator(".cmp-col").first()).toHaveAttribute("data-text", "b");
});
