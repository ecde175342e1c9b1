// Two server-rendered cards on a host page with hostile CSS: both become ready, each keeps its own
// state, and nothing of the host's CSS reaches them.
import { test } from "node:test";
import assert from "node:assert/strict";
import { cardsSettled, visibleText } from "./browser.mjs";
import { browserAndSites, HOSTILE_CSS, page, renderSnippet, sites, withId } from "./fixtures.mjs";

const env = browserAndSites({
  "/two-cards.html": (assets) => {
    const snippet = renderSnippet(assets);
    return page({ head: HOSTILE_CSS, body: `<h1>Host</h1>${withId(snippet, "a")}<p>Between</p>${withId(snippet, "b")}` });
  },
  "/clean.html": (assets) => page({ body: withId(renderSnippet(assets), "a") }),
  // The seed in every language, each in a page section of another language, as a bilingual site has.
  "/languages.html": (assets) =>
    page({
      body: ["en", "hy", "az", "ru", "uk"]
        .map((lang, index) => `<section lang="${index % 2 ? "de" : "fr"}">${withId(renderSnippet(assets, undefined, lang), lang)}</section>`)
        .join(""),
    }),
  // Cards the wasm must render: an older snippet (another render key), and two client-only cards.
  "/to-render.html": (assets) => {
    const older = withId(renderSnippet(assets), "a").replace(/data-render="[0-9a-f]+"/, 'data-render="00000000"');
    return page({ body: `${older}<div data-claims-card data-seed id="b"></div><claims-card id="c" data-seed></claims-card>` });
  },
});

test("both cards on a hostile page reach ready, in open shadow roots, with no wasm download", async () => {
  const tab = await env.browser.newPage();
  const events = [];
  await tab.exposeFunction("recordEvent", (name) => events.push(name));
  await tab.addInitScript(() => {
    document.addEventListener("claims-card:ready", (event) => window.recordEvent(`ready:${event.target.id}`));
  });
  const before = env.site.assets.requests.length;
  await tab.goto(env.site.url("/two-cards.html"));
  await cardsSettled(tab, 2);
  assert.equal(await tab.getAttribute("#a", "data-state"), "ready");
  assert.equal(await tab.getAttribute("#b", "data-state"), "ready");
  assert.deepEqual(events.sort(), ["ready:a", "ready:b"]);
  const shadow = await tab.evaluate(() =>
    ["#a", "#b"].map((id) => {
      const root = document.querySelector(id).shadowRoot;
      return { mode: root?.mode, cards: root?.querySelectorAll(".card").length };
    }),
  );
  assert.deepEqual(shadow, [
    { mode: "open", cards: 1 },
    { mode: "open", cards: 1 },
  ]);
  // Current server cards are complete: embed.js marks them ready and downloads nothing more.
  assert.deepEqual(env.site.assets.requests.slice(before), ["/embed.js"]);
  await tab.close();
});

test("embed.js makes the same render key as the server in every language: no wasm for current snippets", async () => {
  const tab = await env.browser.newPage();
  const before = env.site.assets.requests.length;
  await tab.goto(env.site.url("/languages.html"));
  await cardsSettled(tab, 5);
  for (const lang of ["en", "hy", "az", "ru", "uk"]) assert.equal(await tab.getAttribute(`#${lang}`, "data-state"), "ready", lang);
  assert.deepEqual(env.site.assets.requests.slice(before), ["/embed.js"]);
  await tab.close();
});

test("cards that need rendering share one wasm download", async () => {
  const tab = await env.browser.newPage();
  const before = env.site.assets.requests.length;
  await tab.goto(env.site.url("/to-render.html"));
  await cardsSettled(tab, 3);
  for (const id of ["a", "b", "c"]) {
    assert.equal(await tab.getAttribute(`#${id}`, "data-state"), "ready", id);
    assert.match(await visibleText(tab, `#${id}`), /192 service members/, id);
  }
  const wasmLoads = env.site.assets.requests.slice(before).filter((path) => path.endsWith(".wasm"));
  assert.equal(wasmLoads.length, 1, `one wasm download serves every card: ${wasmLoads}`);
  await tab.close();
});

test("switching the measure in one card leaves the other alone", async () => {
  const tab = await env.browser.newPage();
  await tab.goto(env.site.url("/two-cards.html"));
  await cardsSettled(tab, 2);
  assert.match(await visibleText(tab, "#a"), /192 service members/);
  await tab.locator("#a").getByRole("radio", { name: "Wounded" }).click();
  const a = await visibleText(tab, "#a");
  const b = await visibleText(tab, "#b");
  assert.match(a, /about 511 service members/);
  assert.match(a, /at least 400 people/);
  assert.doesNotMatch(a, /192 service members/);
  assert.match(b, /192 service members/);
  assert.match(b, /at least 200 people/);
  assert.doesNotMatch(b, /about 511/);
  await tab.close();
});

test("host CSS does not reach the card: same type and colour as on a clean page", async () => {
  const styleOf = (tab) =>
    tab.evaluate(() => {
      const root = document.querySelector("#a").shadowRoot;
      const pick = (selector) => {
        const style = getComputedStyle(root.querySelector(selector));
        return [style.fontSize, style.color, style.fontFamily, style.lineHeight, style.letterSpacing, style.textTransform, style.fontStyle, style.wordSpacing, style.display, style.backgroundColor].join(" | ");
      };
      return { card: pick(".card"), number: pick(".figure .number"), claimant: pick(".claimant"), width: root.querySelector(".card").getBoundingClientRect().width };
    });
  const tab = await env.browser.newPage({ viewport: { width: 800, height: 900 } });
  await tab.goto(env.site.url("/clean.html"));
  await cardsSettled(tab, 1);
  const clean = await styleOf(tab);
  await tab.goto(env.site.url("/two-cards.html"));
  await cardsSettled(tab, 2);
  const hostile = await styleOf(tab);
  assert.match(clean.card, /^16px \| rgb\(27, 27, 31\)/);
  assert.match(clean.number, /^36px/);
  assert.deepEqual({ ...hostile, width: 0 }, { ...clean, width: 0 });
  await tab.close();
});
