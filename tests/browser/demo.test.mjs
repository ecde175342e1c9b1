// The demo article exactly as `trunk build` writes it: the server-rendered card, loaded through
// embed.js, shows every figure of the seed article with its qualifier, party and attribution.
import { test } from "node:test";
import assert from "node:assert/strict";
import { cardsSettled, visibleText } from "./browser.mjs";
import { browserAndDist } from "./fixtures.mjs";

const env = browserAndDist();

test("the demo page's card shows every figure, attributed, for both measures", async () => {
  const tab = await env.browser.newPage({ viewport: { width: 1200, height: 1000 } });
  await tab.goto(`${env.site.origin}/index.html`);
  await cardsSettled(tab, 1);
  const card = tab.locator("claims-card");
  assert.equal(await card.getAttribute("data-state"), "ready");

  const expectKilled = [
    "Azerbaijan according to Azerbaijan's Health Ministry 192 service members",
    "Nagorno-Karabakh according to the authorities of the self-proclaimed Nagorno-Karabakh Republic at least 200 people",
    "180 soldiers",
    "12 Interior Ministry service members",
    "1 civilian",
    "10 civilians allegedly",
    "5 children allegedly",
    "The source does not say whether the children are among the civilians.",
  ];
  await card.getByText("Breakdown").first().click();
  await card.locator('[data-measure="killed"] .breakdown .provenance summary').last().click();
  let text = await visibleText(tab, "claims-card");
  for (const phrase of expectKilled) assert.ok(text.includes(phrase), `killed view lacks "${phrase}":\n${text}`);

  await card.getByRole("radio", { name: "Wounded" }).click();
  await card.locator('[data-measure="wounded"] .breakdown summary').first().click();
  text = await visibleText(tab, "claims-card");
  for (const phrase of [
    "about 511 service members",
    "at least 400 people",
    "1 civilian",
    "more than 40 civilians allegedly",
    "13 children allegedly",
  ]) {
    assert.ok(text.includes(phrase), `wounded view lacks "${phrase}":\n${text}`);
  }
  for (const phrase of [
    "19 September 2023 Azerbaijan launched an offensive",
    "20 September 2023 A ceasefire agreement was signed",
    "26 September 2023 Over 28,000 ethnic Armenians have reportedly left the region for Armenia, according to Yerevan.",
    "Figures are claims by each side and have not been independently verified.",
    "Kyiv Independent, Martin Fornusek, “Baku claims 192 Azerbaijani troops killed, 511 wounded in Karabakh offensive”, 27 September 2023",
  ]) {
    assert.ok(text.includes(phrase), `card lacks "${phrase}":\n${text}`);
  }
  // No invented links: the seed has no URLs.
  assert.equal(await tab.evaluate(() => document.querySelector("claims-card").shadowRoot.querySelectorAll("a").length), 0);
  await tab.close();
});
