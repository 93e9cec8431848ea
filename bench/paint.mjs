// The first paint, in Chromium, on a phone's profile: Slow 4G (150 ms round trips, 1.6 Mbit/s
// down, 750 kbit/s up) and the CPU slowed 4×. For the default view and a link to a comparison
// topic: first contentful paint, largest contentful paint and cumulative layout shift (at 390
// and 1280 px), the median of several runs, for the app as built, the app before issue 15
// (no story in its HTML) and the static floor (the events as plain HTML with the same style
// sheet: bench/pages.mjs), side by side, the three pages taking turns. Asserts nothing. Run
// through bench/run.
import { chromium } from "../tests/e2e/node_modules/playwright-core/index.mjs";
import { emulateSlowPhone } from "../tests/e2e/phone.mjs";

const base = process.env.BENCH_URL ?? "http://127.0.0.1:4190/";
const runs = Number(process.env.BENCH_RUNS ?? 5);
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium",
  args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run"],
});
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

async function measure(path, width, ready) {
  const context = await browser.newContext({ viewport: { width, height: width < 600 ? 844 : 800 } });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await emulateSlowPhone(cdp);
  await cdp.send("Network.setCacheDisabled", { cacheDisabled: true });
  await page.addInitScript(() => {
    window.__paint = { lcp: 0, cls: 0 };
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) window.__paint.lcp = e.startTime;
    }).observe({ type: "largest-contentful-paint", buffered: true });
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) if (!e.hadRecentInput) window.__paint.cls += e.value;
    }).observe({ type: "layout-shift", buffered: true });
  });
  await page.goto(base + path, { waitUntil: "load", timeout: 120_000 });
  if (ready) await page.waitForFunction(() => document.documentElement.dataset.ready === "true", null, { timeout: 120_000 });
  await page.waitForTimeout(1000);
  const result = await page.evaluate(() => ({
    fcp: performance.getEntriesByName("first-contentful-paint")[0]?.startTime ?? NaN,
    lcp: window.__paint.lcp,
    cls: window.__paint.cls,
    ready: performance.now(),
  }));
  await context.close();
  return result;
}

const cases = [
  ["default view", "", "bench/before.html", "bench/floor.html"],
  ["comparison topic", "?view=compare&topic=motive", "bench/before.html?view=compare&topic=motive", "bench/floor.html"],
];
const pad = (s, n) => String(s).padEnd(n);
console.log(`\nFirst paint on Slow 4G with a 4× slower CPU (median of ${runs} runs; ms, layout shift unitless)`);
console.log(`${pad("", 34)}${pad("FCP", 9)}${pad("LCP", 9)}${pad("CLS", 8)}LCP vs floor`);
for (const [name, now, before, floorPath] of cases) {
  for (const width of [390, 1280]) {
    const pages = [["static floor", floorPath, false], ["app before issue 15", before, true], ["app now", now, true]];
    // The pages take turns, run by run, so that whatever else slows the machine for a while
    // (the floor moved by ±60 ms from one batch of runs to the next) weighs on all three alike.
    const samples = pages.map(() => []);
    for (let i = 0; i < runs; i++) {
      for (const [k, [, path, ready]] of pages.entries()) samples[k].push(await measure(path, width, ready));
    }
    const rows = {};
    for (const [k, [label]] of pages.entries()) {
      const xs = samples[k];
      rows[label] = { fcp: median(xs.map((x) => x.fcp)), lcp: median(xs.map((x) => x.lcp)), cls: median(xs.map((x) => x.cls)) };
    }
    const floor = rows["static floor"].lcp;
    for (const [label, r] of Object.entries(rows)) {
      const vs = label === "static floor" ? "" : `${r.lcp / floor >= 1 ? "+" : ""}${Math.round((r.lcp / floor - 1) * 100)} %`;
      console.log(`${pad(`${name}, ${width} px, ${label}`, 34).slice(0, 34)}${pad(Math.round(r.fcp), 9)}${pad(Math.round(r.lcp), 9)}${pad(r.cls.toFixed(3), 8)}${vs}`);
    }
  }
}
await browser.close();
