// Every embed form, passed through the sanitizers CMSs run on what editors paste, then loaded in
// Chromium: readers get the editor's card, a clear error card, or plain readable text with the
// figures and their claimants; never another dataset's figures, never CSS or JSON as text.
//
// Sanitizers (tests/sanitizers/): WordPress's own kses for an author without unfiltered_html
// (Debian's `wordpress` + `php-cli`), WordPress for an editor or admin (unfiltered: as pasted),
// Drupal's Basic HTML allow-list (sanitize-html), DOMPurify's defaults (rich-text editors) and a
// newsletter/RSS renderer (sanitize-html's defaults, read with no script).
//
// Each result is read twice: as the sanitizer left it, and on a site whose theme includes embed.js
// itself (a WordPress plugin, a Drupal library), as a site that uses the card on every story would.
// The observed outcomes are written to test-output/sanitizers/outcomes.md with screenshots at 360
// and 1200 px; the README's channel table is what this test pins.
import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { execFileSync } from "node:child_process";
import { browserAndSites, page, renderSnippet } from "./fixtures.mjs";
import * as sanitizers from "../sanitizers/sanitizers.mjs";

const repo = fileURLToPath(new URL("../..", import.meta.url));
// The editor's data: invented, and unlike the seed in every figure.
const EDITOR_FILE = "data/examples/example-every-bound.json";
const editorJson = readFileSync(`${repo}/${EDITOR_FILE}`, "utf8");
const editorScriptText = `<!--${JSON.stringify(JSON.parse(editorJson)).replaceAll("<", "\\u003c").replaceAll(">", "\\u003e")}-->`;
const DATA_PATH = "/data/editor.json";

const EDITOR = {
  title: "Example: claimed losses in a fictional border clash",
  figures: ["at least 65 soldiers", "30–50 service members"],
  claimants: ["Northland's Ministry of Defence", "Southland's Interior Ministry"],
};
// What only the compiled-in seed says.
const SEED = ["192 service members", "Claimed losses in the September 2023 offensive", "Health Ministry"];
// CSS or JSON showing as text.
const CODE = ["{", ":host", "display:", '"format_version"', "format_version"];

function plainHtml(args) {
  return execFileSync("cargo", ["run", "--quiet", "--package", "claims-card-cli", "--bin", "claims-card", "--", "render", ...args], {
    cwd: repo,
    encoding: "utf8",
    stdio: ["ignore", "pipe", "inherit"],
  });
}

/** The forms an editor pastes (the README's), each as `claims-card render` prints it or the README shows it. */
function forms(assets) {
  const embed = `<script type="module" src="${assets}/embed.js"></script>`;
  return {
    snippet: renderSnippet(assets, EDITOR_FILE),
    plain: plainHtml(["--format", "plain-html", "--src", DATA_PATH, EDITOR_FILE]) + embed,
    "div data-src": `<div data-claims-card data-src="${DATA_PATH}"></div>\n${embed}`,
    "div + JSON": `<div data-claims-card><script type="application/json">${editorScriptText}</script></div>\n${embed}`,
    "claims-card src": `<claims-card src="${DATA_PATH}"></claims-card>\n${embed}`,
  };
}

const SANITIZERS = {
  "WordPress admin": { run: sanitizers.wordpressAdmin },
  "WordPress author": { run: sanitizers.wordpressAuthor },
  "Drupal Basic HTML": { run: sanitizers.drupalBasicHtml },
  DOMPurify: { run: sanitizers.domPurify },
  "newsletter/RSS": { run: sanitizers.newsletter, noScript: true },
};

// What readers get, per form and sanitizer: [as sanitized, with the site's embed.js]. "card": the
// editor's card; "text": the editor's figures as plain text; "error": an error card naming what
// is missing; "empty": nothing of the card (never anything wrong).
const EXPECTED = {
  snippet: {
    "WordPress admin": ["card", "card"],
    "WordPress author": ["text", "text"],
    "Drupal Basic HTML": ["text", "text"],
    DOMPurify: ["empty", "empty"],
    "newsletter/RSS": ["text"],
  },
  plain: {
    "WordPress admin": ["card", "card"],
    "WordPress author": ["text", "card"],
    "Drupal Basic HTML": ["text", "text"],
    DOMPurify: ["text", "card"],
    "newsletter/RSS": ["text"],
  },
  "div data-src": {
    "WordPress admin": ["card", "card"],
    "WordPress author": ["empty", "card"],
    "Drupal Basic HTML": ["empty", "empty"],
    DOMPurify: ["empty", "card"],
    "newsletter/RSS": ["empty"],
  },
  "div + JSON": {
    "WordPress admin": ["card", "card"],
    "WordPress author": ["empty", "error"],
    "Drupal Basic HTML": ["empty", "empty"],
    DOMPurify: ["empty", "error"],
    "newsletter/RSS": ["empty"],
  },
  "claims-card src": {
    "WordPress admin": ["card", "card"],
    "WordPress author": ["empty", "empty"],
    "Drupal Basic HTML": ["empty", "empty"],
    DOMPurify: ["empty", "empty"],
    "newsletter/RSS": ["empty"],
  },
};

/** The page for one form, sanitizer and variant, and its path. */
const slugOf = (...parts) => parts.join("-").replace(/[^a-z0-9]+/gi, "-").toLowerCase();
let formsMade = null;
const formsFor = (assets) => (formsMade ??= forms(assets));
const VARIANTS = ["as sanitized", "site embed.js"];
const pages = {};
for (const formName of Object.keys(EXPECTED)) {
  for (const [sanitizerName, sanitizer] of Object.entries(SANITIZERS)) {
    for (const variant of sanitizer.noScript ? VARIANTS.slice(0, 1) : VARIANTS) {
      pages[`/${slugOf(formName, sanitizerName, variant)}.html`] = (assets) => {
        const sanitized = sanitizer.run(formsFor(assets)[formName]);
        const site = variant === "site embed.js" ? `\n<script type="module" src="${assets}/embed.js"></script>` : "";
        return page({ body: `<main style="max-width:680px;margin:0 auto;padding:0 8px">${sanitized}${site}</main>` });
      };
    }
  }
}
const env = browserAndSites(pages);

/** Everything a reader sees on the page, shadow roots included, whitespace collapsed. */
function readerText(tab) {
  return tab.evaluate(() => {
    const out = [];
    const walk = (node) => {
      if (node.nodeType === Node.TEXT_NODE) {
        // What a sighted reader sees: text only a screen reader hears (.visually-hidden) is left out.
        if (node.parentElement?.checkVisibility() && !node.parentElement.closest(".visually-hidden, .pause")) out.push(node.data);
        return;
      }
      if (node.nodeType !== Node.ELEMENT_NODE && node.nodeType !== Node.DOCUMENT_FRAGMENT_NODE) return;
      (node.shadowRoot ?? node).childNodes.forEach(walk);
    };
    walk(document.body);
    return out.join(" ").replace(/\s+/g, " ").trim();
  });
}

/** The page's cards, settled: each one's state once it says ready or error (or what it says after 8 s). */
async function settledStates(tab) {
  await tab
    .waitForFunction(
      () =>
        [...document.querySelectorAll("claims-card, [data-claims-card]")].every((card) =>
          ["ready", "error"].includes(card.dataset.state),
        ),
      null,
      { timeout: 8000 },
    )
    .catch(() => {});
  return tab.evaluate(() => [...document.querySelectorAll("claims-card, [data-claims-card]")].map((card) => card.dataset.state ?? null));
}

function outcome(text, states) {
  const editorFigures = [EDITOR.title, ...EDITOR.figures, ...EDITOR.claimants].every((phrase) => text.includes(phrase));
  if (states.includes("ready") && editorFigures) return "card";
  if (states.includes("error") && /could not be shown/.test(text)) return "error";
  if (editorFigures) return "text";
  return "empty";
}

const observed = [];
const shots = `${repo}/test-output/sanitizers`;

for (const formName of Object.keys(EXPECTED)) {
  test(`the ${formName} form, through every sanitizer: the editor's card, an error card or plain text; never the seed, CSS or JSON`, async () => {
    mkdirSync(shots, { recursive: true });
    for (const [sanitizerName, sanitizer] of Object.entries(SANITIZERS)) {
      for (const [index, variant] of (sanitizer.noScript ? VARIANTS.slice(0, 1) : VARIANTS).entries()) {
        const slug = slugOf(formName, sanitizerName, variant);
        const path = `/${slug}.html`;
        const context = await env.browser.newContext({ javaScriptEnabled: !sanitizer.noScript, viewport: { width: 1200, height: 900 } });
        const tab = await context.newPage();
        const errors = [];
        tab.on("pageerror", (error) => errors.push(String(error)));
        await tab.route(`**${DATA_PATH}`, (route) =>
          route.fulfill({ status: 200, contentType: "application/json", headers: { "access-control-allow-origin": "*" }, body: editorJson }),
        );
        await tab.goto(env.site.url(path));
        const states = sanitizer.noScript ? [] : await settledStates(tab);
        const text = await readerText(tab);
        const got = outcome(text, states);
        observed.push({ form: formName, sanitizer: sanitizerName, variant, outcome: got, states: states.join(",") });
        const where = `${formName} × ${sanitizerName} (${variant})`;
        for (const phrase of SEED) assert.ok(!text.includes(phrase), `${where}: the seed's "${phrase}" shows:\n${text}`);
        for (const code of CODE) assert.ok(!text.includes(code), `${where}: "${code}" shows as text:\n${text.slice(0, 600)}`);
        assert.deepEqual(errors, [], `${where}: page errors`);
        if (got === "error") assert.match(text, /no data: add data-src=/, `${where}: the error names what is missing`);
        for (const width of [360, 1200]) {
          await tab.setViewportSize({ width, height: 900 });
          await tab.screenshot({ path: `${shots}/${slug}-${width}.png`, fullPage: true });
        }
        await context.close();
        assert.equal(got, EXPECTED[formName][sanitizerName][index], `${where}: readers get ${got}:\n${text.slice(0, 400)}`);
      }
    }
  });
}

test("the outcomes are written down", () => {
  const lines = ["| form | sanitizer | as sanitized | with the site's embed.js |", "| --- | --- | --- | --- |"];
  for (const form of Object.keys(EXPECTED)) {
    for (const sanitizer of Object.keys(SANITIZERS)) {
      const [bare, site] = ["as sanitized", "site embed.js"].map(
        (variant) => observed.find((row) => row.form === form && row.sanitizer === sanitizer && row.variant === variant)?.outcome ?? "n/a",
      );
      lines.push(`| ${form} | ${sanitizer} | ${bare} | ${site} |`);
    }
  }
  mkdirSync(shots, { recursive: true });
  writeFileSync(`${shots}/outcomes.md`, `${lines.join("\n")}\n`);
});
