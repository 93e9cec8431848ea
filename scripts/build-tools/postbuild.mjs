// Trunk post-build hook (release only):
// - minifies the wasm-bindgen glue with terser, because Trunk's own minifier cannot parse it,
//   and updates its integrity hash in index.html;
// - joins the style sheets, in their order, into one file: brotli compresses one 30 KB file
//   to 2 KB less than ten small ones, and the page makes one request instead of ten. The
//   sources stay one file per feature in style/.
import { createHash } from "node:crypto";
import { readFileSync, readdirSync, unlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { minify } from "terser";

if (process.env.TRUNK_PROFILE !== "release") process.exit(0);
const dir = process.env.TRUNK_STAGING_DIR;
const indexPath = join(dir, "index.html");
let index = readFileSync(indexPath, "utf8");

for (const name of readdirSync(dir).filter((f) => f.endsWith(".js"))) {
  const file = join(dir, name);
  const source = readFileSync(file, "utf8");
  const result = await minify(source, { module: true, ecma: 2020, compress: { passes: 2 }, mangle: true });
  writeFileSync(file, result.code);
  const sri = `sha384-${createHash("sha384").update(result.code).digest("base64")}`;
  // The integrity attribute sits on the tag that names this file.
  index = index.replace(
    new RegExp(`(href=["']?[^"' >]*${name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}["']?[^>]*?integrity=["']?)[^"' >]+`),
    `$1${sri}`,
  );
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
