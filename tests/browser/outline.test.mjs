// The card in the accessibility tree (CDP Accessibility.getFullAXTree), as a screen reader gets it:
// an outline to move by (title, the measure shown, each party), every control named apart, each claim
// naming whose losses it counts, and a polite status that says what the measure switch now shows, in a
// kept server card and in one the wasm drew.
import { readFileSync } from "node:fs";
import { test } from "node:test";
import assert from "node:assert/strict";
import { cardsSettled } from "./browser.mjs";
import { browserAndSites, page, renderSnippet, withId } from "./fixtures.mjs";

const competing = new URL("../../data/examples/example-competing-claims.json", import.meta.url).pathname;
// A real dataset written in English with reports in Portuguese and Italian, and parties and claimants
// not translated into Russian.
const karabakh = new URL("../../data/reported/karabakh-war-2020.json", import.meta.url).pathname;
const karabakhText = readFileSync(karabakh, "utf8").replaceAll("<", "\\u003c");
const env = browserAndSites({
  "/server.html": (assets) => page({ body: withId(renderSnippet(assets, competing), "card") }),
  "/server-ru.html": (assets) => page({ body: withId(renderSnippet(assets, competing, "ru"), "card") }),
  "/client.html": (assets) => page({ body: `<div data-claims-card data-seed id="card"></div><script type="module" src="${assets}/embed.js"></script>` }),
  // A card in a section under the article's h2: its title at h3.
  "/section.html": (assets) => page({ body: `<h1>Article</h1><h2>The losses</h2>${withId(renderSnippet(assets, competing, "en", ["--heading-level", "3"]), "card")}` }),
  "/section-client.html": (assets) => page({
    body: `<h1>Article</h1><h2>The losses</h2><div data-claims-card data-seed data-heading-level="3" id="card"></div><script type="module" src="${assets}/embed.js"></script>`,
  }),
  "/karabakh-ru.html": (assets) =>
    page({
      body: `${withId(renderSnippet(assets, karabakh, "ru"), "server")}
<claims-card id="client" lang="ru"><script type="application/json">${karabakhText}</script></claims-card>`,
    }),
  "/bad-level.html": (assets) => page({ body: `<div data-claims-card data-seed data-heading-level="h3" id="card"></div><script type="module" src="${assets}/embed.js"></script>` }),
});

/** The card's headings in reading order, as "level name". */
async function headings(tab) {
  const snapshot = await tab.locator("#card").ariaSnapshot();
  return [...snapshot.matchAll(/heading "([^"]+)" \[level=(\d)\]/g)].map(([, name, level]) => `${level} ${name}`);
}

/** The card's accessibility tree: [role, name] of every node not ignored, in order. */
async function tree(tab) {
  const cdp = await tab.context().newCDPSession(tab);
  const { nodes } = await cdp.send("Accessibility.getFullAXTree");
  await cdp.detach();
  return nodes.filter((node) => !node.ignored).map((node) => [node.role?.value, node.name?.value ?? "", node.properties ?? []]);
}

test("the outline is the title, the measure shown, then each party", async () => {
  const tab = await env.browser.newPage();
  await tab.goto(env.site.url("/server.html"));
  await cardsSettled(tab, 1);
  // In reading order (CDP's full tree is not): Playwright's snapshot of the accessibility tree.
  assert.deepEqual((await headings(tab)).slice(0, 5), [
    "2 Example: claimed losses in a fictional war between Veldora and Rusk",
    "3 Killed",
    "4 Rusk",
    "4 Veldora",
    "4 Marren Lake peacekeeping force",
  ]);
  await tab.close();
});

test("a card in a section headed h2 starts at h3, kept, taken over and drawn alike", async () => {
  const expected = ["3 Example: claimed losses in a fictional war between Veldora and Rusk", "4 Killed", "5 Rusk", "5 Veldora"];
  const tab = await env.browser.newPage();
  await tab.goto(env.site.url("/section.html"));
  await cardsSettled(tab, 1);
  assert.deepEqual((await headings(tab)).slice(0, 4), expected, "the kept server card");
  // A footer button hands the card to the app, which must render the same outline.
  const [download] = await Promise.all([tab.waitForEvent("download"), tab.locator("#card").getByRole("button", { name: /CSV/ }).click()]);
  assert.match(download.suggestedFilename(), /\.csv$/);
  await tab.locator("#card .mount:not([data-render])").waitFor({ state: "attached" });
  assert.deepEqual((await headings(tab)).slice(0, 4), expected, "the app's render");
  await tab.goto(env.site.url("/section-client.html"));
  await cardsSettled(tab, 1);
  const seed = await headings(tab);
  assert.match(seed[0], /^3 /, seed.join("\n"));
  assert.deepEqual(seed.slice(1, 3).map((heading) => heading[0]), ["4", "5"], seed.join("\n"));
  await tab.close();
});

test("a heading level the outline cannot use: one console error naming it, and the usual h2", async () => {
  const tab = await env.browser.newPage();
  const errors = [];
  tab.on("console", (message) => message.type() === "error" && errors.push(message.text()));
  await tab.goto(env.site.url("/bad-level.html"));
  await cardsSettled(tab, 1);
  assert.deepEqual(errors, [
    `claims-card: <div id="card">: data-heading-level="h3": write 1, 2, 3 or 4, the level of the card's title; the card's title is an <h2>`,
  ]);
  assert.match((await headings(tab))[0], /^2 /);
  await tab.close();
});

test("in a Russian card every English, Portuguese and Italian text carries its own lang, kept and drawn alike", async () => {
  const tab = await env.browser.newPage();
  await tab.goto(env.site.url("/karabakh-ru.html"));
  await cardsSettled(tab, 2);
  for (const id of ["server", "client"]) {
    const found = await tab.evaluate((id) => {
      const root = document.getElementById(id).shadowRoot;
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      const unmarked = [];
      const langs = {};
      while (walker.nextNode()) {
        const element = walker.currentNode.parentElement;
        const text = walker.currentNode.textContent.trim();
        if (!text || element.closest("style")) continue;
        const lang = element.closest("[lang]")?.getAttribute("lang");
        langs[lang] = (langs[lang] ?? 0) + 1;
        // A Latin word of three letters or more, other than an abbreviation (CSV, JSON), said by a Russian voice.
        if (lang === "ru" && /(?<![A-Za-z])(?![A-Z]+(?![A-Za-z]))[A-Za-z]{3,}/.test(text)) unmarked.push(text);
      }
      const quotes = [...root.querySelectorAll("blockquote")].map((quote) => quote.closest("[lang]").getAttribute("lang"));
      return { unmarked, langs, quotes };
    }, id);
    assert.deepEqual(found.unmarked, [], `${id}: English read as Russian`);
    assert.ok(found.langs.ru > 20 && found.langs.en > 20, JSON.stringify(found.langs));
    // Two reports in Portuguese, one in Italian, the rest in the dataset's English.
    assert.deepEqual(found.quotes.filter((lang) => lang !== "en").sort(), ["it", "pt", "pt"], `${id}: ${found.quotes}`);
  }
  await tab.close();
});

test("no two controls share a name, and each claim's text names whose losses it counts", async () => {
  for (const path of ["/server.html", "/server-ru.html"]) {
    const tab = await env.browser.newPage();
    await tab.goto(env.site.url(path));
    await cardsSettled(tab, 1);
    // Every disclosure opened, so the breakdown's claims are in the tree too.
    await tab.evaluate(() => document.getElementById("card").shadowRoot.querySelectorAll("details").forEach((details) => (details.open = true)));
    const nodes = await tree(tab);
    const controls = nodes.filter(([role]) => ["button", "radio", "DisclosureTriangle"].includes(role)).map(([role, name]) => `${role}: ${name}`);
    assert.ok(controls.length > 10, controls.join("\n"));
    assert.deepEqual(controls.filter((name, index) => controls.indexOf(name) !== index), [], `${path}: names repeat`);
    for (const [, name] of nodes.filter(([role]) => role === "DisclosureTriangle")) {
      assert.doesNotMatch(name, /^(reported by|as of|по состоянию|по данным на)/i, `${path}: a disclosure named only by its date: ${name}`);
    }
    const counterClaims = nodes.filter(([role, name]) => role === "listitem" && /Counter-claim|Встречное/.test(name));
    await tab.close();
    if (path === "/server.html") assert.ok(counterClaims.length === 0 || counterClaims.every(([, name]) => /^(Rusk|Veldora)/.test(name)));
  }
});

test("switching the measure says what is now shown, in a kept server card and a drawn one", async () => {
  for (const [path, wounded, said] of [
    ["/server.html", "Wounded", "Now showing: Wounded"],
    ["/server-ru.html", "Раненые", "Показано: Раненые"],
    ["/client.html", "Wounded", "Now showing: Wounded"],
  ]) {
    const tab = await env.browser.newPage();
    await tab.goto(env.site.url(path));
    await cardsSettled(tab, 1);
    const status = () => tab.evaluate(() => document.getElementById("card").shadowRoot.querySelector(".measure-status[role='status']")?.textContent);
    assert.equal(await status(), "", `${path}: the status is there, empty, before any switch`);
    await tab.locator("#card").getByRole("radio", { name: wounded }).check();
    await tab.waitForFunction(() => document.getElementById("card").shadowRoot.querySelector(".measure-status").textContent !== "");
    assert.equal(await status(), said, path);
    await tab.close();
  }
});
