// The three engines behind one small interface, each from Debian's packages (never a download):
//   Firefox ESR  puppeteer-core over WebDriver BiDi, headless;
//   WebKitGTK    selenium-webdriver and WebKitWebDriver driving the MiniBrowser, in Xvfb (it has
//                no headless mode, and refuses BiDi: probe.js records what the console would show);
//   Chromium     puppeteer-core over the DevTools protocol, headless.
// An engine: { name, version, open(url), size(width, height), run(fn, ...args), press(key),
// nativeProblems(), close() }. `run` evaluates `fn` in the page and returns its (awaited) result.
import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";
import puppeteer from "puppeteer-core";
import { Builder, Key } from "selenium-webdriver";
import { sleep } from "./server.mjs";

export const FIREFOX = process.env.FIREFOX ?? "/usr/bin/firefox-esr";
export const CHROMIUM = process.env.CHROMIUM ?? "/usr/bin/chromium";
export const MINIBROWSER = process.env.MINIBROWSER ?? "/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser";
const GTK_CONFIG = fileURLToPath(new URL("../gtk", import.meta.url));

/** Firefox ESR or Chromium through puppeteer-core. */
export async function launchPuppeteer(which) {
  const browser = await puppeteer.launch(
    which === "firefox"
      ? { browser: "firefox", executablePath: FIREFOX, headless: true }
      : {
          browser: "chrome",
          executablePath: CHROMIUM,
          headless: true,
          args: ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        },
  );
  const page = await browser.newPage();
  let problems = [];
  // What the browser itself writes to the console as well as the page's console calls.
  page.on("console", (m) => {
    if (["error", "warn", "warning"].includes(m.type())) problems.push(`console ${m.type()}: ${m.text()}`);
  });
  page.on("pageerror", (e) => problems.push(`page error: ${e}`));
  return {
    name: which === "firefox" ? "Firefox ESR" : "Chromium",
    version: await browser.version(),
    async open(url) {
      await page.goto(url, { waitUntil: "load" });
    },
    async size(width, height) {
      await page.setViewport({ width, height });
    },
    run: (fn, ...args) => page.evaluate(fn, ...args),
    async press(key) {
      await page.keyboard.press(key);
    },
    nativeProblems() {
      const list = problems;
      problems = [];
      return list;
    },
    close: () => browser.close(),
  };
}

/** Starts Xvfb on a free display; returns { display, stop }. */
async function startXvfb() {
  const xvfb = spawn("Xvfb", ["-displayfd", "3", "-screen", "0", "1920x1080x24", "-nolisten", "tcp"], {
    stdio: ["ignore", "ignore", "ignore", "pipe"],
  });
  const display = await new Promise((resolve, reject) => {
    let text = "";
    xvfb.stdio[3].on("data", (d) => {
      text += d;
      if (text.includes("\n")) resolve(`:${text.trim()}`);
    });
    xvfb.on("exit", (code) => reject(new Error(`Xvfb exited (${code})`)));
    setTimeout(() => reject(new Error("Xvfb did not start")), 10_000);
  });
  return { display, stop: () => xvfb.kill() };
}

async function freePort() {
  const { createServer } = await import("node:net");
  return new Promise((resolve) => {
    const s = createServer().listen(0, "127.0.0.1", () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
  });
}

const SELENIUM_KEYS = { ArrowRight: Key.ARROW_RIGHT, ArrowLeft: Key.ARROW_LEFT, ArrowDown: Key.ARROW_DOWN, ArrowUp: Key.ARROW_UP, Enter: Key.ENTER, PageDown: Key.PAGE_DOWN, PageUp: Key.PAGE_UP, Escape: Key.ESCAPE };

/**
 * WebKitGTK: WebKitWebDriver starts the MiniBrowser in automation mode, in an Xvfb of our own
 * (or the one DISPLAY names). Returns the engine, plus `display` for a MiniBrowser of one's own.
 */
export async function launchWebKit() {
  const xvfb = process.env.DISPLAY ? null : await startXvfb();
  const display = xvfb?.display ?? process.env.DISPLAY;
  const port = await freePort();
  const env = { ...process.env, DISPLAY: display, XDG_CONFIG_HOME: GTK_CONFIG };
  const driverProcess = spawn("WebKitWebDriver", [`--port=${port}`], { env, stdio: "ignore" });
  let driver;
  for (let tries = 0; !driver; tries++) {
    try {
      driver = await new Builder()
        .usingServer(`http://127.0.0.1:${port}`)
        .withCapabilities({
          browserName: "MiniBrowser",
          "webkitgtk:browserOptions": { binary: MINIBROWSER, args: ["--automation"] },
        })
        .build();
    } catch (error) {
      if (tries > 50) throw error;
      await sleep(200);
    }
  }
  const version = await driver.getCapabilities().then((c) => c.get("browserVersion"));
  return {
    name: "WebKitGTK",
    version: `MiniBrowser ${version}`,
    display,
    env,
    async open(url) {
      await driver.get(url);
    },
    async size(width, height) {
      // The window's size; the toolbar (see gtk/) takes a few pixels of its height.
      await driver.manage().window().setRect({ width, height });
      for (let i = 0; i < 50; i++) {
        if ((await driver.executeScript("return innerWidth")) === width) return;
        await sleep(100);
      }
      throw new Error(`WebKitGTK's window did not become ${width} px wide`);
    },
    run: (fn, ...args) => driver.executeScript(`return (${fn}).apply(null, arguments)`, ...args),
    async press(key) {
      await driver.actions().sendKeys(SELENIUM_KEYS[key] ?? key).perform();
    },
    // WebKitWebDriver has no console log: probe.js records what the page sees.
    nativeProblems: () => [],
    async close() {
      await driver.quit().catch(() => {});
      driverProcess.kill();
      xvfb?.stop();
    },
  };
}
