// A failure of the app itself replaces the page with a readable message instead of a dead
// page (public/boot.js). The panic test runs against the build with the `test-panic` feature
// (served under /panic/, built with the release flags), whose `?panic=1` panics after the first
// view has rendered: the panic is a trap of the wasm, as in the release build.
import { test, expect } from "@playwright/test";

test("a panic shows the error view", async ({ page, request }) => {
  test.skip((await request.get("/panic/")).status() !== 200, "the test-panic build is not there (scripts/test builds it)");
  const errors = [];
  page.on("pageerror", (e) => errors.push(String(e)));
  await page.goto("/panic/?panic=1");
  const alert = page.getByRole("alert");
  await expect(alert).toContainText("Something went wrong");
  // The release flags leave no panic message in the wasm: the detail is the trap itself.
  await expect(alert.locator("pre")).toContainText("RuntimeError");
  await expect(page.locator("html")).toHaveAttribute("data-state", "error");
  await expect(page.locator("html")).toHaveAttribute("data-ready", "true");
  // Without the parameter, the same build works normally.
  await page.goto("/panic/");
  await expect(page.locator("html")).toHaveAttribute("data-ready", "true");
  await expect(page.getByTestId("story-title")).toBeVisible();
});

test("a wasm file that cannot be loaded shows the error view", async ({ page }) => {
  await page.route((url) => url.pathname.endsWith(".wasm"), (route) => route.fulfill({ status: 404, body: "" }));
  await page.goto("/");
  await expect(page.getByRole("alert")).toContainText("Something went wrong");
  await expect(page.locator("html")).toHaveAttribute("data-state", "error");
  await expect(page.locator("html")).toHaveAttribute("data-ready", "true");
});
