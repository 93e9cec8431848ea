// Starts the app. Kept as a file rather than inline so that the page runs under a Content
// Security Policy without 'unsafe-inline'. Trunk writes the hashed file names into the
// data attributes of the <script> element that loads this module.
const tag = document.querySelector("script[data-js][data-wasm]");
const bindings = await import(tag.dataset.js);
await bindings.default({ module_or_path: tag.dataset.wasm });
