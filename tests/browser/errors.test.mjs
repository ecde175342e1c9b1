// Bad data beside a good card: the bad one shows a readable error and says what is wrong once in the
// console; the good one is untouched; nothing in the data runs as script.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { cardsSettled, visibleText } from "./browser.mjs";
import { browserAndSites, page } from "./fixtures.mjs";

const seed = JSON.parse(readFileSync(new URL("../../data/seed.json", import.meta.url), "utf8"));
const inline = (id, data) =>
  `<claims-card id="${id}"><script type="application/json">${typeof data === "string" ? data : JSON.stringify(data).replaceAll("<", "\\u003c")}</script></claims-card>`;

const badSource = structuredClone(seed);
badSource.claims[3].source = "apa-typo";
const markup = structuredClone(seed);
markup.title = `<img src=x onerror="window.ranFromData=true">Markup in a title`;

const env = browserAndSites({
  "/errors.html": (assets) =>
    page({
      body: [
        inline("bad-source", badSource),
        inline("not-json", "{ this is not json"),
        inline("markup", markup),
        `<claims-card id="good" data-seed></claims-card>`,
        `<ul data-claims-card id="list"><li>A list cannot hold a shadow root.</li></ul>`,
        `<script type="module" src="${assets}/embed.js"></script>`,
      ].join("\n"),
    }),
  // Cards given no data: bare, in Russian, and one whose JSON a sanitizer stripped (what WordPress
  // leaves of the README's form: the comment, without its <script>).
  "/no-data.html": (assets) =>
    page({
      body: [
        `<div data-claims-card id="bare"></div>`,
        `<claims-card id="bare-ru" lang="ru"></claims-card>`,
        `<div data-claims-card id="stripped"><!--{"format_version":1}--></div>`,
        `<script type="module" src="${assets}/embed.js"></script>`,
      ].join("\n"),
    }),
  // Cards in other languages: their own lang, an ancestor's, a regional tag, and one the card does not speak.
  "/errors-languages.html": (assets) =>
    page({
      body: [
        `<claims-card id="own" lang="ru"></claims-card>`,
        `<div lang="hy"><claims-card id="ancestor" data-seed></claims-card></div>`,
        `<section lang="uk-UA"><div data-claims-card data-seed id="regional"></div></section>`,
        `<claims-card id="unknown" lang="de"></claims-card>`,
        `<script type="module" src="${assets}/embed.js"></script>`,
      ].join("\n"),
    }),
});

test("each bad card shows an error and names the field; the good card works", async () => {
  const tab = await env.browser.newPage();
  const consoleErrors = [];
  const pageErrors = [];
  tab.on("console", (message) => message.type() === "error" && consoleErrors.push(message.text()));
  tab.on("pageerror", (error) => pageErrors.push(String(error)));
  await tab.goto(env.site.url("/errors.html"));
  await cardsSettled(tab, 5);

  assert.equal(await tab.getAttribute("#bad-source", "data-state"), "error");
  const badText = await visibleText(tab, "#bad-source");
  assert.match(badText, /This card could not be shown/);
  assert.match(badText, /claims\[3\]\.source: no source with id "apa-typo"/);

  assert.equal(await tab.getAttribute("#not-json", "data-state"), "error");
  assert.match(await visibleText(tab, "#not-json"), /not valid JSON at line 1, column 3/);

  assert.equal(await tab.getAttribute("#list", "data-state"), "error");

  // One console message per failing card, naming the field.
  const about = (needle) => consoleErrors.filter((text) => text.includes(needle));
  assert.equal(about("bad-source").length, 1, consoleErrors.join("\n"));
  assert.match(about("bad-source")[0], /claims\[3\]\.source: no source with id "apa-typo"/);
  assert.equal(about("not-json").length, 1);
  assert.equal(about("<ul id=\"list\">").length, 1);

  // Markup in the data is text, never parsed.
  assert.equal(await tab.getAttribute("#markup", "data-state"), "ready");
  assert.match(await visibleText(tab, "#markup"), /<img src=x onerror="window\.ranFromData=true">Markup in a title/);
  assert.equal(await tab.evaluate(() => window.ranFromData), undefined);
  assert.equal(await tab.evaluate(() => document.querySelector("#markup").shadowRoot.querySelectorAll("img").length), 0);

  // The good card is a card, and nothing escaped to the page.
  assert.equal(await tab.getAttribute("#good", "data-state"), "ready");
  assert.match(await visibleText(tab, "#good"), /192 service members/);
  assert.deepEqual(pageErrors, []);
  await tab.close();
});

test("a card given no data says its data did not arrive and what to add, in its language; never the seed", async () => {
  const tab = await env.browser.newPage();
  const consoleErrors = [];
  tab.on("console", (message) => message.type() === "error" && consoleErrors.push(message.text()));
  await tab.addInitScript(() => {
    window.errorEvents = [];
    document.addEventListener("claims-card:error", (event) => window.errorEvents.push([event.target.id, event.detail]));
  });
  await tab.goto(env.site.url("/no-data.html"));
  await cardsSettled(tab, 3);
  for (const id of ["bare", "bare-ru", "stripped"]) {
    assert.equal(await tab.getAttribute(`#${id}`, "data-state"), "error", id);
    const text = await visibleText(tab, `#${id}`);
    assert.match(text, /no data: add data-src="https:\/\/…\/data\.json" or a <script type="application\/json"> child/, id);
    assert.doesNotMatch(text, /192|service members|военнослужащ/, `${id} shows the seed`);
  }
  assert.match(await visibleText(tab, "#bare"), /This card could not be shown Its data did not arrive\./);
  assert.match(await visibleText(tab, "#bare-ru"), /Её данные не поступили\./);
  const events = await tab.evaluate(() => window.errorEvents);
  assert.deepEqual(events.map(([id]) => id).sort(), ["bare", "bare-ru", "stripped"]);
  for (const [, detail] of events) assert.match(detail[0], /^no data: /);
  // One console message per card, naming it.
  assert.equal(consoleErrors.filter((text) => text.includes("<div id=\"bare\">") && text.includes("no data")).length, 1, consoleErrors.join("\n"));
  assert.equal(consoleErrors.length, 3, consoleErrors.join("\n"));
  await tab.close();
});

test("a data-seed card whose seed.json is missing says so, naming data-seed, beside a card with its own data", async () => {
  const tab = await env.browser.newPage();
  const consoleErrors = [];
  tab.on("console", (message) => message.type() === "error" && consoleErrors.push(message.text()));
  // The demo dataset is a file beside embed.js (no longer inside the wasm): a release that lacks it.
  await tab.route(/\/seed\.json$/, (route) => route.fulfill({ status: 404, body: "gone" }));
  await tab.goto(env.site.url("/errors.html"));
  await cardsSettled(tab, 5);
  assert.equal(await tab.getAttribute("#good", "data-state"), "error");
  const text = await visibleText(tab, "#good");
  assert.match(text, /data-seed: http:\/\/127\.0\.0\.1:\d+\/seed\.json answered HTTP 404/);
  assert.doesNotMatch(text, /192|service members/);
  // Its own message, once; the other cards' messages are theirs.
  const seedErrors = consoleErrors.filter((text) => text.includes("seed.json"));
  assert.equal(seedErrors.length, 1, consoleErrors.join("\n"));
  assert.match(seedErrors[0], /the data at http:\/\/127\.0\.0\.1:\d+\/seed\.json cannot be shown/);
  assert.doesNotMatch(seedErrors[0], /\bsrc:/);
  await tab.close();
});

test("a wasm that cannot load leaves server-less cards with a message and an error state, not a blank", async () => {
  const tab = await env.browser.newPage();
  const pageErrors = [];
  tab.on("pageerror", (error) => pageErrors.push(String(error)));
  await tab.route(/\.wasm$/, (route) => route.fulfill({ status: 404, body: "gone" }));
  await tab.goto(env.site.url("/errors.html"));
  await cardsSettled(tab, 5);
  assert.equal(await tab.getAttribute("#good", "data-state"), "error");
  assert.equal(
    await tab.evaluate(() => document.querySelector("#good").shadowRoot.textContent),
    "This graphic could not be loaded.",
  );
  assert.deepEqual(pageErrors, []);
  await tab.close();
});

test("the message is in the card's language: its own lang, else its nearest ancestor's, else English", async () => {
  const tab = await env.browser.newPage();
  await tab.route(/\.wasm$/, (route) => route.fulfill({ status: 404, body: "gone" }));
  await tab.goto(env.site.url("/errors-languages.html"));
  await cardsSettled(tab, 4);
  const messages = await tab.evaluate(() =>
    Object.fromEntries([...document.querySelectorAll("[id]")].map((card) => [card.id, card.shadowRoot?.textContent])),
  );
  assert.deepEqual(messages, {
    own: "Не удалось загрузить эту инфографику.",
    ancestor: "Այս գրաֆիկան չհաջողվեց բեռնել։",
    regional: "Не вдалося завантажити цю інфографіку.",
    unknown: "This graphic could not be loaded.",
  });
  await tab.close();
});
