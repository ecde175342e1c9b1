// The server-rendered snippet: complete without JavaScript, and taken over by the wasm without a shift.
import { test } from "node:test";
import assert from "node:assert/strict";
import { cardsSettled, visibleText } from "./browser.mjs";
import { readFileSync } from "node:fs";
import { browserAndSites, page, renderSnippet, sites, withId } from "./fixtures.mjs";

const seedText = readFileSync(new URL("../../data/seed.json", import.meta.url), "utf8").replaceAll("<", "\\u003c");

const cardPage = (snippet) =>
  page({ body: `<main style="max-width:640px;margin:auto"><p>Before</p>${withId(snippet, "a")}<p>After</p></main>` });
const env = browserAndSites({
  "/card.html": (assets) => cardPage(renderSnippet(assets)),
  // A snippet pasted from an older version of the card: a render key this build does not make.
  "/older.html": (assets) => cardPage(older(renderSnippet(assets))),
  // ... whose markup differs from this release's in one attribute.
  "/older-markup.html": (assets) => cardPage(older(renderSnippet(assets)).replace('<article ', '<article data-older="" ')),
  // ... whose CSS differs from this release's: an outline this release does not draw.
  "/older-css.html": (assets) => cardPage(older(renderSnippet(assets)).replace("</style>", ".card{outline:3px solid red}</style>")),
  // The same card drawn by the browser alone: no snippet, the seed's data inline.
  "/client.html": (assets) =>
    cardPage(
      `<claims-card id="a" lang="en"><script type="application/json">${seedText}</script></claims-card>` +
        `<script type="module" src="${assets}/embed.js"></script>`,
    ),
});

function older(snippet) {
  return snippet.replace(/data-render="[0-9a-f]+"/, 'data-render="00000000"');
}

test("with JavaScript off the card is visible, styled and shows its figures", async () => {
  const context = await env.browser.newContext({ javaScriptEnabled: false });
  const tab = await context.newPage();
  await tab.goto(env.site.url("/card.html"));
  const text = await visibleText(tab, "#a");
  for (const phrase of [
    "Claimed losses in the September 2023 offensive",
    "Azerbaijan",
    "according to Azerbaijan's Health Ministry",
    "192 service members",
    "at least 200 people",
    "according to the authorities of the self-proclaimed Nagorno-Karabakh Republic",
    "reported by 27 September 2023",
    "Figures are claims by each side and have not been independently verified.",
  ]) {
    assert.ok(text.includes(phrase), `no-JS card lacks "${phrase}": ${text}`);
  }
  const box = await tab.locator("#a .card").boundingBox();
  assert.ok(box.height > 400, `card is ${box.height}px tall`);
  const numberSize = await tab.evaluate(
    () => getComputedStyle(document.querySelector("#a").shadowRoot.querySelector(".figure .number")).fontSize,
  );
  assert.equal(numberSize, "36px", "the card's stylesheet applies without script");
  // Radios switch the measure without any script.
  await tab.locator("#a").getByRole("radio", { name: "Wounded" }).click();
  assert.match(await visibleText(tab, "#a"), /about 511 service members/);
  assert.equal(await tab.getAttribute("#a", "data-state"), null, "no script ran");
  await context.close();
});

// Opens `path` with the JS glue held until the card has been measured, then lets it load and measures again.
async function heldCardPage(path, prepare = async () => {}) {
  const tab = await env.browser.newPage({ viewport: { width: 1000, height: 2400 } });
  let release;
  let glueRequests = 0;
  const held = new Promise((resolve) => (release = resolve));
  await tab.route(/claims-card-[0-9a-f]+\.js$/, async (route) => {
    glueRequests++;
    await held;
    await route.continue();
  });
  await tab.addInitScript(() => {
    window.layoutShift = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) window.layoutShift += entry.value;
    }).observe({ type: "layout-shift", buffered: true });
  });
  await tab.goto(env.site.url(path));
  await prepare(tab);
  const measure = () =>
    tab.evaluate(() => {
      const root = document.querySelector("#a").shadowRoot;
      const rects = [...root.querySelectorAll(".card, .switch, .row, .number, .bar, .provenance, .breakdown, .notes, .sources")]
        .map((el) => el.getBoundingClientRect())
        .map((r) => [r.x, r.y, r.width, r.height].map((v) => Math.round(v * 100) / 100).join(","));
      // The DOM as a reader's browser holds it: tags, attributes in sorted order, text, and each
      // radio's live value and checked state. An input's `value` and `checked` attributes are left
      // out: the server writes them as attributes, Yew's browser renderer as properties, and the
      // reader sees the properties. The mount's own render key is left out: only the server's mount
      // carries one.
      const shape = (node) => {
        if (node.nodeType === Node.TEXT_NODE) return node.data;
        const input = node.tagName === "INPUT";
        const attributes = [...node.attributes]
          .filter((a) => a.name !== "data-render" && !(input && (a.name === "checked" || a.name === "value")))
          .map((a) => `${a.name}=${a.value}`)
          .sort();
        const state = input ? [`value:${node.value}`, `checked:${node.checked}`] : [];
        return `<${node.tagName} ${[...attributes, ...state].join(" ")}>${[...node.childNodes].map(shape).join("")}</>`;
      };
      return { rects, html: shape(root.querySelector(".mount")) };
    });
  await tab.evaluate(() => (document.querySelector("#a").shadowRoot.querySelector(".mount").serverRendered = true));
  const before = await measure();
  const stateBefore = await tab.getAttribute("#a", "data-state");
  release();
  await cardsSettled(tab, 1);
  assert.equal(await tab.getAttribute("#a", "data-state"), "ready");
  const after = await measure();
  const kept = await tab.evaluate(() => Boolean(document.querySelector("#a").shadowRoot.querySelector(".mount").serverRendered));
  return { tab, before, after, kept, stateBefore, glueRequests, layoutShift: await tab.evaluate(() => window.layoutShift) };
}

test("a current snippet is kept as it is, ready without the wasm, with the reader's choice", async () => {
  const { tab, before, after, kept, stateBefore, glueRequests, layoutShift } = await heldCardPage("/card.html", async (tab) => {
    // The reader picks a measure at once.
    await tab.locator("#a").getByRole("radio", { name: "Wounded" }).click();
  });
  assert.equal(stateBefore, "ready", "embed.js alone made the card ready");
  assert.equal(glueRequests, 0, "no wasm or glue is downloaded for a complete card");
  assert.ok(kept, "the server markup is still in place: the card was not rendered twice");
  assert.equal(after.html, before.html);
  assert.deepEqual(after.rects, before.rects);
  assert.equal(layoutShift, 0);
  assert.match(await visibleText(tab, "#a"), /about 511 service members/);
  // Still interactive after ready.
  await tab.locator("#a").getByRole("radio", { name: "Killed" }).click();
  assert.match(await visibleText(tab, "#a"), /192 service members/);
  await tab.close();
});

test("a snippet from an older release that this one draws alike is kept as it is: nothing moves", async () => {
  // A render key that this build would not make: a snippet pasted with an older version of the card.
  const { tab, before, after, kept, stateBefore, layoutShift } = await heldCardPage("/older.html");
  assert.equal(stateBefore, "loading", "the older snippet waits for the wasm");
  assert.ok(kept, "the server markup, equal to the client render, stays in place");
  assert.equal(after.html, before.html);
  assert.deepEqual(after.rects, before.rects);
  assert.equal(layoutShift, 0);
  // Still interactive.
  await tab.locator("#a").getByRole("radio", { name: "Wounded" }).click();
  assert.match(await visibleText(tab, "#a"), /about 511 service members/);
  await tab.close();
});

test("a snippet from an older release whose markup differs is replaced by this release's, and nothing moves", async () => {
  const { tab, before, after, kept, layoutShift } = await heldCardPage("/older-markup.html");
  assert.ok(!kept, "the server markup was replaced by the client render");
  assert.match(before.html, /data-older=/);
  assert.equal(after.html, before.html.replace(" data-older=", ""), "the client render is this release's markup");
  assert.deepEqual(after.rects, before.rects);
  assert.equal(layoutShift, 0);
  await tab.close();
});

test("a snippet from an older release gets this release's stylesheet in place of its own", async () => {
  const outline = (tab) =>
    tab.evaluate(() => getComputedStyle(document.querySelector("#a").shadowRoot.querySelector(".card")).outlineStyle);
  const { tab, kept } = await heldCardPage("/older-css.html", async (tab) => {
    assert.equal(await outline(tab), "solid", "before the wasm, the snippet's own (older) CSS applies");
  });
  assert.ok(kept, "the markup is alike: kept");
  const styled = await tab.evaluate(() => {
    const root = document.querySelector("#a").shadowRoot;
    const card = root.querySelector(".card");
    return {
      styles: [...root.querySelectorAll("style")].map((style) => style.textContent.includes("outline:3px solid red")),
      outline: getComputedStyle(card).outlineStyle,
      numberSize: getComputedStyle(root.querySelector(".figure .number")).fontSize,
    };
  });
  assert.deepEqual(styled, { styles: [], outline: "none", numberSize: "36px" });
  await tab.close();
});

test("the browser's render of a card is pixel for pixel the server's, at phone and desktop width, light and dark", async () => {
  // Yew's renderer and the HTML parser build the card's DOM differently (properties, split texts);
  // the reader must not see it.
  for (const [width, colorScheme] of [[360, "light"], [1200, "dark"]]) {
    // The snippet as the HTML parser built it is shot with script on but the loader never arriving:
    // with script off the card's foot is not shown at all (`@media (scripting: none)`).
    const shot = async (path, loader) => {
      const context = await env.browser.newContext({ colorScheme, viewport: { width, height: 2000 } });
      if (!loader) await context.route(/\/embed\.js$/, (route) => route.abort());
      const tab = await context.newPage();
      await tab.goto(env.site.url(path));
      if (loader) await cardsSettled(tab, 1);
      // Bars may grow once on first view: wait for every animation in the card to end.
      await tab.evaluate(() => Promise.all(document.querySelector("#a").shadowRoot.getAnimations().map((a) => a.finished)));
      const png = await tab.locator("#a").screenshot({ animations: "disabled" });
      await context.close();
      return png;
    };
    const server = await shot("/card.html", false);
    const client = await shot("/client.html", true);
    assert.ok(server.equals(client), `at ${width} px ${colorScheme}, the client-rendered card differs from the snippet`);
  }
});
