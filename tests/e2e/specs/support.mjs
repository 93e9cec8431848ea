// Shared helpers for the end-to-end specs.
import { expect } from "@playwright/test";

/** Opens the app at `query` (e.g. "?view=compare") and waits until it says it is ready. */
export async function openApp(page, query = "") {
  await page.goto(query ? `./${query}` : "./");
  await expect(page.locator("html")).toHaveAttribute("data-ready", "true");
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
