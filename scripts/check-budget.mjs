// Byte budget, enforced in CI (bytes are deterministic; times are not, so no time is checked here).
// Sums what a host page downloads for its first card (embed.js, the JS glue, the wasm; the card's
// data and CSS come inside the page's own snippet) compressed with brotli, as a CDN would serve it.
// Run after `trunk build --release`:  node scripts/check-budget.mjs
import { readFileSync } from "node:fs";
import { brotliCompressSync, constants } from "node:zlib";

const budget = JSON.parse(readFileSync(new URL("../bench/budget.json", import.meta.url), "utf8"));
const manifest = JSON.parse(readFileSync("dist/release.json", "utf8"));
const names = ["embed.js", ...manifest.files.map((file) => file.name).filter((name) => !name.startsWith("embed-"))];
let total = 0;
for (const name of names) {
  const body = readFileSync(`dist/${name}`);
  const brotli = brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
  total += brotli;
  console.log(`${name.padEnd(44)} ${String(body.length).padStart(8)} B raw ${String(brotli).padStart(8)} B brotli`);
}
console.log(`first card, brotli: ${total} B; enforced ceiling ${budget.ceiling_brotli_bytes} B; target ${budget.target_brotli_bytes} B`);
if (total > budget.ceiling_brotli_bytes) {
  console.error(`over the byte ceiling by ${total - budget.ceiling_brotli_bytes} B: see bench/RESULTS.md for what costs what`);
  process.exit(1);
}
if (total > budget.target_brotli_bytes) {
  console.log(`note: ${total - budget.target_brotli_bytes} B above the 70 KB target (bench/RESULTS.md explains)`);
}
