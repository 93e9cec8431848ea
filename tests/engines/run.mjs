// Runs the cross-engine layer: the specs of each engine in turn (node's test runner), then one
// summary line, "engines: N passed, N failed", after a line naming each engine's version.
//   npm --prefix tests/engines test [-- firefox|webkit|chromium ...]
import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";

const ENGINES = ["firefox", "webkit", "chromium"];
const chosen = process.argv.slice(2).filter((a) => ENGINES.includes(a));
const specs = (chosen.length ? chosen : ENGINES).map((e) => fileURLToPath(new URL(`specs/${e}.test.mjs`, import.meta.url)));

const child = spawn(process.execPath, ["--test", "--test-concurrency=1", "--test-reporter=spec", ...specs], {
  stdio: ["ignore", "pipe", "inherit"],
});
let output = "";
child.stdout.on("data", (d) => {
  output += d;
  process.stdout.write(d);
});
child.on("close", (code) => {
  const count = (what) => Number(output.match(new RegExp(`^ℹ ${what} (\\d+)$`, "m"))?.[1] ?? 0);
  const versions = [...output.matchAll(/^# (Firefox ESR|WebKitGTK|Chromium): (.+)$/gm)].map((m) => `${m[1]} (${m[2]})`);
  console.log(`\nengines: ${versions.join(", ") || "none started"}`);
  const failed = count("fail") + count("cancelled");
  console.log(`engines: ${count("pass")} passed, ${failed} failed`);
  process.exit(code ?? 1);
});
