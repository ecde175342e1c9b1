// Faults: the wasm or the data failing in every way we could think of. Whatever fails, the
// server-rendered cards keep their readable markup (or a client-only card says it could not load),
// the page never sees an uncaught error, and the other cards are not affected. The worst data and
// attributes a page can hold are fed to the live wasm, which must never reach a panic: with
// panic = "abort" one panic would end the instance for every card on the page.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { execFileSync } from "node:child_process";
import { cardsSettled, visibleText } from "./browser.mjs";
import { browserAndSites, page, renderSnippet, withId } from "./fixtures.mjs";

const repo = fileURLToPath(new URL("../..", import.meta.url));
const dist = `${repo}/dist`;
const wasmFile = readdirSync(dist).find((name) => name.endsWith("_bg.wasm"));
const seed = JSON.parse(readFileSync(`${repo}/data/seed.json`, "utf8"));
const corpus = ["bad", "hostile"].flatMap((folder) =>
  readdirSync(`${repo}/tests/corpus/${folder}`)
    .filter((name) => name.endsWith(".json"))
    .sort()
    .map((name) => ({ name: `${folder}/${name}`, text: readFileSync(`${repo}/tests/corpus/${folder}/${name}`, "utf8") })),
);

/** JSON (or not) inside a <script> element: nothing in it can end the element early. */
const scriptText = (text) => text.replace(/<(?=[/!])/g, "\\u003c");
const inline = (id, text, attributes = "") =>
  `<claims-card id="${id}"${attributes}><script type="application/json">${scriptText(text)}</script></claims-card>`;

const csp = (assets, extra) =>
  execFileSync("cargo", ["run", "--quiet", "--package", "claims-card-cli", "--bin", "claims-card", "--", "csp", "--asset-base", `${assets}/`], {
    cwd: repo,
    encoding: "utf8",
  })
    .trim()
    .replace(" 'wasm-unsafe-eval'", extra);

const cards = (assets) =>
  page({
    body: `<h1>Host</h1>
${withId(renderSnippet(assets), "server")}
<p>Between the cards.</p>
${withId(renderSnippet(assets), "server-b")}
<div data-claims-card data-seed id="client"></div>`,
  });

const env = browserAndSites(
  {
    "/cards.html": cards,
    "/cards-csp.html": cards,
    "/data.html": (assets) =>
      page({
        body: `${withId(renderSnippet(assets), "snapshot").replace("<claims-card ", `<claims-card src="/missing.json" `)}
<claims-card id="missing" src="/missing.json"></claims-card>
<claims-card id="aborted" src="/aborted.json"></claims-card>
<claims-card id="html" src="/html.json"></claims-card>
<claims-card id="huge" src="/huge.json"></claims-card>
<claims-card id="not-a-dataset" src="/not-a-dataset.json"></claims-card>
<claims-card id="good" data-seed></claims-card>
<script type="module" src="${assets}/embed.js"></script>`,
      }),
    "/worst.html": (assets) =>
      page({
        body: `${withId(renderSnippet(assets), "server")}
<div data-claims-card data-seed id="client"></div>
${corpus.map(({ name, text }, index) => inline(`corpus-${index}`, text, ` data-file="${name}"`)).join("\n")}
${inline("deep", "[".repeat(100_000))}
${inline("lone-surrogate", JSON.stringify({ ...seed, title: "\\ud800" }).replace('"\\\\ud800"', '"\\ud800"'))}
${inline("too-big", JSON.stringify({ ...seed, dek: "x".repeat(600_000) }))}
${inline("two-scripts", "{}")}
<claims-card id="nested"><claims-card id="inner" data-seed></claims-card></claims-card>
<claims-card id="dsd-garbage" data-seed><template shadowrootmode="open"><div class="mount"><input name="measure" value="💥" checked><p>junk</div></template></claims-card>
<claims-card id="dsd-no-mount" data-seed><template shadowrootmode="open"><p>An old snippet</p></template></claims-card>
<svg data-claims-card id="svg"></svg>
<input data-claims-card id="input">
<table data-claims-card id="table"></table>
<script type="module" src="${assets}/embed.js"></script>`,
      }),
  },
  {
    hostHeaders: (path, assets) =>
      // A policy that allows the card's scripts but not compiling WebAssembly.
      path === "/cards-csp.html" ? { "content-security-policy": `default-src 'none'; ${csp(assets, "")}` } : {},
  },
);

/** Opens `path` after `prepare(tab)`, collecting uncaught errors and console errors. */
async function open(path, prepare = async () => {}) {
  const tab = await env.browser.newPage();
  const report = { pageErrors: [], consoleErrors: [] };
  tab.on("pageerror", (error) => report.pageErrors.push(String(error)));
  tab.on("console", (message) => message.type() === "error" && report.consoleErrors.push(message.text()));
  // Nothing outside this machine: a card pointed elsewhere fails at once instead of waiting for DNS.
  await tab.route(
    (url) => url.hostname !== "127.0.0.1",
    (route) => route.abort("addressunreachable"),
  );
  await prepare(tab);
  await tab.goto(env.site.url(path));
  return { tab, report };
}

/**
 * After a wasm failure: the server-rendered cards, which never needed the wasm, are ready and whole;
 * the client-only card says it could not load.
 */
async function assertFallback(tab, report, fault) {
  await cardsSettled(tab, 3);
  assert.equal(await tab.getAttribute("#client", "data-state"), "error", `${fault}: #client`);
  for (const id of ["server", "server-b"]) {
    assert.equal(await tab.getAttribute(`#${id}`, "data-state"), "ready", `${fault}: #${id}`);
    assert.match(await visibleText(tab, `#${id}`), /192 service members.*at least 200 people/, `${fault}: #${id}`);
    const box = await tab.evaluate((id) => document.getElementById(id).getBoundingClientRect().height, id);
    assert.ok(box > 500, `${fault}: #${id} is ${box}px tall`);
  }
  assert.equal(
    await tab.evaluate(() => document.querySelector("#client").shadowRoot?.textContent),
    "This graphic could not be loaded.",
    fault,
  );
  // The server-rendered switch is CSS: it still works with no wasm at all.
  await tab.locator("#server").getByRole("radio", { name: "Wounded" }).click();
  assert.match(await visibleText(tab, "#server"), /about 511 service members/, fault);
  assert.match(await visibleText(tab, "#server-b"), /192 service members/, fault);
  assert.deepEqual(report.pageErrors, [], fault);
  assert.equal(report.consoleErrors.filter((text) => text.includes("could not load its WebAssembly")).length, 1, fault);
}

// A wasm module whose start function traps at once: what a panic during start-up looks like to the page.
const PANICKING_WASM = Buffer.from([
  0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00, // magic, version
  0x01, 0x04, 0x01, 0x60, 0x00, 0x00, // one type: () -> ()
  0x03, 0x02, 0x01, 0x00, // one function of that type
  0x07, 0x14, 0x01, 0x10, ...Buffer.from("__wbindgen_start"), 0x00, 0x00, // export it as __wbindgen_start
  0x0a, 0x05, 0x01, 0x03, 0x00, 0x00, 0x0b, // its body: unreachable
]);

const WASM = "**/*_bg.wasm";
const GLUE = /\/claims-card-[0-9a-f]+\.js$/;
const FAULTS = {
  "wasm 404": [WASM, (route) => route.fulfill({ status: 404, body: "not found" })],
  "wasm network error": [WASM, (route) => route.abort("failed")],
  "wasm connection reset": [WASM, (route) => route.abort("connectionreset")],
  "wasm answered with an HTML page": [
    WASM,
    (route) => route.fulfill({ status: 200, contentType: "text/html", body: "<!doctype html><p>Welcome to our CDN</p>" }),
  ],
  "wasm cut off halfway": [
    WASM,
    (route) => {
      const bytes = readFileSync(`${dist}/${wasmFile}`);
      return route.fulfill({ status: 200, contentType: "application/wasm", body: bytes.subarray(0, bytes.length >> 1) });
    },
  ],
  "wasm that panics as it starts": [
    WASM,
    (route) => route.fulfill({ status: 200, contentType: "application/wasm", body: PANICKING_WASM }),
  ],
  "JS glue served as text/plain": [
    GLUE,
    async (route) => {
      const response = await route.fetch();
      await route.fulfill({ response, headers: { ...response.headers(), "content-type": "text/plain" } });
    },
  ],
  "JS glue 500": [GLUE, (route) => route.fulfill({ status: 500, body: "oops" })],
};

test("every way the wasm can fail to load leaves server-rendered cards readable and no uncaught error", async () => {
  for (const [fault, [pattern, handler]] of Object.entries(FAULTS)) {
    const { tab, report } = await open("/cards.html", (tab) => tab.route(pattern, handler));
    await assertFallback(tab, report, fault);
    await tab.close();
  }
});

test("a CSP without 'wasm-unsafe-eval' blocks the wasm: the same fallback", async () => {
  const { tab, report } = await open("/cards-csp.html");
  await assertFallback(tab, report, "CSP blocks wasm");
  await tab.close();
});

test("wasm served with the wrong MIME type still runs (the glue compiles it from bytes)", async () => {
  const { tab, report } = await open("/cards.html", (tab) =>
    tab.route(WASM, async (route) => {
      const response = await route.fetch();
      await route.fulfill({ response, headers: { ...response.headers(), "content-type": "application/octet-stream" } });
    }),
  );
  await cardsSettled(tab, 3);
  for (const id of ["server", "server-b", "client"]) assert.equal(await tab.getAttribute(`#${id}`, "data-state"), "ready");
  assert.deepEqual(report.pageErrors, []);
  await tab.close();
});

test("embed.js itself missing: server-rendered cards are still readable, client-only ones take no room", async () => {
  const { tab, report } = await open("/cards.html", (tab) =>
    tab.route("**/embed.js", (route) => route.fulfill({ status: 404, body: "" })),
  );
  await tab.waitForLoadState("load");
  assert.match(await visibleText(tab, "#server"), /192 service members/);
  assert.equal(await tab.evaluate(() => document.querySelector("#client").getBoundingClientRect().height), 0);
  assert.deepEqual(report.pageErrors, []);
  await tab.close();
});

test("failed datasets: a snapshot stays, a card without one says why and offers Try again, others unaffected", async () => {
  const { tab, report } = await open("/data.html", async (tab) => {
    await tab.route("**/aborted.json", (route) => route.abort("connectionrefused"));
    await tab.route("**/html.json", (route) => route.fulfill({ status: 200, contentType: "text/html", body: "<!doctype html><h1>Login</h1>" }));
    await tab.route("**/huge.json", (route) => route.fulfill({ status: 200, contentType: "application/json", body: `{"x":"${"a".repeat(600_000)}"}` }));
    await tab.route("**/not-a-dataset.json", (route) => route.fulfill({ status: 200, contentType: "application/json", body: "[1, 2, 3]" }));
  });
  await cardsSettled(tab, 7);
  assert.equal(await tab.getAttribute("#snapshot", "data-state"), "ready");
  assert.match(await visibleText(tab, "#snapshot"), /192 service members/);
  for (const id of ["missing", "aborted", "html", "huge", "not-a-dataset"]) {
    assert.equal(await tab.getAttribute(`#${id}`, "data-state"), "error", id);
    assert.match(await visibleText(tab, `#${id}`), /could not|cannot/i, id);
  }
  for (const id of ["missing", "aborted"]) {
    assert.equal(await tab.locator(`#${id}`).getByRole("button", { name: "Try again" }).count(), 1, id);
  }
  assert.match(await visibleText(tab, "#huge"), /524288 bytes|limit/);
  assert.equal(await tab.getAttribute("#good", "data-state"), "ready");
  assert.match(await visibleText(tab, "#good"), /192 service members/);
  assert.deepEqual(report.pageErrors, []);
  await tab.close();
});

test("the worst data and markup a page can hold never reaches a panic", async () => {
  const { tab, report } = await open("/worst.html");
  const total = await tab.evaluate(() => document.querySelectorAll("claims-card, [data-claims-card]").length);
  await cardsSettled(tab, total);
  assert.deepEqual(report.pageErrors, []);
  // The good cards are cards; every corpus file is an error card or (the hostile ones) a card with markup as text.
  for (const id of ["server", "client", "inner", "dsd-garbage", "dsd-no-mount"]) {
    assert.equal(await tab.getAttribute(`#${id}`, "data-state"), "ready", id);
  }
  assert.match(await visibleText(tab, "#server"), /192 service members/);
  const outcomes = await tab.evaluate(() =>
    [...document.querySelectorAll("[data-file]")].map((host) => ({
      file: host.dataset.file,
      state: host.dataset.state,
      text: host.shadowRoot?.querySelector(".card")?.textContent.length ?? 0,
    })),
  );
  for (const { file, state, text } of outcomes) {
    assert.equal(state, file.startsWith("bad/") ? "error" : "ready", file);
    assert.ok(text > 20, `${file} shows ${text} characters`);
  }
  for (const id of ["deep", "lone-surrogate", "too-big", "two-scripts", "svg", "input", "table"]) {
    assert.equal(await tab.getAttribute(`#${id}`, "data-state"), "error", id);
  }
  assert.equal(await tab.evaluate(() => window.ranFromData ?? window.pwned ?? null), null);

  // Cards with garbage attributes, added by script with the exact bytes of each corpus file too.
  const garbage = await tab.evaluate(
    ({ corpus, seedText }) => {
      let state = 20231919;
      const random = (n) => {
        state = (state * 1103515245 + 12345) % 2147483648;
        return state % n;
      };
      const nasty = [
        "", " ", "\u0000", "\ud800", "javascript:alert(1)", "data:application/json,{}", "http://[::1", "//evil.example/x.json",
        "en".repeat(5000), "x".repeat(100_000), "<script>window.pwned=1</script>", '" onload="window.pwned=1', "🏳️‍🌈", "ar-EG",
        "hy", "uk-UA", "ZZ-zz-Latn-x-private", "dark", "light", "DARK", "../../../etc/passwd", "http://127.0.0.1:1/x.json",
        "https://", "\n\t", "%ZZ", "?#", "file:///etc/passwd", "blob:null/x", "ws://127.0.0.1/", "ftp://x/",
      ];
      const randomText = () =>
        Array.from({ length: random(40) }, () => String.fromCharCode(random(3) === 0 ? random(0xffff) : 32 + random(95))).join("");
      const value = () => (random(2) ? nasty[random(nasty.length)] : randomText());
      const tags = ["claims-card", "div", "span", "p", "section", "article", "ul", "button", "textarea", "img", "video", "select"];
      const made = [];
      for (let i = 0; i < 60; i++) {
        const element = document.createElement(tags[random(tags.length)]);
        if (element.localName !== "claims-card") element.setAttribute("data-claims-card", value());
        for (const name of ["lang", "theme", "src", "id", "dir", "class"]) if (random(2)) element.setAttribute(name, value());
        if (random(2)) {
          const script = document.createElement("script");
          script.type = "application/json";
          script.textContent = random(2) ? corpus[random(corpus.length)] : random(2) ? seedText : randomText();
          element.append(script);
        }
        made.push(element);
      }
      // And every corpus file, byte for byte.
      for (const text of corpus) {
        const element = document.createElement("claims-card");
        const script = document.createElement("script");
        script.type = "application/json";
        script.textContent = text;
        element.append(script);
        made.push(element);
      }
      const box = document.createElement("section");
      box.id = "garbage";
      box.append(...made);
      document.body.append(box);
      return made.length;
    },
    { corpus: corpus.map(({ text }) => text), seedText: JSON.stringify(seed) },
  );
  await cardsSettled(tab, total + garbage);
  assert.deepEqual(report.pageErrors, []);
  assert.equal(await tab.evaluate(() => window.pwned ?? null), null);

  // The wasm is still alive and serving every card: a new card becomes a card, an old one still switches.
  await tab.evaluate(() => {
    const after = Object.assign(document.createElement("claims-card"), { id: "after" });
    after.dataset.seed = "";
    document.body.append(after);
  });
  await tab.waitForFunction(() => document.querySelector("#after").dataset.state === "ready");
  assert.match(await visibleText(tab, "#after"), /192 service members/);
  await tab.locator("#client").getByRole("radio", { name: "Wounded" }).click();
  assert.match(await visibleText(tab, "#client"), /about 511/);
  assert.deepEqual(report.pageErrors, []);
  await tab.close();
});

test("cards removed while fetching, and a page rewriting a card's shadow root, cause no error", async () => {
  const { tab, report } = await open("/data.html", async (tab) => {
    await tab.route("**/missing.json", async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 400));
      await route.fulfill({ status: 200, contentType: "application/json", body: JSON.stringify({ ...seed, title: "Live title" }) });
    });
  });
  // Remove one card while its data is on the way; a translation tool rewrites another's text meanwhile.
  await tab.waitForFunction(() => document.querySelector("#missing")?.shadowRoot?.querySelector(".placeholder"));
  await tab.evaluate(() => {
    document.querySelector("#missing").remove();
    const root = document.querySelector("#snapshot").shadowRoot;
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    const texts = [];
    while (walker.nextNode()) if (walker.currentNode.textContent.trim()) texts.push(walker.currentNode);
    for (const text of texts) {
      const font = document.createElement("font");
      font.textContent = text.textContent.toUpperCase();
      text.replaceWith(font);
    }
  });
  // The live data arrives and the card whose text the page replaced is drawn afresh: no error, and it
  // shows the live data in the card's own words (a translation tool translates the new text again).
  await tab.waitForFunction(() => document.querySelector("#snapshot").dataset.state === "ready");
  const text = await visibleText(tab, "#snapshot");
  assert.match(text, /Live title/);
  assert.match(text, /192 service members/);
  assert.doesNotMatch(text, /SERVICE MEMBERS/);
  await tab.waitForTimeout(600); // the removed card's fetch ends meanwhile
  assert.equal(await tab.getAttribute("#good", "data-state"), "ready");
  assert.deepEqual(report.pageErrors, []);
  await tab.close();
});

test("if the wasm dies after rendering anyway, every card stays readable and keeps working", async () => {
  const { tab, report } = await open("/cards.html");
  await cardsSettled(tab, 3);
  // Trap the live instance through its own allocator: an impossible allocation aborts, the same
  // `unreachable` a panic ends in with panic = "abort". No debug hook: this is the release build.
  const trapped = await tab.evaluate(async () => {
    const glue = performance.getEntriesByType("resource").find((entry) => /claims-card-[0-9a-f]+\.js$/.test(entry.name));
    const wasm = await (await import(glue.name)).default();
    try {
      wasm.__wbindgen_malloc(0xfffffff0, 8);
      return "no trap";
    } catch (error) {
      return `${error.name}: ${error.message}`;
    }
  });
  assert.match(trapped, /RuntimeError: unreachable/);
  for (const id of ["server", "server-b", "client"]) {
    assert.match(await visibleText(tab, `#${id}`), /192 service members.*at least 200 people/, id);
  }
  await tab.locator("#client").getByRole("radio", { name: "Wounded" }).click();
  assert.match(await visibleText(tab, "#client"), /about 511/);
  await tab.locator("#server").locator("details summary").first().click();
  assert.equal(await tab.locator("#server").locator("details[open]").count(), 1);
  assert.deepEqual(report.pageErrors, []);
  await tab.close();
});
