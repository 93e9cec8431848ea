// A small static file server for the release build, used by the end-to-end tests and the
// benchmark (never the dev server). Binds to 127.0.0.1 only.
//   node scripts/serve-static.mjs --root dist --port 4173 [--mount /fixtures/=DIR]... [--brotli]
//                                 [--log-requests] [--inject-script FILE]
// --mount serves another folder under a path prefix (test fixtures, generated stories).
// --brotli compresses responses for clients that accept it, to measure bytes over the wire.
// --log-requests prints a line per request, `request GET /path?query 200`, for a test to count
// them (the cross-engine layer, tests/engines: no file may be fetched twice).
// --inject-script serves FILE as /__probe.js and loads it first in every HTML page, for a test
// whose browser cannot add a script of its own before the page's (WebKit's WebDriver).
import { createServer } from "node:http";
import { readFile, stat } from "node:fs/promises";
import { extname, join, normalize, resolve, sep } from "node:path";
import { brotliCompressSync, constants } from "node:zlib";

const args = process.argv.slice(2);
const opt = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : fallback;
};
const root = resolve(opt("--root", "dist"));
const port = Number(opt("--port", 4173));
const brotli = args.includes("--brotli");
const logRequests = args.includes("--log-requests");
const probe = opt("--inject-script", null);
const PROBE_PATH = "/__probe.js";
const mounts = [];
args.forEach((a, i) => {
  if (a === "--mount") {
    const [prefix, dir] = args[i + 1].split("=");
    mounts.push([prefix, resolve(dir)]);
  }
});

const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".wasm": "application/wasm",
  ".json": "application/json; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".ico": "image/x-icon",
  ".txt": "text/plain; charset=utf-8",
};
const cache = new Map();

// Maps a URL path to a file under root or a mount, refusing anything that escapes them.
function fileFor(pathname) {
  for (const [prefix, dir] of mounts) {
    if (pathname.startsWith(prefix)) return inside(dir, pathname.slice(prefix.length));
  }
  return inside(root, pathname);
}
function inside(dir, rel) {
  const file = normalize(join(dir, decodeURIComponent(rel)));
  return file === dir || file.startsWith(dir + sep) ? file : null;
}

createServer(async (req, res) => {
  const url = new URL(req.url, "http://127.0.0.1");
  if (logRequests) res.on("finish", () => console.log(`request ${req.method} ${req.url} ${res.statusCode}`));
  let file = probe && url.pathname === PROBE_PATH ? resolve(probe) : fileFor(url.pathname);
  try {
    if (!file) throw new Error("outside");
    if ((await stat(file)).isDirectory()) file = join(file, "index.html");
    const { mtimeMs } = await stat(file);
    let body = await readFile(file);
    if (probe && extname(file) === ".html") {
      // Right after <meta charset> (the release build's minified HTML has no <head> tag).
      const tag = `<script src="${PROBE_PATH}"></script>`;
      body = Buffer.from(body.toString("utf8").replace(/<meta charset[^>]*>|<head>|<html[^>]*>/i, `$&${tag}`));
    }
    const headers = { "Content-Type": TYPES[extname(file)] ?? "application/octet-stream", "Cache-Control": "no-store" };
    if (brotli && /\bbr\b/.test(req.headers["accept-encoding"] ?? "")) {
      // Keyed by modification time too, so that a rebuild is never served stale.
      const key = `${file}@${mtimeMs}`;
      if (!cache.has(key)) {
        cache.set(key, brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }));
      }
      body = cache.get(key);
      headers["Content-Encoding"] = "br";
    }
    headers["Content-Length"] = body.length;
    res.writeHead(200, headers);
    res.end(req.method === "HEAD" ? undefined : body);
  } catch {
    res.writeHead(404, { "Content-Type": "text/plain; charset=utf-8" });
    res.end("Not found");
  }
}).listen(port, "127.0.0.1", () => console.log(`serving ${root} on http://127.0.0.1:${port}`));
