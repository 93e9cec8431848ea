// In the release build the compare and present views, the printable handout and the
// story-file reader live in wasm chunks of their own (src/app/split.rs,
// scripts/build-tools/split.mjs): the timeline loads without them, a view's chunk is fetched
// when the reader points at a link to its view, the handout's after the first view, the
// reader's only for a `?data=` file, and a chunk that cannot be fetched leaves a message
// (with a way to try again for a view), not a broken or blank page.
import { test, expect } from "@playwright/test";

const chunkOf = (url) =>
  new URL(url).pathname.match(/\/split_(compare_view|present_view|story_reader)-[0-9a-f]+\.wasm$/)?.[1]?.replace("_view", "");
const isWasm = (url) => new URL(url).pathname.endsWith(".wasm");
const isViewsCss = (url) => /\/views-[0-9a-f]+\.css$/.test(new URL(url).pathname);

test("the timeline loads without the other views' code; pointing at a view's link fetches it", async ({ page }) => {
  const fetched = [];
  const wasm = [];
  page.on("request", (request) => {
    const chunk = chunkOf(request.url());
    if (chunk) fetched.push(chunk);
    if (isViewsCss(request.url())) fetched.push("views-css");
    if (isWasm(request.url())) wasm.push(new URL(request.url()).pathname);
  });
  // When the first view said it was ready, in the page's clock.
  await page.addInitScript(() => {
    new MutationObserver((_, observer) => {
      if (document.documentElement.dataset.ready === "true") {
        window.__readyAt = performance.now();
        observer.disconnect();
      }
    }).observe(document, { attributes: true, subtree: true, attributeFilter: ["data-ready"] });
  });
  await page.goto("/");
  await expect(page.locator("html")).toHaveAttribute("data-ready", "true");
  await page.waitForLoadState("networkidle");
  expect(fetched).toEqual([]);
  // Before the first view, only the main module; after it, the handout's chunk (and the
  // chunks it shares with the views), so that printing finds it.
  const started = await page.evaluate(() => ({
    ready: window.__readyAt,
    wasm: performance
      .getEntriesByType("resource")
      .filter((e) => e.name.endsWith(".wasm"))
      .map((e) => ({ path: new URL(e.name).pathname, at: e.startTime })),
  }));
  const [main, ...later] = started.wasm;
  expect(main.path).toMatch(/\/rednote-explainer-[0-9a-f]+_bg\.wasm$/);
  expect(later.map((w) => w.path).filter((p) => p.includes("split_handout"))).toHaveLength(1);
  for (const w of later) {
    expect(w.path).toMatch(/\/(split_handout|chunk_\d+)-[0-9a-f]+\.wasm$/);
    expect(w.at, w.path).toBeGreaterThanOrEqual(started.ready);
  }
  expect(wasm).toHaveLength(started.wasm.length);

  const compare = page.getByRole("navigation", { name: "Views" }).getByRole("link", { name: "Compare the texts" });
  await compare.hover();
  await expect.poll(() => fetched.sort()).toEqual(["compare"]);
  await compare.click();
  await expect(page.getByRole("heading", { name: "Compare the texts", level: 1 })).toBeVisible();
  // The views' style sheet comes from the page, which carries it (src/prerender.rs): no
  // request for it.
  expect(fetched.sort()).toEqual(["compare"]);
  await expect(page.locator("head style[data-views-css]")).toHaveCount(1);
  expect(await page.locator(".compare-view").evaluate((el) => getComputedStyle(el).getPropertyValue("--slot-0").length)).toBeGreaterThan(0);
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

test("a ?data= file is read by the reader's chunk, which the built-in story never needs", async ({ page }) => {
  const fetched = [];
  page.on("request", (request) => {
    const chunk = chunkOf(request.url());
    if (chunk) fetched.push(chunk);
  });
  await page.goto("/?data=/fixtures/small-story.json");
  await expect(page.getByTestId("story-title")).toHaveText("A small test story");
  expect(fetched).toEqual(["story_reader"]);
});

test("when the reader's chunk cannot be fetched, the error page says so", async ({ page }) => {
  await page.route((url) => chunkOf(url.href) === "story_reader", (route) => route.abort("internetdisconnected"));
  await page.goto("/?data=/fixtures/small-story.json");
  await expect(page.locator("html")).toHaveAttribute("data-state", "error");
  await expect(page.getByTestId("error-summary")).toContainText("reads story files could not be loaded");
  await expect(page.getByRole("link", { name: "Show the built-in story instead" })).toBeVisible();
});

test("the views' style sheet loads with a view, and a view is not shown unstyled without it", async ({ page }) => {
  // The views' sheets in the document: the page carries it in a template (src/prerender.rs),
  // which the app puts in the page; without that, the app links its file.
  const sheets = () =>
    page.evaluate(() =>
      [...document.styleSheets].filter((sheet) => sheet.ownerNode?.hasAttribute("data-views-css") || /\/views-/.test(sheet.href ?? "")).length,
    );
  await page.goto("/");
  await expect(page.locator("html")).toHaveAttribute("data-ready", "true");
  expect(await sheets()).toBe(0);

  // A view's rules apply once it shows: the compare tabs are laid out by the views' sheet.
  await page.getByRole("navigation", { name: "Views" }).getByRole("link", { name: "Compare the texts" }).click();
  await expect(page.getByRole("heading", { name: "Compare the texts", level: 1 })).toBeVisible();
  expect(await sheets()).toBe(1);
  await expect(page.locator(".cmp-tablist")).toHaveCSS("display", "flex");

  // With the sheet failing (a page without it in a template, as `make serve` gives, so that
  // the app fetches its file), the view says it could not be loaded (and Try again recovers).
  const failing = await page.context().newPage();
  await failing.route(
    (url) => url.pathname === "/",
    async (route) => {
      const response = await route.fetch();
      const html = (await response.text()).replace(/<template id="views-style">[\s\S]*?<\/template>/, "");
      await route.fulfill({ response, body: html });
    },
  );
  await failing.route((url) => isViewsCss(url.href), (route) => route.abort("internetdisconnected"));
  await failing.goto("/?view=present");
  await expect(failing.getByTestId("view-not-loaded")).toBeVisible();
  await failing.unrouteAll();
  await failing.getByRole("button", { name: "Try again" }).click();
  await expect(failing.getByTestId("view-not-loaded")).toHaveCount(0);
  await expect(failing.locator("html")).toHaveAttribute("data-present", "true");
});

test("embedded, the handout's chunk is not fetched until a print asks for it", async ({ page }) => {
  const fetched = [];
  page.on("request", (request) => {
    if (/\/split_handout-[0-9a-f]+\.wasm$/.test(new URL(request.url()).pathname)) fetched.push(request.url());
  });
  await page.goto("/?embed=1&view=present");
  await expect(page.locator("html")).toHaveAttribute("data-ready", "true");
  await page.waitForLoadState("networkidle");
  expect(fetched).toEqual([]);
  // The presentation's Print handout menu fetches it, then prints the handout chosen.
  await page.evaluate(() => (window.print = () => (window.__printed = document.querySelectorAll("#handout .handout__event").length)));
  await page.getByTestId("present-print").locator("summary").click();
  await page.getByRole("button", { name: "Full handout" }).click();
  await expect.poll(() => page.evaluate(() => window.__printed)).toBeGreaterThan(0);
  expect(fetched).toHaveLength(1);
});
