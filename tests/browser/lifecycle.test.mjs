// Cards the page adds or removes after load, CMS-friendly <div data-claims-card>, and the script
// included twice.
import { test } from "node:test";
import assert from "node:assert/strict";
import { cardsSettled, visibleText } from "./browser.mjs";
import { browserAndSites, page } from "./fixtures.mjs";
import { readFileSync } from "node:fs";

const SEED_DATA = `<script type="application/json">${readFileSync(new URL("../../data/seed.json", import.meta.url), "utf8")}</script>`;

const env = browserAndSites({
  "/client.html": (assets) =>
    page({
      body: `<div data-claims-card data-seed id="div-card"></div>
<script type="module" src="${assets}/embed.js"></script>
<script type="module" src="${assets}/embed.js?again"></script>`,
    }),
  // Twelve client-only cards below some text, their data in the page (data-seed cards would each
  // wait for seed.json and be ready in the order their reads end), and a record of what the page saw: each card's ready
  // event, and the first frame drawn after the first card was ready.
  "/many.html": (assets) =>
    page({
      head: `<script>
  window.seen = [];
  document.addEventListener("claims-card:ready", (event) => {
    if (!window.seen.length) requestAnimationFrame(() => window.seen.push("frame"));
    window.seen.push(event.target.id);
  });
</script>`,
      body: `<p>Text before the cards.</p>${Array.from({ length: 12 }, (_, i) => `<div data-claims-card id="c${i}">${SEED_DATA}</div>`).join("")}
<script type="module" src="${assets}/embed.js"></script>`,
    }),
});

test("a <div data-claims-card> is client-rendered with the seed data, and the script twice renders it once", async () => {
  const tab = await env.browser.newPage();
  const errors = [];
  tab.on("pageerror", (error) => errors.push(String(error)));
  await tab.goto(env.site.url("/client.html"));
  await cardsSettled(tab, 1);
  assert.equal(await tab.getAttribute("#div-card", "data-state"), "ready");
  assert.equal(await tab.evaluate(() => document.querySelector("#div-card").shadowRoot.querySelectorAll(".card").length), 1);
  assert.match(await visibleText(tab, "#div-card"), /at least 200 people/);
  const wasmLoads = env.site.assets.requests.filter((path) => path.endsWith(".wasm"));
  assert.equal(wasmLoads.length, 1);
  assert.deepEqual(errors, []);
  await tab.close();
});

test("cards added later become cards; removed ones are released", async () => {
  const tab = await env.browser.newPage();
  await tab.goto(env.site.url("/client.html"));
  await cardsSettled(tab, 1);
  await tab.evaluate(() => {
    const late = document.createElement("claims-card");
    late.id = "late";
    late.dataset.seed = "";
    const wrapper = document.createElement("section");
    wrapper.innerHTML = `<div data-claims-card data-seed id="nested"></div>`;
    document.body.append(late, wrapper);
  });
  await cardsSettled(tab, 3);
  assert.match(await visibleText(tab, "#late"), /192 service members/);
  assert.match(await visibleText(tab, "#nested"), /192 service members/);
  // Remove one, re-add it: it is one card again, not two.
  await tab.evaluate(() => {
    const late = document.querySelector("#late");
    late.remove();
    document.body.append(late);
  });
  await tab.waitForFunction(() => document.querySelector("#late").shadowRoot.querySelectorAll(".card").length === 1);
  // The other cards still switch.
  await tab.locator("#nested").getByRole("radio", { name: "Wounded" }).click();
  assert.match(await visibleText(tab, "#nested"), /about 511/);
  assert.match(await visibleText(tab, "#div-card"), /192 service members/);
  await tab.close();
});

test("a card copied from one drawn before starts fresh: the reader's choices in the first do not carry over", async () => {
  // Each card is an app of its own (src/page.rs); a card added later must start from the
  // card as built, not as the reader has since left it.
  const tab = await env.browser.newPage();
  await tab.goto(env.site.url("/client.html"));
  await cardsSettled(tab, 1);
  await tab.locator("#div-card").getByRole("radio", { name: "Wounded" }).click();
  await tab.locator("#div-card").locator("summary:visible").first().click();
  const firstCard = await tab.evaluate(() => {
    const root = document.querySelector("#div-card").shadowRoot;
    return { checked: root.querySelector("input:checked").value, open: root.querySelectorAll("details[open]").length };
  });
  assert.deepEqual(firstCard, { checked: "wounded", open: 1 });
  await tab.evaluate(() => {
    const copy = document.createElement("div");
    copy.id = "copy";
    copy.setAttribute("data-claims-card", "");
    copy.dataset.seed = "";
    document.body.append(copy);
  });
  await cardsSettled(tab, 2);
  const copy = await tab.evaluate(() => {
    const root = document.querySelector("#copy").shadowRoot;
    return { checked: root.querySelector("input:checked").value, open: root.querySelectorAll("details[open]").length, cards: root.querySelectorAll(".card").length };
  });
  assert.deepEqual(copy, { checked: "killed", open: 0, cards: 1 });
  assert.match(await visibleText(tab, "#copy"), /192 service members/);
  assert.doesNotMatch(await visibleText(tab, "#copy"), /about 511/);
  // Both still switch on their own.
  await tab.locator("#copy").getByRole("radio", { name: "Wounded" }).click();
  assert.match(await visibleText(tab, "#copy"), /about 511/);
  await tab.locator("#div-card").getByRole("radio", { name: "Killed" }).click();
  assert.match(await visibleText(tab, "#div-card"), /192 service members/);
  await tab.close();
});

test("of many client-only cards, the first is drawn in a frame of its own before the others are built", async () => {
  // The reader sees the first card as soon as it is built; the cards below it follow (src/page.rs).
  const tab = await env.browser.newPage();
  await tab.goto(env.site.url("/many.html"));
  await cardsSettled(tab, 12);
  const seen = await tab.evaluate(() => window.seen);
  assert.deepEqual(seen, ["c0", "frame", ...Array.from({ length: 11 }, (_, i) => `c${i + 1}`)]);
  await tab.close();
});
