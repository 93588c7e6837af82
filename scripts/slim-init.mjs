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
// `module_or_path` may also be the module's bytes. The glue's other exports (`mountAll`,
// `extractCount`) are untouched. Measured: 1.3 KB raw, 0.4 KB brotli less.
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

const init = `let __wbg_init_promise;
async function __wbg_init({ module_or_path }) {
    if (wasm !== undefined) return wasm;
    if (__wbg_init_promise === undefined) {
        __wbg_init_promise = (async () => {
            const module = await module_or_path;
            const made = await WebAssembly.instantiate(module, __wbg_get_imports());
            return made instanceof WebAssembly.Instance
                ? __wbg_finalize_init(made, module)
                : __wbg_finalize_init(made.instance, made.module);
        })();
        __wbg_init_promise.catch(() => { __wbg_init_promise = undefined; });
    }
    return __wbg_init_promise;
}

export { __wbg_init as default };`;

writeFileSync(gluePath, glue.slice(0, from) + init + glue.slice(to + exports.length));
