// The card as a screen reader hears it: a kept server card taken over by its app on a reader's first
// press of a footer button keeps the reader where they were (what they opened, their focus, their
// scroll position); without script the footer's buttons are not offered; the copy status is a live
// region the card holds from the start.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { cardsSettled } from "./browser.mjs";
import { browserAndSites, page, renderSnippet, withId } from "./fixtures.mjs";

const seedText = readFileSync(new URL("../../data/seed.json", import.meta.url), "utf8").replaceAll("<", "\\u003c");

// Room above the card, so the page is scrolled when the reader reaches the card's foot.
const cardPage = (card, lang = "en") =>
  page({ body: `<main lang="${lang}" style="max-width:640px;margin:auto"><div style="height:700px"></div><a href="#" id="before">Before the card</a>${card}<p>After</p></main>` });
const env = browserAndSites({
  "/kept.html": (assets) => cardPage(withId(renderSnippet(assets), "a")),
  "/ru.html": (assets) => cardPage(withId(renderSnippet(assets, undefined, "ru"), "a"), "ru"),
  "/client.html": (assets) =>
    cardPage(
      `<claims-card id="a" lang="en"><script type="application/json">${seedText}</script></claims-card>` +
        `<script type="module" src="${assets}/embed.js"></script>`,
    ),
});

const VIEWPORT = { width: 800, height: 800 };

/** What has focus: the page's element, and inside the card its shadow root's. */
const focus = (tab) =>
  tab.evaluate(() => {
    const active = document.querySelector("#a").shadowRoot.activeElement;
    return {
      page: document.activeElement?.id ?? null,
      tag: active?.tagName.toLowerCase() ?? null,
      action: active?.dataset.action ?? null,
      measure: active?.dataset.measure ?? null,
    };
  });

/** The card's `<details>` as indexes among all of them, open ones only; the checked measure; which mount. */
const cardState = (tab) =>
  tab.evaluate(() => {
    const root = document.querySelector("#a").shadowRoot;
    const details = [...root.querySelectorAll(".mount details")];
    return {
      open: details.flatMap((element, index) => (element.open ? [index] : [])),
      measure: root.querySelector("input[name=measure]:checked")?.dataset.measure ?? null,
      server: root.querySelector(".mount").hasAttribute("data-render"),
    };
  });

/** Tabs forward until the card's `action` button has the focus (at most 60 presses). */
async function tabTo(tab, action) {
  for (let presses = 0; presses < 60; presses++) {
    if ((await focus(tab)).action === action) return;
    await tab.keyboard.press("Tab");
  }
  assert.fail(`Tab never reached the ${action} button`);
}

/**
 * On a kept current snippet: with the keyboard, chooses the second measure, opens its second figure's
 * source, then Tabs to `action`'s button. Returns what the card showed and the scroll position.
 */
async function readerInTheCard(tab, action) {
  await cardsSettled(tab, 1);
  await tab.focus("#before");
  await tab.keyboard.press("Tab");
  assert.equal((await focus(tab)).tag, "input", "Tab reaches the measure switch");
  await tab.keyboard.press("ArrowRight");
  await tab.keyboard.press("Tab");
  await tab.keyboard.press("Tab");
  assert.equal((await focus(tab)).tag, "summary", "the second figure's source");
  await tab.keyboard.press("Enter");
  await tabTo(tab, action);
  const before = await cardState(tab);
  assert.ok(before.server, "still the server's markup: no wasm yet");
  assert.equal(before.open.length, 1, JSON.stringify(before));
  assert.ok(before.open[0] > 0, "not the first source: a match by position alone among the first would not do");
  const scrollY = await tab.evaluate(() => window.scrollY);
  assert.ok(scrollY > 100, `the page is scrolled (${scrollY})`);
  return { before, scrollY };
}

/** After the takeover: the app's render, the same details open, the same measure, focus on `action`, no scroll. */
async function assertPlaceKept(tab, action, { before, scrollY }) {
  await tab.locator("#a .mount:not([data-render])").waitFor({ state: "attached" });
  const after = await cardState(tab);
  assert.equal(after.server, false, "the app's render is in the page");
  assert.deepEqual(after.open, before.open, "the source the reader opened is still open");
  assert.equal(after.measure, before.measure, "the measure the reader chose");
  assert.deepEqual(await focus(tab), { page: "a", tag: "button", action, measure: null }, "the focus stays on the button");
  assert.equal(await tab.evaluate(() => window.scrollY), scrollY, "the page did not scroll");
}

test("CSV pressed with the keyboard on a kept card: after the takeover the reader is where they were", async () => {
  const tab = await env.browser.newPage({ viewport: VIEWPORT });
  await tab.goto(env.site.url("/kept.html"));
  const place = await readerInTheCard(tab, "csv");
  const [download] = await Promise.all([tab.waitForEvent("download"), tab.keyboard.press("Enter")]);
  assert.match(download.suggestedFilename(), /\.csv$/);
  await assertPlaceKept(tab, "csv", place);
  // The keyboard goes on from there.
  await tab.keyboard.press("Tab");
  assert.equal((await focus(tab)).action, "json");
  await tab.close();
});

test("Copy embed code pressed with the keyboard on a kept card in Russian: the reader is where they were", async () => {
  const context = await env.browser.newContext({ viewport: VIEWPORT });
  await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: env.site.url("") });
  const tab = await context.newPage();
  await tab.goto(env.site.url("/ru.html"));
  const place = await readerInTheCard(tab, "copy");
  await tab.keyboard.press("Enter");
  await assertPlaceKept(tab, "copy", place);
  const status = tab.locator("#a .actions [role=status]");
  await status.waitFor();
  assert.equal(await status.innerText(), "Код для вставки скопирован.");
  assert.deepEqual(await focus(tab), { page: "a", tag: "button", action: "copy", measure: null }, "the status does not take the focus");
  await context.close();
});

/** The names of the buttons in the page's accessibility tree (the card's shadow content included). */
async function axButtons(context, tab) {
  const cdp = await context.newCDPSession(tab);
  const { nodes } = await cdp.send("Accessibility.getFullAXTree");
  const named = (role) => nodes.filter((node) => !node.ignored && node.role?.value === role).map((node) => node.name?.value ?? "");
  return { buttons: named("button"), radios: named("radio") };
}

test("without script the footer's buttons are not offered: not in the accessibility tree, not reached with Tab", async () => {
  // With script, they are (the same snippet): the check can see them.
  const withScript = await env.browser.newContext({ viewport: VIEWPORT });
  const scripted = await withScript.newPage();
  await scripted.goto(env.site.url("/kept.html"));
  await cardsSettled(scripted, 1);
  const offered = await axButtons(withScript, scripted);
  assert.ok(offered.buttons.includes("Copy embed code"), JSON.stringify(offered));
  assert.ok(offered.buttons.includes("Get the data: CSV"), JSON.stringify(offered));
  await withScript.close();

  const context = await env.browser.newContext({ viewport: VIEWPORT, javaScriptEnabled: false });
  const tab = await context.newPage();
  await tab.goto(env.site.url("/kept.html"));
  assert.equal(await tab.locator("#a .mount[data-render]").count(), 1, "the server's markup is there");
  const { buttons, radios } = await axButtons(context, tab);
  assert.ok(radios.length >= 2, `the card's own controls are in the tree: ${JSON.stringify(radios)}`);
  for (const name of buttons) assert.doesNotMatch(name, /CSV|JSON|Copy embed code/, JSON.stringify(buttons));
  // Tab from before the card to the page's end never lands on a footer button.
  await tab.focus("#before");
  const stops = [];
  for (let presses = 0; presses < 40; presses++) {
    await tab.keyboard.press("Tab");
    const stop = await tab.evaluate(() => {
      const inCard = document.activeElement?.id === "a";
      const active = inCard ? document.querySelector("#a").shadowRoot.activeElement : document.activeElement;
      return active ? `${inCard ? "card " : ""}${active.tagName.toLowerCase()}${active.dataset.action ? `[${active.dataset.action}]` : ""}` : "none";
    });
    stops.push(stop);
    if (!stop.startsWith("card")) break;
  }
  assert.ok(stops.some((stop) => stop.startsWith("card summary")), JSON.stringify(stops));
  assert.ok(stops.every((stop) => !stop.includes("button")), JSON.stringify(stops));
  await context.close();
});

/** The footer's status: how many, its text, and whether it is the element marked earlier. */
const copyStatus = (tab) =>
  tab.evaluate(() => {
    const statuses = [...document.querySelector("#a").shadowRoot.querySelectorAll(".actions [role=status]")];
    return { count: statuses.length, text: statuses[0]?.textContent ?? null, marked: statuses[0]?.marked === true };
  });

test("the copy status is in the card from the start, empty, and says when the code is copied", async () => {
  // The server's markup, before any wasm.
  const kept = await env.browser.newPage({ viewport: VIEWPORT });
  await kept.goto(env.site.url("/kept.html"));
  await cardsSettled(kept, 1);
  assert.equal(await kept.locator("#a .mount[data-render]").count(), 1);
  assert.deepEqual(await copyStatus(kept), { count: 1, text: "", marked: false });
  await kept.close();

  // The app's render, then a copy: the same element speaks.
  const context = await env.browser.newContext({ viewport: VIEWPORT });
  await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: env.site.url("") });
  const tab = await context.newPage();
  await tab.goto(env.site.url("/client.html"));
  await cardsSettled(tab, 1);
  assert.deepEqual(await copyStatus(tab), { count: 1, text: "", marked: false });
  await tab.evaluate(() => {
    document.querySelector("#a").shadowRoot.querySelector(".actions [role=status]").marked = true;
  });
  await tab.locator('#a [data-action="copy"]').click();
  await tab.waitForFunction(() => document.querySelector("#a").shadowRoot.querySelector(".actions [role=status]")?.textContent !== "");
  assert.deepEqual(await copyStatus(tab), { count: 1, text: "Embed code copied.", marked: true });
  await context.close();
});
