// A panic in the app replaces the page with a readable message instead of a dead page. Runs
// against the build with the `test-panic` feature (served under /panic/), whose `?panic=1`
// panics after the first view has rendered.
import { test, expect } from "@playwright/test";

test("a panic shows the error view", async ({ page, request }) => {
  test.skip((await request.get("/panic/")).status() !== 200, "the test-panic build is not there (scripts/test builds it)");
  const errors = [];
  page.on("pageerror", (e) => errors.push(String(e)));
  await page.goto("/panic/?panic=1");
  const alert = page.getByRole("alert");
  await expect(alert).toContainText("Something went wrong");
  await expect(alert).toContainText("test panic");
  await expect(page.locator("html")).toHaveAttribute("data-state", "error");
  await expect(page.locator("html")).toHaveAttribute("data-ready", "true");
  // Without the parameter, the same build works normally.
  await page.goto("/panic/");
  await expect(page.locator("html")).toHaveAttribute("data-ready", "true");
  await expect(page.getByTestId("story-title")).toBeVisible();
});
