// Every reader: each language and colour scheme at phone and desktop widths passes axe-core with no
// violations and leaves a screenshot in test-output/readers/; the colour scheme follows the element,
// then the host page, then the reader, live; any width from 280 px reflows without horizontal
// scrolling and keeps 44 px tap targets; a right-to-left page does not flip the card; print shows
// everything.
import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdirSync, readFileSync } from "node:fs";
import { cardsSettled, visibleText } from "./browser.mjs";
import { browserAndSites, page, renderSnippet, withId } from "./fixtures.mjs";

const LANGUAGES = ["en", "hy", "az", "ru", "uk"];
const AXE = readFileSync(new URL("../../node_modules/axe-core/axe.min.js", import.meta.url), "utf8");
const shots = new URL("../../test-output/readers/", import.meta.url);
mkdirSync(shots, { recursive: true });

const snippets = {};
const snippetIn = (assets, lang) => (snippets[lang] ??= renderSnippet(assets, undefined, lang));
const column = (width, body, head = "") => page({ head, body: `<main style="width:${width}px;margin:0 auto">${body}</main>` });

const pages = {};
for (const lang of LANGUAGES) pages[`/${lang}.html`] = (assets) => column(320, withId(snippetIn(assets, lang), "card"));
pages["/themes.html"] = (assets) =>
  page({ body: `${withId(snippetIn(assets, "en"), "plain")}${withId(snippetIn(assets, "en"), "forced").replace("<claims-card ", '<claims-card theme="light" ')}` });
pages["/rtl.html"] = (assets) =>
  column(400, withId(snippetIn(assets, "en"), "card"), `<style>html { direction: rtl; } body { text-align: right; }</style>`).replace('<html lang="en">', '<html lang="ar" dir="rtl">');
for (const width of [280, 520, 1200]) pages[`/width-${width}.html`] = (assets) => column(width, withId(snippetIn(assets, "en"), "card"));
const env = browserAndSites(pages);

/** Opens every state a reader can reach: wounded, breakdown and every source. */
async function openEverything(tab) {
  const card = tab.locator("#card");
  await card.getByRole("radio", { name: /./ }).last().click();
  await tab.evaluate(() => {
    for (const details of document.querySelector("#card").shadowRoot.querySelectorAll("details")) details.open = true;
  });
}

async function axeViolations(tab) {
  await tab.addScriptTag({ content: AXE });
  return tab.evaluate(async () => {
    const result = await window.axe.run(document.querySelector("claims-card"), { resultTypes: ["violations"] });
    return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
  });
}

for (const lang of LANGUAGES) {
  for (const scheme of ["light", "dark"]) {
    for (const width of [320, 1024]) {
      test(`${lang}, ${scheme}, ${width} px: no axe violations, closed and fully open`, async () => {
        const tab = await env.browser.newPage({ viewport: { width, height: 900 }, colorScheme: scheme });
        await tab.goto(env.site.url(`/${lang}.html`).replace(".html", ".html"));
        await tab.evaluate((w) => (document.querySelector("main").style.width = `${Math.min(w, 1024) - 24}px`), width);
        await cardsSettled(tab, 1);
        assert.equal(await tab.evaluate(() => document.querySelector("#card").shadowRoot.querySelector(".card").lang), lang);
        assert.deepEqual(await axeViolations(tab), [], "closed card");
        await tab.locator("#card").screenshot({ path: new URL(`${lang}-${scheme}-${width}.png`, shots).pathname });
        await openEverything(tab);
        assert.deepEqual(await axeViolations(tab), [], "every part open");
        await tab.locator("#card").screenshot({ path: new URL(`${lang}-${scheme}-${width}-open.png`, shots).pathname });
        await tab.close();
      });
    }
  }
}

const paper = (tab, id) =>
  tab.evaluate((id) => getComputedStyle(document.querySelector(id).shadowRoot.querySelector(".card")).backgroundColor, id);
const LIGHT = "rgb(255, 255, 255)";
const DARK = "rgb(23, 24, 28)";

test("the colour scheme follows the element, then the host page, then the reader, and changes live", async () => {
  const tab = await env.browser.newPage({ colorScheme: "dark" });
  await tab.goto(env.site.url("/themes.html"));
  await cardsSettled(tab, 2);
  assert.equal(await paper(tab, "#plain"), DARK, "the reader prefers dark");
  assert.equal(await paper(tab, "#forced"), LIGHT, "theme=light on the element wins");

  await tab.evaluate(() => (document.documentElement.dataset.theme = "light"));
  await tab.waitForFunction(() => document.querySelector("#plain").dataset.scheme === "light");
  assert.equal(await paper(tab, "#plain"), LIGHT, "the page's data-theme beats the reader's preference");

  await tab.evaluate(() => {
    delete document.documentElement.dataset.theme;
    document.body.classList.add("light");
  });
  await tab.waitForFunction(() => document.querySelector("#plain").dataset.scheme === "light");
  await tab.evaluate(() => document.body.classList.replace("light", "dark"));
  await tab.waitForFunction(() => document.querySelector("#plain").dataset.scheme === "dark");
  assert.equal(await paper(tab, "#plain"), DARK, "class=dark on body");
  assert.equal(await paper(tab, "#forced"), LIGHT, "still the element's own theme");

  await tab.evaluate(() => {
    document.body.classList.remove("dark");
    document.documentElement.style.colorScheme = "light";
  });
  await tab.waitForFunction(() => document.querySelector("#plain").dataset.scheme === "light");
  assert.equal(await paper(tab, "#plain"), LIGHT, "color-scheme: light on the root");

  await tab.evaluate(() => (document.documentElement.style.colorScheme = ""));
  await tab.waitForFunction(() => !document.querySelector("#plain").dataset.scheme);
  await tab.emulateMedia({ colorScheme: "light" });
  assert.equal(await paper(tab, "#plain"), LIGHT, "the reader switched to light");
  await tab.emulateMedia({ colorScheme: "dark" });
  assert.equal(await paper(tab, "#plain"), DARK, "and back to dark");
  await tab.close();
});

/** Every element wider than the card, and every tap target under 44 px, as readable strings. */
const layoutProblems = (tab) =>
  tab.evaluate(() => {
    const root = document.querySelector("#card").shadowRoot;
    const card = root.querySelector(".card").getBoundingClientRect();
    const problems = [];
    for (const el of root.querySelectorAll(".card *")) {
      const box = el.getBoundingClientRect();
      if (box.width && (box.left < card.left - 0.5 || box.right > card.right + 0.5)) {
        problems.push(`${el.className || el.tagName} overflows: ${Math.round(box.left)}–${Math.round(box.right)} in ${Math.round(card.left)}–${Math.round(card.right)}`);
      }
    }
    for (const el of root.querySelectorAll("summary, button, .switch-option span")) {
      const box = el.getBoundingClientRect();
      if (box.height && box.height < 44) problems.push(`${el.textContent.trim().slice(0, 40)}: ${Math.round(box.height)} px tall`);
    }
    if (document.documentElement.scrollWidth > document.documentElement.clientWidth) problems.push("the page scrolls sideways");
    return problems;
  });

for (const width of [280, 520, 1200]) {
  test(`at ${width} px the card reflows with no overflow and 44 px tap targets`, async () => {
    const tab = await env.browser.newPage({ viewport: { width: Math.max(width + 40, 320), height: 900 } });
    await tab.goto(env.site.url(`/width-${width}.html`));
    await cardsSettled(tab, 1);
    await openEverything(tab);
    assert.deepEqual(await layoutProblems(tab), []);
    const sideBySide = await tab.evaluate(() => getComputedStyle(document.querySelector("#card").shadowRoot.querySelector(".row")).display);
    assert.equal(sideBySide === "grid", width >= 520, `rows are ${sideBySide}: label beside figure from 520 px of card width`);
    await tab.close();
  });
}

test("a right-to-left page does not flip the card", async () => {
  const tab = await env.browser.newPage({ viewport: { width: 500, height: 900 } });
  await tab.goto(env.site.url("/rtl.html"));
  await cardsSettled(tab, 1);
  const layout = await tab.evaluate(() => {
    const root = document.querySelector("#card").shadowRoot;
    const card = root.querySelector(".card").getBoundingClientRect();
    const party = root.querySelector(".party").getBoundingClientRect();
    return { direction: getComputedStyle(root.querySelector(".card")).direction, partyAtLeft: party.left - card.left < 40 };
  });
  assert.deepEqual(layout, { direction: "ltr", partyAtLeft: true });
  assert.deepEqual(await layoutProblems(tab), []);
  await tab.close();
});

test("print shows every measure, the breakdown and the sources' words, in black on white", async () => {
  const tab = await env.browser.newPage();
  await tab.goto(env.site.url("/en.html"));
  await cardsSettled(tab, 1);
  await tab.emulateMedia({ media: "print", colorScheme: "dark" });
  const text = await visibleText(tab, "#card");
  for (const phrase of ["Killed", "Wounded", "192 service members", "about 511 service members", "180 soldiers", "13 children allegedly", "Some 511 troops were wounded"]) {
    assert.ok(text.includes(phrase), `print lacks "${phrase}"`);
  }
  assert.equal(await paper(tab, "#card"), LIGHT);
  await tab.close();
});

test("a screen reader gets the facts in order: who claims what, with its qualifier, as of when, from whom", async () => {
  const tab = await env.browser.newPage();
  await tab.goto(env.site.url("/en.html"));
  await cardsSettled(tab, 1);
  const tree = await tab.locator("#card").ariaSnapshot();
  const order = [
    'heading "Claimed losses in the September 2023 offensive"',
    'radio "Killed" [checked]',
    'radio "Wounded"',
    "Azerbaijan",
    "according to Azerbaijan's Health Ministry",
    "192 service members",
    "Source of 192 service members (Azerbaijan), according to Azerbaijan's Health Ministry: reported by 27 September 2023, Kyiv Independent",
    "Nagorno-Karabakh",
    "at least 200 people",
  ];
  let from = 0;
  for (const fact of order) {
    const at = tree.indexOf(fact, from);
    assert.ok(at >= 0, `"${fact}" missing or out of order in:\n${tree}`);
    from = at + fact.length;
  }
  await tab.close();
});
