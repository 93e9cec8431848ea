// Loaded first in every HTML page by the cross-engine layer's server (serve-static.mjs
// --inject-script), before any script of the page: WebKit's WebDriver offers no way to add a
// script or to read the console, so the page records for the test what it would otherwise
// only show in the console. The test reads window.__engines.
(function () {
  "use strict";
  var log = (window.__engines = { problems: [] });
  var add = function (kind, text) {
    log.problems.push(kind + ": " + text);
  };
  // Uncaught errors of scripts, and (in the capture phase) elements that failed to load.
  addEventListener(
    "error",
    function (e) {
      if (e.target && e.target !== window && e.target.tagName) {
        add("failed to load", e.target.tagName.toLowerCase() + " " + (e.target.src || e.target.href || ""));
      } else {
        add("page error", e.error ? String(e.error) : e.message);
      }
    },
    true,
  );
  addEventListener("unhandledrejection", function (e) {
    add("unhandled rejection", String(e.reason));
  });
  document.addEventListener("securitypolicyviolation", function (e) {
    add("CSP violation", e.violatedDirective + " " + e.blockedURI);
  });
  ["error", "warn"].forEach(function (level) {
    var original = console[level];
    console[level] = function () {
      add("console." + level, Array.prototype.map.call(arguments, String).join(" "));
      return original.apply(console, arguments);
    };
  });
})();
