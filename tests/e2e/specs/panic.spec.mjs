// A failure of the app itself replaces the page with a readable message instead of a dead
// page (public/boot.js). The panic test runs against the build with the `test-panic` feature
// (served under /panic/, built with the release flags), whose `?panic=1` panics after the first
// view has rendered: the panic is a trap of the wasm, as in the release build.
import { test, expect } from "@playwright/test";
import { story } from "./support.mjs";

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

test("a wasm file that cannot be loaded keeps the written story, read whole, under a note", async ({ page }) => {
  await page.route((url) => url.pathname.endsWith(".wasm"), (route) => route.fulfill({ status: 404, body: "" }));
  await page.goto("/");
  await expect(page.getByRole("alert")).toContainText("could not start");
  await expect(page.locator("html")).toHaveAttribute("data-state", "error");
  await expect(page.locator("html")).toHaveAttribute("data-ready", "true");
  // The page written at build time stays, as it reads without scripts: every event's details
  // and every topic.
  await expect(page.locator("#story-events .details")).toHaveCount(story.events.length);
  for (const e of story.events) await expect(page.locator(`#event-${e.id} .details__headline`)).toBeVisible();
  for (const t of story.topics) await expect(page.locator(`[data-static-topic="${t.id}"]`)).toBeVisible();
});
