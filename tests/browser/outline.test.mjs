// The card in the accessibility tree (CDP Accessibility.getFullAXTree), as a screen reader gets it:
// an outline to move by (title, the measure shown, each party), every control named apart, each claim
// naming whose losses it counts, and a polite status that says what the measure switch now shows, in a
// kept server card and in one the wasm drew.
import { test } from "node:test";
import assert from "node:assert/strict";
import { cardsSettled } from "./browser.mjs";
import { browserAndSites, page, renderSnippet, withId } from "./fixtures.mjs";

const competing = new URL("../../data/examples/example-competing-claims.json", import.meta.url).pathname;
const env = browserAndSites({
  "/server.html": (assets) => page({ body: withId(renderSnippet(assets, competing), "card") }),
  "/server-ru.html": (assets) => page({ body: withId(renderSnippet(assets, competing, "ru"), "card") }),
  "/client.html": (assets) => page({ body: `<div data-claims-card data-seed id="card"></div><script type="module" src="${assets}/embed.js"></script>` }),
});

/** The card's accessibility tree: [role, name] of every node not ignored, in order. */
async function tree(tab) {
  const cdp = await tab.context().newCDPSession(tab);
  const { nodes } = await cdp.send("Accessibility.getFullAXTree");
  await cdp.detach();
  return nodes.filter((node) => !node.ignored).map((node) => [node.role?.value, node.name?.value ?? "", node.properties ?? []]);
}

test("the outline is the title, the measure shown, then each party", async () => {
  const tab = await env.browser.newPage();
  await tab.goto(env.site.url("/server.html"));
  await cardsSettled(tab, 1);
  // In reading order (CDP's full tree is not): Playwright's snapshot of the accessibility tree.
  const snapshot = await tab.locator("#card").ariaSnapshot();
  const headings = [...snapshot.matchAll(/heading "([^"]+)" \[level=(\d)\]/g)].map(([, name, level]) => `${level} ${name}`);
  assert.deepEqual(headings.slice(0, 5), [
    "2 Example: claimed losses in a fictional war between Veldora and Rusk",
    "3 Killed",
    "4 Rusk",
    "4 Veldora",
    "4 Marren Lake peacekeeping force",
  ]);
  await tab.close();
});

test("no two controls share a name, and each claim's text names whose losses it counts", async () => {
  for (const path of ["/server.html", "/server-ru.html"]) {
    const tab = await env.browser.newPage();
    await tab.goto(env.site.url(path));
    await cardsSettled(tab, 1);
    // Every disclosure opened, so the breakdown's claims are in the tree too.
    await tab.evaluate(() => document.getElementById("card").shadowRoot.querySelectorAll("details").forEach((details) => (details.open = true)));
    const nodes = await tree(tab);
    const controls = nodes.filter(([role]) => ["button", "radio", "DisclosureTriangle"].includes(role)).map(([role, name]) => `${role}: ${name}`);
    assert.ok(controls.length > 10, controls.join("\n"));
    assert.deepEqual(controls.filter((name, index) => controls.indexOf(name) !== index), [], `${path}: names repeat`);
    for (const [, name] of nodes.filter(([role]) => role === "DisclosureTriangle")) {
      assert.doesNotMatch(name, /^(reported by|as of|по состоянию|по данным на)/i, `${path}: a disclosure named only by its date: ${name}`);
    }
    const counterClaims = nodes.filter(([role, name]) => role === "listitem" && /Counter-claim|Встречное/.test(name));
    await tab.close();
    if (path === "/server.html") assert.ok(counterClaims.length === 0 || counterClaims.every(([, name]) => /^(Rusk|Veldora)/.test(name)));
  }
});

test("switching the measure says what is now shown, in a kept server card and a drawn one", async () => {
  for (const [path, wounded, said] of [
    ["/server.html", "Wounded", "Now showing: Wounded"],
    ["/server-ru.html", "Раненые", "Показано: Раненые"],
    ["/client.html", "Wounded", "Now showing: Wounded"],
  ]) {
    const tab = await env.browser.newPage();
    await tab.goto(env.site.url(path));
    await cardsSettled(tab, 1);
    const status = () => tab.evaluate(() => document.getElementById("card").shadowRoot.querySelector(".measure-status[role='status']")?.textContent);
    assert.equal(await status(), "", `${path}: the status is there, empty, before any switch`);
    await tab.locator("#card").getByRole("radio", { name: wounded }).check();
    await tab.waitForFunction(() => document.getElementById("card").shadowRoot.querySelector(".measure-status").textContent !== "");
    assert.equal(await status(), said, path);
    await tab.close();
  }
});
