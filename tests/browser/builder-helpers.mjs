// What the workbench tests (builder*.test.mjs) share: opening builder.html from the asset origin,
// reading its preview card, its problems and its files, as an editor would meet them.
import assert from "node:assert/strict";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

export const repo = fileURLToPath(new URL("../..", import.meta.url));
export const SEED = `${repo}/data/seed.json`;
export const SEED_TITLE = "Claimed losses in the September 2023 offensive";
export const KEPT = "claims-card-builder:draft";
export const scratch = mkdtempSync(join(tmpdir(), "claims-card-builder-"));

/**
 * Opens the workbench in `context` (a fresh browser context unless given) and waits for the app.
 * Every confirm() the workbench asks is accepted, as an editor who means it would.
 */
export async function openBuilder(env, { context, viewport = { width: 1280, height: 900 }, colorScheme = "light" } = {}) {
  context ??= await env.browser.newContext({ viewport, colorScheme, acceptDownloads: true });
  const tab = await context.newPage();
  tab.on("dialog", (dialog) => dialog.accept());
  const pageErrors = [];
  tab.on("pageerror", (error) => pageErrors.push(String(error)));
  await tab.goto(`${env.site.assets.origin}/builder.html`);
  await tab.locator(".workbench").waitFor();
  return { context, tab, pageErrors };
}

/** The preview card's title, or null while there is none. */
export function previewTitle(tab) {
  return tab.evaluate(() => document.querySelector(".card-host[data-preview]")?.shadowRoot?.querySelector(".title")?.textContent ?? null);
}

/** Waits until the preview card's title is `title`. */
export async function previewShows(tab, title) {
  await tab.waitForFunction(
    (title) => document.querySelector(".card-host[data-preview]")?.shadowRoot?.querySelector(".title")?.textContent === title,
    title,
  );
}

/** The figures a card shows (every `.number` in it, in order), from a shadow root's host. */
export function figures(tab, hostSelector) {
  return tab.evaluate(
    (selector) => [...(document.querySelector(selector)?.shadowRoot?.querySelectorAll(".card .number") ?? [])].map((n) => n.textContent.trim()),
    hostSelector,
  );
}

/** The problems list's entry for a validator path (`claims[0].figure`). */
export function problemEntry(tab, path) {
  return tab.locator(`.problems button.go:has(code:text-is(${JSON.stringify(path)}))`);
}

/**
 * The problem at `path` is shown beside the control `controlId` (its own text, aria-invalid, described
 * by it), and choosing its entry in the problems list moves focus to that control. Returns the text.
 */
export async function meetProblem(tab, path, controlId, reason) {
  const line = tab.locator(`#${controlId}-problem`);
  await line.waitFor();
  const text = await line.textContent();
  if (reason) assert.match(text, reason, `${path} beside #${controlId}`);
  const control = tab.locator(`#${controlId}`);
  assert.equal(await control.getAttribute("aria-invalid"), "true", `#${controlId} aria-invalid`);
  assert.ok((await control.getAttribute("aria-describedby")).split(" ").includes(`${controlId}-problem`), `#${controlId} described by its problem`);
  // Focus starts somewhere else: the list must move it.
  await tab.locator("#publish-base").focus();
  await problemEntry(tab, path).first().click();
  await tab.waitForFunction((id) => document.activeElement?.id === id, controlId, { timeout: 2000 }).catch(() => {});
  assert.equal(await tab.evaluate(() => document.activeElement?.id), controlId, `the list's entry for ${path} focuses #${controlId}`);
  return text;
}

/** The problem at `path` is gone: from beside `controlId` and from the list. */
export async function problemFixed(tab, path, controlId) {
  await tab.locator(`#${controlId}-problem`).waitFor({ state: "detached" });
  assert.equal(await tab.locator(`#${controlId}`).getAttribute("aria-invalid"), null, `#${controlId} no longer invalid`);
  assert.equal(await problemEntry(tab, path).count(), 0, `${path} left the list`);
}

/** Clicks "Export the file" and returns the download's suggested name, saved path and text. */
export async function exportFile(tab, name = `export-${Date.now()}-${Math.random().toString(36).slice(2)}.json`) {
  const [download] = await Promise.all([tab.waitForEvent("download"), tab.getByRole("button", { name: "Export the file" }).click()]);
  const path = join(scratch, name);
  await download.saveAs(path);
  return { suggested: download.suggestedFilename(), path, text: readFileSync(path, "utf8") };
}

/** The text of "The file, as JSON". */
export function jsonShown(tab) {
  return tab.locator("details.json pre").textContent();
}

/** Waits for the publish code to settle on a snippet for `lang` with `base`, and returns it. */
export async function publishCode(tab, { lang, base }) {
  await tab.locator("#publish-base").fill(base);
  await tab.locator("#publish-language").selectOption(lang);
  await tab.waitForFunction(
    ({ lang, base }) => {
      const code = document.querySelector("#publish-code").value;
      return code.includes(`lang="${lang}"`) && code.includes(`${base}embed.js`);
    },
    { lang, base },
  );
  return tab.locator("#publish-code").inputValue();
}

/** Opens claim `index`'s folded entry, as an editor clicks its summary line. */
export async function openClaim(tab, index) {
  const claim = tab.locator("details.claim").nth(index);
  if (!(await claim.evaluate((d) => d.open))) await claim.locator("summary").first().click();
}
