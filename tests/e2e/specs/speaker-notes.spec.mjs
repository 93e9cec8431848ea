// Presenter notes, as in reveal.js: S (or the "Speaker notes" button) opens the step's notes
// and the next step in a second window that stays on the presentation's step, whichever
// window steps; with pop-ups blocked they open in a panel on request; the projected slide
// never shows them.
import { test, expect } from "@playwright/test";
import { openApp, story } from "./support.mjs";

const noted = story.presentation.findIndex((s) => s.note) + 1;
const note = story.presentation[noted - 1].note;
const total = story.presentation.length;
const heading = (s) => (s.kind === "event" ? story.events.find((e) => e.id === s.id).headline : story.topics.find((t) => t.id === s.id)?.question);

test("S opens the speaker notes in a second window that follows the presentation both ways", async ({ page, context }) => {
  await openApp(page, `?view=present&step=${noted}`);
  await expect(page.getByTestId("stage")).not.toContainText(note);
  const [speaker] = await Promise.all([context.waitForEvent("page"), page.keyboard.press("s")]);
  await expect(speaker.locator("html")).toHaveAttribute("data-ready", "true");
  expect(speaker.url()).toContain("speaker=1");
  expect(speaker.url()).toContain(`step=${noted}`);
  await expect(speaker.getByTestId("notes-now")).toContainText(note);
  await expect(speaker.getByTestId("notes-now")).toContainText(`Step ${noted} of ${total}`);
  await expect(speaker.getByTestId("notes-next")).toContainText(heading(story.presentation[noted]));
  // The notes window is not a slide.
  await expect(speaker.getByTestId("stage")).toHaveCount(0);
  // The presenter steps on the projected screen: the notes follow.
  await page.keyboard.press("PageDown");
  await expect(speaker.getByTestId("step-counter")).toHaveText(`${noted + 1} / ${total}`);
  await expect(speaker.getByTestId("notes-now")).toContainText(heading(story.presentation[noted]));
  // And from the notes window: the projected screen follows.
  await speaker.keyboard.press("ArrowRight");
  await expect(page.getByTestId("step-counter")).toHaveText(`${noted + 2} / ${total}`);
  await expect(page).toHaveURL(new RegExp(`step=${noted + 2}`));
  await speaker.getByRole("button", { name: "Previous step" }).click();
  await speaker.getByRole("button", { name: "Previous step" }).click();
  await expect(page.getByTestId("step-counter")).toHaveText(`${noted} / ${total}`);
  // Quick presses never leave the two windows apart.
  for (let i = 0; i < 5; i++) await page.keyboard.press("ArrowRight");
  await expect(page.getByTestId("step-counter")).toHaveText(`${noted + 5} / ${total}`);
  await expect(speaker.getByTestId("step-counter")).toHaveText(`${noted + 5} / ${total}`);
  // The projected window never showed the notes.
  await expect(page.getByTestId("notes-panel")).toBeHidden();
  await expect(page.getByTestId("stage")).not.toContainText("No note for this step.");
});

test("the Speaker notes button opens the same window", async ({ page, context }) => {
  await openApp(page, `?view=present&step=${noted}`);
  const [speaker] = await Promise.all([context.waitForEvent("page"), page.getByTestId("speaker-notes").click()]);
  await expect(speaker.getByTestId("notes-now")).toContainText(note);
});

test("with pop-ups blocked, the notes open in a panel on request, and close again", async ({ page }) => {
  await openApp(page, `?view=present&step=${noted}`);
  const panel = page.getByTestId("notes-panel");
  await expect(panel).toBeHidden();
  await page.evaluate(() => (window.open = () => null));
  await page.keyboard.press("s");
  await expect(panel).toBeVisible();
  await expect(panel).toContainText(note);
  await expect(page.getByTestId("stage")).not.toContainText(note);
  // It follows the steps while open.
  await page.keyboard.press("ArrowRight");
  await expect(panel.getByTestId("notes-now")).toContainText(heading(story.presentation[noted]));
  await page.keyboard.press("Escape");
  await expect(panel).toBeHidden();
  await page.getByTestId("speaker-notes").click();
  await expect(panel).toBeVisible();
  await panel.getByRole("button", { name: "Close" }).click();
  await expect(panel).toBeHidden();
  // An embedded presentation offers no notes.
  await openApp(page, "?view=present&embed=1");
  await expect(page.getByTestId("speaker-notes")).toBeHidden();
});
