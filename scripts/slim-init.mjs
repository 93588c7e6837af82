#!/usr/bin/env node
// Replaces the wasm-bindgen glue's loaders with the one the card uses (run by scripts/minify.sh
// after a release build, before esbuild). wasm-bindgen's `--target web` glue can fetch the
// module itself, instantiate it from a streamed response (with a fallback and a warning for a
// wrong MIME type), take deprecated arguments (two more warnings), and exports `initSync`.
// factcard-embed.js does none of that: it downloads and compiles the module itself and hands
// the glue a promise of the compiled `WebAssembly.Module`. What is left is what that needs:
//
//   await (await import("./factcard.js")).default({ module_or_path: compiledModulePromise });
//
// `module_or_path` is a `WebAssembly.Module` or a promise of one. The glue's other exports
// (`mountAll`, `extractCount`) are untouched. Measured: 1.9 KB raw, 0.5 KB brotli less.
//
//   node scripts/slim-init.mjs DIR   (DIR holds factcard.js)
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const dir = process.argv[2];
if (!dir) {
  console.error('usage: node scripts/slim-init.mjs DIR');
  process.exit(2);
}
const gluePath = join(dir, 'factcard.js');
const glue = readFileSync(gluePath, 'utf8');

// From wasm-bindgen's loader to the end of the module, where it exports `initSync` and the
// default initializer. A glue that does not read like this (another wasm-bindgen) fails the
// build rather than shipping unchanged.
const from = glue.indexOf('async function __wbg_load(module, imports) {');
const exports = 'export { initSync, __wbg_init as default };';
const to = glue.indexOf(exports);
if (from < 0 || to < from || !glue.includes('function __wbg_finalize_init(instance, module) {')) {
  console.error(`slim-init.mjs: ${gluePath} is not the wasm-bindgen glue this script knows`);
  process.exit(1);
}

// Each copy of the glue is initialised once (a restart imports a fresh copy).
const init = `async function __wbg_init({ module_or_path }) {
    const module = await module_or_path;
    return __wbg_finalize_init(await WebAssembly.instantiate(module, __wbg_get_imports()), module);
}

export { __wbg_init as default };`;

// TextEncoder's encodeInto is in every browser that has the constructable stylesheets the card
// needs (Chrome 73, Firefox 101, Safari 16.4 against 74, 66, 14.1), so its fallback never runs.
const polyfill = `if (!('encodeInto' in cachedTextEncoder)) {
    cachedTextEncoder.encodeInto = function (arg, view) {
        const buf = cachedTextEncoder.encode(arg);
        view.set(buf);
        return {
            read: arg.length,
            written: buf.length
        };
    };
}
`;
const head = glue.slice(0, from);
if (!head.includes(polyfill)) {
  console.error(`slim-init.mjs: ${gluePath} has no encodeInto fallback where expected`);
  process.exit(1);
}
writeFileSync(gluePath, head.replace(polyfill, '') + init + glue.slice(to + exports.length));
