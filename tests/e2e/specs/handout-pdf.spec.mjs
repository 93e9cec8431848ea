// The handouts as a browser prints them (Chromium's own printing, `page.pdf`), counted and read
// with poppler's pdfinfo and pdftotext: the short one is at most two pages on A4 and on US
// Letter and carries every topic question and every discussion question; the full one is the
// whole story. `?handout=` decides which the Print command gives (short when absent).
import { test, expect } from "@playwright/test";
import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { openApp, story, zhStory as zh } from "./support.mjs";

const dir = mkdtempSync(join(tmpdir(), "handout-"));

/** Prints the page to a PDF file on paper of `format` and returns the file's path. */
async function printToPdf(page, format, name) {
  await page.emulateMedia({ media: "print" });
  await expect(page.locator("#handout > *").first()).toBeAttached();
  const file = join(dir, `${name}-${format}.pdf`);
  writeFileSync(file, await page.pdf({ format, printBackground: true }));
  return file;
}

const pageCount = (file) => Number(/^Pages:\s+(\d+)/m.exec(execFileSync("pdfinfo", [file], { encoding: "utf8" }))[1]);
// Line breaks fall anywhere in a printed sentence (after a slash, say): compare without spaces.
const squeeze = (text) => text.replace(/\s+/g, "");
const pdfText = (file) => execFileSync("pdftotext", [file, "-"], { encoding: "utf8" });

for (const format of ["A4", "Letter"]) {
  test(`the short handout is at most two pages on ${format}, with every question`, async ({ page }) => {
    await openApp(page, "?view=compare&topic=motive");
    const file = await printToPdf(page, format, "short");
    const pages = pageCount(file);
    expect(pages, `${format}: ${pages} pages`).toBeLessThanOrEqual(2);
    const text = squeeze(pdfText(file));
    for (const topic of story.topics) expect(text, topic.id).toContain(squeeze(topic.question));
    for (const question of story.questions) expect(text, question.id).toContain(squeeze(question.prompt));
    expect(text).toContain(squeeze(story.meta.title));
    // The key events are those the presentation shows.
    const keys = story.presentation.filter((s) => s.kind === "event").map((s) => story.events.find((e) => e.id === s.id));
    for (const e of keys) expect(text, e.id).toContain(squeeze(e.headline));
    // The address, and its QR code, for the way back to the interactive version.
    expect(text).toContain(squeeze(new URL(page.url()).origin));
    await expect(page.locator("#handout [data-testid=qr] svg path")).toHaveAttribute("d", /^M0 0h7v1h-7z/);
  });

  test(`?handout=full prints the whole story on ${format}`, async ({ page }) => {
    await openApp(page, "?handout=full");
    const file = await printToPdf(page, format, "full");
    expect(pageCount(file)).toBeGreaterThan(2);
    const text = squeeze(pdfText(file));
    for (const e of story.events) expect(text, e.id).toContain(squeeze(e.headline));
    await expect(page.locator("#handout .handout__event")).toHaveCount(story.events.length);
  });
}

test("the Chinese short handout is at most two pages on A4 and Letter, in Chinese, with every key event and question", async ({ page }) => {
  await page.goto("/zh-hans/?view=compare&topic=motive");
  await expect(page.locator("html")).toHaveAttribute("data-ready", "true");
  for (const format of ["A4", "Letter"]) {
    const file = await printToPdf(page, format, "short-zh");
    const pages = pageCount(file);
    expect(pages, `${format}: ${pages} pages`).toBeLessThanOrEqual(2);
    // pdftotext moves runs of Latin letters out of Chinese lines, and the matrix's cells
    // interleave its questions with the dots: compare the Chinese only, outside the matrix.
    const chinese = (s) => squeeze(s).replace(/[\x00-\x7F]/g, "");
    const text = chinese(pdfText(file));
    expect(text).toContain(chinese(zh.meta.title));
    for (const question of zh.questions) expect(text, question.id).toContain(chinese(question.prompt));
    const keys = zh.presentation.filter((s) => s.kind === "event").map((s) => zh.events.find((e) => e.id === s.id));
    for (const e of keys) expect(text, e.id).toContain(chinese(e.headline));
  }
});

test("without ?handout the browser's Print command gives the short handout, and ?handout=short says so too", async ({ page }) => {
  for (const query of ["", "?handout=short", "?view=present&step=4"]) {
    await openApp(page, query);
    await page.emulateMedia({ media: "print" });
    await expect(page.locator("#handout .handout__keys")).toBeVisible();
    await expect(page.locator("#handout .handout__event")).toHaveCount(0);
    await expect(page.locator("#handout .handout__matrix tbody tr")).toHaveCount(story.topics.length);
  }
});
