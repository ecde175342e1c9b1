// Screenshots of the built demo page (dist/) at phone and desktop widths, light and dark, and of
// cards the wasm draws (client-only, in English and Armenian), into test-output/screenshots/.
// Run after `trunk build --release`: node scripts/screenshots.mjs
import { mkdirSync, readFileSync } from "node:fs";
import { launch, cardsSettled } from "../tests/browser/browser.mjs";
import { serve } from "../tests/browser/server.mjs";

const out = "test-output/screenshots";
mkdirSync(out, { recursive: true });
// Client-only cards: no server markup, so what shows is the wasm's own render.
const clientPage = (lang) => `<!doctype html><html lang="${lang}"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"></head>
<body style="margin:16px"><div data-claims-card data-seed></div><script type="module" src="/embed.js"></script></body></html>`;
// The competing-claims example and the seed, client-rendered, in English and Russian.
const dataPage = (file, lang) => `<!doctype html><html lang="${lang}"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"></head>
<body style="margin:8px"><div data-claims-card><script type="application/json">${readFileSync(file, "utf8").replaceAll("</", "<\\/")}</script></div>
<script type="module" src="/embed.js"></script></body></html>`;
const DATA = {
  example: "data/examples/example-competing-claims.json",
  seed: "data/seed.json",
  // Written from real, attributed reports of other wars (README, "How to enter what the source said").
  russia: "data/reported/russia-named-dead-2024-12.json",
  karabakh: "data/reported/karabakh-war-2020.json",
  // The seed's own news-feed item, and a fictional dataset with every case the format has.
  feed: "data/news-feed-named-dead.json",
  every: "data/examples/example-every-case.json",
  // Running counts: a real month of daily reports, and a fictional three years of them.
  series: "data/reported/russia-losses-series-2024.json",
  daily: "data/examples/example-daily-series.json",
};
const pages = { "/client-en.html": clientPage("en"), "/client-hy.html": clientPage("hy") };
for (const [name, file] of Object.entries(DATA)) {
  for (const lang of ["en", "ru"]) pages[`/${name}-${lang}.html`] = dataPage(file, lang);
}
const site = await serve({ root: "dist", pages });
const browser = await launch();
try {
  for (const width of [360, 1200]) {
    for (const scheme of ["light", "dark"]) {
      for (const javaScript of [true, false]) {
        const context = await browser.newContext({
          viewport: { width, height: 900 },
          colorScheme: scheme,
          javaScriptEnabled: javaScript,
          deviceScaleFactor: 1,
        });
        const page = await context.newPage();
        await page.goto(`${site.origin}/index.html`);
        if (javaScript) await cardsSettled(page, 1);
        const card = page.locator("claims-card").first();
        const name = `${out}/demo-${width}-${scheme}${javaScript ? "" : "-nojs"}.png`;
        await card.screenshot({ path: name });
        console.log(name);
        if (javaScript) {
          // The interactive state: wounded, breakdown and the first figure's source open.
          await card.getByRole("radio", { name: "Wounded" }).click();
          await card.locator('[data-measure="wounded"] .breakdown > summary').click();
          await card.locator('[data-measure="wounded"] .row .provenance > summary').first().click();
          const open = `${out}/demo-${width}-${scheme}-open.png`;
          await card.screenshot({ path: open });
          console.log(open);
        }
        await context.close();
      }
    }
  }
  for (const [lang, width, scheme] of [["en", 360, "light"], ["en", 1200, "dark"], ["hy", 1024, "light"]]) {
    const context = await browser.newContext({ viewport: { width, height: 900 }, colorScheme: scheme, deviceScaleFactor: 1 });
    const page = await context.newPage();
    await page.goto(`${site.origin}/client-${lang}.html`);
    await cardsSettled(page, 1);
    const name = `${out}/client-${lang}-${width}-${scheme}.png`;
    await page.locator("[data-claims-card]").screenshot({ path: name });
    console.log(name);
    await context.close();
  }
  // Every figure with its claimant: each dataset at 320, 360 and 1200 px, light and dark, English and
  // Russian, every disclosure open, each measure.
  for (const name of Object.keys(DATA)) {
    for (const lang of ["en", "ru"]) {
      for (const width of [320, 360, 1200]) {
        for (const scheme of ["light", "dark"]) {
          const context = await browser.newContext({ viewport: { width, height: 900 }, colorScheme: scheme, deviceScaleFactor: 1 });
          const page = await context.newPage();
          await page.goto(`${site.origin}/${name}-${lang}.html`);
          await cardsSettled(page, 1);
          const measures = await page.evaluate(() => document.querySelector("[data-claims-card]").shadowRoot.querySelectorAll('input[type="radio"]').length);
          for (let index = 0; index < Math.max(measures, 1); index++) {
            const measure = await page.evaluate((index) => {
              const root = document.querySelector("[data-claims-card]").shadowRoot;
              const radio = root.querySelectorAll('input[type="radio"]')[index];
              if (radio) radio.click();
              for (const details of root.querySelectorAll("details")) details.open = true;
              return radio ? radio.dataset.measure : "only";
            }, index);
            const shot = `${out}/${name}-${lang}-${width}-${scheme}-${measure}-open.png`;
            await page.locator("[data-claims-card]").screenshot({ path: shot });
            console.log(shot);
          }
          await context.close();
        }
      }
    }
  }
} finally {
  await browser.close();
  await site.close();
}
