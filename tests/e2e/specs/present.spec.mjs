// The classroom presentation: clicker keys step through the sequence, `.` blanks the screen,
// the step is in the address, and a step fits the projector without scrolling.
import { test, expect } from "@playwright/test";
import { openApp, story } from "./support.mjs";

test("clicker keys step forward and back, and the address follows", async ({ page }) => {
  await openApp(page, "?view=present");
  const counter = page.getByTestId("step-counter");
  await expect(counter).toHaveText(/^1 \/ \d+$/);
  const total = Number((await counter.textContent()).split("/")[1]);
  for (const key of ["PageDown", "ArrowRight", "ArrowDown", "Space", "n"]) {
    const before = Number((await counter.textContent()).split("/")[0]);
    await page.keyboard.press(key);
    await expect(counter).toHaveText(`${before + 1} / ${total}`);
  }
  await expect(page).toHaveURL(/step=6/);
  for (const key of ["PageUp", "ArrowLeft", "ArrowUp", "p"]) {
    const before = Number((await counter.textContent()).split("/")[0]);
    await page.keyboard.press(key);
    await expect(counter).toHaveText(`${before - 1} / ${total}`);
  }
  // Shift+Space goes back, as in slide and document viewers.
  await page.keyboard.press("Shift+Space");
  await expect(counter).toHaveText(`1 / ${total}`);
  await page.keyboard.press("End");
  await expect(counter).toHaveText(`${total} / ${total}`);
  await page.keyboard.press("Home");
  await expect(counter).toHaveText(`1 / ${total}`);
  // The stage, a live region, says where the reader is first.
  await expect(page.getByTestId("stage").locator("p").first()).toHaveText(`Step 1 of ${total}.`);
});

test("on a blank screen a clicker's Next brings the slide back without moving on", async ({ page }) => {
  await openApp(page, "?view=present&step=3");
  const blank = page.getByTestId("blank");
  for (const key of ["b", "PageDown", "b", "ArrowLeft", "b", "Space"]) {
    await page.keyboard.press(key);
    await expect(blank).toBeVisible({ visible: key === "b" });
    await expect(page.getByTestId("step-counter")).toHaveText(/^3 \//);
  }
  await page.keyboard.press("PageDown");
  await expect(page.getByTestId("step-counter")).toHaveText(/^4 \//);
});

test("the dot and B blank the screen and bring it back", async ({ page }) => {
  await openApp(page, "?view=present&step=3");
  const blank = page.getByTestId("blank");
  await expect(blank).toBeHidden();
  await page.keyboard.press(".");
  await expect(blank).toBeVisible();
  const color = await blank.evaluate((el) => getComputedStyle(el).backgroundColor);
  expect(color).toBe("rgb(0, 0, 0)");
  await page.keyboard.press(".");
  await expect(blank).toBeHidden();
  await page.keyboard.press("b");
  await expect(blank).toBeVisible();
  await page.keyboard.press("B");
  await expect(blank).toBeHidden();
  // Blanking does not move the presentation.
  await expect(page.getByTestId("step-counter")).toHaveText(/^3 \//);
  // Without a keyboard: the button blanks, and a click or tap on the black screen returns.
  await page.getByRole("button", { name: "Blank screen" }).click();
  await expect(blank).toBeVisible();
  await blank.click();
  await expect(blank).toBeHidden();
});

test("a link with a step opens that step, and the first and last steps show a QR code", async ({ page }) => {
  await openApp(page, "?view=present&step=9");
  await expect(page.getByTestId("step-counter")).toHaveText(/^9 \//);
  await expect(page.getByTestId("stage").getByRole("heading", { level: 2 })).toHaveText("TikTok goes dark for US users");
  // Each outlet once, though the event cites two Federal Register records.
  await openApp(page, "?view=present&step=12");
  await expect(page.getByTestId("stage")).toContainText("Sources: Federal Register, Silicon Republic.");
  await openApp(page, "?view=present&step=1");
  await expect(page.getByTestId("qr").locator("svg path")).toHaveAttribute("d", /^M0 0h7v1h-7z/);
  await page.keyboard.press("End");
  await expect(page.getByTestId("qr")).toBeVisible();
  await expect(page.getByTestId("qr")).toContainText("127.0.0.1");
  // An out-of-range step shows the last one rather than failing.
  await openApp(page, "?view=present&step=999");
  await expect(page.getByTestId("step-counter")).toHaveText(/^(\d+) \/ \1$/);
  await expect(page.getByTestId("notices")).toContainText("step 999");
});

const headline = (id) => story.events.find((e) => e.id === id).headline;
const measuredLanes = new Set(story.series.map((s) => s.lane).filter(Boolean));

for (const [width, height] of [[1920, 1080], [1280, 720], [1024, 768]]) {
  test(`every step fits ${width}×${height} without scrolling, and shows where it sits`, async ({ page }) => {
    test.setTimeout(60_000);
    await page.setViewportSize({ width, height });
    await openApp(page, "?view=present");
    const stage = page.getByTestId("stage");
    const total = Number((await page.getByTestId("step-counter").textContent()).split("/")[1]);
    expect(total).toBe(story.presentation.length);
    for (let step = 1; step <= total; step++) {
      await expect(page.getByTestId("step-counter")).toHaveText(`${step} / ${total}`);
      const overflow = await page.evaluate(() => ({
        y: document.documentElement.scrollHeight - window.innerHeight,
        x: document.documentElement.scrollWidth - window.innerWidth,
      }));
      expect(overflow.y, `step ${step} overflows vertically`).toBeLessThanOrEqual(0);
      expect(overflow.x, `step ${step} overflows horizontally`).toBeLessThanOrEqual(0);
      const s = story.presentation[step - 1];
      if (s.kind === "event") {
        // The strip of the timeline around the event, with the event highlighted in it, all
        // of it above the control bar.
        const context = stage.getByTestId("step-context");
        await expect(context, `step ${step}`).toBeVisible();
        await expect(context.getByTestId("step-context-here")).toContainText(headline(s.id));
        await expect(context).toHaveAttribute("aria-label", /after .*; before /);
        const [box, bar] = [await context.boundingBox(), await page.locator(".present__bar").boundingBox()];
        expect(box.y + box.height, `step ${step}: strip under the bar`).toBeLessThanOrEqual(bar.y + 1);
        expect(await context.locator(".tl-mark, .tl-cluster").count(), `step ${step}: neighbours`).toBeGreaterThan(1);
        const lane = story.events.find((e) => e.id === s.id).lane;
        await expect(context.getByTestId("influx-chart"), `step ${step}: chart`).toHaveCount(measuredLanes.has(lane) ? 1 : 0);
      } else {
        await expect(stage.getByTestId("step-context")).toHaveCount(0);
      }
      if (s.kind === "topic") {
        // The spectrum with both texts on it.
        await expect(stage.locator(".cmp-track")).toBeVisible();
        const placed = story.topics.find((t) => t.id === s.id).readings.filter((r) => r.position !== "not-addressed");
        await expect(stage.locator(".cmp-marker")).toHaveCount(placed.length);
        await expect(stage.locator(".cmp-track")).toHaveAttribute("aria-label", /Text A .*Text B /);
      }
      // The presenter's note is for the speaker notes, never the projected slide.
      if (s.note) await expect(stage, `step ${step}`).not.toContainText(s.note);
      if (width === 1920 && step === 2) {
        const size = await page.locator(".present__summary").first().evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
        expect(size).toBeGreaterThanOrEqual(28);
      }
      await page.keyboard.press("ArrowRight");
    }
  });
}

test("on a phone the controls stay on screen under a tall slide", async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await openApp(page, "?view=present&step=17");
  await expect(page.getByRole("button", { name: "Next step" })).toBeInViewport();
});

for (const [width, height] of [[1280, 720], [1024, 768]]) test(`on a small projector (${width}×${height}) no text on any step is below 16 px`, async ({ page }) => {
  await page.setViewportSize({ width, height });
  await openApp(page, "?view=present");
  const total = Number((await page.getByTestId("step-counter").textContent()).split("/")[1]);
  for (let step = 1; step <= total; step++) {
    const small = await page.getByTestId("stage").evaluate((stage) =>
      [...stage.querySelectorAll("*")]
        .filter((el) => el.checkVisibility() && !el.closest(".visually-hidden"))
        .filter((el) => [...el.childNodes].some((n) => n.nodeType === 3 && n.textContent.trim()))
        .map((el) => [el.textContent.trim().slice(0, 30), parseFloat(getComputedStyle(el).fontSize)])
        .filter(([, size]) => size < 16),
    );
    expect(small, `step ${step}`).toEqual([]);
    await page.keyboard.press("ArrowRight");
  }
});

test("the presentation gives its own embed code, and the dialog returns the focus to its bar", async ({ page }) => {
  await openApp(page, "?view=present&step=5");
  const embed = page.getByTestId("present-embed");
  await embed.focus();
  await page.keyboard.press("Enter");
  const dialog = page.getByRole("dialog", { name: "Embed this view" });
  await expect(dialog).toBeVisible();
  // The presentation, embedded, from its first step.
  const code = await dialog.getByTestId("embed-iframe").inputValue();
  expect(code).toContain("view=present");
  expect(code).toContain("embed=1");
  expect(code).not.toContain("step=");
  // Keys inside the dialog are its own: arrows in the colours choice do not step the slides.
  await dialog.getByTestId("embed-colours").focus();
  await page.keyboard.press("ArrowDown");
  await expect(page.getByTestId("step-counter")).toHaveText(/^5 \//);
  await page.keyboard.press("Escape");
  await expect(dialog).toBeHidden();
  await expect(embed).toBeFocused();
  // The step did not move (Enter and Escape were the dialog's).
  await expect(page.getByTestId("step-counter")).toHaveText(/^5 \//);
  // An embedded presentation has no code to give.
  await openApp(page, "?view=present&embed=1");
  await expect(page.getByTestId("present-embed")).toBeHidden();
});
