// Byte budget, enforced in CI (bytes are deterministic; times are not, so no time is checked here).
// Sums what a host page downloads for its first card, compressed with brotli as a CDN would serve
// it, for the two kinds of first card:
// - a current server-rendered snippet (its data and CSS come inside the page): embed.js only;
// - a card the browser renders (no snippet, live data, an older snippet): embed.js, the glue, the wasm.
// Run after `trunk build --release`:  node scripts/check-budget.mjs
import { readFileSync } from "node:fs";
import { brotliCompressSync, constants } from "node:zlib";

const budget = JSON.parse(readFileSync(new URL("../bench/budget.json", import.meta.url), "utf8"));
const manifest = JSON.parse(readFileSync("dist/release.json", "utf8"));
const names = ["embed.js", ...manifest.files.map((file) => file.name).filter((name) => !name.startsWith("embed-"))];
const sizes = new Map();
for (const name of names) {
  const body = readFileSync(`dist/${name}`);
  const brotli = brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
  sizes.set(name, brotli);
  console.log(`${name.padEnd(44)} ${String(body.length).padStart(8)} B raw ${String(brotli).padStart(8)} B brotli`);
}
const firstCards = [
  ["server-rendered", ["embed.js"], budget.server_rendered_ceiling_brotli_bytes],
  ["client-rendered", names, budget.client_rendered_ceiling_brotli_bytes],
];
let over = false;
for (const [kind, files, ceiling] of firstCards) {
  const total = files.reduce((sum, name) => sum + sizes.get(name), 0);
  const target = total <= budget.target_brotli_bytes ? "within" : `${total - budget.target_brotli_bytes} B above`;
  console.log(`first card, ${kind}: ${total} B brotli; ceiling ${ceiling} B; ${target} the ${budget.target_brotli_bytes} B target`);
  if (total > ceiling) {
    console.error(`${kind}: over the byte ceiling by ${total - ceiling} B: see bench/RESULTS.md for what costs what`);
    over = true;
  }
}
if (over) process.exit(1);
