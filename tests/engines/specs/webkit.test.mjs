// The cross-engine layer in WebKitGTK (Debian's webkit2gtk-driver: WebKitWebDriver and the
// MiniBrowser), in Xvfb.
import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { test } from "node:test";
import { launchWebKit, MINIBROWSER } from "../lib/browsers.mjs";
import { sleep } from "../lib/server.mjs";
import { engineSuite, VIEWS } from "../lib/suite.mjs";

engineSuite("WebKitGTK", launchWebKit, 4182, (context) => {
  // Automation mode shows nothing of WebKit's own console, where it warns of a preload that
  // the page did not use ("…was preloaded using link preload but not used within a few
  // seconds from the window's load event"). A MiniBrowser of its own, not automated, writes
  // its console to its standard output and error: no line of it may be a console message.
  test("WebKit's own console says nothing in the first 8 s of every view", async () => {
    const { engine, server } = context();
    const mark = server.mark();
    // Every view at once, one tab each.
    const browser = spawn(MINIBROWSER, ["--enable-write-console-messages-to-stdout=true", ...VIEWS.map(([, path]) => server.origin + path)], {
      env: engine.env,
      stdio: ["ignore", "pipe", "pipe"],
    });
    let output = "";
    // Console messages go to standard output, WebKit's own warnings to standard error.
    browser.stdout.on("data", (d) => (output += d));
    browser.stderr.on("data", (d) => (output += d));
    await sleep(8_000);
    browser.kill();
    const requested = server.since(mark);
    for (const [, path] of VIEWS) assert.ok(requested.includes(`GET ${path}`), `${path} was not loaded`);
    const lines = output.split("\n").filter((l) => /CONSOLE/.test(l));
    assert.deepEqual(lines, []);
  });
});
