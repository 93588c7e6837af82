#!/usr/bin/env node
// The transfer-size budget of issue 5: what a news page downloads for the card — the wasm, its
// wasm-bindgen glue, the embed loader (the card's CSS is compiled into the wasm) — after
// `trunk build --release`, compressed with brotli at quality 11 as a CDN serves it.
// Fails when the sum grows past BUDGET_BYTES.
//
//   node scripts/size-check.mjs [dist-dir]
//
// The budget is issue 5's 100 KB (GOAL_BYTES): the build must stay under it.
import { readFileSync, existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, gzipSync, constants } from 'node:zlib';

const GOAL_BYTES = 100 * 1024;
const BUDGET_BYTES = GOAL_BYTES;

const dist = process.argv[2] ?? new URL('../dist/', import.meta.url).pathname;
const shipped = ['factcard_bg.wasm', 'factcard.js', 'factcard-embed.js'];
// Any stylesheet the card ships as a file of its own counts too (the demo page's is not the card's).
for (const f of readdirSync(dist)) {
  if (f.endsWith('.css') && f.startsWith('factcard')) shipped.push(f);
}

let total = { raw: 0, gzip: 0, brotli: 0 };
for (const f of shipped) {
  const path = join(dist, f);
  if (!existsSync(path)) {
    console.error(`size-check: ${path} missing; run trunk build --release first`);
    process.exit(1);
  }
  const b = readFileSync(path);
  const row = {
    raw: b.length,
    gzip: gzipSync(b, { level: 9 }).length,
    brotli: brotliCompressSync(b, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
  for (const k of Object.keys(total)) total[k] += row[k];
  console.log(`  ${f.padEnd(22)} ${String(row.raw).padStart(8)} B raw ${String(row.gzip).padStart(8)} B gzip ${String(row.brotli).padStart(8)} B brotli`);
}
const kb = (n) => (n / 1024).toFixed(1);
console.log(`  ${'total'.padEnd(22)} ${String(total.raw).padStart(8)} B raw ${String(total.gzip).padStart(8)} B gzip ${String(total.brotli).padStart(8)} B brotli`);
console.log(`  brotli ${kb(total.brotli)} KB; budget ${kb(BUDGET_BYTES)} KB; goal ${kb(GOAL_BYTES)} KB`);
if (total.brotli > BUDGET_BYTES) {
  console.error(`size-check: FAILED: ${total.brotli} B brotli is over the budget of ${BUDGET_BYTES} B`);
  process.exit(1);
}
