// Security and privacy: the app runs under its strict Content Security Policy without a single
// violation, and no request in any view leaves the page's own origin.
import { createHash } from "node:crypto";
import { test, expect } from "@playwright/test";
import { openApp } from "./support.mjs";

/** Visits every view and mode, using the main controls, and returns what was recorded. */
async function tour(page) {
  await openApp(page);
  await page.getByRole("button", { name: "Zoom in", exact: true }).click();
  await page.getByTestId("timeline-events").locator('[tabindex="0"]').click();
  await page.getByRole("button", { name: "Show as table" }).click();
  await page.getByRole("button", { name: "List view" }).click();
  await openApp(page, "?view=compare&topic=motive");
  await page.getByTestId("swap").click();
  await page.getByTestId("embed-button").click();
  await page.keyboard.press("Escape");
  await openApp(page, "?view=present&step=1");
  await page.keyboard.press("ArrowRight");
  await page.emulateMedia({ media: "print" });
  await page.emulateMedia({ media: "screen" });
  await openApp(page, "?embed=1&childId=c1&theme=dark");
  await openApp(page, "?data=/fixtures/small-story.json");
  await page.goto("/fixtures/host.html");
  await expect(page.frameLocator("#frame").locator("html")).toHaveAttribute("data-ready", "true");
}

test("the page declares a strict Content Security Policy", async ({ page }) => {
  await openApp(page);
  const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute("content");
  expect(csp).toContain("default-src 'self'");
  expect(csp).toMatch(/script-src 'self' ('sha256-[A-Za-z0-9+/=]+' )?'wasm-unsafe-eval'/);
  expect(csp).not.toContain("unsafe-inline");
  expect(csp).not.toMatch(/https?:/);
  // One inline script (the page written at build time: src/prerender/head.js), allowed by its
  // hash, and none other; three inline style sheets (the written page's own rules, the main
  // sheet, and the views' sheet in its template: src/prerender.rs), each allowed by its hash,
  // and no other hash.
  const response = await page.request.get("/");
  const html = await response.text();
  const inline = [...html.matchAll(/<script>([\s\S]*?)<\/script>/g)].map((m) => m[1]);
  expect(inline).toHaveLength(1);
  expect(csp).toContain(`'sha256-${createHash("sha256").update(inline[0]).digest("base64")}'`);
  const styles = [...html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)].map((m) => m[1]);
  expect(styles).toHaveLength(3);
  const styleSrc = csp.match(/style-src ([^;]*)/)[1];
  for (const style of styles) expect(styleSrc).toContain(`'sha256-${createHash("sha256").update(style).digest("base64")}'`);
  expect(styleSrc.match(/'sha256-/g)).toHaveLength(3);
  expect(html).not.toMatch(/\sstyle="/);
  expect(html).not.toMatch(/\son[a-z]+=/);
});

test("no Content Security Policy violation in any view", async ({ page }) => {
  await page.addInitScript(() => {
    window.__cspViolations = [];
    document.addEventListener("securitypolicyviolation", (e) =>
      window.__cspViolations.push(`${e.violatedDirective} ${e.blockedURI}`),
    );
  });
  const violations = [];
  page.on("console", (m) => {
    if (/Content Security Policy/i.test(m.text())) violations.push(m.text());
  });
  page.on("framenavigated", async (frame) => {
    if (frame === page.mainFrame()) {
      const v = await page.evaluate(() => window.__cspViolations ?? []).catch(() => []);
      violations.push(...v);
    }
  });
  await tour(page);
  violations.push(...(await page.evaluate(() => window.__cspViolations ?? [])));
  expect(violations).toEqual([]);
});

test("no request leaves the page's origin in any view", async ({ page, baseURL }) => {
  const origin = new URL(baseURL).origin;
  const outside = [];
  page.on("request", (r) => {
    if (!r.url().startsWith(origin) && !r.url().startsWith("data:") && !r.url().startsWith("about:")) outside.push(r.url());
  });
  await tour(page);
  expect(outside).toEqual([]);
});
