// The corpus in the browser: every bad document of tests/corpus/bad as its own card, beside the
// hostile (valid) documents and a card with no data. Each bad card shows the error card with the same
// errors the native reader lists and says so once in the console; the hostile cards show their
// markup as text; nothing in the data runs.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import { cardsSettled, visibleText } from "./browser.mjs";
import { browserAndSites, page } from "./fixtures.mjs";

const corpus = new URL("../corpus/", import.meta.url);
const read = (folder, name) => readFileSync(new URL(`${folder}/${name}`, corpus), "utf8");
const documents = (folder) =>
  readdirSync(new URL(`${folder}/`, corpus))
    .filter((name) => name.endsWith(".json"))
    .sort();

/** Text as `visibleText` reports it: whitespace collapsed. */
const collapsed = (text) => text.replace(/\s+/g, " ").trim();

const bad = documents("bad").map((name) => {
  const stem = name.slice(0, -".json".length);
  const errors = read("bad", `${stem}.errors`).split("\n").filter((line) => line !== "");
  return { id: `bad-${stem}`, text: read("bad", name), errors, malformed: errors[0].startsWith("not valid JSON") };
});
const hostile = documents("hostile").map((name) => {
  const text = read("hostile", name);
  return { id: `hostile-${name.slice(0, -".json".length)}`, text, title: JSON.parse(text).title };
});

/**
 * A client-rendered card holding `text`. JSON gets every `<` as `\u003c` (which it reads back as `<`),
 * so no string in it can end the script element. Text that is not JSON is kept as it is, for the
 * reader to refuse at the same line and column, except that a `</script` or `<!--` in it could end
 * the element or change how the HTML parser reads it, so their `<` is escaped with a backslash.
 */
function card(id, text, { malformed = false } = {}) {
  const data = malformed
    ? text.replace(/<(\/script|!--)/gi, "<\\$1")
    : text.replaceAll("<", "\\u003c");
  return `<claims-card id="${id}"><script type="application/json">${data}</script></claims-card>`;
}

const env = browserAndSites({
  "/corpus.html": (assets) =>
    page({
      body: [
        ...bad.map((doc) => card(doc.id, doc.text, doc)),
        ...hostile.map((doc) => card(doc.id, doc.text)),
        `<claims-card id="good" data-seed></claims-card>`,
        `<script type="module" src="${assets}/embed.js"></script>`,
      ].join("\n"),
    }),
});

test("the corpus holds enough cases for this page to mean something", () => {
  assert.ok(bad.length >= 8, `${bad.length} bad documents`);
  assert.ok(bad.some((doc) => doc.malformed) && bad.some((doc) => !doc.malformed));
  assert.ok(hostile.length >= 2, `${hostile.length} hostile documents`);
});

test("every bad card is an error card with its errors; hostile and good cards are ready; nothing from the data runs", async () => {
  const tab = await env.browser.newPage();
  const consoleErrors = [];
  const pageErrors = [];
  const dialogs = [];
  tab.on("console", (message) => message.type() === "error" && consoleErrors.push(message.text()));
  tab.on("pageerror", (error) => pageErrors.push(String(error)));
  tab.on("dialog", (dialog) => {
    dialogs.push(dialog.message());
    dialog.dismiss().catch(() => {});
  });
  await tab.addInitScript(() => {
    window.cardEvents = [];
    for (const name of ["claims-card:ready", "claims-card:error"]) {
      document.addEventListener(name, (event) =>
        window.cardEvents.push({ name, id: event.target.id, detail: event.detail ?? null }),
      );
    }
  });
  await tab.goto(env.site.url("/corpus.html"));
  await cardsSettled(tab, bad.length + hostile.length + 1);

  const failures = [];
  const events = await tab.evaluate(() => window.cardEvents);
  for (const doc of bad) {
    const state = await tab.getAttribute(`#${doc.id}`, "data-state");
    const text = await visibleText(tab, `#${doc.id}`);
    const problems = [];
    if (state !== "error") problems.push(`data-state is ${state}`);
    if (!text?.includes("This card could not be shown")) problems.push("no error title");
    if (!text?.includes(collapsed(doc.errors[0]))) problems.push(`the card does not show ${doc.errors[0]}`);
    // The event lists every problem: the browser's reader agrees with the native one line for line.
    const mine = events.filter((event) => event.id === doc.id);
    if (mine.length !== 1 || mine[0].name !== "claims-card:error") {
      problems.push(`events ${JSON.stringify(mine.map((event) => event.name))}`);
    } else {
      try {
        assert.deepEqual(mine[0].detail, doc.errors);
      } catch {
        problems.push(`the error event lists ${JSON.stringify(mine[0].detail)}, not ${JSON.stringify(doc.errors)}`);
      }
    }
    // One console message per card, naming it and its first problem (with its path).
    const messages = consoleErrors.filter((message) => message.includes(`id="${doc.id}"`));
    if (messages.length !== 1) problems.push(`${messages.length} console errors`);
    else if (!messages[0].includes(doc.errors[0])) problems.push(`the console error does not name ${doc.errors[0]}`);
    if (problems.length) failures.push(`${doc.id}: ${problems.join("; ")}\n  card text: ${text}`);
  }
  assert.equal(failures.length, 0, `${failures.length} of ${bad.length} bad cards differ:\n${failures.join("\n")}`);
  const cardConsoleErrors = consoleErrors.filter((message) => message.startsWith("claims-card:"));
  assert.equal(cardConsoleErrors.length, bad.length, cardConsoleErrors.join("\n"));

  for (const doc of hostile) {
    assert.equal(await tab.getAttribute(`#${doc.id}`, "data-state"), "ready", doc.id);
    const text = await visibleText(tab, `#${doc.id}`);
    assert.ok(text.includes(collapsed(doc.title)), `${doc.id}: the title is not shown as text:\n${text}`);
  }
  assert.equal(await tab.getAttribute("#good", "data-state"), "ready");
  assert.match(await visibleText(tab, "#good"), /192 service members/);

  // Nothing from the data ran, and no element from it exists: the card's own SVG bars are the only
  // graphics, no element has an event handler attribute, and no link leaves http(s).
  assert.equal(await tab.evaluate(() => window.ranFromData), undefined);
  assert.deepEqual(dialogs, []);
  const smuggled = await tab.evaluate(() => {
    const found = [];
    for (const host of document.querySelectorAll("claims-card")) {
      const root = host.shadowRoot;
      if (!root) {
        found.push(`${host.id}: no shadow root`);
        continue;
      }
      for (const element of root.querySelectorAll("*")) {
        const name = element.localName;
        if (["script", "img", "iframe", "object", "embed", "image"].includes(name)) found.push(`${host.id}: <${name}>`);
        if (name === "svg" && !element.classList.contains("bar")) found.push(`${host.id}: <svg class="${element.getAttribute("class")}">`);
        for (const attribute of element.attributes) {
          if (attribute.name.startsWith("on")) found.push(`${host.id}: <${name} ${attribute.name}>`);
        }
        const href = element.getAttribute("href");
        if (href !== null && !/^https?:\/\//i.test(href.trim())) found.push(`${host.id}: <${name} href="${href}">`);
      }
    }
    const outside = document.querySelectorAll("body img, body svg, body iframe").length;
    if (outside) found.push(`${outside} elements outside the cards`);
    return found;
  });
  assert.deepEqual(smuggled, []);
  assert.deepEqual(pageErrors, []);
  await tab.close();
});
