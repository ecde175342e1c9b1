// Screenshots of the built demo page (dist/) at phone and desktop widths, light and dark, into
// test-output/screenshots/. Run after `trunk build --release`: node scripts/screenshots.mjs
import { mkdirSync } from "node:fs";
import { launch, cardsSettled } from "../tests/browser/browser.mjs";
import { serve } from "../tests/browser/server.mjs";

const out = "test-output/screenshots";
mkdirSync(out, { recursive: true });
const site = await serve({ root: "dist" });
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
} finally {
  await browser.close();
  await site.close();
}
