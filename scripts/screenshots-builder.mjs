// Screenshots of the workbench (dist/builder.html) at 1280 and 390 px, light and dark: with the seed
// loaded; a blank card (its one structural problem: no number yet); and a blank card with a number, so
// the validator lists every empty field at its place; into test-output/screenshots-builder/.
// Run after the workbench is built into dist/: node scripts/screenshots-builder.mjs
import { mkdirSync } from "node:fs";
import { launch } from "../tests/browser/browser.mjs";
import { serve } from "../tests/browser/server.mjs";

const out = "test-output/screenshots-builder";
mkdirSync(out, { recursive: true });
const site = await serve({ root: "dist" });
const browser = await launch();
const previewTitle = () => document.querySelector(".card-host[data-preview]")?.shadowRoot?.querySelector(".title")?.textContent;
try {
  for (const width of [1280, 390]) {
    for (const scheme of ["light", "dark"]) {
      for (const state of ["seed", "blank", "problems"]) {
        const context = await browser.newContext({ viewport: { width, height: 900 }, colorScheme: scheme, deviceScaleFactor: 1 });
        const page = await context.newPage();
        await page.goto(`${site.origin}/builder.html`);
        await page.locator(".workbench").waitFor();
        if (state === "seed") {
          await page.setInputFiles("#import-file", "data/seed.json");
          await page.waitForFunction(previewTitle);
        } else {
          await page.locator(".problems button.go").first().waitFor();
          if (state === "problems") {
            await page.locator("#f-claims-0-figure-value").fill("120");
            await page.locator("#f-title-problem").waitFor();
          }
        }
        await page.evaluate(() => scrollTo(0, 0));
        const name = `${out}/builder-${width}-${scheme}-${state}.png`;
        await page.screenshot({ path: name });
        console.log(name);
        // The whole page, for everything below the fold.
        const full = `${out}/builder-${width}-${scheme}-${state}-full.png`;
        await page.screenshot({ path: full, fullPage: true });
        console.log(full);
        // What a phone can do: the problems, the preview and the code to publish, above the form.
        if (width < 1024) {
          const side = `${out}/builder-${width}-${scheme}-${state}-side.png`;
          await page.locator(".side").screenshot({ path: side });
          console.log(side);
        }
        // The preview switched to the other colours and to phone width, in Russian.
        if (state === "seed" && width >= 1024) {
          await page.locator(`label[for="view-scheme-${scheme === "light"}"]`).click();
          await page.locator('label[for="view-width-true"]').click();
          await page.locator("#view-language").selectOption("ru");
          await page.waitForFunction(() => document.querySelector(".card-host[data-preview]").shadowRoot.querySelector(".card")?.lang === "ru");
          // The side column is a sticky scroll box of the window's height: unfold it for the picture.
          await page.evaluate(() => Object.assign(document.querySelector(".side").style, { maxHeight: "none", position: "static" }));
          const preview = `${out}/builder-${width}-${scheme}-preview-${scheme === "light" ? "dark" : "light"}-phone-ru.png`;
          await page.locator(".preview").screenshot({ path: preview });
          console.log(preview);
        }
        await context.close();
      }
    }
  }
} finally {
  await browser.close();
  await site.close();
}
