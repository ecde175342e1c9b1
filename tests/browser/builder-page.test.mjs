// The workbench's page as a whole: during a whole editing session (load, import, edit, publish, copy)
// nothing leaves it but requests for its own files (builder.html and the files named builder*), and the
// preview does not load embed.js; a reader's page never downloads the workbench; axe-core finds no
// violations at 1280 px, light and dark, with the seed loaded and with problems showing; a claim can be
// added and its first field reached with the keyboard alone; at 390 px the preview and the publish
// section come before the form, and the copy button works.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { cardsSettled } from "./browser.mjs";
import { browserAndSites, page, renderSnippet } from "./fixtures.mjs";
import { SEED, SEED_TITLE, figures, openBuilder, openClaim, previewShows, publishCode } from "./builder-helpers.mjs";

const AXE = readFileSync(new URL("../../node_modules/axe-core/axe.min.js", import.meta.url), "utf8");
const PREVIEW = ".card-host[data-preview]";
const env = browserAndSites({
  "/article.html": (assets) => page({ body: `<h1>Article</h1>${renderSnippet(assets)}` }),
});

/** Whether a request is for one of the workbench's own files, from the asset origin. */
function ownFile(url) {
  const { origin, pathname } = new URL(url);
  const name = pathname.split("/").pop();
  return origin === env.site.assets.origin && name.startsWith("builder");
}

test("nothing leaves the workbench: a whole session requests only its own files", async () => {
  const context = await env.browser.newContext({ viewport: { width: 1280, height: 900 }, acceptDownloads: true });
  await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: env.site.assets.origin });
  const requests = [];
  context.on("request", (request) => requests.push(request.url()));
  const served = env.site.assets.requests.length;
  const hostServed = env.site.host.requests.length;
  const { tab, pageErrors } = await openBuilder(env, { context });
  await tab.setInputFiles("#import-file", SEED);
  await previewShows(tab, SEED_TITLE);
  await openClaim(tab, 0);
  await tab.locator("#f-claims-0-figure-value").fill("193");
  await tab.waitForFunction(
    (selector) => [...document.querySelector(selector).shadowRoot.querySelectorAll(".card .number")].some((n) => n.textContent.trim() === "193"),
    PREVIEW,
  );
  // The preview's own controls: phone width, dark, another language.
  await tab.locator('label[for="view-width-true"]').click();
  await tab.locator('label[for="view-scheme-true"]').click();
  await tab.locator("#view-language").selectOption("hy");
  // Every form of code to paste.
  await tab.locator('label[for="publish-plain"]').click();
  await tab.waitForFunction(() => document.querySelector("#publish-code").value.length > 0 && !document.querySelector("#publish-code").value.includes("<script"));
  await tab.locator('label[for="publish-client"]').click();
  await tab.waitForFunction(() => document.querySelector("#publish-code").value.includes("embed.js"));
  await tab.locator('label[for="publish-snippet"]').click();
  await publishCode(tab, { lang: "ru", base: `${env.site.assets.origin}/` });
  await tab.locator("#publish-copy").click();
  await tab.locator(".publish .status", { hasText: "Copied." }).waitFor();
  const [download] = await Promise.all([tab.waitForEvent("download"), tab.getByRole("button", { name: "Export the file" }).click()]);
  await download.path();
  // Give anything late (a prefetch, a beacon) the chance to show itself.
  await tab.waitForTimeout(500);

  assert.ok(requests.some((url) => url.endsWith("/builder.html")), "the page itself was requested");
  assert.ok(requests.some((url) => url.endsWith(".wasm")), "its wasm was requested");
  const elsewhere = requests.filter((url) => !url.startsWith("blob:") && !url.startsWith("data:") && !ownFile(url));
  assert.deepEqual(elsewhere, [], "requests for anything but the workbench's own files");
  assert.ok(!requests.some((url) => url.includes("embed")), "the preview does not load embed.js");
  // What the servers saw agrees. The browser itself (not the page) asks for /favicon.ico, which
  // Playwright does not report; builder.html names no icon.
  const seen = env.site.assets.requests.slice(served);
  assert.deepEqual(seen.filter((path) => !path.split("/").pop().startsWith("builder") && path !== "/favicon.ico"), []);
  assert.equal(env.site.host.requests.length, hostServed, "nothing to the other origin");
  assert.deepEqual(pageErrors, []);
  await context.close();
});

test("a reader's page never downloads the workbench", async () => {
  for (const url of [`${env.site.assets.origin}/index.html`, env.site.url("/article.html")]) {
    const tab = await env.browser.newPage();
    const requests = [];
    tab.on("request", (request) => requests.push(new URL(request.url()).pathname));
    await tab.goto(url);
    await cardsSettled(tab, 1);
    // The reader switches the card to another measure, which loads nothing of the workbench either.
    await tab.locator("claims-card").first().getByRole("radio", { name: "Wounded" }).click();
    await tab.waitForTimeout(300);
    assert.ok(requests.some((path) => path.endsWith("/embed.js")), `${url}: the card's own script loaded`);
    assert.deepEqual(requests.filter((path) => path.includes("builder")), [], `${url}: no workbench file`);
    await tab.close();
  }
});

async function axeViolations(tab) {
  await tab.addScriptTag({ content: AXE });
  return tab.evaluate(async () => {
    const result = await window.axe.run(document, { resultTypes: ["violations"] });
    return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
  });
}

for (const colorScheme of ["light", "dark"]) {
  test(`no axe violations at 1280 px, ${colorScheme}: the seed loaded, and a blank card with its problems showing`, async () => {
    // axe is injected as an inline script, which the workbench's own CSP rightly refuses.
    const context = await env.browser.newContext({ viewport: { width: 1280, height: 900 }, colorScheme, bypassCSP: true });
    const { tab } = await openBuilder(env, { context });
    await tab.locator(".problems button.go").first().waitFor();
    assert.deepEqual(await axeViolations(tab), [], "blank, with problems");
    await tab.setInputFiles("#import-file", SEED);
    await previewShows(tab, SEED_TITLE);
    await openClaim(tab, 0);
    assert.deepEqual(await axeViolations(tab), [], "the seed");
    // The seed with problems: the last valid card shown, problems beside their fields.
    await tab.locator("#f-claims-0-figure-value").fill("");
    await tab.locator("#f-claims-0-figure-bound-problem").waitFor();
    await tab.locator(".preview .preview-note").waitFor();
    assert.deepEqual(await axeViolations(tab), [], "the seed with a problem");
    await context.close();
  });
}

test("a claim is added and its first field reached with the keyboard alone", async () => {
  const { context, tab } = await openBuilder(env);
  await tab.setInputFiles("#import-file", SEED);
  await previewShows(tab, SEED_TITLE);
  const claims = await tab.locator("details.claim").count();
  // From the last claim's folded line, Tab reaches "Add a claim"; Enter adds one and lands in it.
  await tab.locator("details.claim").last().locator("summary").first().focus();
  await tab.keyboard.press("Tab");
  assert.equal(await tab.evaluate(() => document.activeElement?.textContent), "Add a claim");
  await tab.keyboard.press("Enter");
  await tab.waitForFunction((id) => document.activeElement?.id === id, `f-claims-${claims}-id`);
  // A new claim comes with an id no other claim has; the editor may write their own over it.
  assert.match(await tab.locator(`#f-claims-${claims}-id`).inputValue(), /^claim-\d+$/);
  await tab.keyboard.press("Control+A");
  await tab.keyboard.type("az-missing");
  await tab.keyboard.press("Tab");
  assert.equal(await tab.evaluate(() => document.activeElement?.id), `f-claims-${claims}-party`);
  assert.equal(await tab.locator(`#f-claims-${claims}-id`).inputValue(), "az-missing");
  // The new claim is in the file, and its problems are listed.
  await tab.locator(`.problems button.go:has(code:text-matches("^claims\\\\[${claims}\\\\]"))`).first().waitFor();
  await context.close();
});

test("at 390 px the preview and publish come before the form, and the copy button works", async () => {
  const context = await env.browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
  await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: env.site.assets.origin });
  const { tab } = await openBuilder(env, { context });
  await tab.setInputFiles("#import-file", SEED);
  await previewShows(tab, SEED_TITLE);
  const top = (selector) => tab.locator(selector).evaluate((el) => el.getBoundingClientRect().top + scrollY);
  const editor = await top("form.editor");
  for (const selector of [".preview", ".publish"]) {
    await tab.locator(selector).scrollIntoViewIfNeeded();
    assert.ok(await tab.locator(selector).isVisible(), `${selector} visible`);
    assert.ok((await top(selector)) < editor, `${selector} above the form`);
  }
  // Nothing is wider than the phone.
  assert.ok(await tab.evaluate(() => document.documentElement.scrollWidth <= innerWidth), "no horizontal scrolling");
  assert.ok((await figures(tab, PREVIEW)).length > 0);
  const code = await publishCode(tab, { lang: "en", base: `${env.site.assets.origin}/` });
  await tab.locator("#publish-copy").tap();
  await tab.locator(".publish .status", { hasText: "Copied." }).waitFor();
  assert.equal(await tab.evaluate(() => navigator.clipboard.readText()), code);
  await context.close();
});
