// Live cards (`data-refresh`): a card re-reads its src while it is on screen and its tab is visible,
// updates in place (the reader's measure, open source and focus stay), says what changed once in a
// polite status line, costs an unchanged file a 304, never has two reads on the way, stops when it
// leaves the page, backs off after failures, and says how old its figures are past the editor's
// allowance. The page is served from 127.0.0.1, a development host, where intervals under a minute
// are honoured (crates/view/src/refresh.rs), so these tests need not wait minutes.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { createServer } from "node:http";
import { visibleText } from "./browser.mjs";
import { browserAndSites, page } from "./fixtures.mjs";

const seed = JSON.parse(readFileSync(new URL("../../data/seed.json", import.meta.url), "utf8"));
/** The seed with Nagorno-Karabakh's wounded figure raised from "at least 400" to "at least 450". */
const revised = structuredClone(seed);
revised.claims.find(({ id }) => id === "nk-wounded-people").figure.value = 450;

/**
 * The data's host: answers each path with what `data[path]` holds now (an object, or a status
 * number), with an ETag and 304s for a matching If-None-Match, as a static host does. It logs every
 * request with its conditional header and counts the reads of each path on the way at once.
 */
function dataHost() {
  const host = { data: {}, log: [], open: {}, mostOpen: {}, stall: new Set() };
  host.pages = {};
  host.server = createServer((request, response) => {
    const path = new URL(request.url, "http://x").pathname;
    // The test's pages come from here too: routing them through Playwright would turn the
    // browser's HTTP cache off, and with it the conditional reads under test.
    if (host.pages[path]) {
      response.writeHead(200, { "content-type": "text/html; charset=utf-8", "cache-control": "no-store" });
      response.end(host.pages[path]);
      return;
    }
    const entry = { path, ifNoneMatch: request.headers["if-none-match"] ?? null, status: 0 };
    host.log.push(entry);
    host.open[path] = (host.open[path] ?? 0) + 1;
    host.mostOpen[path] = Math.max(host.mostOpen[path] ?? 0, host.open[path]);
    response.on("close", () => (host.open[path] -= 1));
    if (host.stall.has(path)) return; // never answered: the card's own time limit ends the wait
    const answer = host.data[path];
    const cors = { "access-control-allow-origin": "*" };
    if (typeof answer === "number" || answer === undefined) {
      entry.status = answer ?? 404;
      response.writeHead(entry.status, cors).end("failed");
      return;
    }
    const body = JSON.stringify(answer);
    const etag = `"${createHash("sha256").update(body).digest("hex").slice(0, 16)}"`;
    if (entry.ifNoneMatch === etag) {
      entry.status = 304;
      response.writeHead(304, { ...cors, etag, "cache-control": "no-cache" }).end();
      return;
    }
    entry.status = 200;
    response.writeHead(200, { ...cors, etag, "cache-control": "no-cache", "content-type": "application/json" });
    response.end(body);
  });
  host.reads = (path) => host.log.filter((entry) => entry.path === path);
  return host;
}

const host = dataHost();
let origin;
before(() => new Promise((done) => host.server.listen(0, "127.0.0.1", () => {
  origin = `http://127.0.0.1:${host.server.address().port}`;
  done();
})));
after(() => new Promise((done) => host.server.close(done)));

/** A page of live cards: `cards` are [id, path, extra attributes]. */
const livePage = (assets, cards, { before: above = "" } = {}) => page({
  body: `${above}${cards.map(([id, path, extra = 'data-refresh="1s"']) =>
    `<claims-card id="${id}" src="__DATA__${path}" ${extra}></claims-card>`).join("\n")}
<script type="module" src="${assets}/embed.js"></script>`,
});

const env = browserAndSites({});

/** Opens `html` (its `__DATA__` pointing at the data host) and waits until every card is ready. */
async function open(html, { viewport = { width: 1000, height: 900 } } = {}) {
  const tab = await env.browser.newPage({ viewport });
  const path = `/page-${Object.keys(host.pages).length}.html`;
  host.pages[path] = html(env.site.assets.origin).replaceAll("__DATA__", origin);
  await tab.goto(`${origin}${path}`);
  await tab.waitForFunction(() =>
    [...document.querySelectorAll("claims-card")].every((card) => card.dataset.state === "ready"));
  return tab;
}

/** Waits until the data host has had `count` more reads of `path` than `since`. */
async function readsOf(path, since, count = 1) {
  while (host.reads(path).length < since + count) await new Promise((resolve) => setTimeout(resolve, 50));
  return host.reads(path).slice(since);
}

const shadowText = (tab, id, selector) => tab.evaluate(([id, selector]) =>
  document.getElementById(id).shadowRoot.querySelector(selector)?.textContent ?? null, [id, selector]);

test("a live card takes a changed file in place: the reader's measure, open source and focus stay; the change is said once", async () => {
  host.data["/change.json"] = seed;
  const tab = await open((assets) => livePage(assets, [["card", "/change.json"]]));
  const card = tab.locator("#card");
  // The reader picks Wounded, opens Nagorno-Karabakh's source and leaves focus on it.
  await card.getByRole("radio", { name: "Wounded" }).check();
  const source = card.locator(".panel[data-measure='wounded'] .claim[data-claimant] summary").last();
  await source.click();
  // The opened source is marked (a property, not an attribute: nothing in the markup changes).
  const openBefore = await tab.evaluate(() => [...document.getElementById("card").shadowRoot.querySelectorAll("details[open]")]
    .map((details) => ((details.openedByReader = true), details.querySelector(".quote").textContent)));
  assert.equal(openBefore.length, 1);
  // Every change to the status line is counted from now on.
  await tab.evaluate(() => {
    const status = document.getElementById("card").shadowRoot.querySelector(".live-update");
    window.statusChanges = 0;
    new MutationObserver(() => (window.statusChanges += 1)).observe(status, { childList: true, subtree: true, characterData: true });
  });
  assert.equal(await shadowText(tab, "card", ".live-update[role='status']"), "", "the status line is there, empty, before any update");

  const since = host.reads("/change.json").length;
  host.data["/change.json"] = revised;
  await tab.waitForFunction(() => /Updated/.test(document.getElementById("card").shadowRoot.querySelector(".live-update").textContent));
  const line = await shadowText(tab, "card", ".live-update");
  assert.match(line, /^Updated \d\d:\d\d: Nagorno-Karabakh · Wounded: at least 450 people, according to /);
  assert.match(await visibleText(tab, "#card"), /at least 450 people/);
  assert.ok(await card.getByRole("radio", { name: "Wounded" }).isChecked(), "the reader's measure stays");
  const openAfter = await tab.evaluate(() => [...document.getElementById("card").shadowRoot.querySelectorAll("details[open]")]
    .map((details) => details.openedByReader && details.querySelector(".quote").textContent));
  assert.deepEqual(openAfter, openBefore, "the reader's open source stays open: the same element");
  assert.equal(await tab.evaluate(() => document.getElementById("card").shadowRoot.activeElement?.tagName), "SUMMARY", "focus stays");

  // Two more reads of the same file: nothing more is said.
  const reads = await readsOf("/change.json", since, 3);
  assert.equal(reads.at(-1).status, 304);
  assert.equal(await tab.evaluate(() => window.statusChanges), 1, "the change is announced once");
  await tab.close();
});

test("an update above the reader's scroll position moves nothing they are reading", async () => {
  host.data["/scrolled.json"] = seed;
  const tab = await open((assets) => livePage(assets, [["card", "/scrolled.json"]], {
    before: "<p style='height:600px'>Article text above the card.</p>",
  }), { viewport: { width: 360, height: 640 } });
  // The reader has scrolled down to the card's sources: the status line is above the screen.
  const figure = tab.locator("#card .sources");
  await figure.evaluate((element) => element.scrollIntoView({ block: "center" }));
  const top = () => figure.evaluate((element) => element.getBoundingClientRect().top);
  const before = await top();
  const above = await tab.evaluate(() => document.getElementById("card").shadowRoot.querySelector(".live").getBoundingClientRect().bottom);
  assert.ok(above < 0, `the status line ends at ${above} px`);
  host.data["/scrolled.json"] = revised;
  await tab.waitForFunction(() => /Updated/.test(document.getElementById("card").shadowRoot.querySelector(".live-update").textContent));
  const lines = await tab.evaluate(() => document.getElementById("card").shadowRoot.querySelector(".live-update").getClientRects().length);
  assert.ok(Math.abs((await top()) - before) <= 1, `the figure moved from ${before} to ${await top()} px (status line: ${lines} rects)`);
  await tab.close();
});

test("an unchanged file costs a 304 and changes nothing in the card", async () => {
  host.data["/same.json"] = seed;
  const tab = await open((assets) => livePage(assets, [["card", "/same.json"]]));
  await tab.evaluate(() => {
    window.cardChanges = 0;
    new MutationObserver((records) => (window.cardChanges += records.length))
      .observe(document.getElementById("card").shadowRoot, { childList: true, subtree: true, characterData: true, attributes: true });
  });
  const since = host.reads("/same.json").length;
  const reads = await readsOf("/same.json", since, 2);
  assert.ok(reads.every((read) => read.ifNoneMatch && read.status === 304), JSON.stringify(reads));
  assert.equal(await tab.evaluate(() => window.cardChanges), 0);
  assert.equal(await shadowText(tab, "card", ".live-update"), "");
  await tab.close();
});

test("a card that leaves the page, scrolls off screen or whose tab is hidden reads nothing; shown again, it reads once, at once", async () => {
  for (const path of ["/kept.json", "/removed.json", "/below.json"]) host.data[path] = seed;
  const tab = await open((assets) => livePage(assets, [
    ["kept", "/kept.json"],
    ["removed", "/removed.json"],
    ["below", "/below.json", 'data-refresh="1s" style="display:block;margin-top:6000px"'],
  ]));
  const removedSince = host.reads("/removed.json").length;
  const belowSince = host.reads("/below.json").length;
  await tab.evaluate(() => document.getElementById("removed").remove());
  // The card still on the page reads three times meanwhile.
  await readsOf("/kept.json", host.reads("/kept.json").length, 3);
  assert.equal(host.reads("/removed.json").length, removedSince, "a removed card reads nothing");
  assert.equal(host.reads("/below.json").length, belowSince, "a card off screen reads nothing");

  // Scrolled into view, the card off screen reads at once: one read, not the ones it missed.
  await tab.evaluate(() => document.getElementById("below").scrollIntoView());
  await readsOf("/below.json", belowSince, 1);

  // A hidden tab reads nothing; shown again, each card on screen reads once. (The wasm reads
  // `hidden` through Document's prototype, so that is where the test hides the tab.)
  const hide = (hidden) => tab.evaluate((hidden) => {
    window.shownTab ??= Object.getOwnPropertyDescriptor(Document.prototype, "hidden");
    if (hidden) Object.defineProperty(Document.prototype, "hidden", { configurable: true, get: () => true });
    else Object.defineProperty(Document.prototype, "hidden", window.shownTab);
    document.dispatchEvent(new Event("visibilitychange"));
  }, hidden);
  await hide(true);
  const hiddenSince = host.reads("/below.json").length;
  // Long enough for three intervals: the page's own timer, not an assertion on time.
  await tab.evaluate(() => new Promise((resolve) => setTimeout(resolve, 3500)));
  assert.equal(host.reads("/below.json").length, hiddenSince, "a hidden tab reads nothing");
  await hide(false);
  await readsOf("/below.json", hiddenSince, 1);
  await tab.close();
});

test("failures double the wait, a stalled answer included, with never two reads on the way; past the allowance the card says how old it is", async () => {
  host.data["/failing.json"] = seed;
  const tab = await open((assets) => livePage(assets, [["card", "/failing.json", 'data-refresh="1s" data-stale-after="2s"']]));
  const warnings = [];
  tab.on("console", (message) => message.type() === "warning" && warnings.push(message.text()));
  // Each read's time on the page's clock.
  await tab.evaluate(() => {
    window.reads = [];
    const fetch = window.fetch;
    window.fetch = (...args) => {
      window.reads.push(performance.now());
      return fetch.apply(window, args);
    };
  });
  const since = host.reads("/failing.json").length;
  host.mostOpen["/failing.json"] = 0;
  host.data["/failing.json"] = 500;
  await readsOf("/failing.json", since, 2);
  // The third read stalls: the card's own time limit (10 s) ends it, a failure like the others.
  host.stall.add("/failing.json");
  await readsOf("/failing.json", since, 3);
  const times = await tab.evaluate(() => window.reads);
  const waits = times.slice(1).map((time, index) => time - times[index]);
  // After one failure the next read waits 2 s, after two 4 s (timers never fire early).
  assert.ok(waits[0] >= 1900 && waits[1] >= 3900, `waits between reads: ${waits.map(Math.round)} ms`);
  await tab.waitForFunction(() => document.getElementById("card").shadowRoot.querySelector(".live-stale"));
  assert.match(await shadowText(tab, "card", ".live-stale"), /^Updated 1 minute ago; newer figures could not be loaded\.$/);
  assert.match(await visibleText(tab, "#card"), /192 service members/, "the figures it had stay");
  assert.ok(warnings.some((text) => text.includes("HTTP 500")), warnings.join("\n"));
  host.stall.delete("/failing.json");
  host.data["/failing.json"] = seed;
  await tab.waitForFunction(() => !document.getElementById("card").shadowRoot.querySelector(".live-stale"), null, { timeout: 60_000 });
  assert.equal(host.mostOpen["/failing.json"], 1, "never two reads on the way");
  await tab.close();
});

test("twenty live cards whose file is unchanged redraw nothing", async () => {
  host.data["/twenty.json"] = seed;
  const cards = Array.from({ length: 20 }, (_, index) => [`c${index}`, "/twenty.json"]);
  const tab = await open((assets) => livePage(assets, cards), { viewport: { width: 1000, height: 20000 } });
  await tab.evaluate(() => {
    window.cardChanges = 0;
    for (const card of document.querySelectorAll("claims-card")) {
      new MutationObserver((records) => (window.cardChanges += records.length))
        .observe(card.shadowRoot, { childList: true, subtree: true, characterData: true, attributes: true });
    }
  });
  const since = host.reads("/twenty.json").length;
  await readsOf("/twenty.json", since, 40);
  assert.equal(await tab.evaluate(() => window.cardChanges), 0);
  await tab.close();
});

test("a refresh the page wrote wrong is refused by name, and the card shows its data, read once", async () => {
  host.data["/wrong.json"] = seed;
  const errors = [];
  const tab = await env.browser.newPage();
  tab.on("console", (message) => message.type() === "error" && errors.push(message.text()));
  host.pages["/wrong.html"] = page({
    body: `<claims-card id="card" src="/wrong.json" data-refresh="5"></claims-card>
<script type="module" src="${env.site.assets.origin}/embed.js"></script>`,
  });
  await tab.goto(`${origin}/wrong.html`);
  await tab.waitForFunction(() => document.getElementById("card").dataset.state === "ready");
  assert.deepEqual(errors, ['claims-card: <claims-card id="card">: data-refresh: "5" is not a duration: write a whole number and s, m or h (5m, 90s, 1h); the card reads its data once']);
  assert.equal(await shadowText(tab, "card", ".live"), null, "no live line on a card that does not refresh");
  await tab.close();
});
