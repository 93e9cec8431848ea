// The cross-engine layer in Firefox ESR (Debian's firefox-esr), headless, over WebDriver BiDi.
import { launchPuppeteer } from "../lib/browsers.mjs";
import { engineSuite } from "../lib/suite.mjs";

engineSuite("Firefox ESR", () => launchPuppeteer("firefox"), 4181);
