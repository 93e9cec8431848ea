// Trunk post-build hook (release only):
// - with the `split` feature, splits the compare and present views and the story-file reader
//   out of the main wasm (split.mjs);
// - minifies the wasm-bindgen glue with terser, because Trunk's own minifier cannot parse it,
//   and sets its integrity hash on its module preload;
// - gives boot.js the main wasm's integrity hash (`data-wasm-integrity`), for the fetch that
//   boot.js starts: the page has no `<link rel="preload">` for the wasm (Trunk.toml,
//   `pattern_preload`), as WebKit never reuses one and downloaded the wasm twice;
// - joins the style sheets, in their order, into one file: brotli compresses one 30 KB file
//   to 2 KB less than ten small ones, and the page makes one request instead of ten. The
//   sources stay one file per feature in style/. When the views are split, the sheets of the
//   compare and present views are joined into a second file instead, named in a
//   <meta name="views-css"> for src/app/split.rs to load with the views' code.
import { createHash } from "node:crypto";
import { readFileSync, readdirSync, unlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { minify } from "terser";
import { splitWasm } from "./split.mjs";

if (process.env.TRUNK_PROFILE !== "release") process.exit(0);
const dir = process.env.TRUNK_STAGING_DIR;
const indexPath = join(dir, "index.html");
let index = readFileSync(indexPath, "utf8");

const sriOf = (bytes) => `sha384-${createHash("sha384").update(bytes).digest("base64")}`;
const escaped = (name) => name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

// Sets attribute `attr` of the tag whose attribute `ref` names file `name` (replacing its
// value, or adding it) to the integrity hash of `bytes`.
function setIntegrity(name, bytes, ref = "href", attr = "integrity") {
  const tag = index.match(new RegExp(`<[a-z]+\\b[^>]*\\b${ref}=["']?[^"' >]*${escaped(name)}["' >][^>]*>`));
  if (!tag) return;
  const value = `${attr}="${sriOf(bytes)}"`;
  const existing = new RegExp(`\\s${attr}=("[^"]*"|'[^']*'|[^"' >]+)`);
  const updated = existing.test(tag[0]) ? tag[0].replace(existing, ` ${value}`) : tag[0].replace(/\s*\/?>$/, ` ${value}>`);
  index = index.replace(tag[0], updated);
}

const split = splitWasm(dir);

for (const name of readdirSync(dir).filter((f) => f.endsWith(".js"))) {
  const file = join(dir, name);
  const source = readFileSync(file, "utf8");
  const result = await minify(source, { module: true, ecma: 2020, compress: { passes: 2 }, mangle: true });
  writeFileSync(file, result.code);
  setIntegrity(name, result.code);
  console.log(`minified ${name}: ${source.length} → ${result.code.length} bytes`);
}
// The style sheets of the views that are loaded later (Trunk names them `compare-<hash>.css`).
const isLaterSheet = (file) => split && /^(compare|present)-[0-9a-f]+\.css$/.test(file);

// Joins `files` (in order) into one sheet named `<stem>-<hash>.css`; returns its name and SRI.
function joinSheets(files, stem) {
  const css = files.map((file) => readFileSync(join(dir, file), "utf8")).join("\n");
  const name = `${stem}-${createHash("sha256").update(css).digest("hex").slice(0, 16)}.css`;
  writeFileSync(join(dir, name), css);
  files.forEach((file) => unlinkSync(join(dir, file)));
  console.log(`joined ${files.length} style sheets into ${name}: ${css.length} bytes`);
  return { name, sri: sriOf(css) };
}

const links = [...index.matchAll(/<link\b[^>]*\brel=["']?stylesheet\b[^>]*>/g)].map((m) => m[0]);
if (links.length > 1) {
  const hrefs = links.map((tag) => tag.match(/\bhref=["']?([^"' >]+)/)[1]);
  const files = hrefs.map((href) => href.slice(href.lastIndexOf("/") + 1));
  const prefix = hrefs[0].slice(0, hrefs[0].lastIndexOf("/") + 1);
  const first = joinSheets(files.filter((f) => !isLaterSheet(f)), "style");
  index = index.replace(links[0], `<link href="${prefix}${first.name}" integrity="${first.sri}" rel="stylesheet">`);
  links.slice(1).forEach((tag) => (index = index.replace(tag, "")));
  const later = files.filter(isLaterSheet);
  if (later.length > 0) {
    const views = joinSheets(later, "views");
    index = index.replace(
      "</head>",
      `<meta name="views-css" content="${prefix}${views.name}" data-integrity="${views.sri}"></head>`,
    );
  }
}
for (const name of readdirSync(dir).filter((f) => /^rednote-explainer-[0-9a-f]+_bg\.wasm$/.test(f))) {
  setIntegrity(name, readFileSync(join(dir, name)), "data-wasm", "data-wasm-integrity");
}
writeFileSync(indexPath, index);
