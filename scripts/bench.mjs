// Benchmark: what a host page downloads for the card, and how fast cards appear and come alive, in
// headless Chromium with 4x CPU throttling (a phone stand-in). Prints tables; asserts nothing.
// Run after `trunk build --release`:  node scripts/bench.mjs [loads=9]
import { readdirSync, readFileSync } from "node:fs";
import { brotliCompressSync, constants, gzipSync } from "node:zlib";
import { launch } from "../tests/browser/browser.mjs";
import { page, renderSnippet, sites, withId } from "../tests/browser/fixtures.mjs";

const loads = Number(process.argv[2] ?? 9);
const kb = (n) => (n / 1000).toFixed(1);
const brotli = (buf) => brotliCompressSync(buf, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;

// Sizes
const files = readdirSync("dist").filter((name) => /\.(js|wasm)$/.test(name));
const rows = files.map((name) => {
  const body = readFileSync(`dist/${name}`);
  return { name, raw: body.length, gzip: gzipSync(body, { level: 9 }).length, brotli: brotli(body) };
});
const snippetText = renderSnippet("https://cdn.example.org/claims-card");
const snippetBody = Buffer.from(snippetText);
rows.push({ name: "snippet (HTML, CSS, data)", raw: snippetBody.length, gzip: gzipSync(snippetBody, { level: 9 }).length, brotli: brotli(snippetBody) });
const total = rows.reduce((sum, row) => ({ raw: sum.raw + row.raw, gzip: sum.gzip + row.gzip, brotli: sum.brotli + row.brotli }), { raw: 0, gzip: 0, brotli: 0 });
console.log("\nBytes a host page downloads for the first card (KB = 1000 B)\n");
console.log("| file | raw | gzip | brotli |\n| --- | ---: | ---: | ---: |");
for (const row of [...rows, { name: "total", ...total }]) console.log(`| ${row.name} | ${kb(row.raw)} | ${kb(row.gzip)} | ${kb(row.brotli)} |`);

// Timings
const cards = (assets, n, kind) => {
  const snippet = renderSnippet(assets).replace(/<script type="module"[^>]*><\/script>\s*$/, "");
  const one = (i) => (kind === "client" ? `<div data-claims-card id="c${i}"></div>` : withId(snippet, `c${i}`));
  const script = kind === "static" ? "" : `<script type="module" src="${assets}/embed.js"></script>`;
  return page({ body: `<main style="max-width:680px;margin:auto">${Array.from({ length: n }, (_, i) => one(i)).join("\n")}</main>${script}` });
};
const variants = [];
for (const n of [1, 20]) for (const kind of ["static", "snippet", "client"]) variants.push({ n, kind, path: `/${kind}-${n}.html` });
const site = await sites(Object.fromEntries(variants.map((v) => [v.path, (assets) => cards(assets, v.n, v.kind)])));
const browser = await launch();
const results = new Map(variants.map((v) => [v.path, { visible: [], ready: [], cls: [] }]));
for (let round = 0; round < loads; round++) {
  for (const variant of variants) {
    const context = await browser.newContext({ viewport: { width: 412, height: 900 } });
    const tab = await context.newPage();
    const cdp = await context.newCDPSession(tab);
    await cdp.send("Emulation.setCPUThrottlingRate", { rate: 4 });
    await tab.addInitScript(() => {
      window.__cls = 0;
      new PerformanceObserver((list) => list.getEntries().forEach((e) => (window.__cls += e.value))).observe({ type: "layout-shift", buffered: true });
      window.__fcp = 0;
      new PerformanceObserver((list) => list.getEntries().forEach((e) => e.name === "first-contentful-paint" && (window.__fcp = e.startTime))).observe({ type: "paint", buffered: true });
    });
    await tab.goto(site.url(variant.path));
    const want = variant.n;
    if (variant.kind !== "static") {
      await tab.waitForFunction((n) => document.querySelectorAll('[data-state="ready"]').length >= n, want);
    }
    const ready = variant.kind === "static" ? null : await tab.evaluate(() => performance.now());
    await tab.waitForFunction(() => window.__fcp > 0);
    const visible = variant.kind === "client" ? ready : await tab.evaluate(() => window.__fcp);
    const result = results.get(variant.path);
    result.visible.push(visible);
    if (ready !== null) result.ready.push(ready);
    result.cls.push(await tab.evaluate(() => window.__cls));
    await context.close();
  }
}
await browser.close();
await site.close();
const median = (values) => (values.length ? [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] : NaN);
console.log(`\nMedians of ${loads} loads each, 4x CPU throttling, 412 px wide (ms since navigation start)\n`);
console.log("| page | cards | card visible | cards ready | layout shift | visible ÷ static |\n| --- | ---: | ---: | ---: | ---: | ---: |");
for (const n of [1, 20]) {
  const floor = median(results.get(`/static-${n}.html`).visible);
  for (const kind of ["static", "snippet", "client"]) {
    const r = results.get(`/${kind}-${n}.html`);
    const visible = median(r.visible);
    console.log(`| ${kind} | ${n} | ${visible.toFixed(0)} | ${kind === "static" ? "—" : median(r.ready).toFixed(0)} | ${median(r.cls).toFixed(4)} | ${(visible / floor).toFixed(2)} |`);
  }
}
console.log("\n'card visible' is first contentful paint, except for the client-only card, where it is the moment it is ready.");
