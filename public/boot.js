// Starts the app. Kept as a file rather than inline so that the page runs under a Content
// Security Policy without 'unsafe-inline'. Trunk writes the hashed file names into the
// data attributes of the <script> element that loads this module.
//
// It also owns the error view for a failure of the app itself. A Rust panic ends as a trap of
// the wasm (the release build compiles panics to a bare trap: scripts/release-flags.sh), after
// which the app can no longer respond; so on a trap, or when the app cannot start at all, the
// page is replaced with a plain message instead of staying dead.

const isTrap = (error) => error instanceof WebAssembly.RuntimeError;

let failed = false;
function showFatal(error) {
  if (failed) return;
  failed = true;
  const root = document.documentElement;
  // The Chinese edition (<html lang="zh-Hans">) says it in Chinese; the error itself is the
  // browser's, in English.
  const zh = root.lang.startsWith("zh");
  // The page written at build time, not yet taken over (src/prerender.rs): it stays, read as
  // without scripts (every event, every topic), under a note that the app did not start.
  const written = document.getElementById("prerendered");
  if (written) {
    root.removeAttribute("data-js");
    const note = document.createElement("p");
    note.className = "fatal-note";
    note.setAttribute("role", "alert");
    note.textContent = zh
      ? "交互式解读未能启动。下面是全文。"
      : `The interactive explainer could not start (${error}). The whole story is below as text.`;
    written.prepend(note);
    root.setAttribute("data-state", "error");
    root.setAttribute("data-ready", "true");
    return;
  }
  const el = (tag, text) => {
    const node = document.createElement(tag);
    if (text) node.textContent = text;
    return node;
  };
  const main = el("main");
  main.className = "fatal";
  main.setAttribute("role", "alert");
  const detail = el("pre", String(error));
  detail.lang = "en";
  main.append(
    el("h1", zh ? "出错了" : "Something went wrong"),
    el(
      "p",
      zh
        ? "本解读因自身代码出错而停止运行。重新加载页面或许能解决问题。如果再次出现，请告诉我们出错前你做了什么。"
        : "The explainer stopped because of an error in its own code. Reloading the page may help. " +
            "If it happens again, please tell us what you did just before.",
    ),
    detail,
  );
  document.body.replaceChildren(main);
  root.setAttribute("data-state", "error");
  // Embedding hosts and the tests wait for data-ready, also when there is nothing more to come.
  root.setAttribute("data-ready", "true");
}

// A trap in an event handler or a timer reaches the window as an uncaught error; one in a
// future (spawn_local) as an unhandled rejection. Other script errors (say, from a browser
// extension) leave the app running and are not ours to report.
addEventListener("error", (event) => isTrap(event.error) && showFatal(event.error));
addEventListener("unhandledrejection", (event) => isTrap(event.reason) && showFatal(event.reason));

try {
  const tag = document.querySelector("script[data-js][data-wasm]");
  // The wasm's download starts here, alongside the glue's import, rather than from a
  // `<link rel="preload">`: WebKit never hands such a preload to this fetch and downloaded
  // the wasm twice (Trunk.toml, `pattern_preload`). The release build names its hash.
  const integrity = tag.dataset.wasmIntegrity;
  const wasm = fetch(tag.dataset.wasm, integrity ? { integrity } : {});
  // Handled by the `await` below; this keeps a failed download from counting as unhandled
  // while the glue is still on its way.
  wasm.catch(() => {});
  const bindings = await import(tag.dataset.js);
  await bindings.default({ module_or_path: wasm });
} catch (error) {
  // The wasm could not be fetched or compiled, or it trapped while mounting.
  console.error(error);
  showFatal(error);
}
