// Every figure with its own claimant: for the competing-claims example and the seed, client-rendered and as
// the server snippet, in English and Russian, with every measure shown in turn and every disclosure open,
// each visible figure's block (the element carrying data-claimant) names that figure's claimant, is visible,
// and holds no other claimant's figure. Every claim of the data is found as a visible figure.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { cardsSettled } from "./browser.mjs";
import { browserAndSites, page, renderSnippet } from "./fixtures.mjs";

const repo = new URL("../../", import.meta.url);
const DATA = {
  example: "data/examples/example-competing-claims.json",
  seed: "data/seed.json",
  // Every case of the format (figures in words, periods, several parties, labels), and the seed's news-feed item.
  every: "data/examples/example-every-case.json",
  feed: "data/news-feed-named-dead.json",
  // A running count, its chart and its table.
  series: "data/reported/russia-losses-series-2024.json",
};

/** claim id → the claimant's name as the card writes it in `lang`. */
function expectedClaimants(file, lang) {
  const document = JSON.parse(readFileSync(new URL(file, repo), "utf8"));
  const language = document.language ?? "en";
  const text = (value) => (typeof value === "string" ? value : value[lang] ?? value[language]);
  const names = Object.fromEntries((document.claimants ?? []).map((claimant) => [claimant.id, text(claimant.name)]));
  return Object.fromEntries(
    document.claims.map((claim) => [claim.id, document.format_version === 1 ? text(claim.claimant) : names[claim.claimant]]),
  );
}

const pages = {};
for (const [name, file] of Object.entries(DATA)) {
  for (const lang of ["en", "ru"]) {
    pages[`/${name}-${lang}-snippet.html`] = (assets) => page({ body: renderSnippet(assets, file, lang) });
    const json = readFileSync(new URL(file, repo), "utf8").replaceAll("</", "<\\/");
    pages[`/${name}-${lang}-client.html`] = (assets) =>
      page({
        body: `<div data-claims-card lang="${lang}"><script type="application/json">${json}</script></div>
<script type="module" src="${assets}/embed.js"></script>`,
      });
  }
}
const env = browserAndSites(pages);

for (const [name, file] of Object.entries(DATA)) {
  for (const lang of ["en", "ru"]) {
    for (const kind of ["snippet", "client"]) {
      test(`${name}, ${lang}, ${kind}: every figure's block names its claimant and no other claimant's figure`, async () => {
        const expected = expectedClaimants(file, lang);
        const tab = await env.browser.newPage({ viewport: { width: 360, height: 900 } });
        await tab.goto(env.site.url(`/${name}-${lang}-${kind}.html`));
        await cardsSettled(tab, 1);
        const host = kind === "snippet" ? "claims-card" : "[data-claims-card]";
        const radios = await tab.evaluate((host) => document.querySelector(host).shadowRoot.querySelectorAll('input[type="radio"]').length, host);
        const seen = new Set();
        for (let index = 0; index < Math.max(radios, 1); index++) {
          const found = await tab.evaluate(
            ({ host, index, expected }) => {
              const root = document.querySelector(host).shadowRoot;
              const radio = root.querySelectorAll('input[type="radio"]')[index];
              if (radio) radio.click();
              for (const details of root.querySelectorAll("details")) details.open = true;
              const problems = [];
              const seen = [];
              for (const figure of root.querySelectorAll("[data-claim]")) {
                if (!figure.checkVisibility()) continue;
                const id = figure.dataset.claim;
                seen.push(id);
                const block = figure.closest("[data-claimant]");
                if (!block) {
                  problems.push(`${id}: in no claimant block`);
                  continue;
                }
                const label = block.querySelector(".claimant");
                if (!label || !label.checkVisibility()) problems.push(`${id}: its block has no visible claimant label`);
                const text = block.innerText.replace(/\s+/g, " ");
                const name = expected[id].replace(/\s+/g, " ");
                if (!text.includes(name)) problems.push(`${id}: its block does not read "${name}": ${text}`);
                for (const other of block.querySelectorAll("[data-claim]")) {
                  if (expected[other.dataset.claim] !== expected[id]) {
                    problems.push(`${id}: its block also holds ${other.dataset.claim}, a figure of ${expected[other.dataset.claim]}`);
                  }
                }
                // A claimant label of another claimant in the same block would make the block ambiguous.
                if (block.querySelectorAll(".claimant").length !== 1) {
                  problems.push(`${id}: its block has ${block.querySelectorAll(".claimant").length} claimant labels`);
                }
              }
              return { problems, seen };
            },
            { host, index, expected },
          );
          assert.deepEqual(found.problems, []);
          found.seen.forEach((id) => seen.add(id));
        }
        const unseen = Object.keys(expected).filter((id) => !seen.has(id));
        assert.deepEqual(unseen, [], "every claim is shown as a visible figure");
        await tab.close();
      });
    }
  }
}

// The example's competing claims pass axe-core with every measure shown and every disclosure open, light and
// dark, in English and Russian: labels, lists and contrast hold for the new blocks too (readers.test.mjs
// covers the seed).
const AXE = readFileSync(new URL("../../node_modules/axe-core/axe.min.js", import.meta.url), "utf8");
for (const [name, lang, scheme] of [
  ["example", "en", "light"],
  ["example", "en", "dark"],
  ["example", "ru", "light"],
  ["example", "ru", "dark"],
  ["every", "en", "light"],
  ["every", "ru", "dark"],
]) {
  {
    test(`${name}, ${lang}, ${scheme}: no axe violations with every claim and disclosure open`, async () => {
      const tab = await env.browser.newPage({ viewport: { width: 360, height: 900 }, colorScheme: scheme });
      await tab.goto(env.site.url(`/${name}-${lang}-snippet.html`));
      await cardsSettled(tab, 1);
      await tab.addScriptTag({ content: AXE });
      const radios = await tab.evaluate(() => document.querySelector("claims-card").shadowRoot.querySelectorAll('input[type="radio"]').length);
      for (let index = 0; index < radios; index++) {
        const violations = await tab.evaluate(async (index) => {
          const root = document.querySelector("claims-card").shadowRoot;
          root.querySelectorAll('input[type="radio"]')[index].click();
          for (const details of root.querySelectorAll("details")) details.open = true;
          const result = await window.axe.run(document.querySelector("claims-card"), { resultTypes: ["violations"] });
          return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
        }, index);
        assert.deepEqual(violations, [], `measure ${index}`);
      }
      await tab.close();
    });
  }
}
