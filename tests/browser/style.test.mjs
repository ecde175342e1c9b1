// The minified stylesheet (build.rs, Lightning CSS) styles the card exactly as style.css does: on the
// demo page's card, every element's computed style (and its ::before and ::after) is the same with
// the snippet's minified <style> as with style.css itself, narrow and wide (container queries), light
// and dark (prefers-color-scheme), with each measure chosen (:has()).
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { cardsSettled } from "./browser.mjs";
import { browserAndDist } from "./fixtures.mjs";

// style.css, and the rule crates/view/build.rs adds after it for every measure of the format (each
// measure's panel shows when its radio is checked), made here from the measures the card offers.
const sourceFor = (measures) =>
  readFileSync(new URL("../../style.css", import.meta.url), "utf8") +
  `@supports selector(:has(*)) { ${measures
    .map((key) => `.card:has(input[data-measure="${key}"]:checked) .panel[data-measure="${key}"]`)
    .join(", ")} { display: block; } }`;
const env = browserAndDist();

/** Every computed property of every element in the card's shadow root and its ::before and ::after. */
const computedStyles = (tab) =>
  tab.evaluate(() => {
    const root = document.querySelector("claims-card").shadowRoot;
    const styles = [];
    for (const [index, element] of [...root.querySelectorAll("*")].entries()) {
      if (element.localName === "style") continue;
      for (const pseudo of [null, "::before", "::after"]) {
        const style = getComputedStyle(element, pseudo);
        const label = `${index} ${element.localName}.${element.className?.baseVal ?? element.className}${pseudo ?? ""}`;
        // Custom properties compute to their text (`#fff` is not `#ffffff` there); what they do shows in
        // the properties that use them.
        for (const name of style) {
          if (!name.startsWith("--")) styles.push(`${label} ${name}: ${style.getPropertyValue(name)}`);
        }
      }
    }
    return styles;
  });

/** The lines of `a` not in `b`, and of `b` not in `a`, a few of each. */
const differences = (a, b) => {
  const inB = new Set(b);
  const inA = new Set(a);
  return [...a.filter((line) => !inB.has(line)).slice(0, 5), ...b.filter((line) => !inA.has(line)).slice(0, 5)];
};

const withStyle = (tab, css) =>
  tab.evaluate((text) => {
    document.querySelector("claims-card").shadowRoot.querySelector("style").textContent = text;
  }, css);

for (const [width, scheme, measure] of [
  [360, "light", "killed"],
  [1200, "light", "killed"],
  [1200, "dark", "wounded"],
]) {
  test(`minified and source CSS compute the same styles at ${width} px, ${scheme}, ${measure}`, async () => {
    const tab = await env.browser.newPage({ viewport: { width, height: 900 }, colorScheme: scheme });
    await tab.goto(`${env.site.origin}/index.html`);
    await cardsSettled(tab, 1);
    await tab.locator(`claims-card input[value="${measure}"]`).check({ force: true });
    const minifiedCss = await tab.evaluate(
      () => document.querySelector("claims-card").shadowRoot.querySelector("style").textContent,
    );
    const measures = await tab.evaluate(() =>
      [...document.querySelector("claims-card").shadowRoot.querySelectorAll("input[data-measure]")].map((input) => input.dataset.measure),
    );
    const source = sourceFor(measures);
    assert.ok(minifiedCss.length < source.length * 0.75, "the page's card carries the minified CSS");
    const minified = await computedStyles(tab);
    await withStyle(tab, source);
    const original = await computedStyles(tab);
    assert.ok(original.length > 10000, `${original.length} computed values`);
    assert.deepEqual(differences(minified, original), []);
    // The comparison can fail: a stylesheet missing one rule computes differently.
    await withStyle(tab, source.replace(/\.kicker \{[^}]*\}/, ""));
    assert.notDeepEqual(differences(await computedStyles(tab), original), []);
    await tab.close();
  });
}
