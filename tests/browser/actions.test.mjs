// The card's foot: "Get the data" (CSV, JSON) and "Copy embed code", made in the reader's browser
// with no request, on a client-rendered card and on a kept current snippet (the wasm arrives on the
// first click, not before).
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { cardsSettled } from "./browser.mjs";
import { browserAndSites, page, renderSnippet, withId } from "./fixtures.mjs";

const seedText = readFileSync(new URL("../../data/seed.json", import.meta.url), "utf8").replaceAll("<", "\\u003c");
const claimCount = JSON.parse(seedText).claims.length;

const cardPage = (card) => page({ body: `<main style="max-width:640px;margin:auto"><p><a href="#">Before</a></p>${card}<p>After</p></main>` });
const env = browserAndSites({
  "/client.html": (assets) =>
    cardPage(
      `<claims-card id="a" lang="en"><script type="application/json">${seedText}</script></claims-card>` +
        `<script type="module" src="${assets}/embed.js"></script>`,
    ),
  "/kept.html": (assets) => cardPage(withId(renderSnippet(assets), "a")),
  "/ru.html": (assets) => cardPage(withId(renderSnippet(assets, undefined, "ru"), "a")),
  // A snippet from an older release that this one draws alike: the wasm keeps its markup, and its app.
  "/older.html": (assets) => cardPage(withId(renderSnippet(assets), "a").replace(/data-render="[0-9a-f]+"/, 'data-render="00000000"')),
});

const isCode = (url) => /claims-card-[0-9a-f]+(_bg\.wasm|\.js)$/.test(url);

/** A tab on `path` whose network requests (http only) are counted from the start. */
async function open(path, { context, settle = true } = {}) {
  const tab = await (context ?? env.browser).newPage({ viewport: { width: 800, height: 1600 } });
  const requests = [];
  tab.on("request", (request) => {
    if (request.url().startsWith("http")) requests.push(request.url());
  });
  await tab.goto(env.site.url(path));
  if (settle) await cardsSettled(tab, 1);
  return { tab, requests };
}

const button = (tab, action) => tab.locator(`#a [data-action="${action}"]`);

async function downloaded(tab, click) {
  const [download] = await Promise.all([tab.waitForEvent("download"), click()]);
  return { name: download.suggestedFilename(), text: readFileSync(await download.path(), "utf8") };
}

function assertSeedCsv(text) {
  assert.ok(text.startsWith("\ufeffparty,claimant,measure,group,bound,method,value,low,high,as_of,"), text.slice(0, 80));
  const lines = text.split("\r\n");
  assert.equal(lines.pop(), "", "the last line ends with CRLF");
  assert.equal(lines.length, 1 + claimCount, "a header and one row per claim");
  // The seed's sources do not say how their figures were counted: the method is left blank.
  assert.match(text, /Azerbaijan's Health Ministry,killed,service_members,exact,,192,,,2023-09-27,reported_by,/);
}

test("CSV and JSON are made in the browser, with no request", async () => {
  const { tab, requests } = await open("/client.html");
  const before = requests.length;
  const csv = await downloaded(tab, () => button(tab, "csv").click());
  assert.match(csv.name, /\.csv$/);
  assertSeedCsv(csv.text);
  const json = await downloaded(tab, () => button(tab, "json").click());
  assert.match(json.name, /\.json$/);
  assert.equal(json.name.replace(/\.json$/, ""), csv.name.replace(/\.csv$/, ""), "both named by the dataset's id");
  assert.equal(json.name.replace(/\.json$/, ""), JSON.parse(seedText).id);
  assert.equal(json.text, seedText.trim(), "the JSON is the dataset as published, byte for byte");
  assert.deepEqual(requests.slice(before), [], "no network request");
  await tab.close();
});

test("Copy embed code puts the card's embed code on the clipboard", async () => {
  const context = await env.browser.newContext();
  await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: env.site.url("") });
  const { tab } = await open("/client.html", { context });
  await button(tab, "copy").click();
  await tab.locator("#a .actions [role=status]").waitFor();
  assert.equal(await tab.locator("#a .actions [role=status]").innerText(), "Embed code copied.");
  const code = await tab.evaluate(() => navigator.clipboard.readText());
  assert.ok(code.startsWith('<claims-card lang="en"><script type="application/json"><!--{'), code.slice(0, 90));
  assert.ok(code.endsWith(`--></script></claims-card>\n<script type="module" src="${env.site.assets.origin}/embed.js"></script>\n`), code.slice(-200));
  const data = code.slice(code.indexOf("<!--") + 4, code.indexOf("--></script>"));
  assert.deepEqual(JSON.parse(data), JSON.parse(seedText));
  // The code works: pasted into a page, it shows the same card.
  await tab.evaluate((code) => {
    const box = document.createElement("div");
    box.innerHTML = code.split("\n")[0].replace('<claims-card ', '<claims-card id="b" ');
    document.body.append(box);
  }, code);
  await cardsSettled(tab, 2);
  assert.equal(await tab.getAttribute("#b", "data-state"), "ready");
  await context.close();
});

test("without the Clipboard API, the code is shown selected, with how to copy it", async () => {
  const context = await env.browser.newContext();
  await context.addInitScript(() => {
    delete Navigator.prototype.clipboard;
  });
  const { tab } = await open("/client.html", { context });
  assert.equal(await tab.evaluate(() => navigator.clipboard), undefined);
  await button(tab, "copy").click();
  const field = tab.locator("#a textarea.embed-code");
  await field.waitFor();
  assert.match(await tab.locator("#a .actions [role=status]").innerText(), /Press Ctrl\+C \(⌘C on a Mac\) to copy the embed code/);
  const selected = await tab.evaluate(() => {
    const root = document.querySelector("#a").shadowRoot;
    const field = root.querySelector("textarea");
    return {
      focused: root.activeElement === field,
      readOnly: field.readOnly,
      whole: field.selectionStart === 0 && field.selectionEnd === field.value.length,
      value: field.value,
    };
  });
  assert.ok(selected.focused && selected.readOnly && selected.whole, JSON.stringify(selected).slice(0, 200));
  assert.ok(selected.value.startsWith('<claims-card lang="en">'));
  assert.match(selected.value, /embed\.js"><\/script>\n$/);
  await context.close();
});

test("the keyboard reaches the buttons, and Enter activates them", async () => {
  const { tab } = await open("/client.html");
  const focusedAction = () =>
    tab.evaluate(() => document.querySelector("#a").shadowRoot.activeElement?.dataset?.action ?? null);
  let action = null;
  for (let presses = 0; presses < 60 && action !== "csv"; presses++) {
    await tab.keyboard.press("Tab");
    action = await focusedAction();
  }
  assert.equal(action, "csv", "Tab reaches the CSV button");
  const outline = await tab.evaluate(() => getComputedStyle(document.querySelector("#a").shadowRoot.activeElement).outlineStyle);
  assert.equal(outline, "solid", "the focused button shows its focus");
  const csv = await downloaded(tab, () => tab.keyboard.press("Enter"));
  assertSeedCsv(csv.text);
  await tab.keyboard.press("Tab");
  assert.equal(await focusedAction(), "json");
  await tab.keyboard.press("Tab");
  assert.equal(await focusedAction(), "copy");
  await tab.close();
});

test("the actions are not printed", async () => {
  const { tab } = await open("/client.html");
  const display = () => tab.evaluate(() => getComputedStyle(document.querySelector("#a").shadowRoot.querySelector(".actions")).display);
  assert.equal(await display(), "flex");
  await tab.emulateMedia({ media: "print" });
  assert.equal(await display(), "none");
  await tab.close();
});

test("a kept current snippet loads no wasm until a reader clicks, then the click works", async () => {
  const { tab, requests } = await open("/kept.html");
  assert.equal(await tab.getAttribute("#a", "data-state"), "ready");
  await tab.waitForTimeout(300);
  assert.deepEqual(requests.filter(isCode), [], "no wasm or glue before a click");
  const before = requests.length;
  const csv = await downloaded(tab, () => button(tab, "csv").click());
  assertSeedCsv(csv.text);
  const after = requests.slice(before);
  assert.equal(after.filter((url) => url.endsWith(".wasm")).length, 1, "the wasm, once, on first use");
  assert.deepEqual(after.filter((url) => !isCode(url)), [], "nothing but the card's code");
  // The card is now a Yew app: the other buttons work at once, with no more downloads.
  const now = requests.length;
  const json = await downloaded(tab, () => button(tab, "json").click());
  assert.deepEqual(JSON.parse(json.text), JSON.parse(seedText));
  const again = await downloaded(tab, () => button(tab, "csv").click());
  assertSeedCsv(again.text);
  assert.deepEqual(requests.slice(now), []);
  assert.equal(await tab.getAttribute("#a", "data-state"), "ready");
  await tab.close();
});

test("copy on a kept snippet in Russian: the wasm arrives, then the code is copied", async () => {
  const context = await env.browser.newContext();
  await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: env.site.url("") });
  const { tab, requests } = await open("/ru.html", { context });
  assert.equal(await button(tab, "copy").innerText(), "Скопировать код для вставки");
  assert.deepEqual(requests.filter(isCode), []);
  await button(tab, "copy").click();
  await tab.locator("#a .actions [role=status]").waitFor();
  assert.equal(await tab.locator("#a .actions [role=status]").innerText(), "Код для вставки скопирован.");
  const code = await tab.evaluate(() => navigator.clipboard.readText());
  assert.ok(code.startsWith('<claims-card lang="ru">'), code.slice(0, 60));
  await context.close();
});

test("an older snippet whose markup the wasm kept: its buttons work too", async () => {
  const { tab } = await open("/older.html");
  const kept = await tab.evaluate(() => !document.querySelector("#a").shadowRoot.querySelector(".mount").hasAttribute("data-render") ? "swapped" : "kept");
  assert.equal(kept, "kept", "the older markup, drawn alike, stays in place");
  const csv = await downloaded(tab, () => button(tab, "csv").click());
  assertSeedCsv(csv.text);
  await tab.locator("#a .mount:not([data-render])").waitFor({ state: "attached" });
  const json = await downloaded(tab, () => button(tab, "json").click());
  assert.deepEqual(JSON.parse(json.text), JSON.parse(seedText));
  await tab.close();
});
