// The cross-engine layer in Chromium (Debian's chromium), headless, over the DevTools protocol:
// the same checks as in the other two engines, where the end-to-end tests check features.
import { launchPuppeteer } from "../lib/browsers.mjs";
import { engineSuite } from "../lib/suite.mjs";

engineSuite("Chromium", () => launchPuppeteer("chromium"), 4183);
