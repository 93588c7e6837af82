#!/usr/bin/env node
// Shortens the names of the wasm module's imports, in the module and in its wasm-bindgen glue
// alike (run by scripts/minify.sh after a release build, before esbuild). wasm-bindgen names
// each import `__wbg_<method>_<16 hex digits>`: ~140 such names, written twice (the module's
// import section and the glue's import object), are a few KB that brotli cannot squeeze, since
// the hex digits are random. Here they become `a`, `b`, … `ab`, … in both files. The module's
// custom sections (producers, target_features), which browsers ignore, are dropped, and
// wasm-bindgen's internal exports are shortened the same way (`x0`, `x1`, …).
//
//   node scripts/short-imports.mjs DIR   (DIR holds factcard_bg.wasm and factcard.js)
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const dir = process.argv[2];
if (!dir) {
  console.error('usage: node scripts/short-imports.mjs DIR');
  process.exit(2);
}
const wasmPath = join(dir, 'factcard_bg.wasm');
const gluePath = join(dir, 'factcard.js');
const wasm = readFileSync(wasmPath);
let glue = readFileSync(gluePath, 'utf8');

function uleb(buf, at) {
  let value = 0, shift = 0, b;
  do { b = buf[at++]; value += (b & 0x7f) * 2 ** shift; shift += 7; } while (b & 0x80);
  return [value, at];
}
function encodeUleb(n) {
  const out = [];
  do { let b = n & 0x7f; n = Math.floor(n / 128); if (n) b |= 0x80; out.push(b); } while (n);
  return Buffer.from(out);
}
const name = (i) => { let s = ''; i += 1; while (i > 0) { i -= 1; s = String.fromCharCode(97 + (i % 26)) + s; i = Math.floor(i / 26); } return s; };

if (wasm.readUInt32LE(0) !== 0x6d736100) throw new Error(`${wasmPath} is not a wasm module`);
let at = 8, out = [wasm.subarray(0, 8)], renamed = new Map(), exported = new Map();
while (at < wasm.length) {
  const id = wasm[at];
  const [size, body] = uleb(wasm, at + 1);
  const end = body + size;
  // Custom sections (producers, target_features) mean nothing to a browser.
  if (id === 0) { at = end; continue; }
  if (id === 7) {
    // The export section: (field, kind, index)*. wasm-bindgen's own exports get short names
    // too (`__wbindgen_malloc`, closure shims with hashes); the card's API keeps its names.
    let [count, p] = uleb(wasm, body);
    const parts = [encodeUleb(count)];
    for (let i = 0; i < count; i++) {
      const [flen, f0] = uleb(wasm, p);
      const field = wasm.subarray(f0, f0 + flen).toString('utf8');
      const q = uleb(wasm, f0 + flen + 1)[1];
      let short = field;
      if (/^(__wbindgen_|__externref_|wasm_bindgen__)/.test(field)) {
        short = `x${exported.size.toString(36)}`;
        exported.set(field, short);
      }
      const s = Buffer.from(short, 'utf8');
      parts.push(encodeUleb(s.length), s, wasm.subarray(f0 + flen, q));
      p = q;
    }
    const section = Buffer.concat(parts);
    out.push(Buffer.from([7]), encodeUleb(section.length), section);
    at = end;
    continue;
  }
  if (id !== 2) { out.push(wasm.subarray(at, end)); at = end; continue; }
  // The import section: (module, field, kind, description)*.
  let [count, p] = uleb(wasm, body);
  const parts = [encodeUleb(count)];
  for (let i = 0; i < count; i++) {
    const [mlen, m0] = uleb(wasm, p);
    const module = wasm.subarray(p, m0 + mlen);
    const [flen, f0] = uleb(wasm, m0 + mlen);
    const field = wasm.subarray(f0, f0 + flen).toString('utf8');
    // The description runs to the next entry: its length depends on the kind.
    const kind = wasm[f0 + flen];
    let q = f0 + flen + 1;
    if (kind === 0) q = uleb(wasm, q)[1]; // function: type index
    else if (kind === 1) { q += 1; const flags = wasm[q]; q = uleb(wasm, q + 1)[1]; if (flags & 1) q = uleb(wasm, q)[1]; } // table
    else if (kind === 2) { const flags = wasm[q]; q = uleb(wasm, q + 1)[1]; if (flags & 1) q = uleb(wasm, q)[1]; } // memory
    else if (kind === 3) q += 2; // global: type, mutability
    else throw new Error(`import kind ${kind} not handled`);
    let short = field;
    if (module.toString('utf8').endsWith('_bg.js') && field.startsWith('__wb')) {
      short = renamed.get(field) ?? name(renamed.size);
      renamed.set(field, short);
    }
    const s = Buffer.from(short, 'utf8');
    parts.push(module, encodeUleb(s.length), s, wasm.subarray(f0 + flen, q));
    p = q;
  }
  const section = Buffer.concat(parts);
  out.push(Buffer.from([2]), encodeUleb(section.length), section);
  at = end;
}
// In the glue, the same names are the keys of the import object: `__wbg_x_0123abcd…: function`.
let missing = 0;
for (const [long, short] of renamed) {
  const key = new RegExp(`\\b${long}(?=\\s*:)`, 'g');
  const before = glue;
  glue = glue.replace(key, short);
  if (glue === before) missing += 1;
}
// The glue reads the exports as properties of the instance's exports: `wasm.__wbindgen_malloc`
// (wasm-bindgen exports some the glue may not use, such as `__wbindgen_free` when no export
// takes a string).
for (const [long, short] of exported) {
  const use = new RegExp(`\\.${long}\\b`, 'g');
  glue = glue.replace(use, `.${short}`);
}
if (missing) throw new Error(`${missing} imports not found in ${gluePath}; glue and module do not match`);
writeFileSync(wasmPath, Buffer.concat(out));
writeFileSync(gluePath, glue);
console.log(`short-imports: ${renamed.size} imports and ${exported.size} exports renamed`);
