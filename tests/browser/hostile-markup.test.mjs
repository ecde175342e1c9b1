// A CMS author's markup against the card: no script, only what sanitizers keep (`data-*`, `name=`,
// `id=`). Written as the attack (docs/SAFETY.md, "Markup cannot act for the reader"):
// - `data-upgrade="csv|json|copy"` (once the loader's signal to the wasm) on a kept server snippet,
//   a client-only card and a live card makes no download, no clipboard write, no focus move and no
//   scroll, and every card renders; a reader's real click still does each action, and a click a
//   script dispatches (`isTrusted` false) does not;
// - names and ids that shadow the document's members (DOM clobbering: <img name="querySelectorAll">,
//   <form name="documentElement">, …) and a form's (<input name="closest">) stop no card.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { browserAndSites, page, renderSnippet, withId } from "./fixtures.mjs";

const seedText = readFileSync(new URL("../../data/seed.json", import.meta.url), "utf8").replaceAll("<", "\\u003c");
const seed = JSON.parse(seedText);

let snippet = null;
const keptSnippet = (assets) => (snippet ??= renderSnippet(assets));

/** A kept server snippet (#kept), a client-only card (#client) and a live card (#live), each with `attributes`. */
const threeCards = (assets, attributes = "") =>
  withId(keptSnippet(assets), "kept").replace("<claims-card ", `<claims-card ${attributes} `) +
  `<div id="client" data-claims-card ${attributes}><script type="application/json"><!--${seedText}--></script></div>` +
  `<div id="live" data-claims-card data-src="/data/live.json" ${attributes}></div>`;

// The page's top is a screen of text, so a card that took focus or scrolled itself into view would
// move the page. The last card is a client-only one: the wasm mounts and renders cards in page
// order, so once it is ready the wasm has done with every card before it.
const attackPage = (action) => (assets) =>
  page({
    body:
      `<p>Story</p><div style="height:2000px"></div>${threeCards(assets, `data-upgrade="${action}"`)}` +
      `<div id="last" data-claims-card data-seed></div><script type="module" src="${assets}/embed.js"></script>`,
  });

// Names a CMS keeps on <img>, <form>, <embed> and <object> (document's named properties) and on
// <a> (the window's), taken from what the loader, the glue, Yew and web-sys read.
const SHADOWED = [
  "querySelectorAll", "querySelector", "documentElement", "body", "head", "createElement", "createElementNS",
  "createTextNode", "createComment", "createDocumentFragment", "getElementById", "getElementsByTagName",
  "defaultView", "readyState", "currentScript", "baseURI", "cookie", "location", "hidden", "visibilityState",
  "activeElement", "adoptedStyleSheets", "styleSheets", "ownerDocument", "nodeType", "contains", "addEventListener",
  "dispatchEvent", "importNode", "implementation", "fonts", "documentURI", "URL", "domain", "referrer", "title", "dir",
];
const TAGS = [
  (name) => `<img name="${name}" alt="">`,
  (name) => `<form name="${name}"></form>`,
  (name) => `<embed name="${name}">`,
  (name) => `<object name="${name}"></object>`,
];
const clobbers = [
  ...SHADOWED.map((name, index) => TAGS[index % TAGS.length](name)),
  `<img id="body" name="body" alt="">`,
  `<object id="documentElement"></object>`,
  ...["scheduler", "userActivation", "claims-card", "CARDS", "wasm", "started"].map((id) => `<a id="${id}" href="#">${id}</a>`),
].join("\n");
// A form's fields shadow the form's own members: a card inside one reads its `lang` through them.
const FORM_FIELDS = ["getAttribute", "closest", "matches", "querySelectorAll", "querySelector", "nodeType", "lang", "hasAttribute"]
  .map((name) => `<input name="${name}" type="hidden">`)
  .join("");

const env = browserAndSites({
  "/upgrade-csv.html": attackPage("csv"),
  "/upgrade-json.html": attackPage("json"),
  "/upgrade-copy.html": attackPage("copy"),
  // The kept snippet alone: no card needs the wasm until a reader clicks.
  "/kept-upgrade.html": (assets) => page({ body: `<div style="height:2000px"></div>${withId(keptSnippet(assets), "kept").replace("<claims-card ", '<claims-card data-upgrade="csv" ')}` }),
  "/clobbered.html": (assets) =>
    page({
      body:
        `${clobbers}\n${threeCards(assets)}` +
        `<form lang="ru">${FORM_FIELDS}<div id="in-form" data-claims-card data-seed></div></form>` +
        `<form id="form-card" data-claims-card data-seed>${FORM_FIELDS}</form>` +
        `<div id="last" data-claims-card data-seed></div><script type="module" src="${assets}/embed.js"></script>`,
    }),
});

const isCode = (url) => /claims-card-[0-9a-f]+(_bg\.wasm|\.js)$/.test(url);

/**
 * A tab that records what a card might do for a reader: downloads (Playwright's event, and every
 * object URL made), clipboard writes, focus and scrolling calls. The live data is answered here.
 */
async function open(path, { clipboard = false } = {}) {
  const context = await env.browser.newContext({ viewport: { width: 800, height: 800 }, acceptDownloads: true });
  if (clipboard) await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: env.site.url("") });
  await context.addInitScript(() => {
    window.acted = [];
    const watch = (object, name, what) => {
      const original = object[name];
      object[name] = function (...args) {
        window.acted.push(what);
        return original.apply(this, args);
      };
    };
    watch(URL, "createObjectURL", "file");
    watch(Clipboard.prototype, "writeText", "clipboard");
    watch(Clipboard.prototype, "write", "clipboard");
    watch(HTMLElement.prototype, "focus", "focus");
    watch(Element.prototype, "scrollIntoView", "scroll");
  });
  const tab = await context.newPage();
  const downloads = [];
  tab.on("download", (download) => downloads.push(download));
  const requests = [];
  tab.on("request", (request) => requests.push(request.url()));
  await tab.route("**/data/live.json", (route) => route.fulfill({ status: 200, contentType: "application/json", body: seedText }));
  await tab.goto(env.site.url(path));
  return { tab, context, downloads, requests };
}

/** The cards' states and whether each shows a card, read past any clobbering of the document or a form. */
const cardStates = (tab) =>
  tab.evaluate(() => {
    const all = Document.prototype.querySelectorAll.call(document, "claims-card, [data-claims-card]");
    const attribute = (host, name) => Element.prototype.getAttribute.call(host, name);
    const shadow = (host) => Object.getOwnPropertyDescriptor(Element.prototype, "shadowRoot").get.call(host);
    return Object.fromEntries(
      [...all].map((host) => [attribute(host, "id"), `${attribute(host, "data-state")}${shadow(host)?.querySelector(".card") ? " card" : ""}`]),
    );
  });

/** Waits until the cards `ids` are settled, then two frames and a task more: the time an action asked for at render would take. */
async function settled(tab, ids) {
  await tab.waitForFunction((ids) => {
    const state = (id) => {
      const host = Document.prototype.getElementById.call(document, id);
      return host && Element.prototype.getAttribute.call(host, "data-state");
    };
    return ids.every((id) => ["ready", "error"].includes(state(id)));
  }, ids);
  await tab.evaluate(async () => {
    for (let frame = 0; frame < 2; frame++) await new Promise((resolve) => requestAnimationFrame(resolve));
    await new Promise((resolve) => setTimeout(resolve, 0));
  });
}

/** Nothing was done for a reader: no download, clipboard write, focus move or scroll. */
async function assertNothingDone({ tab, downloads }, what) {
  const page = await tab.evaluate(() => ({
    acted: window.acted,
    focus: document.activeElement === Object.getOwnPropertyDescriptor(Document.prototype, "body").get.call(document),
    scrollY: window.scrollY,
  }));
  assert.deepEqual(page.acted, [], `${what}: nothing called for a reader`);
  assert.equal(downloads.length, 0, `${what}: no download`);
  assert.ok(page.focus, `${what}: focus stays on the body`);
  assert.equal(page.scrollY, 0, `${what}: the page did not scroll`);
}

const button = (tab, card, action) => tab.locator(`#${card} [data-action="${action}"]`);

async function downloaded(tab, click) {
  const [download] = await Promise.all([tab.waitForEvent("download"), click()]);
  return { name: download.suggestedFilename(), text: readFileSync(await download.path(), "utf8") };
}

for (const action of ["csv", "json", "copy"]) {
  test(`data-upgrade="${action}" in the page's markup makes no card act, and every card renders`, async () => {
    const opened = await open(`/upgrade-${action}.html`, { clipboard: true });
    await settled(opened.tab, ["kept", "client", "live", "last"]);
    assert.deepEqual(await cardStates(opened.tab), {
      kept: "ready card",
      client: "ready card",
      live: "ready card",
      last: "ready card",
    });
    await assertNothingDone(opened, `data-upgrade="${action}"`);
    await opened.context.close();
  });
}

test("with data-upgrade on the page, a reader's clicks still work on every card", async () => {
  const { tab, context, downloads } = await open("/upgrade-csv.html");
  await settled(tab, ["kept", "client", "live", "last"]);
  for (const [card, action] of [["kept", "json"], ["client", "csv"], ["live", "json"]]) {
    const file = await downloaded(tab, () => button(tab, card, action).click());
    assert.equal(file.name, `${seed.id}.${action}`, card);
    if (action === "json") assert.deepEqual(JSON.parse(file.text), seed, card);
    else assert.ok(file.text.startsWith("\ufeffparty,claimant,"), card);
  }
  assert.equal(downloads.length, 3, "one download a click, none of them the attribute's");
  await context.close();
});

test("a kept snippet: the attribute loads nothing; a reader's first click starts the wasm, which does it", async () => {
  const opened = await open("/kept-upgrade.html");
  const { tab, requests } = opened;
  await settled(tab, ["kept"]);
  assert.deepEqual(requests.filter(isCode), [], "no wasm or glue before a click");
  await assertNothingDone(opened, "kept snippet");
  const file = await downloaded(tab, () => button(tab, "kept", "json").click());
  assert.equal(file.name, `${seed.id}.json`);
  assert.deepEqual(JSON.parse(file.text), seed);
  assert.equal(requests.filter((url) => url.endsWith(".wasm")).length, 1, "the wasm, on the reader's click");
  await opened.context.close();
});

test("a click a script dispatches on a card's button does nothing; the reader's next click does its own", async () => {
  const { tab, context, downloads, requests } = await open("/kept-upgrade.html");
  await settled(tab, ["kept"]);
  const dispatch = (action) =>
    tab.evaluate((action) => {
      const host = Document.prototype.getElementById.call(document, "kept");
      host.shadowRoot.querySelector(`[data-action="${action}"]`).dispatchEvent(new MouseEvent("click", { bubbles: true, composed: true }));
    }, action);
  // On the kept card: the loader ignores it, so not even the wasm is fetched.
  await dispatch("csv");
  await settled(tab, ["kept"]);
  assert.deepEqual(requests.filter(isCode), [], "a dispatched click starts nothing");
  const json = await downloaded(tab, () => button(tab, "kept", "json").click());
  assert.equal(json.name, `${seed.id}.json`);
  // On the card the wasm now runs as an app: its listener ignores it too.
  await tab.waitForFunction(() => !document.querySelector("#kept").shadowRoot.querySelector(".mount[data-render]"));
  await dispatch("csv");
  await settled(tab, ["kept"]);
  const again = await downloaded(tab, () => button(tab, "kept", "json").click());
  assert.equal(again.name, `${seed.id}.json`);
  assert.deepEqual(downloads.map((download) => download.suggestedFilename()), [`${seed.id}.json`, `${seed.id}.json`]);
  await context.close();
});

test("names and ids that shadow the document's members, and a form's, stop no card", async () => {
  const { tab, context } = await open("/clobbered.html");
  const errors = [];
  tab.on("pageerror", (error) => errors.push(String(error)));
  // The markup does shadow them (the attack is real on this page).
  const shadowed = await tab.evaluate(() => [
    typeof document.querySelectorAll,
    typeof document.createElement,
    document.body instanceof HTMLBodyElement,
    document.documentElement instanceof HTMLHtmlElement,
  ]);
  assert.deepEqual(shadowed, ["object", "object", false, false]);
  await settled(tab, ["kept", "client", "live", "in-form", "form-card", "last"]);
  // A card added later, inside a form whose fields shadow what is read of it.
  await tab.evaluate((fields) => {
    const form = Document.prototype.createElement.call(document, "form");
    form.lang = "uk";
    form.innerHTML = `${fields}<div id="added" data-claims-card data-seed></div>`;
    HTMLElement.prototype.append.call(Object.getOwnPropertyDescriptor(Document.prototype, "body").get.call(document), form);
  }, FORM_FIELDS);
  await settled(tab, ["added"]);
  assert.deepEqual(await cardStates(tab), {
    kept: "ready card",
    client: "ready card",
    live: "ready card",
    "in-form": "ready card",
    // A form cannot hold a shadow root: an error card's state, and no other card's problem.
    "form-card": "error",
    last: "ready card",
    added: "ready card",
  });
  const languages = await tab.evaluate(() =>
    ["in-form", "added"].map((id) => Document.prototype.getElementById.call(document, id).shadowRoot.querySelector(".card").closest("[lang]")?.getAttribute("lang")),
  );
  assert.deepEqual(languages, ["ru", "uk"], "each card in its form's language");
  assert.deepEqual(errors, [], "no uncaught error");
  // And the footer still works on a clobbered page: a reader's click (the mouse, through DevTools;
  // Playwright's own locators read the page's document too).
  const box = await tab.evaluate(() => {
    const host = Document.prototype.getElementById.call(document, "kept");
    const csv = host.shadowRoot.querySelector('[data-action="csv"]');
    csv.scrollIntoView({ block: "center" });
    const { x, y, width, height } = csv.getBoundingClientRect();
    return { x: x + width / 2, y: y + height / 2 };
  });
  const file = await downloaded(tab, () => tab.mouse.click(box.x, box.y));
  assert.equal(file.name, `${seed.id}.csv`);
  await context.close();
});
