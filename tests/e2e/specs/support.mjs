// Shared helpers for the end-to-end specs.
import { expect } from "@playwright/test";

/** Opens the app at `query` (e.g. "?view=compare") and waits until it says it is ready. */
export async function openApp(page, query = "") {
  await page.goto(query ? `./${query}` : "./");
  await expect(page.locator("html")).toHaveAttribute("data-ready", "true");
}

/**
 * Serves the page at `pathname` as a browser without scripts reads it: its scripts left out
 * and its <noscript> parts in. For axe, which needs scripts of its own to run.
 */
export async function serveWithoutScripts(page, pathname) {
  await page.route(
    (url) => url.pathname === pathname,
    async (route) => {
      const response = await route.fetch();
      const html = (await response.text()).replace(/<script\b[\s\S]*?<\/script>/g, "").replace(/<\/?noscript>/g, "");
      await route.fulfill({ response, body: html });
    },
  );
}

/** Collects console errors and uncaught exceptions, to assert there were none. */
export function watchErrors(page) {
  const errors = [];
  page.on("console", (msg) => {
    if (msg.type() === "error") errors.push(msg.text());
  });
  page.on("pageerror", (err) => errors.push(String(err)));
  return errors;
}

/** Records the URL of every request the page makes. */
export function watchRequests(page) {
  const urls = [];
  page.on("request", (req) => urls.push(req.url()));
  return urls;
}

import { readFileSync } from "node:fs";
import { createRequire } from "node:module";

/** The default story, as the app embeds it: counts in the specs come from it, not from memory. */
export const story = JSON.parse(readFileSync(new URL("../../../public/data/story.json", import.meta.url), "utf8"));

/** The Chinese edition's story (public/data/story.zh-Hans.json). */
export const zhStory = JSON.parse(readFileSync(new URL("../../../public/data/story.zh-Hans.json", import.meta.url), "utf8"));

const axeSource = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");

/** Runs axe-core (WCAG 2.2 A and AA rules) on the page; returns its violations, summarised. */
export async function axeViolations(page) {
  // Evaluated through DevTools rather than injected as a script, which the page's Content
  // Security Policy (rightly) refuses.
  await page.evaluate(axeSource);
  const result = await page.evaluate(() =>
    window.axe.run(document, { runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"] } }),
  );
  return result.violations.map((v) => ({
    id: v.id,
    impact: v.impact,
    help: v.help,
    nodes: v.nodes.slice(0, 3).map((n) => `${n.target.join(" ")}: ${n.failureSummary?.split("\n")[1] ?? ""}`),
  }));
}
