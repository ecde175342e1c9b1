// Everything works with the keyboard alone: the measure switch, each figure's source, the breakdown.
import { test } from "node:test";
import assert from "node:assert/strict";
import { cardsSettled, visibleText } from "./browser.mjs";
import { browserAndSites, page, renderSnippet, sites, withId } from "./fixtures.mjs";

const env = browserAndSites({
  "/card.html": (assets) => page({ body: `<a href="#" id="before">Before the card</a>${withId(renderSnippet(assets), "a")}` }),
});

/** What has focus inside the card, as "tag: text". */
const focused = (tab) =>
  tab.evaluate(() => {
    const active = document.querySelector("#a").shadowRoot.activeElement;
    return active ? `${active.tagName.toLowerCase()}: ${(active.value || active.textContent).trim()}` : null;
  });

test("Tab reaches the switch, arrows change the measure, Enter opens a figure's source and the breakdown", async () => {
  const tab = await env.browser.newPage();
  await tab.goto(env.site.url("/card.html"));
  await cardsSettled(tab, 1);
  await tab.focus("#before");
  await tab.keyboard.press("Tab");
  assert.equal(await focused(tab), "input: killed");
  await tab.keyboard.press("ArrowRight");
  assert.equal(await focused(tab), "input: wounded");
  let text = await visibleText(tab, "#a");
  assert.match(text, /about 511 service members/);
  assert.doesNotMatch(text, /Some 511 troops were wounded/, "the source's sentence waits until asked for");

  // Next stop: the first figure's source line.
  await tab.keyboard.press("Tab");
  assert.match(await focused(tab), /^summary: Source of about 511 service members \(Azerbaijan\), according to Azerbaijan's Health Ministry: reported by 27 September 2023, · Azerbaijani Press Agency \(APA\) via Kyiv Independent/);
  await tab.keyboard.press("Enter");
  text = await visibleText(tab, "#a");
  assert.match(text, /“Some 511 troops were wounded during the military operation, and one more civilian was injured, the news agency added\.”/);
  assert.match(text, /Source: Azerbaijani Press Agency \(APA\), state-run, citing Azerbaijan's Health Ministry, 27 September 2023, via Kyiv Independent/);

  // Then the second figure's source, then the breakdown.
  await tab.keyboard.press("Tab");
  await tab.keyboard.press("Tab");
  assert.equal(await focused(tab), "summary: Breakdown");
  await tab.keyboard.press("Space");
  text = await visibleText(tab, "#a");
  assert.match(text, /more than 40 civilians allegedly/);
  assert.match(text, /13 children allegedly/);
  assert.match(text, /1 civilian/);
  await tab.close();
});

test("focus is visible on every control", async () => {
  const tab = await env.browser.newPage();
  await tab.goto(env.site.url("/card.html"));
  await cardsSettled(tab, 1);
  await tab.focus("#before");
  await tab.keyboard.press("Tab");
  const outline = await tab.evaluate(() => {
    const input = document.querySelector("#a").shadowRoot.activeElement;
    const style = getComputedStyle(input.nextElementSibling);
    return `${style.outlineStyle} ${style.outlineWidth}`;
  });
  assert.equal(outline, "solid 3px");
  await tab.keyboard.press("Tab");
  const summaryOutline = await tab.evaluate(() => {
    const style = getComputedStyle(document.querySelector("#a").shadowRoot.activeElement);
    return `${style.outlineStyle} ${style.outlineWidth}`;
  });
  assert.equal(summaryOutline, "solid 3px");
  await tab.close();
});
