// The release build in dist/, served by scripts/serve-static.mjs as for the Chromium end-to-end
// tests (fixtures under /fixtures/), with two additions: every request is logged, so that a
// test can count what a page fetched, and probe.js is loaded first in every HTML page.
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";

const here = (path) => fileURLToPath(new URL(path, import.meta.url));
// Another build with DIST=path (to try the layer on an older build, say).
export const DIST = process.env.DIST ?? here("../../../dist");

export async function startServer(port) {
  if (!existsSync(`${DIST}/index.html`)) throw new Error(`no release build in ${DIST}: run scripts/build-release`);
  const child = spawn(
    process.execPath,
    [
      here("../../../scripts/serve-static.mjs"),
      "--root", DIST,
      "--port", String(port),
      "--mount", `/fixtures/=${here("../../e2e/fixtures")}`,
      "--log-requests",
      "--inject-script", here("../probe.js"),
    ],
    { stdio: ["ignore", "pipe", "inherit"] },
  );
  const requests = [];
  const failed = [];
  let lastAt = Date.now();
  let buffered = "";
  let started;
  const ready = new Promise((resolve) => (started = resolve));
  child.stdout.on("data", (chunk) => {
    buffered += chunk;
    const lines = buffered.split("\n");
    buffered = lines.pop();
    for (const line of lines) {
      const m = line.match(/^request (\S+) (\S+) (\d+)$/);
      if (m) {
        requests.push(`${m[1]} ${m[2]}`);
        if (Number(m[3]) >= 400) failed.push(`${m[1]} ${m[2]} ${m[3]}`);
        lastAt = Date.now();
      } else if (line.startsWith("serving ")) started();
    }
  });
  await Promise.race([
    ready,
    new Promise((_, reject) => setTimeout(() => reject(new Error("the static server did not start")), 10_000)),
  ]);
  return {
    origin: `http://127.0.0.1:${port}`,
    /** A mark in the request log: `since(mark)` lists what came after it. */
    mark: () => requests.length,
    since: (mark) => requests.slice(mark),
    /** The requests answered with an error status so far ("GET /path 404"); empties the list. */
    failures: () => failed.splice(0),
    /** Waits until no request has come for `ms` (at most `limit` ms). */
    async quiet(ms = 800, limit = 8_000) {
      const until = Date.now() + limit;
      while (Date.now() < until && Date.now() - lastAt < ms) await sleep(100);
    },
    stop: () => child.kill(),
  };
}

export const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** The requests of `list` ("GET /path") made more than once, with their counts. */
export function repeated(list) {
  const counts = new Map();
  for (const r of list) counts.set(r, (counts.get(r) ?? 0) + 1);
  return [...counts].filter(([, n]) => n > 1).map(([r, n]) => `${r} (${n} times)`);
}
