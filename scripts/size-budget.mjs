// The size budgets: the brotli-compressed bytes of everything the first view loads, in two parts.
// The app code (the scripts, the wasm, the style sheets; the default story is compiled into the
// wasm) keeps 150 KB; the page's HTML keeps 20 KB of its own for the first view, which it
// paints before the wasm arrives (issue 15). After the first view, the page's HTML goes on with
// the rest of the story as text (every event's details, the comparison: src/prerender.rs), which
// no first paint waits for: reported, not budgeted. Prints a line per file and fails when
// either part is above its budget.
//   node scripts/size-budget.mjs [DIST] [APP_BUDGET_KB] [HTML_BUDGET_KB]
import { existsSync, readFileSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { brotliCompressSync, constants } from "node:zlib";

const dist = process.argv[2] ?? "dist";
// The budgets (issue 14 retired issue 7's 100 KB goal; issue 15 gave the HTML its own share).
// The README ("Size") keeps the ledger of what the app code spends.
const budgetKb = Number(process.argv[3] ?? 150);
const htmlBudgetKb = Number(process.argv[4] ?? 20);

const brotli = (bytes) =>
  brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
const kb = (n) => (n / 1024).toFixed(1);

const html = readFileSync(join(dist, "index.html"), "utf8");
// Every local file the page references: style sheets, scripts, the wasm (module preload and
// the boot script's data attributes). External references would be a bug: count them too.
// Not what the inline script and <noscript> name: the views' style sheet, written into the page
// only for a link to those views, and without scripts.
const loaded = html.replace(/<script>[\s\S]*?<\/script>|<noscript>[\s\S]*?<\/noscript>/g, "");
const refs = new Set();
for (const m of loaded.matchAll(/(?:href|src|data-js|data-wasm)=["']?([^"' >]+)/g)) {
  const ref = m[1];
  if (/\.(css|js|wasm)$/.test(ref)) refs.add(ref);
}
const files = [["index.html", Buffer.from(html)]];
// A file's path in `dist` from its address in the page: an edition built into a folder of its own
// names its files from the site's root ("/zh-hans/boot.js" in dist/zh-hans).
const local = (ref) => {
  let path = ref.replace(/^\.?\//, "");
  while (!existsSync(join(dist, path)) && path.includes("/")) path = path.slice(path.indexOf("/") + 1);
  return path;
};
for (const ref of [...refs].sort()) {
  if (/^[a-z]+:|^\/\//i.test(ref)) {
    console.error(`external reference in index.html: ${ref}`);
    process.exit(1);
  }
  files.push([local(ref), readFileSync(join(dist, local(ref)))]);
}
// And the modules those scripts import statically (the wasm-split loader, in the release build).
for (const [name, bytes] of files.filter(([n]) => n.endsWith(".js"))) {
  for (const m of bytes.toString().matchAll(/\bfrom\s*["']\.\/([^"']+\.js)["']/g)) {
    if (!files.some(([n]) => n === m[1])) files.push([m[1], readFileSync(join(dist, m[1]))]);
  }
}

// The page's HTML up to the end of the first view: what the first paint waits for. The rest of
// the story follows in the same page from the comparison's view (then the presentation's and
// every event's details: src/shell/page.rs), which the default view paints without.
const after = ['id="view-compare"', 'id="story-events"'].map((mark) => html.indexOf(mark)).filter((at) => at >= 0);
const rest = after.length ? Math.min(...after) : -1;
const restStart = rest < 0 ? html.length : html.lastIndexOf("<", rest);
const firstViewHtml = brotli(Buffer.from(html.slice(0, restStart)));

let total = 0;
let htmlSize = 0;
for (const [name, bytes] of files) {
  const size = brotli(bytes);
  if (name === "index.html") htmlSize = size;
  else total += size;
  console.log(`${kb(size).padStart(7)} KB  ${name} (${kb(bytes.length)} KB raw)`);
}
// The wasm holds the first view's part of the story in the binary form build.rs writes
// (postcard; the whole story travels in the later views' chunks): the newest one the release
// build made, if it is there.
const buildDir = "target/release-build/wasm32-unknown-unknown/release/build";
const storyBins = existsSync(buildDir)
  ? readdirSync(buildDir)
      .filter((d) => d.startsWith("rednote-explainer-"))
      .map((d) => join(buildDir, d, "out", "story.bin"))
      .filter((f) => existsSync(f))
      .sort((a, b) => statSync(b).mtimeMs - statSync(a).mtimeMs)
  : [];
if (storyBins.length > 0) {
  const story = brotli(readFileSync(storyBins[0]));
  console.log(`         (of the wasm, about ${kb(story)} KB is the first view's part of the default story)`);
}
// What the first view does not load: the split-off chunks and the views' style sheet, fetched
// when a view or a story file needs them (src/shell/views.rs).
const counted = new Set(files.map(([n]) => n));
let later = 0;
for (const name of readdirSync(dist).filter((f) => /\.(wasm|css)$/.test(f) && !counted.has(f)).sort()) {
  const size = brotli(readFileSync(join(dist, name)));
  later += size;
  console.log(`${kb(size).padStart(7)} KB  ${name} (after the first view)`);
}
if (later) console.log(`after the first view: ${kb(later)} KB brotli, not in the first load`);
const within = (n, b) => n <= b * 1024;
const verdict = (n, b) => (within(n, b) ? "within" : "OVER");
console.log(
  `page HTML: ${kb(firstViewHtml)} KB brotli for the first view, ${verdict(firstViewHtml, htmlBudgetKb)} its ${htmlBudgetKb} KB budget` +
    ` (${kb(htmlSize)} KB in all, with the rest of the story as text after it)`,
);
console.log(`first load app code: ${kb(total)} KB brotli, ${verdict(total, budgetKb)} the ${budgetKb} KB budget`);
console.log(`first load in all: ${kb(total + htmlSize)} KB brotli`);
process.exit(within(total, budgetKb) && within(firstViewHtml, htmlBudgetKb) ? 0 : 1);
