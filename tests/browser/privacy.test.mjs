// Privacy: a page with a server-rendered card, a client-rendered card and a card fetching live data
// from a third origin. Every request the page makes is counted by origin: besides the page itself,
// only the card's asset origin and the one dataset URL the page names. No request of the card carries
// the reader's cookies, the dataset request carries no referrer, and the card writes no cookie and
// touches no storage (every write API is instrumented before the page starts). Outbound links in the
// cards open with rel="noopener noreferrer".
import { test, after } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { cardsSettled } from "./browser.mjs";
import { browserAndSites, page, renderSnippet, withId } from "./fixtures.mjs";
import { serve } from "./server.mjs";

const repo = fileURLToPath(new URL("../..", import.meta.url));
const data = await serve({ root: `${repo}/data`, cors: true });
after(() => data.close());
const DATA_URL = `${data.origin}/seed.json`;
// A dataset whose sources have links (the seed's have none).
const LINKED = "data/examples/example-every-bound.json";
const linkedJson = readFileSync(`${repo}/${LINKED}`, "utf8").replaceAll("<", "\\u003c");
const CARDS = ["server", "snapshot", "client", "live", "linked"];

const env = browserAndSites({
  "/article.html": (assets) =>
    page({
      body: `<h1>Article</h1>
${withId(renderSnippet(assets, LINKED), "server")}
${withId(renderSnippet(assets), "snapshot").replace("<claims-card ", `<claims-card src="${DATA_URL}" `)}
<div data-claims-card data-seed id="client"></div>
<claims-card id="live" src="${DATA_URL}"></claims-card>
<claims-card id="linked"><script type="application/json">${linkedJson}</script></claims-card>`,
    }),
});

// Runs in the page before any of its scripts: records every way a script can store or beacon.
function instrument() {
  const writes = [];
  window.__storageWrites = writes;
  const wrap = (object, name, label) => {
    const original = object?.[name];
    if (typeof original !== "function") return;
    object[name] = function (...args) {
      writes.push(`${label}(${String(args[0]).slice(0, 60)})`);
      return original.apply(this, args);
    };
  };
  wrap(Storage.prototype, "setItem", "Storage.setItem");
  wrap(Storage.prototype, "removeItem", "Storage.removeItem");
  wrap(Storage.prototype, "clear", "Storage.clear");
  wrap(IDBFactory.prototype, "open", "indexedDB.open");
  wrap(IDBFactory.prototype, "deleteDatabase", "indexedDB.deleteDatabase");
  wrap(globalThis.CacheStorage?.prototype, "open", "caches.open");
  wrap(globalThis.CacheStorage?.prototype, "delete", "caches.delete");
  wrap(globalThis.CookieStore?.prototype, "set", "cookieStore.set");
  wrap(globalThis.CookieStore?.prototype, "delete", "cookieStore.delete");
  wrap(globalThis.ServiceWorkerContainer?.prototype, "register", "serviceWorker.register");
  wrap(Navigator.prototype, "sendBeacon", "navigator.sendBeacon");
  wrap(window, "open", "window.open");
  const cookie = Object.getOwnPropertyDescriptor(Document.prototype, "cookie");
  Object.defineProperty(Document.prototype, "cookie", {
    configurable: true,
    get() {
      return cookie.get.call(this);
    },
    set(value) {
      writes.push(`document.cookie=${String(value).slice(0, 60)}`);
      cookie.set.call(this, value);
    },
  });
  // Direct property writes on localStorage (localStorage.x = 1) do not go through setItem.
  for (const name of ["localStorage", "sessionStorage"]) {
    const descriptor = Object.getOwnPropertyDescriptor(window, name);
    Object.defineProperty(window, name, {
      configurable: true,
      get() {
        writes.push(`${name} touched`);
        return descriptor.get.call(this);
      },
    });
  }
}

test("the card talks only to its asset origin and the dataset URL, stores nothing, and links safely", async () => {
  const context = await env.browser.newContext();
  // A cookie the host site set: visible to every 127.0.0.1 port, so any request sent with credentials would carry it.
  await context.addCookies([{ name: "reader", value: "r-123", domain: "127.0.0.1", path: "/" }]);
  const tab = await context.newPage();
  await tab.addInitScript(instrument);
  const requests = [];
  tab.on("request", (request) => requests.push(request));
  const pageErrors = [];
  tab.on("pageerror", (error) => pageErrors.push(String(error)));

  await tab.goto(env.site.url("/article.html"));
  await cardsSettled(tab, CARDS.length);
  // Give anything late (a beacon, a prefetch) the chance to show itself.
  await tab.waitForTimeout(500);
  for (const id of CARDS) assert.equal(await tab.getAttribute(`#${id}`, "data-state"), "ready", id);

  const assets = env.site.assets.origin;
  const byOrigin = {};
  for (const request of requests) {
    const origin = new URL(request.url()).origin;
    byOrigin[origin] = (byOrigin[origin] ?? 0) + 1;
  }
  console.log(`requests by origin: ${JSON.stringify(byOrigin)}`);
  const page = env.site.url("/article.html");
  const unexpected = requests
    .map((request) => request.url())
    .filter((url) => url !== page && new URL(url).origin !== assets && url !== DATA_URL);
  assert.deepEqual(unexpected, [], "requests to anywhere else");
  // The page itself; embed.js, the glue, the wasm and the demo dataset (the data-seed card's), once
  // each; the dataset once for each of the two cards naming it.
  assert.deepEqual(byOrigin, { [env.site.host.origin]: 1, [assets]: 4, [data.origin]: 2 });
  const assetPaths = requests.filter((request) => request.url().startsWith(assets)).map((r) => new URL(r.url()).pathname);
  assert.deepEqual(assetPaths.map((path) => path.replace(/-[0-9a-f]{8,16}/, "-HASH")).sort(), [
    "/claims-card-HASH.js",
    "/claims-card-HASH_bg.wasm",
    "/embed.js",
    "/seed.json",
  ]);

  // No request of the card carries the reader's cookie; the dataset request names no referring page.
  for (const request of requests.filter((request) => request.url() !== page)) {
    const headers = await request.allHeaders();
    assert.equal(headers.cookie, undefined, `${request.url()} sent cookies`);
    if (request.url() === DATA_URL) assert.equal(headers.referer, undefined, "the dataset request sends no referrer");
  }

  // Nothing stored, in any of the ways a script can.
  assert.deepEqual(await tab.evaluate(() => window.__storageWrites), []);
  const stored = await tab.evaluate(async () => ({
    cookie: document.cookie,
    indexedDB: (await indexedDB.databases()).length,
    caches: (await caches.keys()).length,
    serviceWorkers: (await navigator.serviceWorker.getRegistrations()).length,
  }));
  assert.deepEqual(stored, { cookie: "reader=r-123", indexedDB: 0, caches: 0, serviceWorkers: 0 });
  const cookies = await context.cookies();
  assert.deepEqual(cookies.map((cookie) => cookie.name), ["reader"]);
  // Web storage through the browser, not the (instrumented) page.
  const cdp = await context.newCDPSession(tab);
  for (const isLocalStorage of [true, false]) {
    const { entries } = await cdp.send("DOMStorage.getDOMStorageItems", {
      storageId: { securityOrigin: env.site.host.origin, isLocalStorage },
    });
    assert.deepEqual(entries, [], isLocalStorage ? "localStorage" : "sessionStorage");
  }

  // Every link in every card's shadow root opens without an opener and without a referrer.
  const links = await tab.evaluate(() =>
    [...document.querySelectorAll("claims-card, [data-claims-card]")].flatMap((host) =>
      [...host.shadowRoot.querySelectorAll("a")].map((link) => ({ card: host.id, href: link.href, rel: link.rel })),
    ),
  );
  // The example's linked sources, in the server-rendered and in the client-rendered card.
  assert.ok(links.filter((link) => link.card === "server").length >= 2, JSON.stringify(links));
  assert.equal(links.filter((link) => link.card === "linked").length, links.filter((link) => link.card === "server").length);
  for (const link of links) {
    assert.ok(link.rel.split(/\s+/).includes("noopener") && link.rel.split(/\s+/).includes("noreferrer"), JSON.stringify(link));
    assert.match(link.href, /^https?:/);
  }
  assert.deepEqual(pageErrors, []);
  await context.close();
});
