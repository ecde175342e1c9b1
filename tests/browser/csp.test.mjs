// A strict Content-Security-Policy, sent as a real response header: `default-src 'none'` plus exactly
// what `claims-card csp` prints (scripts only this release's embed.js, its pinned twin and the JS glue,
// and 'wasm-unsafe-eval'; connect-src the release's wasm and the dataset; style-src the snippet's
// hash), read from the served build's dist/release.json. A tag injected into the article that loads
// the folder's other files (frame.js, the workbench) is refused; with --whole-folder it is not. Server-rendered, client-rendered and
// live-data cards all come to life with no violation reported, and docs/SAFETY.md documents this very
// policy. A page with only client-rendered cards needs no style-src at all; a page that forgot the
// snippet's hash still gets a styled live card.
import { test, after } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { cardsSettled, visibleText } from "./browser.mjs";
import { browserAndSites, page, renderSnippet, withId } from "./fixtures.mjs";
import { serve } from "./server.mjs";

const repo = fileURLToPath(new URL("../..", import.meta.url));

/** What the editors' command prints: the directives the card needs. */
function cardPolicy(...args) {
  return execFileSync("cargo", ["run", "--quiet", "--package", "claims-card-cli", "--bin", "claims-card", "--", "csp", ...args], {
    cwd: repo,
    encoding: "utf8",
    stdio: ["ignore", "pipe", "inherit"],
  }).trim();
}

// A third origin for live data, as a newsroom's data desk would publish it.
const data = await serve({ root: `${repo}/data`, cors: true });
after(() => data.close());
const DATA_URL = `${data.origin}/seed.json`;
const NONCE = "b3Jhbmdlcy1hbmQtbGVtb25z";
// A card the browser renders, its data in the page. (A data-seed card reads seed.json beside embed.js:
// an exact-files policy would need that file in connect-src too.)
const CLIENT_CARD = `<div data-claims-card id="client"><script type="application/json">${readFileSync(`${repo}/data/seed.json`, "utf8")}</script></div>`;

/** The policy each page is served with: nothing allowed but what the card needs. */
const policies = {};
function policyFor(path, assets) {
  policies[path] ??= {
    "/strict.html": () => `default-src 'none'; ${cardPolicy("--asset-base", `${assets}/`, "--src", DATA_URL)}`,
    "/client-only.html": () =>
      `default-src 'none'; ${cardPolicy("--asset-base", `${assets}/`, "--src", DATA_URL, "--client-rendered")}`,
    "/no-hash.html": () =>
      `default-src 'none'; ${cardPolicy("--asset-base", `${assets}/`, "--client-rendered")}`,
    "/injected.html": () => `default-src 'none'; ${cardPolicy("--asset-base", `${assets}/`, "--client-rendered")}`,
    "/injected-folder.html": () =>
      `default-src 'none'; ${cardPolicy("--asset-base", `${assets}/`, "--client-rendered", "--whole-folder")}`,
    // A nonce-based policy with 'strict-dynamic' (host allowlists ignored) and Trusted Types enforced.
    "/nonce.html": () =>
      `default-src 'none'; ${cardPolicy("--asset-base", `${assets}/`, "--src", DATA_URL).replace(
        /^script-src [^;]+;/,
        `script-src 'nonce-${NONCE}' 'strict-dynamic' 'wasm-unsafe-eval';`,
      )}; require-trusted-types-for 'script'; trusted-types 'none'`,
  }[path]?.();
  return policies[path];
}

const env = browserAndSites(
  {
    "/strict.html": (assets) =>
      page({
        body: `<h1>Strict page</h1>
${withId(renderSnippet(assets), "server")}
${CLIENT_CARD}
<claims-card id="live" src="${DATA_URL}"></claims-card>`,
      }),
    "/client-only.html": (assets) =>
      page({
        body: `${CLIENT_CARD}
<claims-card id="live" src="${DATA_URL}"></claims-card>
<script type="module" src="${assets}/embed.js"></script>`,
      }),
    "/no-hash.html": (assets) => page({ body: withId(renderSnippet(assets), "server") }),
    // A card, and tags an attacker injected into the article (a comment field, say) that load the
    // asset folder's other scripts: frame.js and the workbench's.
    "/injected.html": (assets) => injected(assets),
    "/injected-folder.html": (assets) => injected(assets),
    "/nonce.html": (assets) =>
      page({
        body: `${withId(renderSnippet(assets), "server").replace('<script type="module" ', `<script nonce="${NONCE}" type="module" `)}
${CLIENT_CARD}
<claims-card id="live" src="${DATA_URL}"></claims-card>`,
      }),
  },
  {
    hostHeaders: (path, assets) => {
      const policy = policyFor(path, assets);
      return policy ? { "content-security-policy": policy } : {};
    },
  },
);

/** The asset folder's scripts that no page with a card needs. */
const OTHER_SCRIPTS = ["frame.js", readdirSync(`${repo}/dist`).find((name) => /^builder-[0-9a-f]+\.js$/.test(name))];

function injected(assets) {
  return page({
    body: `${CLIENT_CARD}
<script type="module" src="${assets}/embed.js"></script>
${OTHER_SCRIPTS.map((name) => `<script type="module" src="${assets}/${name}"></script>`).join("\n")}`,
  });
}

/** Opens `path`, recording every CSP violation (events, including from shadow roots, and console). */
async function open(path) {
  const tab = await env.browser.newPage();
  const report = { violations: [], console: [], pageErrors: [] };
  await tab.exposeFunction("recordViolation", (text) => report.violations.push(text));
  await tab.addInitScript(() => {
    document.addEventListener(
      "securitypolicyviolation",
      (event) => {
        window.cspViolations = (window.cspViolations ?? 0) + 1;
        window.recordViolation(`${event.effectiveDirective} blocked ${event.blockedURI || "inline"}`);
      },
      true,
    );
  });
  tab.on("console", (message) => ["error", "warning"].includes(message.type()) && report.console.push(message.text()));
  tab.on("pageerror", (error) => report.pageErrors.push(String(error)));
  const response = await tab.goto(env.site.url(path));
  report.header = (await response.allHeaders())["content-security-policy"];
  return { tab, report };
}

/** The card's own look, read from inside its shadow root. */
const styleOf = (tab, selector) =>
  tab.evaluate((selector) => {
    const card = document.querySelector(selector).shadowRoot.querySelector(".card");
    const style = getComputedStyle(card);
    return { fontSize: style.fontSize, borderTop: style.borderTopWidth, display: style.display };
  }, selector);
const STYLED = { fontSize: "16px", borderTop: "3px", display: "block" };

test("under the documented strict policy every kind of card comes to life with no violation", async () => {
  const { tab, report } = await open("/strict.html");
  await cardsSettled(tab, 3);
  assert.equal(report.header, policyFor("/strict.html"));
  // The release's exact files, from the build's release.json: not the folder.
  const release = JSON.parse(readFileSync(`${repo}/dist/release.json`, "utf8"));
  const assets = env.site.assets.origin;
  assert.ok(
    report.header.startsWith(
      `default-src 'none'; script-src ${assets}/embed.js ${assets}/${release.pinned} ${assets}/${release.glue} 'wasm-unsafe-eval'; ` +
        `connect-src ${assets}/${release.wasm} ${DATA_URL}; `,
    ),
    report.header,
  );
  assert.doesNotMatch(report.header, /unsafe-inline|'unsafe-eval'/);
  for (const id of ["server", "client", "live"]) {
    assert.equal(await tab.getAttribute(`#${id}`, "data-state"), "ready", id);
    assert.deepEqual(await styleOf(tab, `#${id}`), STYLED, id);
    assert.match(await visibleText(tab, `#${id}`), /192 service members/, id);
  }
  // The live card's data came through connect-src.
  assert.ok(data.requests.includes("/seed.json"));
  // The snippet's <style> applied (its hash is allowed): the server root has a working sheet.
  assert.equal(
    await tab.evaluate(() => document.querySelector("#server").shadowRoot.querySelector("style")?.sheet !== null),
    true,
  );
  assert.deepEqual(report.violations, []);
  assert.deepEqual(report.console.filter((text) => /Content Security Policy|Refused/i.test(text)), []);
  assert.deepEqual(report.pageErrors, []);
  await tab.close();
});

test("a page with only client-rendered cards needs no style-src: the shared stylesheet is not inline CSS", async () => {
  const { tab, report } = await open("/client-only.html");
  await cardsSettled(tab, 2);
  assert.doesNotMatch(report.header, /style-src/);
  for (const id of ["client", "live"]) {
    assert.equal(await tab.getAttribute(`#${id}`, "data-state"), "ready", id);
    assert.deepEqual(await styleOf(tab, `#${id}`), STYLED, id);
  }
  // Styled by one constructed stylesheet, shared by both cards; no <style> element at all.
  const sheets = await tab.evaluate(() => {
    const [a, b] = ["#client", "#live"].map((id) => document.querySelector(id).shadowRoot);
    return {
      adopted: [a.adoptedStyleSheets.length, b.adoptedStyleSheets.length],
      shared: a.adoptedStyleSheets[0] === b.adoptedStyleSheets[0],
      styleElements: a.querySelectorAll("style").length + b.querySelectorAll("style").length,
    };
  });
  assert.deepEqual(sheets, { adopted: [1, 1], shared: true, styleElements: 0 });
  assert.deepEqual(report.violations, []);
  assert.deepEqual(report.pageErrors, []);
  await tab.close();
});

test("a snippet on a page without its style hash: the inline style is refused, the live card is styled anyway", async () => {
  const { tab, report } = await open("/no-hash.html");
  await cardsSettled(tab, 1);
  assert.equal(await tab.getAttribute("#server", "data-state"), "ready");
  assert.deepEqual(await styleOf(tab, "#server"), STYLED);
  assert.match(await visibleText(tab, "#server"), /192 service members/);
  // The one violation is the snippet's own <style>, which the policy does not allow.
  assert.deepEqual([...new Set(report.violations)], ["style-src-elem blocked inline"]);
  assert.deepEqual(report.pageErrors, []);
  await tab.close();
});

test("a nonce-based policy with 'strict-dynamic' and Trusted Types enforced works too", async () => {
  const { tab, report } = await open("/nonce.html");
  await cardsSettled(tab, 3);
  assert.match(report.header, /'strict-dynamic'.*require-trusted-types-for 'script'/);
  for (const id of ["server", "client", "live"]) {
    assert.equal(await tab.getAttribute(`#${id}`, "data-state"), "ready", id);
    assert.deepEqual(await styleOf(tab, `#${id}`), STYLED, id);
  }
  assert.deepEqual(report.violations, []);
  assert.deepEqual(report.pageErrors, []);
  await tab.close();
});

test("the exact files: a tag injected into the article cannot load frame.js or the workbench; the card works", async () => {
  const { tab, report } = await open("/injected.html");
  await cardsSettled(tab, 1);
  assert.equal(await tab.getAttribute("#client", "data-state"), "ready");
  const assets = env.site.assets.origin;
  await tab.waitForFunction((n) => document.querySelectorAll("script[src]").length === n, OTHER_SCRIPTS.length + 1);
  // Each refused script is reported once it is tried; wait for both reports.
  const expected = OTHER_SCRIPTS.map((name) => `script-src-elem blocked ${assets}/${name}`).sort();
  await tab.waitForFunction((n) => window.cspViolations >= n, expected.length);
  await tab.evaluate(() => new Promise((done) => requestAnimationFrame(done)));
  assert.deepEqual([...new Set(report.violations)].sort(), expected);
  assert.equal(await tab.evaluate(() => document.querySelector("claims-card")), null, "frame.js made no card");
  await tab.close();
});

test("with --whole-folder the same injected tags load (what the exact files prevent)", async () => {
  const { tab, report } = await open("/injected-folder.html");
  await cardsSettled(tab, 2);
  // frame.js ran: it made a card of its own in the article.
  assert.ok(await tab.evaluate(() => document.querySelector("claims-card") !== null));
  assert.deepEqual(report.violations.filter((text) => text.startsWith("script-src")), []);
  await tab.close();
});

test("docs/SAFETY.md states exactly the policy these tests use", () => {
  const doc = readFileSync(new URL("../../docs/SAFETY.md", import.meta.url), "utf8");
  const release = "docs/release.example.json";
  const examples = [
    ["--asset-base", "https://cdn.example.org/claims-card/", "--release", release, "--src", "https://data.example.org/nk.json"],
    ["--asset-base", "https://cdn.example.org/claims-card/", "--release", release, "--client-rendered"],
    ["--asset-base", "https://cdn.example.org/claims-card/", "--whole-folder", "--client-rendered"],
  ];
  for (const args of examples) {
    const expected = `$ claims-card csp ${args.join(" ")}\n${cardPolicy(...args)}\n`;
    assert.ok(doc.includes(expected), `docs/SAFETY.md must show:\n${expected}`);
  }
  assert.ok(doc.includes("default-src 'none'; "), "and the default-src the tests add");
});
