// The wasm-split step of the release build (called by postbuild.mjs).
//
// With the `split` feature, the compare and present views and the story-file reader are
// split functions (src/app/split.rs, the mechanism behind Leptos's `#[lazy]`). Their code is
// moved out of the main wasm into chunks that the page fetches when it needs them. The splitting must happen on the compiler's output, before
// wasm-bindgen, and Trunk 0.21 has no step there; so this redoes Trunk's last steps for the
// wasm:
//   1. wasm-split-cli splits Cargo's wasm (linked with --emit-relocs) into the main module,
//      the chunks and __wasm_split.js, the loader the main module imports;
//   2. wasm-bindgen makes the glue for the main module, keeping the function table exported
//      (the chunks need it);
//   3. wasm-opt -Oz optimises the main module and each chunk;
//   4. the results replace Trunk's glue and wasm under the same names; the chunks and the
//      loader are named by their content, so that a changed one never meets a stale cache.
// Without the feature, Trunk's own output is kept and this does nothing.
import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { copyFileSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";

// The wasm features of Rust's wasm32-unknown-unknown target, which wasm-opt must allow.
const WASM_FEATURES = [
  "--enable-bulk-memory",
  "--enable-nontrapping-float-to-int",
  "--enable-sign-ext",
  "--enable-mutable-globals",
  "--enable-reference-types",
  "--enable-multivalue",
];

const run = (tool, args) => execFileSync(tool, args, { stdio: ["ignore", "inherit", "inherit"] });
const hash = (bytes) => createHash("sha256").update(bytes).digest("hex").slice(0, 16);

/**
 * Splits the release wasm in the staging folder `dir`, if the build asked for it. Returns true
 * when it did.
 */
export function splitWasm(dir) {
  const glue = readdirSync(dir).find((f) => /^rednote-explainer-[0-9a-f]+\.js$/.test(f));
  // Built with the feature, Trunk's glue imports the loader under its placeholder name.
  if (!glue || !readFileSync(join(dir, glue), "utf8").includes("__wasm_split_placeholder__")) {
    return false;
  }
  const name = glue.slice(0, -".js".length);
  const targetDir = resolve(process.env.CARGO_TARGET_DIR ?? "target");
  const input = join(targetDir, "wasm32-unknown-unknown", "release", "rednote-explainer.wasm");
  const work = mkdtempSync(join(tmpdir(), "wasm-split-"));
  try {
    run("wasm-split-cli", [input, work, "--out-name", name]);
    const bindgen = join(work, "bindgen");
    run("wasm-bindgen", [
      "--target", "web", "--no-typescript", "--keep-lld-exports",
      "--out-dir", bindgen, "--out-name", name, join(work, `${name}.wasm`),
    ]);
    run("wasm-opt", ["-Oz", ...WASM_FEATURES, join(bindgen, `${name}_bg.wasm`), "-o", join(dir, `${name}_bg.wasm`)]);
    copyFileSync(join(bindgen, `${name}.js`), join(dir, glue));

    let loader = readFileSync(join(work, "__wasm_split.js"), "utf8");
    for (const chunk of readdirSync(work).filter((f) => f.endsWith(".wasm") && f !== `${name}.wasm`)) {
      const optimised = join(work, `opt-${chunk}`);
      run("wasm-opt", ["-Oz", ...WASM_FEATURES, join(work, chunk), "-o", optimised]);
      const bytes = readFileSync(optimised);
      const named = `${chunk.slice(0, -".wasm".length)}-${hash(bytes)}.wasm`;
      writeFileSync(join(dir, named), bytes);
      if (!loader.includes(`"./${chunk}"`)) throw new Error(`__wasm_split.js does not name ${chunk}`);
      loader = loader.replaceAll(`"./${chunk}"`, `"./${named}"`);
      console.log(`split chunk ${named}: ${bytes.length} bytes`);
    }
    // The loader too is named by its content, and the glue imports it under that name (only
    // the import statements change: the wasm still names its import module "./__wasm_split.js").
    const loaderName = `__wasm_split-${hash(loader)}.js`;
    writeFileSync(join(dir, loaderName), loader);
    const glueText = readFileSync(join(dir, glue), "utf8");
    const importFrom = /(\bfrom\s*)"\.\/__wasm_split\.js"/g;
    if (!importFrom.test(glueText)) throw new Error("the glue does not import __wasm_split.js");
    writeFileSync(join(dir, glue), glueText.replace(importFrom, `$1"./${loaderName}"`));
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
  return true;
}
