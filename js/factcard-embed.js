// factcard embed loader.
//
// A news page needs only:
//   <div data-factcard></div>
//   <script type="module" src="https://cdn.example/factcard/factcard-embed.js"></script>
//
// This script imports the wasm-bindgen glue and the WebAssembly module from its own directory
// (relative to import.meta.url), so the three files can live on any path or CDN. The module
// mounts one card into every [data-factcard] element; options are data attributes on it.
// Time to card starts here (read by bench/browser/run.mjs, and by any page that wants to).
performance.mark("factcard:start");

const glue = new URL("./factcard.js", import.meta.url);
const wasm = new URL("./factcard_bg.wasm", import.meta.url);
// The module downloads while the glue loads, and compiles from the whole buffer: V8 then
// decodes and validates it on a background thread. Compiling as it streams did part of that on
// the page's main thread (section decoding as the bytes came in, then a wait for the
// background validation, up to 13 ms in Chrome traces of a first visit); the module's
// functions compile on their first call either way. While it compiles, the page's
// localStorage is loaded into the renderer (`length`), so the card's one read of it (the
// collapsed state) does not wait for the browser in the middle of the card's work. Measured on
// first visits to the demo, 30 interleaved runs: the card's task 24.6 -> 21.2 ms, time to card
// 53.5 -> 50.8 ms in the median on a busy machine. On a next visit, with the module in the HTTP
// cache, streaming was about 2 ms faster (15 runs: 26.6 against 28.5 ms); a first visit is the
// one that costs a page most, so the buffer it is.
const compiled = fetch(wasm).then((response) => {
  if (!response.ok) throw new Error(`HTTP ${response.status} for ${wasm.href}`);
  return response.arrayBuffer().then((bytes) => {
    const module = WebAssembly.compile(bytes);
    try {
      void localStorage.length;
    } catch {
      // Storage may be blocked; the card copes.
    }
    return module;
  });
});
// Reported through the glue's start below; this only keeps a failure from also surfacing as an
// unhandled rejection when the glue itself fails first.
compiled.catch(() => {});
const STATE = "data-factcard-state";

// A panic stops the whole WebAssembly instance. The module's panic hook turns the card that
// panicked into an error card and sends "factcard:restart"; the loader then starts a fresh
// instance (a second copy of the glue module), which mounts every other card again. A few
// restarts at most: after that the hook stops the cards still loading.
const MAX_RESTARTS = 3;
let restarts = 0;

addEventListener("factcard:restart", (event) => {
  if (restarts >= MAX_RESTARTS) return;
  restarts += 1;
  event.preventDefault();
  // Every other card is loading again from now on, for the page as for its readers: a page that
  // waits for its cards to settle must not take one that is about to restart for a shown one.
  const others = [...document.querySelectorAll("[data-factcard]")].filter(
    (host) => host.getAttribute(STATE) !== "error",
  );
  for (const host of others) host.setAttribute(STATE, "loading");
  // The hook runs inside the panicking call: start afresh once the trap has unwound.
  setTimeout(async () => {
    // The fresh instance mounts the cards without a state.
    for (const host of others) {
      if (host.getAttribute(STATE) === "loading") host.removeAttribute(STATE);
    }
    try {
      const fresh = await import(`${glue.href}?restart=${restarts}`);
      await fresh.default({ module_or_path: compiled });
    } catch (error) {
      failed(error);
    }
  });
});

function failed(error) {
  // A trap after a panic was reported, and its cards handled, by the panic hook.
  if (error instanceof WebAssembly.RuntimeError && restarts > 0) return;
  if (!(error instanceof WebAssembly.RuntimeError)) {
    console.error(`factcard: could not load ${wasm.href}; serve it next to factcard-embed.js.`, error);
  }
  for (const host of document.querySelectorAll("[data-factcard]")) {
    const state = host.getAttribute(STATE);
    if (state === null || state === "loading") host.setAttribute(STATE, "error");
  }
}

import(glue.href)
  .then(({ default: init }) => init({ module_or_path: compiled }))
  .catch(failed);
