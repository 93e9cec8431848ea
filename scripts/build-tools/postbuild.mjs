// Trunk post-build hook (release only): minifies the wasm-bindgen glue with terser, because
// Trunk's own minifier cannot parse it, and updates its integrity hash in index.html.
import { createHash } from "node:crypto";
import { readFileSync, readdirSync, writeFileSync } from "node:fs";
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
writeFileSync(indexPath, index);
