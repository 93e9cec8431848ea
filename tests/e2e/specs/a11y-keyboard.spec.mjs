// Keyboard only: from page load, Tab and Shift+Tab reach every control in every view, each
// control works from the keyboard, the focus is always visible, and it is never lost to <body>
// after an action.
import { test, expect } from "@playwright/test";
import { openApp } from "./support.mjs";

/** Describes the focused element and whether its focus indicator is visible. */
const focused = (page) =>
  page.evaluate(() => {
    const el = document.activeElement;
    if (!el || el === document.body) return { body: true };
    const s = getComputedStyle(el);
    const visible = (s.outlineStyle !== "none" && parseFloat(s.outlineWidth) >= 2) || s.boxShadow !== "none";
    const name = el.getAttribute("aria-label") || el.labels?.[0]?.textContent.trim() || el.textContent.trim().slice(0, 40) || el.tagName;
    // `data-kb` is the element's index from `tabbables`: a key unique even for unnamed twins.
    return { body: false, visible, key: el.dataset.kb ? `${el.dataset.kb} ${name}` : `? ${el.tagName}:${name}`, name };
  });

/** Every element in the page that Tab should reach (visible, enabled, tabbable), each marked
 *  with a unique `data-kb` index so that the walk can tell unnamed twins apart. */
const tabbables = (page) =>
  page.evaluate(() =>
    [...document.querySelectorAll("a[href], button, input, textarea, select, summary, [tabindex]")]
      .filter((el) => el.tabIndex >= 0 && !el.disabled && el.getClientRects().length > 0)
      // A closed disclosure's content (the print menu's choices) is not shown: Tab skips it.
      .filter((el) => getComputedStyle(el).visibility !== "hidden" && !el.closest("[hidden], [inert], dialog:not([open]), details:not([open]) > :not(summary)"))
      .map((el, i) => {
        el.dataset.kb = String(i);
        const name = el.getAttribute("aria-label") || el.labels?.[0]?.textContent.trim() || el.textContent.trim().slice(0, 40) || el.tagName;
        return `${i} ${name}`;
      }),
  );

/** Tabs through the page once; returns the keys of the elements reached, checking each. */
async function walk(page, key = "Tab") {
  const reached = [];
  for (let i = 0; i < 200; i++) {
    await page.keyboard.press(key);
    const f = await focused(page);
    if (f.body) continue;
    expect(f.visible, `focus is visible on ${f.key}`).toBe(true);
    if (reached.includes(f.key)) break;
    reached.push(f.key);
  }
  return reached;
}

for (const [name, query] of [
  ["timeline", ""],
  ["compare", "?view=compare"],
  ["present", "?view=present"],
  ["embed", "?embed=1"],
]) {
  test(`Tab and Shift+Tab reach every control in the ${name} view, with visible focus`, async ({ page }) => {
    await openApp(page, query);
    const expected = await tabbables(page);
    const forward = await walk(page, "Tab");
    for (const key of expected) expect(forward, `Tab reaches ${key}`).toContain(key);
    const backward = await walk(page, "Shift+Tab");
    expect(new Set(backward)).toEqual(new Set(forward));
  });
}

/** Presses `key` on the element matching `locator` (after focusing it from the keyboard's view). */
async function pressOn(page, locator, key) {
  await locator.focus();
  // Described before the key press: the press may rename the control (Show / Hide).
  const what = await locator.evaluate((el) => el.outerHTML.slice(0, 80));
  await page.keyboard.press(key);
  const f = await focused(page);
  expect(f.body, `focus kept after ${key} on ${what}`).toBe(false);
}

test("timeline controls work from the keyboard and keep the focus", async ({ page }) => {
  await openApp(page);
  const zoom = () => page.getByTestId("timeline-track").evaluate((el) => Number(el.dataset.zoom));
  const before = await zoom();
  await pressOn(page, page.getByRole("button", { name: "Zoom in", exact: true }), "Enter");
  expect(await zoom()).toBe(before * 2);
  await pressOn(page, page.getByRole("button", { name: "Zoom out", exact: true }), " ");
  expect(await zoom()).toBe(before);
  await pressOn(page, page.getByRole("button", { name: /^Zoom to Outage/ }), "Enter");
  await expect(page.getByTestId("zoom-status")).toHaveText("Axis in hours");
  const law = page.getByRole("checkbox", { name: /Law and courts/ });
  await pressOn(page, law, " ");
  await expect(law).not.toBeChecked();
  await pressOn(page, law, " ");
  await expect(law).toBeChecked();
  // The event area: open, close, and the focus comes back to the marker.
  await pressOn(page, page.getByTestId("timeline-events").locator('[tabindex="0"]'), "Enter");
  await expect(page.getByTestId("details-panel")).toBeVisible();
  await page.keyboard.press("Escape");
  await expect(page.getByTestId("details-panel")).toBeHidden();
  expect((await focused(page)).body).toBe(false);
  await pressOn(page, page.getByRole("button", { name: "Show as table" }), "Enter");
  await expect(page.getByTestId("chart-table")).toBeVisible();
  await pressOn(page, page.getByRole("button", { name: "List view" }), "Enter");
  await expect(page.getByTestId("event-list")).toBeVisible();
  await pressOn(page, page.getByTestId("event-list").getByRole("button").first(), "Enter");
  await expect(page.getByTestId("event-list").getByTestId("details")).toBeVisible();
  // Navigation between views keeps the focus on the link.
  await pressOn(page, page.getByRole("link", { name: "Compare the texts" }), "Enter");
  await expect(page).toHaveURL(/view=compare/);
});

test("comparison controls work from the keyboard and keep the focus", async ({ page }) => {
  await openApp(page, "?view=compare");
  await pressOn(page, page.getByTestId("swap"), "Enter");
  await expect(page).toHaveURL(/swap=1/);
  await expect(page.getByTestId("swap")).toBeFocused();
  await pressOn(page, page.getByRole("tab").first(), "ArrowDown");
  await expect(page.getByRole("tab").nth(1)).toBeFocused();
  await pressOn(page, page.getByRole("link", { name: /What happens next/ }), "Enter");
  await expect(page.getByRole("tab", { name: /What happens next/ })).toBeFocused();
  await pressOn(page, page.getByRole("link", { name: /How we read the texts/ }), "Enter");
});

test("the Embed dialog opens, closes with Escape and gives the focus back", async ({ page }) => {
  await openApp(page);
  await pressOn(page, page.getByTestId("embed-button"), "Enter");
  const dialog = page.getByRole("dialog", { name: "Embed this view" });
  await expect(dialog).toBeVisible();
  expect(await dialog.evaluate((d) => d.contains(document.activeElement))).toBe(true);
  await page.keyboard.press("Escape");
  await expect(dialog).toBeHidden();
  await expect(page.getByTestId("embed-button")).toBeFocused();
});

test("presentation controls work from the keyboard and keep the focus", async ({ page }) => {
  await openApp(page, "?view=present");
  await pressOn(page, page.getByRole("button", { name: "Next step" }), "Enter");
  await expect(page.getByTestId("step-counter")).toHaveText(/^2 \//);
  await pressOn(page, page.getByRole("button", { name: "Blank screen" }), "Enter");
  await expect(page.getByTestId("blank")).toBeVisible();
  await page.keyboard.press("Escape");
  await expect(page.getByTestId("blank")).toBeHidden();
  await pressOn(page, page.getByRole("button", { name: "Previous step" }), "Enter");
  await expect(page.getByTestId("step-counter")).toHaveText(/^1 \//);
});
