// Trunk post-build hook (release only):
// - with the `split` feature, splits the compare and present views out of the main wasm
//   (split.mjs) and updates the wasm's integrity hash in index.html;
// - minifies the wasm-bindgen glue with terser, because Trunk's own minifier cannot parse it,
//   and updates its integrity hash in index.html;
// - joins the style sheets, in their order, into one file: brotli compresses one 30 KB file
//   to 2 KB less than ten small ones, and the page makes one request instead of ten. The
//   sources stay one file per feature in style/.
import { createHash } from "node:crypto";
import { readFileSync, readdirSync, unlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { minify } from "terser";
import { splitWasm } from "./split.mjs";

if (process.env.TRUNK_PROFILE !== "release") process.exit(0);
const dir = process.env.TRUNK_STAGING_DIR;
const indexPath = join(dir, "index.html");
let index = readFileSync(indexPath, "utf8");

// Sets the integrity attribute on the tag that names file `name` to the hash of `bytes`.
function updateIntegrity(name, bytes) {
  const sri = `sha384-${createHash("sha384").update(bytes).digest("base64")}`;
  index = index.replace(
    new RegExp(`(href=["']?[^"' >]*${name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}["']?[^>]*?integrity=["']?)[^"' >]+`),
    `$1${sri}`,
  );
}

if (splitWasm(dir)) {
  for (const name of readdirSync(dir).filter((f) => f.endsWith("_bg.wasm"))) {
    updateIntegrity(name, readFileSync(join(dir, name)));
  }
}

for (const name of readdirSync(dir).filter((f) => f.endsWith(".js"))) {
  const file = join(dir, name);
  const source = readFileSync(file, "utf8");
  const result = await minify(source, { module: true, ecma: 2020, compress: { passes: 2 }, mangle: true });
  writeFileSync(file, result.code);
  updateIntegrity(name, result.code);
  console.log(`minified ${name}: ${source.length} → ${result.code.length} bytes`);
}
const links = [...index.matchAll(/<link\b[^>]*\brel=["']?stylesheet\b[^>]*>/g)].map((m) => m[0]);
if (links.length > 1) {
  const hrefs = links.map((tag) => tag.match(/\bhref=["']?([^"' >]+)/)[1]);
  const files = hrefs.map((href) => href.slice(href.lastIndexOf("/") + 1));
  const css = files.map((file) => readFileSync(join(dir, file), "utf8")).join("\n");
  const name = `style-${createHash("sha256").update(css).digest("hex").slice(0, 16)}.css`;
  writeFileSync(join(dir, name), css);
  files.forEach((file) => unlinkSync(join(dir, file)));
  const sri = `sha384-${createHash("sha384").update(css).digest("base64")}`;
  const prefix = hrefs[0].slice(0, hrefs[0].lastIndexOf("/") + 1);
  index = index.replace(links[0], `<link href="${prefix}${name}" integrity="${sri}" rel="stylesheet">`);
  links.slice(1).forEach((tag) => (index = index.replace(tag, "")));
  console.log(`joined ${files.length} style sheets into ${name}: ${css.length} bytes`);
}
writeFileSync(indexPath, index);
