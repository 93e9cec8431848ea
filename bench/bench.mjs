// Measures the release build in Chromium: bytes over the wire, time until the page is ready,
// key press to focused-event update, and the work per zoom step and per panning frame, for the
// default story and for generated stories of 1,000 and 10,000 events. Prints figures and the
// targets; asserts nothing. Run through bench/run.
import { chromium } from "../tests/e2e/node_modules/playwright-core/index.mjs";

const base = process.env.BENCH_URL ?? "http://127.0.0.1:4190/";
const cases = [
  ["default story", ""],
  ["1,000 events", "?data=/bench/story-1000.json"],
  ["10,000 events", "?data=/bench/story-10000.json"],
];
const runs = Number(process.env.BENCH_RUNS ?? 3);

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium",
  args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run"],
});

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const pct = (xs, p) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * p))];
const ms = (x) => `${x.toFixed(1)} ms`;

async function measure(query) {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  // Record when <html data-ready="true"> appears, on the page's own clock.
  await page.addInitScript(() => {
    // The init script may run before <html> exists: watch the whole document.
    new MutationObserver(() => {
      if (document.documentElement?.dataset.ready === "true" && !window.__readyAt) window.__readyAt = performance.now();
    }).observe(document, { attributes: true, subtree: true, childList: true });
  });
  await page.goto(base + query);
  await page.waitForFunction(() => window.__readyAt, null, { timeout: 60_000 });
  const result = await page.evaluate(async () => {
    const nextFrame = () => new Promise((r) => requestAnimationFrame(() => r(performance.now())));
    const bytes = performance
      .getEntriesByType("navigation")
      .concat(performance.getEntriesByType("resource"))
      .reduce((sum, e) => sum + (e.transferSize || 0), 0);
    // Key press to focused-event update: from dispatching the key to the next frame after the
    // focus has moved.
    const keys = [];
    let mark = document.querySelector('.tl-events [tabindex="0"]');
    mark.focus();
    for (let i = 0; i < 25; i++) {
      const before = document.activeElement;
      const t0 = performance.now();
      before.dispatchEvent(new KeyboardEvent("keydown", { key: "ArrowRight", bubbles: true }));
      while (document.activeElement === before) await Promise.resolve().then(() => new Promise((r) => setTimeout(r, 0)));
      keys.push((await nextFrame()) - t0);
    }
    // Zoom: the work from a zoom step to the next frame, in and out through every level.
    const zooms = [];
    const zoomIn = document.querySelector("[data-action=zoom-in]");
    const zoomOut = document.querySelector("[data-action=zoom-out]");
    document.querySelector("[data-action=everything]").click();
    await nextFrame();
    for (const button of [zoomIn, zoomOut]) {
      for (let i = 0; i < 16 && button.getAttribute("aria-disabled") !== "true"; i++) {
        await nextFrame();
        const t0 = performance.now();
        button.click();
        zooms.push((await nextFrame()) - t0);
      }
    }
    // Pan: frame times while scrolling the timeline 40 px a frame, at the deadline-week zoom.
    document.querySelector("[data-action^='era:']")?.click();
    await nextFrame();
    const scroller = document.querySelector("[data-testid=timeline-scroller]");
    const pans = [];
    let last = await nextFrame();
    for (let i = 0; i < 90; i++) {
      scroller.scrollLeft += 40;
      const now = await nextFrame();
      pans.push(now - last);
      last = now;
    }
    return { ready: window.__readyAt, bytes, keys, zooms, pans, events: document.querySelectorAll(".tl-mark, .tl-cluster").length };
  });
  await page.close();
  return result;
}

console.log(`Benchmark: ${base} in Chromium, 1280×800, median of ${runs} loads\n`);
for (const [name, query] of cases) {
  const results = [];
  for (let i = 0; i < runs; i++) results.push(await measure(query));
  const r = results[results.length - 1];
  console.log(`${name}`);
  console.log(`  bytes over the wire (brotli)   ${(median(results.map((x) => x.bytes)) / 1024).toFixed(1)} KB`);
  console.log(`  time until data-ready          ${ms(median(results.map((x) => x.ready)))}`);
  console.log(`  key press → focus updated      median ${ms(median(r.keys))}, p95 ${ms(pct(r.keys, 0.95))}, max ${ms(Math.max(...r.keys))}`);
  console.log(`  zoom step → next frame         median ${ms(median(r.zooms))}, p95 ${ms(pct(r.zooms, 0.95))}, max ${ms(Math.max(...r.zooms))} (${r.zooms.length} steps)`);
  console.log(`  frame time while panning       median ${ms(median(r.pans))}, p95 ${ms(pct(r.pans, 0.95))}, max ${ms(Math.max(...r.pans))}`);
  console.log(`  markers and clusters drawn     ${r.events}\n`);
}
console.log("Targets on this machine: 1,000 events ready under 500 ms, 10,000 under 2 s;");
console.log("zoom steps and frames under 16 ms with 1,000 events; key press reflected under 50 ms.");
await browser.close();
