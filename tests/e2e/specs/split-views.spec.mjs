// In the release build the compare and present views live in wasm chunks of their own
// (src/app/split.rs, scripts/build-tools/split.mjs): the timeline loads without them, a chunk
// is fetched when the reader points at a link to its view, and a chunk that cannot be fetched
// leaves a message with a way to try again, not a broken page.
import { test, expect } from "@playwright/test";

const chunkOf = (url) => new URL(url).pathname.match(/\/split_(compare|present)_view-[0-9a-f]+\.wasm$/)?.[1];

test("the timeline loads without the other views' code; pointing at a view's link fetches it", async ({ page }) => {
  const fetched = [];
  page.on("request", (request) => {
    const chunk = chunkOf(request.url());
    if (chunk) fetched.push(chunk);
  });
  await page.goto("/");
  await expect(page.locator("html")).toHaveAttribute("data-ready", "true");
  await page.waitForTimeout(300);
  expect(fetched).toEqual([]);

  const compare = page.getByRole("navigation", { name: "Views" }).getByRole("link", { name: "Compare the texts" });
  await compare.hover();
  await expect.poll(() => fetched).toEqual(["compare"]);
  await compare.click();
  await expect(page.getByRole("heading", { name: "Compare the texts", level: 1 })).toBeVisible();
  expect(fetched).toEqual(["compare"]);
});

test("a deep link to the presentation fetches only its chunk", async ({ page }) => {
  const fetched = [];
  page.on("request", (request) => {
    const chunk = chunkOf(request.url());
    if (chunk) fetched.push(chunk);
  });
  await page.goto("/?view=present&step=2");
  await expect(page.locator("html")).toHaveAttribute("data-ready", "true");
  await expect(page.getByText("2 / 22")).toBeVisible();
  expect(fetched).toEqual(["present"]);
});

test("a view whose code cannot be fetched says so, and trying again works", async ({ page }) => {
  await page.route((url) => chunkOf(url.href) !== undefined, (route) => route.abort("internetdisconnected"));
  await page.goto("/?view=compare");
  const alert = page.getByTestId("view-not-loaded");
  await expect(alert).toContainText("could not be loaded");
  await expect(page.locator("html")).toHaveAttribute("data-ready", "true");
  await expect(page.locator("html")).not.toHaveAttribute("data-state", "error");
  // The rest of the page still works: the timeline opens.
  await page.getByRole("navigation", { name: "Views" }).getByRole("link", { name: "Timeline" }).click();
  await expect(page.getByTestId("story-title")).toBeVisible();
  await page.goBack();
  await expect(alert).toBeVisible();

  await page.unrouteAll();
  await page.getByRole("button", { name: "Try again" }).click();
  await expect(page.getByRole("heading", { name: "Compare the texts", level: 1 })).toBeVisible();
});
