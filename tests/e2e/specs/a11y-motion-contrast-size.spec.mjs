// Reduced motion is honoured, text contrast meets WCAG in every theme (7:1 for projection),
// and every control is at least 24×24 px.
import { test, expect } from "@playwright/test";
import { openApp } from "./support.mjs";

const views = ["", "?event=tiktok-goes-dark", "?list=1", "?view=compare", "?view=present&step=9", "?embed=1"];

test("with reduced motion, no transition or animation runs", async ({ page }) => {
  await page.emulateMedia({ reducedMotion: "reduce" });
  for (const query of views) {
    await openApp(page, query);
    const moving = await page.evaluate(() =>
      [...document.querySelectorAll("*")].flatMap((el) => {
        const s = getComputedStyle(el);
        const durations = `${s.transitionDuration},${s.animationDuration}`.split(",").map((d) => parseFloat(d));
        return durations.some((d) => d > 0) ? [`${el.tagName}.${el.className}`] : [];
      }),
    );
    expect(moving, `moving elements in ${query || "the timeline"}`).toEqual([]);
  }
});

/** Contrast ratios of colour pairs given as custom properties, computed in the page. */
const ratios = (page, pairs) =>
  page.evaluate((pairs) => {
    const probe = document.createElement("span");
    document.body.append(probe);
    const rgb = (token) => {
      probe.style.setProperty("color", `var(${token})`);
      return getComputedStyle(probe).color.match(/[\d.]+/g).slice(0, 3).map(Number);
    };
    const lum = ([r, g, b]) =>
      [r, g, b]
        .map((c) => c / 255)
        .map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4))
        .reduce((sum, c, i) => sum + c * [0.2126, 0.7152, 0.0722][i], 0);
    const out = pairs.map(([fg, bg, min]) => {
      const [a, b] = [lum(rgb(fg)), lum(rgb(bg))];
      return { pair: `${fg} on ${bg}`, ratio: Math.round(((Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05)) * 100) / 100, min };
    });
    probe.remove();
    return out;
  }, pairs);

const textPairs = (min) => [
  ["--text", "--bg", min],
  ["--text", "--surface", min],
  ["--text", "--surface-2", min],
  ["--text-muted", "--bg", min],
  ["--text-muted", "--surface", min],
  ["--link", "--bg", min],
  ["--link", "--surface", min],
  ["--accent-text", "--accent", min],
  ["--bg", "--text-a", min],
  ["--bg", "--text-b", min],
  ["--text-a", "--bg", min],
  ["--text-b", "--bg", min],
];
// Graphics (lane shapes, confidence rings, focus ring) need 3:1 against the background.
const graphicPairs = [0, 1, 2, 3, 4, 5, 6, 7]
  .map((i) => [`--lane-${i}`, "--bg", 3])
  .concat([["--confirmed", "--bg", 3], ["--single-source", "--bg", 3], ["--disputed", "--bg", 3], ["--focus", "--bg", 3], ["--border", "--bg", 3]]);

for (const theme of ["light", "dark", "contrast"]) {
  test(`text contrast is at least 4.5:1 in the ${theme} theme`, async ({ page }) => {
    await openApp(page, `?theme=${theme}`);
    for (const r of await ratios(page, textPairs(theme === "contrast" ? 7 : 4.5).concat(graphicPairs))) {
      expect(r.ratio, r.pair).toBeGreaterThanOrEqual(r.min);
    }
  });
}

for (const theme of ["light", "dark"]) {
  test(`the projection theme has at least 7:1 contrast (${theme})`, async ({ page }) => {
    await openApp(page, `?view=present&theme=${theme}`);
    for (const r of await ratios(page, textPairs(7).concat(graphicPairs))) {
      expect(r.ratio, r.pair).toBeGreaterThanOrEqual(r.min);
    }
  });
}

for (const [width, height] of [
  [1280, 800],
  [360, 740],
]) {
  test(`interactive targets are at least 24×24 px at ${width}×${height}`, async ({ page }) => {
    await page.setViewportSize({ width, height });
    for (const query of [...views, "?view=compare&topic=motive"]) {
      await openApp(page, query);
      const small = await page.evaluate(() =>
        [...document.querySelectorAll("button, input, select, textarea, [role=tab], [tabindex='0'], nav a, .details__topics a, .cmp-events a, .cmp-overview tbody a")]
          .filter((el) => el.getClientRects().length > 0 && !el.closest("[hidden]"))
          .map((el) => {
            // A checkbox or radio is operated through its whole label.
            const target = el.matches("input[type=checkbox], input[type=radio]") ? el.closest("label") ?? el : el;
            const r = target.getBoundingClientRect();
            return { el: el.outerHTML.slice(0, 90), w: Math.round(r.width), h: Math.round(r.height) };
          })
          .filter((t) => t.w < 24 || t.h < 24),
      );
      expect(small, `small targets in ${query || "the timeline"}`).toEqual([]);
    }
  });
}
