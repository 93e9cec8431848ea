// End-to-end tests against the release build in dist/, served by scripts/serve-static.mjs
// (with the fixtures under /fixtures/), in Debian's Chromium. Never downloads a browser.
import { defineConfig } from "@playwright/test";

const port = 4173;

export default defineConfig({
  testDir: "./specs",
  timeout: 30_000,
  expect: { timeout: 10_000 },
  workers: 2,
  retries: 0,
  reporter: [["list"]],
  use: {
    baseURL: `http://127.0.0.1:${port}/`,
    launchOptions: {
      executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium",
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
      ],
    },
  },
  webServer: {
    command: `node ../../scripts/serve-static.mjs --root ../../dist --port ${port} --mount /fixtures/=fixtures --mount /panic/=../../dist-panic`,
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: false,
  },
});
