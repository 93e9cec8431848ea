// Writes the two pages the paint benchmark (bench/paint.mjs) compares the app with, into
// bench/generated/:
// - floor.html, the static floor: the story's events as plain HTML (header, then every event's
//   date, headline and summary, month by month) with the app's own style sheet and no script;
//   what a hand-made page would paint;
// - before.html, the app as it was before issue 15: the release page without the story written
//   into it (no pre-rendered content, no inline script or style sheet: its style sheet linked;
//   the <noscript> note instead).
//   node bench/pages.mjs [DIST] [OUT]
import { readFileSync, readdirSync, writeFileSync, mkdirSync } from "node:fs";
import { join } from "node:path";

const dist = process.argv[2] ?? "dist";
const out = process.argv[3] ?? "bench/generated";
mkdirSync(out, { recursive: true });
const index = readFileSync(join(dist, "index.html"), "utf8");
const story = JSON.parse(readFileSync(join(dist, "data/story.json"), "utf8"));
const escape = (s) => String(s).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
// The page carries its style sheet (src/prerender.rs); the file is beside it, as Trunk built it.
const css = "/" + readdirSync(dist).find((name) => /^style-[0-9a-f]+\.css$/.test(name));

const months = new Map();
for (const e of [...story.events].sort((a, b) => a.date.localeCompare(b.date))) {
  const month = e.date.slice(0, 7);
  if (!months.has(month)) months.set(month, []);
  months.get(month).push(e);
}
const floor = `<!doctype html><html lang="en"><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>${escape(story.meta.title)}</title><link rel="stylesheet" href="${css}">
<body><header class="site-header"><div class="site-header__titles"><p class="site-header__title">${escape(story.meta.title)}</p><p class="site-header__subtitle">${escape(story.meta.subtitle)}</p></div></header>
<main class="main" id="main"><h1 class="view-heading">Timeline</h1>
${[...months]
  .map(
    ([month, events]) =>
      `<section class="event-list__month"><h2 class="event-list__heading">${month}</h2><ol class="event-list__events">${events
        .map((e) => `<li class="event-list__item"><p class="event-list__date">${escape(e.date)}</p><h3 class="event-list__headline">${escape(e.headline)}</h3><p>${escape(e.summary)}</p></li>`)
        .join("")}</ol></section>`,
  )
  .join("\n")}
</main></body></html>`;
writeFileSync(join(out, "floor.html"), floor);

const before = index
  .replace(/<script>[\s\S]*?<\/script>/, "")
  .replace(/<style>[\s\S]*?<\/style>/g, "")
  .replace("</head>", `<link rel="stylesheet" href="${css}"></head>`)
  .replace(/<div id="prerendered"[\s\S]*<div id="prerendered-end" hidden><\/div>/, '<noscript><p>This explainer needs JavaScript.</p></noscript>');
if (before.includes('id="prerendered"')) throw new Error("the written page was not taken out");
writeFileSync(join(out, "before.html"), before);
