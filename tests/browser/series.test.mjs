// A running count on the card: as the server snippet and client-rendered, the three-year daily example
// shows a step chart with one line per claimant, each its own pattern (never a line joining two), the
// first and last day under it, and a table naming each line with its earliest and latest report; the
// browser's chart is the server's. A count of three reports stays words (no chart).
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { cardsSettled } from "./browser.mjs";
import { browserAndSites, page, renderSnippet } from "./fixtures.mjs";

const repo = new URL("../../", import.meta.url);
const DAILY = "data/examples/example-daily-series.json";
const json = readFileSync(new URL(DAILY, repo), "utf8").replaceAll("</", "<\\/");
const env = browserAndSites({
  "/daily-snippet.html": (assets) => page({ body: renderSnippet(assets, DAILY, "en") }),
  "/daily-client.html": (assets) =>
    page({
      body: `<div data-claims-card lang="en"><script type="application/json">${json}</script></div>
<script type="module" src="${assets}/embed.js"></script>`,
    }),
  "/every-snippet.html": (assets) => page({ body: renderSnippet(assets, "data/examples/example-every-case.json", "en") }),
});

const chartOf = (host) => {
  const root = document.querySelector(host).shadowRoot;
  const figure = root.querySelector("figure.series");
  if (!figure) return null;
  return {
    visible: figure.querySelector("svg.series-chart").checkVisibility(),
    lines: [...figure.querySelectorAll("svg.series-chart path")].map((path) => ({
      pattern: path.dataset.line,
      // A step line: one move, then only horizontal and vertical steps.
      moves: (path.getAttribute("d").match(/M/g) ?? []).length,
    })),
    span: figure.querySelector(".series-span").innerText.replace(/\s+/g, " "),
    rows: [...figure.querySelectorAll("tbody tr")].map((row) => row.innerText.replace(/\s+/g, " ").trim()),
    html: figure.outerHTML,
  };
};

test("a three-year daily count is a step chart per claimant with a table, the same from server and browser", async () => {
  const charts = {};
  for (const kind of ["snippet", "client"]) {
    const tab = await env.browser.newPage({ viewport: { width: 1200, height: 900 } });
    await tab.goto(env.site.url(`/daily-${kind}.html`));
    await cardsSettled(tab, 1);
    charts[kind] = await tab.evaluate(chartOf, kind === "snippet" ? "claims-card" : "[data-claims-card]");
    await tab.close();
  }
  const chart = charts.snippet;
  assert.ok(chart?.visible, "the chart shows");
  assert.deepEqual(chart.lines, [{ pattern: "0", moves: 1 }, { pattern: "1", moves: 1 }]);
  assert.equal(chart.span, "1 January 2031 31 December 2033");
  assert.equal(chart.rows.length, 2);
  assert.match(chart.rows[0], /^Castria's army 12,302, 1 January 2031 347,967, 31 December 2033 \+339 since 30 December 2033$/);
  assert.match(chart.rows[1], /^the Lorn Monitoring Group 9,104, 1 January 2031 /);
  assert.equal(charts.client.html, chart.html, "the browser draws the server's chart");
});

test("a count of three reports stays words, with its change", async () => {
  const tab = await env.browser.newPage({ viewport: { width: 360, height: 900 } });
  await tab.goto(env.site.url("/every-snippet.html"));
  await cardsSettled(tab, 1);
  const found = await tab.evaluate(() => {
    const root = document.querySelector("claims-card").shadowRoot;
    root.querySelector('input[value="wounded"]')?.click();
    return {
      chart: root.querySelector("figure.series") !== null,
      history: root.querySelector('[data-measure="wounded"] .history')?.innerText,
    };
  });
  assert.deepEqual(found, {
    chart: false,
    history: "+7,500 since 31 August 2031; earliest report here: 61,000 people, 30 June 2031 · 2 earlier reports",
  });
  await tab.close();
});
