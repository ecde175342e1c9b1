// Lighthouse (mobile: its default Moto G Power profile, simulated slow 4G and 4x CPU) on three pages,
// side by side in one run: an article with a script-tag-only card (the card's data in the page, no
// server markup, so the browser renders it), the same article without the card (the floor), and the
// demo (dist/index.html, a current server-rendered snippet). The card's files are served
// brotli-compressed, as a CDN serves them. Prints a Markdown table; asserts nothing.
// By hand, after `trunk build --release` (or `./scripts/bench.sh`, which builds it):
//   node scripts/lighthouse.mjs [runs=3]
// Lighthouse itself comes from the npm registry through npx, at the version pinned here (it is not
// one of the project's dependencies: no test needs it).
import { spawn } from "node:child_process";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { page, sites } from "../tests/browser/fixtures.mjs";
import { CHROMIUM } from "../tests/browser/browser.mjs";
import { serve } from "../tests/browser/server.mjs";

const LIGHTHOUSE = "lighthouse@12.8.2";
const runs = Number(process.argv[2] ?? 3);
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

const data = JSON.stringify(JSON.parse(readFileSync("data/seed.json", "utf8")));
const filler = "<p>Article text before the card. ".repeat(20) + "</p>";
const article = (card) => (assets) =>
  page({
    body: `<main style="max-width:680px;margin:auto"><h1>An article</h1>${filler}${card(assets)}${filler}</main>`,
  });
const site = await sites(
  {
    "/static.html": article(() => ""),
    "/script-tag-only.html": article(
      (assets) =>
        `<claims-card><script type="application/json">${data}</script></claims-card><script type="module" src="${assets}/embed.js"></script>`,
    ),
  },
  { compress: true },
);
const demo = await serve({ root: "dist", compress: true });
const pages = [
  ["article without the card (the floor)", site.url("/static.html")],
  ["article with a script-tag-only card", site.url("/script-tag-only.html")],
  ["the demo (a current server-rendered snippet)", `${demo.origin}/index.html`],
];

const lighthouse = (url) =>
  new Promise((done, failed) => {
    const out = join(mkdtempSync(join(tmpdir(), "lighthouse-")), "report.json");
    const args = ["--yes", LIGHTHOUSE, url, "--only-categories=performance", "--output=json", `--output-path=${out}`, "--quiet", "--chrome-flags=--headless=new --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking --disable-component-update --disable-sync"];
    const child = spawn("npx", args, { env: { ...process.env, CHROME_PATH: CHROMIUM }, stdio: ["ignore", "ignore", "inherit"] });
    child.on("exit", (code) => (code === 0 ? done(JSON.parse(readFileSync(out, "utf8"))) : failed(new Error(`lighthouse exited with ${code} on ${url}`))));
  });

const AUDITS = [
  ["first-contentful-paint", "FCP", (v) => `${(v / 1000).toFixed(2)} s`],
  ["largest-contentful-paint", "LCP", (v) => `${(v / 1000).toFixed(2)} s`],
  ["speed-index", "Speed Index", (v) => `${(v / 1000).toFixed(2)} s`],
  ["total-blocking-time", "TBT", (v) => `${v.toFixed(0)} ms`],
  ["cumulative-layout-shift", "CLS", (v) => v.toFixed(3)],
  ["total-byte-weight", "bytes", (v) => `${(v / 1000).toFixed(1)} KB`],
];
const results = new Map(pages.map(([name]) => [name, { score: [], ...Object.fromEntries(AUDITS.map(([id]) => [id, []])) }]));
// Pages alternate within each round, so none always runs on a warmer machine.
for (let round = 0; round < runs; round++) {
  for (const [name, url] of round % 2 ? [...pages].reverse() : pages) {
    const report = await lighthouse(url);
    const r = results.get(name);
    r.score.push(report.categories.performance.score * 100);
    for (const [id] of AUDITS) r[id].push(report.audits[id].numericValue);
  }
}
await site.close();
await demo.close();

console.log(`## Lighthouse ${LIGHTHOUSE.split("@")[1]}, mobile, performance: medians of ${runs} runs\n`);
console.log(`| page | score | ${AUDITS.map(([, label]) => label).join(" | ")} |`);
console.log(`| --- | ---: | ${AUDITS.map(() => "---:").join(" | ")} |`);
for (const [name] of pages) {
  const r = results.get(name);
  console.log(`| ${name} | ${median(r.score).toFixed(0)} | ${AUDITS.map(([id, , show]) => show(median(r[id]))).join(" | ")} |`);
}
