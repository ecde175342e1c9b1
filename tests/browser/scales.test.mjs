// Bars share a scale only with figures of the same outcome counted by the same method: for the example of
// every case, the datasets written from real reports and the seed, as the server snippet and client-rendered,
// every bar's scale (data-scale, "measure/method") is its panel's measure and its own figure's method, and its
// length is its figure over the largest figure of that measure and method, never over another method's or
// another outcome's. Every figure with a method shows the method's words beside it.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { cardsSettled } from "./browser.mjs";
import { browserAndSites, page, renderSnippet } from "./fixtures.mjs";

const repo = new URL("../../", import.meta.url);
const DATA = {
  every: "data/examples/example-every-case.json",
  russia: "data/reported/russia-named-dead-2024-12.json",
  karabakh: "data/reported/karabakh-war-2020.json",
  seed: "data/seed.json",
};
/** Where the largest figure of a scale ends (card/bar.rs's SCALE_END), in the bar's 100 units. */
const SCALE_END = 86;
const METHOD_WORDS = {
  official_toll: "official toll",
  named_count: "count of people identified by name",
  estimate: "estimate",
  statistical_estimate: "statistical estimate",
};

/** How far a figure reaches on a scale: a range's high end, else its value; none for words or no figure. */
const extent = (figure) => (figure.bound === "range" ? figure.high : figure.value ?? null);

const pages = {};
for (const [name, file] of Object.entries(DATA)) {
  pages[`/${name}-snippet.html`] = (assets) => page({ body: renderSnippet(assets, file, "en") });
  const json = readFileSync(new URL(file, repo), "utf8").replaceAll("</", "<\\/");
  pages[`/${name}-client.html`] = (assets) =>
    page({
      body: `<div data-claims-card lang="en"><script type="application/json">${json}</script></div>
<script type="module" src="${assets}/embed.js"></script>`,
    });
}
const env = browserAndSites(pages);

for (const [name, file] of Object.entries(DATA)) {
  const claims = Object.fromEntries(JSON.parse(readFileSync(new URL(file, repo), "utf8")).claims.map((claim) => [claim.id, claim]));
  for (const kind of ["snippet", "client"]) {
    test(`${name}, ${kind}: each bar is on its own outcome's and method's scale, each method said beside its figure`, async () => {
      const tab = await env.browser.newPage({ viewport: { width: 1200, height: 900 } });
      await tab.goto(env.site.url(`/${name}-${kind}.html`));
      await cardsSettled(tab, 1);
      const host = kind === "snippet" ? "claims-card" : "[data-claims-card]";
      const bars = await tab.evaluate((host) => {
        const root = document.querySelector(host).shadowRoot;
        return [...root.querySelectorAll("section[data-measure]")].flatMap((panel) =>
          [...panel.querySelectorAll(".claim")].flatMap((block) => {
            const figure = block.querySelector(":scope > .figure[data-claim]");
            const bar = block.querySelector(":scope > svg.bar");
            if (!figure) return [];
            const ends = (selector) =>
              [...(bar?.querySelectorAll(selector) ?? [])].map((rect) => Number(rect.getAttribute("x")) + Number(rect.getAttribute("width")));
            return [{
              measure: panel.dataset.measure,
              claim: figure.dataset.claim,
              method: figure.querySelector(".method")?.textContent ?? null,
              scale: bar?.dataset.scale ?? null,
              fill: Math.max(...ends(".fill"), ...ends(".hollow"), -1),
              soft: Math.max(...ends(".soft"), -1),
            }];
          }),
        );
      }, host);
      assert.ok(bars.length > 0);
      const groups = {};
      for (const bar of bars) {
        const claim = claims[bar.claim];
        assert.equal(bar.measure, claim.measure, `${bar.claim} is in its own outcome's panel`);
        assert.equal(bar.method, claim.method ? METHOD_WORDS[claim.method] : null, `${bar.claim}: its method beside it`);
        if (extent(claim.figure) === null || Array.isArray(claim.party)) {
          assert.equal(bar.scale, null, `${bar.claim}: a figure with no number, or covering several parties, has no bar`);
          continue;
        }
        assert.equal(bar.scale, `${claim.measure}/${claim.method ?? "unstated"}`, `${bar.claim}'s scale`);
        (groups[bar.scale] ??= []).push(bar);
      }
      for (const [scale, members] of Object.entries(groups)) {
        const max = Math.max(...members.map((bar) => extent(claims[bar.claim].figure)));
        for (const bar of members) {
          const figure = claims[bar.claim].figure;
          const expected = (extent(figure) / max) * SCALE_END;
          // Where the bar says its figure is: the fill's end, or for an approximate figure its soft end's middle
          // ("about") or its end ("nearly").
          const drawn = figure.bound === "about" ? (bar.fill + bar.soft) / 2 : figure.bound === "nearly" ? bar.soft : bar.fill;
          assert.ok(Math.abs(drawn - expected) < 0.6, `${bar.claim} on ${scale}: drawn to ${drawn}, its figure is at ${expected}`);
        }
      }
      await tab.close();
    });
  }
}
