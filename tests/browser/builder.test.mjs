// The workbench (builder.html), driven as an editor drives it:
// - a two-party card built from blank, meeting each kind of problem at its field (an empty required
//   text, a missing number, an id nothing declares, dates in the wrong order, an unsafe link), the list
//   moving focus there and the fix clearing it, the preview keeping the last valid card meanwhile;
// - the seed imported with the picker and by drag and drop, a file that is not JSON refused;
// - a figure changed and the preview following; the snippet made in the browser byte-identical to
//   `claims-card render` of the exported file, in English and Russian, and with the data's address in
//   the snippet and the iframe form, and a live card's data-refresh chosen only with that address;
// - the copied snippet pasted into a fresh page showing the same card; export and re-import losing
//   nothing; the work kept across a reload and cleared on request;
// - the preview following the editor's language (all five), a translation, the parties' order, dark
//   and phone width; the seed moved to format version 2;
// - the format's newer fields made with their controls and seen on the preview card: a figure in words
//   (no bar; digits refused at the words), a range's central estimate, a period (a year), a figure
//   covering two parties together; the standing line, a claimant's own label, a party's own missing.
import { test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { cardsSettled } from "./browser.mjs";
import { browserAndSites, page, renderSnippet } from "./fixtures.mjs";
import {
  KEPT,
  SEED,
  SEED_TITLE,
  exportFile,
  figures,
  jsonShown,
  meetProblem,
  openBuilder,
  openClaim,
  previewShows,
  previewTitle,
  problemFixed,
  publishCode,
} from "./builder-helpers.mjs";

const env = browserAndSites({ "/blank.html": page({ body: "<h1>A fresh page</h1>" }) });
const PREVIEW = ".card-host[data-preview]";
const LAST_VALID = "Showing the last valid version while there are problems to fix.";

async function fill(tab, id, value) {
  await tab.locator(`#${id}`).fill(value);
}

test("an editor builds a two-party card from blank, meeting each kind of problem at its field", async () => {
  const { context, tab, pageErrors } = await openBuilder(env);
  // A blank card: problems listed, no card yet.
  await tab.locator(".problems button.go").first().waitFor();
  assert.match(await tab.locator(".preview .preview-note").textContent(), /appears here once its data is complete/);
  assert.equal(await previewTitle(tab), null);

  // Claim 1's number is missing: a structural problem (the file does not read as the format until it
  // has one), so the only one listed at first, and shown at the figure's bound.
  assert.equal(await tab.locator(".problems button.go").count(), 1);
  await meetProblem(tab, "claims[0].figure", "f-claims-0-figure-bound", /value/);
  await fill(tab, "f-claims-0-figure-value", "120");
  await problemFixed(tab, "claims[0].figure", "f-claims-0-figure-bound");

  // Now the validator reads the rest: a required text left empty.
  await meetProblem(tab, "title", "f-title");
  await fill(tab, "f-title", "Losses claimed at the river crossing");
  await problemFixed(tab, "title", "f-title");

  await fill(tab, "f-id", "river-crossing-2024");
  await fill(tab, "f-event-start", "2024-03-02");
  await fill(tab, "f-parties-0-id", "north");
  await fill(tab, "f-parties-0-name", "Northland");
  await fill(tab, "f-parties-1-id", "south");
  await fill(tab, "f-parties-1-name", "Southland");
  // A claimant per party: the blank card has one; the second is added.
  await fill(tab, "f-claimants-0-id", "north-mod");
  await fill(tab, "f-claimants-0-name", "Northland's defence ministry");
  await tab.locator("#f-claimants-0-party").selectOption("party:north");
  await tab.getByRole("button", { name: "Add a claimant" }).click();
  // The new claimant's first field is its name, and its id follows the name until the editor writes one.
  await tab.waitForFunction(() => document.activeElement?.id === "f-claimants-1-name");
  await fill(tab, "f-claimants-1-name", "Southland's defence ministry");
  assert.equal(await tab.locator("#f-claimants-1-id").inputValue(), "southland-s-defence-ministry");
  await fill(tab, "f-claimants-1-id", "south-mod");
  await fill(tab, "f-claimants-1-name", "Southland's defence ministry (MoD)");
  assert.equal(await tab.locator("#f-claimants-1-id").inputValue(), "south-mod", "an id the editor wrote stays");
  await tab.locator("#f-claimants-1-party").selectOption("party:south");
  await fill(tab, "f-sources-0-id", "wire");
  await fill(tab, "f-sources-0-outlet", "Wire Agency");

  // Claim 1.
  await fill(tab, "f-claims-0-id", "north-killed");
  await tab.locator("#f-claims-0-party").selectOption("north");
  await tab.locator("#f-claims-0-claimant").selectOption("north-mod");
  await fill(tab, "f-claims-0-as_of-refers_to", "2024-03-02");
  await tab.locator("#f-claims-0-source").selectOption("wire");
  await fill(tab, "f-claims-0-quote", "Northland lost 120 soldiers, the ministry said.");

  // Claim 2, added from the form.
  await tab.getByRole("button", { name: "Add a claim", exact: true }).click();
  await tab.waitForFunction(() => document.activeElement?.id === "f-claims-1-id");
  await fill(tab, "f-claims-1-id", "south-killed");
  await tab.locator("#f-claims-1-party").selectOption("south");
  await tab.locator("#f-claims-1-claimant").selectOption("south-mod");
  await fill(tab, "f-claims-1-figure-value", "80");
  await fill(tab, "f-claims-1-as_of-refers_to", "2024-03-02");
  await tab.locator("#f-claims-1-source").selectOption("wire");
  await fill(tab, "f-claims-1-quote", "Southland lost 80 soldiers, the ministry said.");

  // Valid: the card appears.
  await tab.locator(".problems.clean").waitFor();
  await previewShows(tab, "Losses claimed at the river crossing");
  const shown = await figures(tab, PREVIEW);
  assert.ok(shown.includes("120") && shown.includes("80"), `preview figures ${shown}`);
  assert.equal(await tab.locator(".preview .preview-note").count(), 0, "no note while the card is current");

  // A reference to an id nothing declares: the source renamed under its claims.
  await fill(tab, "f-sources-0-id", "wire-agency");
  await meetProblem(tab, "claims[0].source", "f-claims-0-source", /wire/);
  // Meanwhile the preview keeps the last valid card, and says so.
  assert.equal(await tab.locator(".preview .preview-note").textContent(), LAST_VALID);
  assert.equal(await previewTitle(tab), "Losses claimed at the river crossing");
  await tab.locator("#f-claims-0-source").selectOption("wire-agency");
  await problemFixed(tab, "claims[0].source", "f-claims-0-source");
  await tab.locator("#f-claims-1-source").selectOption("wire-agency");
  await problemFixed(tab, "claims[1].source", "f-claims-1-source");

  // Dates in the wrong order: the event ends before it began.
  await fill(tab, "f-event-end", "2024-03-01");
  await meetProblem(tab, "event.end", "f-event-end");
  await fill(tab, "f-event-end", "2024-03-03");
  await problemFixed(tab, "event.end", "f-event-end");

  // An unsafe link.
  await fill(tab, "f-sources-0-url", "javascript:alert(1)");
  await meetProblem(tab, "sources[0].url", "f-sources-0-url");
  await fill(tab, "f-sources-0-url", "https://wire.example/river");
  await problemFixed(tab, "sources[0].url", "f-sources-0-url");

  await tab.locator(".problems.clean").waitFor();
  assert.equal(await tab.locator(".preview .preview-note").count(), 0);
  // The finished card publishes as the native renderer would.
  const base = `${env.site.assets.origin}/`;
  const code = await publishCode(tab, { lang: "en", base });
  const file = await exportFile(tab);
  assert.equal(file.suggested, "river-crossing-2024.json");
  assert.equal(code, renderSnippet(env.site.assets.origin, file.path, "en"));
  assert.deepEqual(pageErrors, []);
  await context.close();
});

test("the seed imported with the file picker and by drag and drop; a file that is not JSON is refused", async () => {
  const { context, tab, pageErrors } = await openBuilder(env);
  await tab.setInputFiles("#import-file", SEED);
  await previewShows(tab, SEED_TITLE);
  assert.match(await tab.locator(".files .status").textContent(), /Imported seed\.json/);
  const imported = await jsonShown(tab);

  await tab.getByRole("button", { name: "New blank card" }).click();
  await tab.waitForFunction(() => document.querySelector("#f-title")?.value === "");
  const dataTransfer = await tab.evaluateHandle((text) => {
    const transfer = new DataTransfer();
    transfer.items.add(new File([text], "dropped-seed.json", { type: "application/json" }));
    return transfer;
  }, readFileSync(SEED, "utf8"));
  await tab.dispatchEvent("section.files", "dragover", { dataTransfer });
  await tab.dispatchEvent("section.files", "drop", { dataTransfer });
  await tab.locator(".files .status", { hasText: "Imported dropped-seed.json" }).waitFor();
  await previewShows(tab, SEED_TITLE);
  assert.equal(await jsonShown(tab), imported, "dropped and picked give the same card");

  await tab.setInputFiles("#import-file", { name: "notes.txt", mimeType: "text/plain", buffer: Buffer.from("Not a dataset, just notes.\n") });
  await tab.locator(".files .status", { hasText: "Could not import notes.txt" }).waitFor();
  assert.match(await tab.locator(".files .status").textContent(), /not JSON.*Your card is unchanged/);
  assert.equal(await jsonShown(tab), imported, "the card is unchanged");
  assert.equal(await previewTitle(tab), SEED_TITLE);
  assert.deepEqual(pageErrors, []);
  await context.close();
});

/** `claims-card render ARGS…`, as an editor runs it. */
function render(...args) {
  const repo = fileURLToPath(new URL("../..", import.meta.url));
  return execFileSync("cargo", ["run", "--quiet", "--package", "claims-card-cli", "--bin", "claims-card", "--", "render", ...args], { cwd: repo, encoding: "utf8" });
}

/** The publish code once it is no longer `before` and includes `marker`. */
async function codeWith(tab, marker) {
  await tab.waitForFunction((marker) => document.querySelector("#publish-code").value.includes(marker), marker);
  return tab.locator("#publish-code").inputValue();
}

test("with the data's address, the snippet and the iframe form are byte-identical to claims-card render --src", async () => {
  const { context, tab, pageErrors } = await openBuilder(env);
  await tab.setInputFiles("#import-file", SEED);
  await previewShows(tab, SEED_TITLE);
  const base = `${env.site.assets.origin}/`;
  const src = "https://data.example.org/cards/karabakh.json";
  const file = await exportFile(tab);
  await publishCode(tab, { lang: "en", base });
  await tab.locator("#publish-src").fill(src);
  const snippet = await codeWith(tab, ` src="${src}"`);
  assert.equal(snippet, render(file.path, "--asset-base", base, "--src", src));
  await tab.locator("#publish-iframe").check();
  const iframe = await codeWith(tab, "<iframe");
  assert.equal(iframe, render(file.path, "--format", "iframe", "--asset-base", base, "--src", src, "--lang", "en"));
  // The data is on another origin than the asset host: the frame will refuse it, and the editor is told.
  await tab.locator("#publish-notice", { hasText: "frames of this release show data only from the asset host" }).waitFor();
  // AMP needs an https frame: the test's asset origin is http, so the form says so and offers no code.
  await tab.locator("#publish-amp").check();
  await tab.locator("#publish-problem", { hasText: "https" }).waitFor();
  assert.equal(await tab.locator("#publish-code").inputValue(), "");
  assert.ok(await tab.locator("#publish-copy").isDisabled());
  // An unsafe address is refused at its field.
  await tab.locator("#publish-snippet").check();
  await tab.locator("#publish-src").fill("javascript:alert(1)//");
  await tab.locator("#publish-src-problem").waitFor();
  assert.equal(await tab.locator("#publish-src").getAttribute("aria-invalid"), "true");
  assert.ok(await tab.locator("#publish-copy").isDisabled());
  // A base the browser would load from another host (read by the URL standard, as the command does)
  // is refused at its field, never taken for a path on the site.
  await tab.locator("#publish-src").fill("");
  await tab.locator("#publish-base").fill("/\\evil.example/");
  await tab.locator("#publish-base-problem", { hasText: 'is not a path on this site: browsers read "/\\evil.example/" as an address on the host "evil.example"' }).waitFor();
  assert.equal(await tab.locator("#publish-base").getAttribute("aria-invalid"), "true");
  assert.ok(await tab.locator("#publish-copy").isDisabled());
  assert.deepEqual(pageErrors, []);
  await context.close();
});

test("a live card: choosing how often to re-read the data puts data-refresh in the snippet, only with the data's address", async () => {
  const { context, tab, pageErrors } = await openBuilder(env);
  await tab.setInputFiles("#import-file", SEED);
  await previewShows(tab, SEED_TITLE);
  const base = `${env.site.assets.origin}/`;
  const src = "https://data.example.org/cards/karabakh.json";
  const file = await exportFile(tab);
  await publishCode(tab, { lang: "en", base });
  // No address, nothing to re-read: the control is off and says why.
  assert.ok(await tab.locator("#publish-refresh").isDisabled());
  assert.equal(await tab.locator("#publish-refresh").getAttribute("aria-describedby"), "publish-refresh-hint");
  assert.match(await tab.locator("#publish-refresh-hint").textContent(), /Give the data's address first/);
  await tab.locator("#publish-src").fill(src);
  await tab.locator("#publish-refresh").selectOption({ label: "Every 5 minutes" });
  const snippet = await codeWith(tab, ' data-refresh="5m"');
  assert.ok(snippet.startsWith(`<claims-card lang="en" src="${src}" data-refresh="5m"><template`), snippet.slice(0, 200));
  assert.equal(snippet, render(file.path, "--asset-base", base, "--src", src, "--refresh", "5m"));
  // The allowance: three intervals by default, and only allowances of at least one interval.
  const offered = await tab.locator("#publish-stale-after option").allTextContents();
  assert.deepEqual(offered, ["Three intervals (15 minutes)", "15 minutes", "1 hour", "6 hours", "1 day"]);
  await tab.locator("#publish-stale-after").selectOption({ label: "1 hour" });
  await codeWith(tab, ' data-refresh="5m" data-stale-after="1h"');
  // The address emptied: the code re-reads nothing, and the control is disabled again.
  await tab.locator("#publish-src").fill("");
  await tab.waitForFunction(() => {
    const code = document.querySelector("#publish-code").value;
    return code.startsWith("<claims-card") && !code.includes("data-refresh");
  });
  assert.ok(await tab.locator("#publish-refresh").isDisabled());
  assert.equal(await tab.locator("#publish-stale-after").count(), 0);
  // The card's place in the page's outline: the snippet and the plain form as the command makes them.
  await tab.locator("#publish-heading").selectOption({ label: "Heading 3: in a section headed by a heading 2" });
  const section = await codeWith(tab, ' data-heading-level="3"');
  assert.equal(section, render(file.path, "--asset-base", base, "--heading-level", "3"));
  await tab.locator("#publish-plain").check();
  const plain = await codeWith(tab, `<div lang="en">\n<h3>`);
  assert.equal(plain, render(file.path, "--format", "plain-html", "--heading-level", "3"));
  assert.deepEqual(pageErrors, []);
  await context.close();
});

test("a changed figure shows in the preview; the snippet is byte-identical to claims-card render in English and Russian", async () => {
  const { context, tab, pageErrors } = await openBuilder(env);
  await tab.setInputFiles("#import-file", SEED);
  await previewShows(tab, SEED_TITLE);
  assert.ok((await figures(tab, PREVIEW)).includes("192"));
  await openClaim(tab, 0);
  await fill(tab, "f-claims-0-figure-value", "193");
  await tab.waitForFunction(
    (selector) => [...document.querySelector(selector).shadowRoot.querySelectorAll(".card .number")].some((n) => n.textContent.trim() === "193"),
    PREVIEW,
  );
  assert.ok(!(await figures(tab, PREVIEW)).includes("192"), "192 is gone from the card");

  const base = `${env.site.assets.origin}/`;
  const file = await exportFile(tab);
  assert.equal(file.suggested, "nagorno-karabakh-2023-09.json");
  assert.match(file.text, /"value": 193/);
  for (const lang of ["en", "ru"]) {
    const code = await publishCode(tab, { lang, base });
    assert.equal(code, renderSnippet(env.site.assets.origin, file.path, lang), `${lang}: the builder's snippet is the native one`);
  }
  assert.deepEqual(pageErrors, []);
  await context.close();
});

test("the copied snippet, pasted into a fresh page, shows the same card as the preview", async () => {
  const context = await env.browser.newContext({ viewport: { width: 1280, height: 900 }, acceptDownloads: true });
  await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: env.site.assets.origin });
  const { tab, pageErrors } = await openBuilder(env, { context });
  await tab.setInputFiles("#import-file", SEED);
  await previewShows(tab, SEED_TITLE);
  const code = await publishCode(tab, { lang: "en", base: `${env.site.assets.origin}/` });
  await tab.locator("#publish-copy").click();
  await tab.locator(".publish .status", { hasText: "Copied." }).waitFor();
  const copied = await tab.evaluate(() => navigator.clipboard.readText());
  assert.equal(copied, code);
  const previewFigures = await figures(tab, PREVIEW);

  // A fresh page on the host origin, the copied code pasted into its HTML.
  const host = await context.newPage();
  await host.goto(env.site.url("/blank.html"));
  await host.setContent(page({ body: `<main>${copied}</main>` }));
  await cardsSettled(host, 1);
  assert.equal(await host.getAttribute("claims-card", "data-state"), "ready");
  assert.equal(await host.evaluate(() => document.querySelector("claims-card").shadowRoot.querySelector(".title")?.textContent), SEED_TITLE);
  assert.deepEqual(await figures(host, "claims-card"), previewFigures);
  assert.ok(previewFigures.length > 0);
  assert.deepEqual(pageErrors, []);
  await context.close();
});

test("an exported file re-imported gives the same file", async () => {
  const { context, tab, pageErrors } = await openBuilder(env);
  await tab.setInputFiles("#import-file", SEED);
  await previewShows(tab, SEED_TITLE);
  await openClaim(tab, 1);
  await fill(tab, "f-claims-1-figure-value", "512");
  await tab.waitForFunction(() => document.querySelector("details.json pre").textContent.includes('"value": 512'));
  const first = await exportFile(tab);
  assert.equal(first.text, await jsonShown(tab), "the download is the file shown");
  await tab.getByRole("button", { name: "New blank card" }).click();
  await tab.waitForFunction(() => document.querySelector("#f-title")?.value === "");
  await tab.setInputFiles("#import-file", first.path);
  await previewShows(tab, SEED_TITLE);
  assert.equal(await jsonShown(tab), first.text);
  const second = await exportFile(tab);
  assert.equal(second.text, first.text, "nothing lost on the way round");
  assert.deepEqual(pageErrors, []);
  await context.close();
});

test("the work survives a reload, and Clear saved work clears it", async () => {
  const { context, tab, pageErrors } = await openBuilder(env);
  await tab.setInputFiles("#import-file", SEED);
  await previewShows(tab, SEED_TITLE);
  await openClaim(tab, 0);
  await fill(tab, "f-claims-0-figure-value", "193");
  await tab.waitForFunction((key) => {
    // gloo's storage keeps the file's text as a JSON string.
    let kept = localStorage.getItem(key);
    while (typeof kept === "string") kept = JSON.parse(kept);
    return kept?.claims?.[0]?.figure?.value === 193;
  }, KEPT);
  await tab.reload();
  await previewShows(tab, SEED_TITLE);
  assert.match(await tab.locator(".files .status").textContent(), /Restored the card you were making/);
  assert.equal(await tab.locator("#f-claims-0-figure-value").inputValue(), "193");

  await tab.getByRole("button", { name: "Clear saved work" }).click();
  await tab.locator(".files .status", { hasText: "Cleared the saved work" }).waitFor();
  assert.equal(await tab.evaluate((key) => localStorage.getItem(key), KEPT), null);
  await tab.reload();
  await tab.locator(".workbench").waitFor();
  assert.equal(await tab.locator("#f-title").inputValue(), "");
  assert.equal(await tab.locator("#f-id").inputValue(), "");
  assert.equal(await previewTitle(tab), null);
  assert.equal(await tab.locator(".files .status").textContent(), "");
  assert.equal(await tab.evaluate((key) => localStorage.getItem(key), KEPT), null, "a blank card is nothing to keep");
  assert.deepEqual(pageErrors, []);
  await context.close();
});

test("a kept draft over the format's limits is not restored: the editor is told, and can clear it", async () => {
  // Anything on the workbench's origin can write its storage: 2,000 claims once froze every keystroke.
  const { context, tab, pageErrors } = await openBuilder(env);
  const huge = JSON.parse(readFileSync(SEED, "utf8"));
  huge.claims = Array.from({ length: 2000 }, (_, index) => ({ id: `claim-${index}`, party: "az" }));
  await tab.evaluate(([key, text]) => localStorage.setItem(key, JSON.stringify(text)), [KEPT, JSON.stringify(huge)]);
  await tab.reload();
  await tab.locator(".workbench").waitFor();
  const status = await tab.locator(".files .status").textContent();
  assert.match(status, /was not restored: its list "claims" has 2000 entries, over the format's limit of 1000\./);
  assert.match(status, /Clear saved work/);
  assert.equal(await tab.locator("#f-title").inputValue(), "", "the form starts blank");
  assert.equal(await tab.locator("[id^='f-claims-']").count() < 50, true, "no form rows for the kept claims");

  await tab.getByRole("button", { name: "Clear saved work" }).click();
  await tab.locator(".files .status", { hasText: "Cleared the saved work" }).waitFor();
  assert.equal(await tab.evaluate((key) => localStorage.getItem(key), KEPT), null);

  // The same file imported is refused, and the card in the form is unchanged.
  await tab.setInputFiles("#import-file", { name: "huge.json", mimeType: "application/json", buffer: Buffer.from(JSON.stringify(huge)) });
  await tab.locator(".files .status", { hasText: `Could not import huge.json: its list "claims" has 2000 entries, over the format's limit of 1000.` }).waitFor();
  assert.equal(await tab.locator("#f-title").inputValue(), "");
  assert.deepEqual(pageErrors, []);
  await context.close();
});

test("fixing a claim's last problem leaves the claim open and the editor's focus where it was", async () => {
  const { context, tab, pageErrors } = await openBuilder(env);
  await tab.setInputFiles("#import-file", SEED);
  await previewShows(tab, SEED_TITLE);
  await openClaim(tab, 0);
  await tab.locator("#f-claims-0-quote").fill("");
  await tab.locator("#f-claims-0-quote-problem").waitFor();
  await tab.locator("#f-claims-0-quote").focus();
  await tab.keyboard.type("Azerbaijan's Health Ministry said 192 service members were killed.");
  await tab.locator(".problems.clean").waitFor();
  assert.equal(await tab.evaluate(() => document.activeElement?.id), "f-claims-0-quote");
  assert.equal(await tab.locator("details.claim").first().evaluate((details) => details.open), true);
  // A claim given a problem from elsewhere (its source renamed) unfolds by itself.
  assert.equal(await tab.locator("details.claim").nth(1).evaluate((details) => details.open), false);
  await tab.locator("#f-sources-1-id").fill("apa-2");
  await tab.locator("#f-claims-1-source-problem").waitFor();
  assert.equal(await tab.locator("details.claim").nth(1).evaluate((details) => details.open), true);
  assert.deepEqual(pageErrors, []);
  await context.close();
});

test("the preview follows the editor: its language, a translation, the parties' order, dark and phone width", async () => {
  const { context, tab, pageErrors } = await openBuilder(env);
  await tab.setInputFiles("#import-file", SEED);
  await previewShows(tab, SEED_TITLE);
  const seed = JSON.parse(readFileSync(SEED, "utf8"));
  const parties = () =>
    tab.evaluate((selector) => [...document.querySelector(selector).shadowRoot.querySelectorAll(".panel:not([hidden]) .party")].map((p) => p.textContent), PREVIEW);

  // Each of the five languages, from the dataset's own translations.
  for (const lang of ["hy", "az", "ru", "uk", "en"]) {
    await tab.locator("#view-language").selectOption(lang);
    await previewShows(tab, seed.title[lang]);
    assert.equal(await tab.evaluate((s) => document.querySelector(s).shadowRoot.querySelector(".card").lang, PREVIEW), lang);
  }
  // A translation typed in the form reaches the card in that language.
  await tab.locator("#view-language").selectOption("ru");
  await tab.locator("summary", { hasText: "Translations of “Title”" }).click();
  await fill(tab, "f-title-ru", "Потери, заявленные сторонами");
  await previewShows(tab, "Потери, заявленные сторонами");
  await tab.locator("#view-language").selectOption("en");
  await previewShows(tab, SEED_TITLE);

  // Moving a party down moves its row on the card.
  assert.deepEqual((await parties()).slice(0, 2), ["Azerbaijan", "Nagorno-Karabakh"]);
  await tab.getByRole("button", { name: "Move down Party 1: Azerbaijan" }).click();
  await tab.waitForFunction((selector) => document.querySelector(selector).shadowRoot.querySelector(".party")?.textContent === "Nagorno-Karabakh", PREVIEW);
  assert.deepEqual((await parties()).slice(0, 2), ["Nagorno-Karabakh", "Azerbaijan"]);

  // Dark and phone width: the card's own dark colours, at 360 px.
  const paper = () => tab.evaluate((s) => getComputedStyle(document.querySelector(s).shadowRoot.querySelector(".card")).backgroundColor, PREVIEW);
  assert.equal(await paper(), "rgb(255, 255, 255)");
  await tab.locator("#view-scheme-true").check();
  await tab.waitForFunction((s) => getComputedStyle(document.querySelector(s).shadowRoot.querySelector(".card")).backgroundColor !== "rgb(255, 255, 255)", PREVIEW);
  assert.equal(await paper(), "rgb(23, 24, 28)");
  await tab.locator("#view-width-true").check();
  await tab.waitForFunction((s) => document.querySelector(s).getBoundingClientRect().width === 360, PREVIEW);
  assert.deepEqual(pageErrors, []);
  await context.close();
});

test("the seed moved to format version 2: each claimant listed once, and the editor says whom each speaks for", async () => {
  const { context, tab, pageErrors } = await openBuilder(env);
  await tab.setInputFiles("#import-file", SEED);
  await previewShows(tab, SEED_TITLE);
  await tab.getByRole("button", { name: "Move to version 2: list each claimant once" }).click();
  // Two claimant texts in the seed: two claimants, each asking what it is to the parties.
  await meetProblem(tab, "claimants[0]", "f-claimants-0-party", /party/);
  await meetProblem(tab, "claimants[1]", "f-claimants-1-party", /party/);
  assert.equal(await tab.locator(".problems button.go").count(), 2);
  await tab.locator("#f-claimants-0-party").selectOption("party:az");
  await tab.locator("#f-claimants-1-party").selectOption("party:nk");
  await tab.locator(".problems.clean").waitFor();
  // The card now says what each claimant is to the party: its own figure.
  await tab.waitForFunction((s) => document.querySelector(s).shadowRoot.querySelector(".relation")?.textContent === "Own figure", PREVIEW);
  assert.match(await jsonShown(tab), /"format_version": 2/);
  assert.deepEqual(pageErrors, []);
  await context.close();
});

/** In the preview, the figure of the claim `id`: its number, its period, and whether a bar is drawn beside it. */
function previewFigure(tab, id) {
  return tab.evaluate(
    ([selector, id]) => {
      const figure = document.querySelector(selector).shadowRoot.querySelector(`.figure[data-claim="${id}"]`);
      if (!figure) return null;
      return {
        number: figure.querySelector(".number")?.textContent.trim(),
        period: figure.querySelector(".period")?.textContent.trim() ?? null,
        bar: figure.closest("li.claim").querySelector("svg.bar") !== null,
      };
    },
    [PREVIEW, id],
  );
}

test("a figure in words, a figure's period and a figure covering two parties, made with the controls, show in the preview", async () => {
  const { context, tab, pageErrors } = await openBuilder(env);
  await tab.setInputFiles("#import-file", SEED);
  await previewShows(tab, SEED_TITLE);
  const claim = "az-killed-service-members";
  assert.deepEqual(await previewFigure(tab, claim), { number: "192", period: null, bar: true });
  await openClaim(tab, 0);

  // In words: the bound chosen, the validator asks for the words at their field, and the card shows
  // them as they are, with no bar.
  await tab.locator("#f-claims-0-figure-bound").selectOption("in_words");
  await meetProblem(tab, "claims[0].figure.words", "f-claims-0-figure-words");
  await fill(tab, "f-claims-0-figure-words", "tens of thousands");
  await problemFixed(tab, "claims[0].figure.words", "f-claims-0-figure-words");
  await tab.waitForFunction(([s, id]) => document.querySelector(s).shadowRoot.querySelector(`.figure[data-claim="${id}"] .number`)?.textContent === "tens of thousands", [PREVIEW, claim]);
  assert.deepEqual(await previewFigure(tab, claim), { number: "tens of thousands", period: null, bar: false });
  assert.equal((await previewFigure(tab, "nk-killed-people")).bar, true, "a figure with a number keeps its bar");
  assert.match(await tab.locator("details.claim > summary").first().textContent(), /“tens of thousands”/);

  // Digits in the words: the validator's problem at the words field; the preview keeps the last valid card.
  await fill(tab, "f-claims-0-figure-words", "about 5000");
  await meetProblem(tab, "claims[0].figure.words", "f-claims-0-figure-words", /has a number in it/);
  assert.equal(await tab.locator(".preview .preview-note").textContent(), LAST_VALID);
  assert.equal((await previewFigure(tab, claim)).number, "tens of thousands");
  await fill(tab, "f-claims-0-figure-words", "tens of thousands");
  await problemFixed(tab, "claims[0].figure.words", "f-claims-0-figure-words");

  // A period: a year. The figure is dated 2023, so 2024 is refused at the year until the date moves.
  await tab.locator("#f-claims-0-period").selectOption("year");
  // Until it has its number, the period's problem is shown at the year, where the editor types it.
  await meetProblem(tab, "claims[0].period", "f-claims-0-period-year", /whole number/);
  assert.equal(await tab.locator("#f-claims-0-period-problem").count(), 0, "shown once");
  await fill(tab, "f-claims-0-period-year", "2024");
  await meetProblem(tab, "claims[0].period.year", "f-claims-0-period-year", /before the year 2024 began/);
  await fill(tab, "f-claims-0-as_of-reported_by", "2024-12-31");
  await problemFixed(tab, "claims[0].period.year", "f-claims-0-period-year");
  await tab.waitForFunction(([s, id]) => document.querySelector(s).shadowRoot.querySelector(`.figure[data-claim="${id}"] .period`)?.textContent === "in 2024", [PREVIEW, claim]);
  assert.match(await jsonShown(tab), /"period": \{\s*"year": 2024\s*\}/);
  // From one day to another: from and to on the period itself, the end refused after the figure's date.
  await tab.locator("#f-claims-0-period").selectOption("dates");
  await fill(tab, "f-claims-0-period-from", "2024-01-01");
  await fill(tab, "f-claims-0-period-to", "2025-01-31");
  await meetProblem(tab, "claims[0].period.to", "f-claims-0-period-to", /after the figure's own date/);
  await fill(tab, "f-claims-0-period-to", "2024-06-30");
  await problemFixed(tab, "claims[0].period.to", "f-claims-0-period-to");
  await tab.waitForFunction(([s, id]) => document.querySelector(s).shadowRoot.querySelector(`.figure[data-claim="${id}"] .period`)?.textContent === "from 1 January 2024 to 30 June 2024", [PREVIEW, claim]);
  assert.match(await jsonShown(tab), /"period": \{\s*"from": "2024-01-01",\s*"to": "2024-06-30"\s*\}/);

  // A range's central estimate: outside the range it is refused at its field; inside, the card gives it.
  await openClaim(tab, 1);
  await tab.locator("#f-claims-1-figure-bound").selectOption("range");
  assert.equal(await tab.locator("#f-claims-1-figure-low").inputValue(), "180", "the number becomes the low");
  await fill(tab, "f-claims-1-figure-high", "200");
  await fill(tab, "f-claims-1-figure-central", "250");
  await meetProblem(tab, "claims[1].figure.central", "f-claims-1-figure-central", /must lie between low \(180\) and high \(200\)/);
  await fill(tab, "f-claims-1-figure-central", "190");
  await problemFixed(tab, "claims[1].figure.central", "f-claims-1-figure-central");
  await tab.waitForFunction((s) => document.querySelector(s).shadowRoot.querySelector('.figure[data-claim="az-killed-soldiers"] .central')?.textContent === "central estimate 190", PREVIEW);

  // Two parties together: the toggle turns the party's choice into a tick per party; one alone is
  // not enough, and the validator says so there.
  await openClaim(tab, 2);
  await tab.locator("#f-claims-2-party-several").check();
  await tab.locator("#f-claims-2-party-problem", { hasText: "two or more" }).waitFor();
  const together = tab.locator("#f-claims-2-party");
  assert.equal(await together.getByRole("checkbox", { name: "Azerbaijan (az)" }).isChecked(), true, "the party it had stays ticked");
  await together.getByRole("checkbox", { name: "Nagorno-Karabakh (nk)" }).check();
  await tab.locator(".problems.clean").waitFor();
  await tab.waitForFunction((s) => document.querySelector(s).shadowRoot.querySelector(".joint .relation")?.textContent === "Azerbaijan and Nagorno-Karabakh together", PREVIEW);
  assert.equal(await tab.evaluate((s) => document.querySelector(s).shadowRoot.querySelector(".joint svg.bar"), PREVIEW), null, "shown once, with no bar");
  assert.match(await tab.locator("details.claim > summary").nth(2).textContent(), /Azerbaijan \(az\) and Nagorno-Karabakh \(nk\) together/);
  assert.match(await jsonShown(tab), /"party": \[\s*"az",\s*"nk"\s*\]/);
  // Back to one party: the first of those ticked.
  await tab.locator("#f-claims-2-party-several").uncheck();
  assert.equal(await tab.locator("#f-claims-2-party").inputValue(), "az");
  await tab.waitForFunction((s) => document.querySelector(s).shadowRoot.querySelector(".joint") === null, PREVIEW);
  assert.deepEqual(pageErrors, []);
  await context.close();
});

test("the card's standing line, a claimant's label and a party's own missing, set with the controls, show in the preview", async () => {
  const { context, tab, pageErrors } = await openBuilder(env);
  await tab.setInputFiles("#import-file", SEED);
  await previewShows(tab, SEED_TITLE);
  const card = (selector) => tab.evaluate(([s, selector]) => [...document.querySelector(s).shadowRoot.querySelectorAll(selector)].map((e) => e.textContent), [PREVIEW, selector]);
  // A party's missing is format version 2's, like the card's.
  assert.equal(await tab.locator("#f-parties-1-missing").count(), 0);
  await tab.getByRole("button", { name: "Move to version 2: list each claimant once" }).click();
  await tab.locator("#f-claimants-0-party").selectOption("party:az");
  await tab.locator("#f-claimants-1-party").selectOption("party:nk");
  await tab.locator(".problems.clean").waitFor();

  // The standing line: written by the card until the editor writes one, and back when it is emptied.
  const written = (await card(".standing"))[0];
  assert.ok(written.length > 0);
  await fill(tab, "f-standing_line", "Figures as each government gave them");
  await tab.waitForFunction((s) => document.querySelector(s).shadowRoot.querySelector(".standing")?.textContent === "Figures as each government gave them", PREVIEW);
  await fill(tab, "f-standing_line", "");
  await tab.waitForFunction(([s, written]) => document.querySelector(s).shadowRoot.querySelector(".standing")?.textContent === written, [PREVIEW, written]);
  assert.doesNotMatch(await jsonShown(tab), /standing_line/, "an emptied standing line is left out of the file");

  // A claimant's own label, in place of "Own figure".
  assert.ok((await card(".relation")).includes("Own figure"));
  await fill(tab, "f-claimants-0-label", "Health ministry toll");
  await tab.waitForFunction((s) => [...document.querySelector(s).shadowRoot.querySelectorAll(".relation")].some((r) => r.textContent === "Health ministry toll"), PREVIEW);

  // A party's own missing: a measure only Azerbaijan has a figure for. Nagorno-Karabakh's row says the
  // card has none, until the party is left out of it.
  await tab.getByRole("button", { name: "Add a claim", exact: true }).click();
  const c = await tab.locator("details.claim").count() - 1;
  await tab.waitForFunction((id) => document.activeElement?.id === id, `f-claims-${c}-id`);
  await fill(tab, `f-claims-${c}-id`, "az-captured");
  await tab.locator(`#f-claims-${c}-party`).selectOption("az");
  await tab.locator(`#f-claims-${c}-claimant`).selectOption({ index: 1 });
  await tab.locator(`#f-claims-${c}-measure`).selectOption("captured");
  await fill(tab, `f-claims-${c}-figure-value`, "3");
  await fill(tab, `f-claims-${c}-as_of-refers_to`, "2023-09-20");
  await tab.locator(`#f-claims-${c}-source`).selectOption({ index: 1 });
  await fill(tab, `f-claims-${c}-quote`, "Three were captured, the ministry said.");
  await tab.locator(".problems.clean").waitFor();
  const captured = () => card('.panel[data-measure="captured"] .row .party');
  await tab.waitForFunction((s) => document.querySelector(s).shadowRoot.querySelector('.panel[data-measure="captured"]'), PREVIEW);
  assert.deepEqual(await captured(), ["Azerbaijan", "Nagorno-Karabakh"]);
  await tab.locator("#f-parties-1-missing").selectOption("leave_out");
  await tab.waitForFunction((s) => document.querySelector(s).shadowRoot.querySelectorAll('.panel[data-measure="captured"] .row .party').length === 1, PREVIEW);
  assert.deepEqual(await captured(), ["Azerbaijan"]);
  assert.deepEqual((await card('.panel[data-measure="killed"] .row .party')).slice(0, 2), ["Azerbaijan", "Nagorno-Karabakh"], "other measures keep the party");
  assert.match(await jsonShown(tab), /"missing": "leave_out"/);
  assert.deepEqual(pageErrors, []);
  await context.close();
});

test("a running count pasted as two columns shows its chart and change in the preview, a fall refused by line", async () => {
  const { context, tab, pageErrors } = await openBuilder(env);
  await tab.setInputFiles("#import-file", SEED);
  await previewShows(tab, SEED_TITLE);
  await openClaim(tab, 0);
  // Two columns from a spreadsheet, one with a thousands separator: the figure (192, 27 September) is the latest.
  const series = tab.locator("#f-claims-0-series");
  await series.fill("2023-09-20\t150\n2023-09-22,170\n2023-09-24\t1,80");
  await series.blur();
  await tab.waitForFunction((s) => document.querySelector(s).shadowRoot.querySelector("figure.series svg path") !== null, PREVIEW);
  const history = await tab.evaluate((s) => document.querySelector(s).shadowRoot.querySelector(".history")?.textContent, PREVIEW);
  assert.equal(history, "+12 since 24 September 2023; earliest report here: 150 service members, 20 September 2023 · 3 earlier reports");
  assert.match(await jsonShown(tab), /"series": \[\s*\[\s*"2023-09-20",\s*150\s*\],/);
  // A running count that falls is refused at the field, by its line, until it is marked a correction.
  await series.fill("2023-09-20\t150\n2023-09-22\t140");
  await series.blur();
  const text = await meetProblem(tab, "claims[0].series[1][1]", "f-claims-0-series", /below the report before it/);
  assert.match(text, /^Line 2: /);
  await series.fill("2023-09-20\t150\n2023-09-22\t140\tcorrection");
  await series.blur();
  await problemFixed(tab, "claims[0].series[1][1]", "f-claims-0-series");
  // Emptied, the field leaves the file.
  await series.fill("");
  await series.blur();
  await tab.waitForFunction((s) => document.querySelector(s).shadowRoot.querySelector(".history") === null, PREVIEW);
  assert.doesNotMatch(await jsonShown(tab), /"series"/);
  assert.deepEqual(pageErrors, []);
  await context.close();
});
