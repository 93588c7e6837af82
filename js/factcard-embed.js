// factcard embed loader.
//
// A news page needs only:
//   <div data-factcard></div>
//   <script type="module" src="https://cdn.example/factcard/factcard-embed.js"></script>
//
// This script imports the wasm-bindgen glue and the WebAssembly module from its own directory
// (relative to import.meta.url), so the three files can live on any path or CDN. The module
// mounts one card into every [data-factcard] element; options are data attributes on it.
import init from "./factcard.js";

const wasm = new URL("./factcard_bg.wasm", import.meta.url);

init({ module_or_path: wasm }).catch((error) => {
  // A trap (a panic) was already reported by the module's panic hook: say nothing twice.
  if (!(error instanceof WebAssembly.RuntimeError)) {
    console.error(`factcard: could not load ${wasm.href}; serve it next to factcard-embed.js.`, error);
  }
  for (const host of document.querySelectorAll("[data-factcard]")) {
    const state = host.getAttribute("data-factcard-state");
    if (state === null || state === "loading") host.setAttribute("data-factcard-state", "error");
  }
});
