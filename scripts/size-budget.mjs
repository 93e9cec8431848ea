// The size budget: the brotli-compressed bytes of everything the first view loads (the HTML,
// the scripts, the wasm, the style sheets; the default story is compiled into the wasm).
// Prints a line per file and fails above the budget.
//   node scripts/size-budget.mjs [DIST] [BUDGET_KB]
import { existsSync, readFileSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { brotliCompressSync, constants } from "node:zlib";

const dist = process.argv[2] ?? "dist";
// The budget. Issue 2 asked for 150 KB and issue 7 for 100 KB; with every feature of issues 2–6
// the release build (scripts/build-release) measures about 141 KB (a bare Leptos counter is
// 30 KB, the embedded story 12 KB). The gap, and what was done to close it, is in the README
// ("Size"). This number stops regressions; lower it whenever the size work gains.
const budgetKb = Number(process.argv[3] ?? 143);

const brotli = (bytes) =>
  brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
const kb = (n) => (n / 1024).toFixed(1);

const html = readFileSync(join(dist, "index.html"), "utf8");
// Every local file the page references: style sheets, scripts, the wasm (module preload and
// the boot script's data attributes). External references would be a bug: count them too.
const refs = new Set();
for (const m of html.matchAll(/(?:href|src|data-js|data-wasm)=["']?([^"' >]+)/g)) {
  const ref = m[1];
  if (/\.(css|js|wasm)$/.test(ref)) refs.add(ref);
}
const files = [["index.html", Buffer.from(html)]];
for (const ref of [...refs].sort()) {
  if (/^[a-z]+:|^\/\//i.test(ref)) {
    console.error(`external reference in index.html: ${ref}`);
    process.exit(1);
  }
  files.push([ref.replace(/^\.?\//, ""), readFileSync(join(dist, ref.replace(/^\.?\//, "")))]);
}
// And the modules those scripts import statically (the wasm-split loader, in the release build).
for (const [name, bytes] of files.filter(([n]) => n.endsWith(".js"))) {
  for (const m of bytes.toString().matchAll(/\bfrom\s*["']\.\/([^"']+\.js)["']/g)) {
    if (!files.some(([n]) => n === m[1])) files.push([m[1], readFileSync(join(dist, m[1]))]);
  }
}

let total = 0;
for (const [name, bytes] of files) {
  const size = brotli(bytes);
  total += size;
  console.log(`${kb(size).padStart(7)} KB  ${name} (${kb(bytes.length)} KB raw)`);
}
// The wasm holds the story in the binary form build.rs writes (src/model/compact.rs): the
// newest one the release build made, if it is there.
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
  console.log(`         (of the wasm, about ${kb(story)} KB is the embedded default story)`);
}
// What the first view does not load: the split-off chunks and the views' style sheet, fetched
// when a view or a story file needs them (src/app/split.rs).
const counted = new Set(files.map(([n]) => n));
let later = 0;
for (const name of readdirSync(dist).filter((f) => /\.(wasm|css)$/.test(f) && !counted.has(f)).sort()) {
  const size = brotli(readFileSync(join(dist, name)));
  later += size;
  console.log(`${kb(size).padStart(7)} KB  ${name} (after the first view)`);
}
if (later) console.log(`after the first view: ${kb(later)} KB brotli, not in the first load`);
const verdict = total <= budgetKb * 1024 ? "within" : "OVER";
console.log(`first load: ${kb(total)} KB brotli, ${verdict} the ${budgetKb} KB budget`);
process.exit(total <= budgetKb * 1024 ? 0 : 1);
