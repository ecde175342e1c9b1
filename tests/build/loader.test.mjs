// The loader as the build finishes it (scripts/post-build/loader.mjs), and its agreement with the
// card's Rust: the contract it is given is `claims-card loader-contract`, and the render keys it
// computes from it equal those of the server snippets (`claims-card render`).
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { test } from "node:test";
import { claimsCard } from "../../scripts/post-build/cli.mjs";
import { minifyModule } from "../../scripts/post-build/glue.mjs";
import { fillLoader } from "../../scripts/post-build/loader.mjs";

const crate = new URL("../..", import.meta.url).pathname;
const source = readFileSync(new URL("../../loader/embed.js", import.meta.url), "utf8");
const contract = JSON.parse(claimsCard(crate, "loader-contract"));
const files = { glue: "claims-card-0123.js", wasm: "claims-card-0123_bg.wasm" };

/** The filled loader's pure functions, imported without running its page code (as if already started). */
async function loaderFunctions(filled) {
  globalThis[Symbol.for("claims-card.started")] = true;
  const exported = `${filled}\nexport { CONTRACT, FILES, cardLanguage, dataText, renderKey, placeholderHeight };`;
  return import(`data:text/javascript;base64,${Buffer.from(exported).toString("base64")}`);
}

test("the contract is written in once, as JSON, with the file names", async () => {
  const filled = fillLoader(source, { contract, ...files });
  assert.ok(!filled.includes("__CONTRACT__") && !filled.includes("__FILES__"));
  const loader = await loaderFunctions(filled);
  assert.deepEqual(loader.CONTRACT, contract);
  assert.deepEqual(loader.FILES, files);
});

test("a loader with a missing, doubled or unknown marker fails the build", () => {
  const filling = { contract, ...files };
  assert.throws(() => fillLoader(source.replace("__CONTRACT__", "{}"), filling), /__CONTRACT__ once, found it 0/);
  assert.throws(() => fillLoader(`${source}\n// __FILES__`, filling), /__FILES__ once, found it 2/);
  assert.throws(() => fillLoader(`${source}\nconst X = "__GLUE__";`, filling), /__GLUE__ is not filled in/);
  assert.throws(() => fillLoader(source, { contract: {}, ...files }), /no codeVersion/);
});

test("text that looks like a replacement pattern is written as it is", () => {
  const odd = { ...contract, loadFailed: { ...contract.loadFailed, en: "costs $& and $'" } };
  assert.match(fillLoader(source, { contract: odd, ...files }), /costs \$& and \$'/);
});

test("the contract holds what the loader used to copy by hand", () => {
  assert.equal(contract.cardSelector, "claims-card, [data-claims-card]");
  assert.deepEqual(contract.languages, ["en", "hy", "az", "ru", "uk"]);
  assert.equal(contract.defaultLanguage, "en");
  assert.equal(contract.loadFailed.en, "This graphic could not be loaded.");
  for (const language of contract.languages) assert.ok(contract.loadFailed[language], language);
  assert.match(contract.codeVersion, /^[0-9a-f]{16}$/);
});

test("the loader's render key equals the server snippet's in every language", async () => {
  const loader = await loaderFunctions(fillLoader(source, { contract, ...files }));
  for (const language of contract.languages) {
    const snippet = claimsCard(crate, "render", "--lang", language);
    const key = /data-render="([0-9a-f]{8})"/.exec(snippet)[1];
    const data = /<script type="application\/json">([\s\S]*?)<\/script>/.exec(snippet)[1];
    // The snippet hides its JSON in a comment; the key is of the JSON.
    const json = /^<!--(.*)-->$/.exec(data)[1];
    assert.equal(loader.dataText(data), json);
    assert.equal(loader.dataText(` ${json}\n`), json);
    assert.equal(loader.renderKey(loader.cardLanguage(language), loader.dataText(data)), key, language);
    assert.notEqual(loader.renderKey(loader.cardLanguage(language), `${json} `), key, language);
  }
});

test("a lang value picks the card's language as Rust's card_locale does", async () => {
  const { cardLanguage } = await loaderFunctions(fillLoader(source, { contract, ...files }));
  assert.equal(cardLanguage("hy"), "hy");
  assert.equal(cardLanguage(" RU-ru "), "ru");
  assert.equal(cardLanguage("az_Latn_AZ"), "az");
  assert.equal(cardLanguage("de"), "en");
  assert.equal(cardLanguage(""), "en");
  assert.equal(cardLanguage(undefined), "en");
});

test("the placeholder's height agrees with Rust's placeholder_height", async () => {
  const { placeholderHeight } = await loaderFunctions(fillLoader(source, { contract, ...files }));
  // The same widths and heights as src/loader_contract.rs's test.
  assert.equal(placeholderHeight(320), 1388);
  assert.equal(placeholderHeight(1000), 920);
  assert.equal(placeholderHeight(0), placeholderHeight(240));
  assert.equal(placeholderHeight(240), 1617);
});

test("the minified loader still carries the contract", async () => {
  const minified = await minifyModule(fillLoader(source, { contract, ...files }));
  assert.ok(minified.length < source.length / 2, `${minified.length} B`);
  for (const text of [contract.codeVersion, contract.cardSelector, contract.loadFailed.hy, files.glue, files.wasm]) {
    assert.ok(minified.includes(text), text);
  }
});

test("a reader's click reaches the wasm through the glue's export, never through the page's markup", () => {
  const asked = readFileSync(new URL("../../src/asked.rs", import.meta.url), "utf8");
  assert.match(asked, /#\[wasm_bindgen\(js_name = readerAsked\)\]\npub fn reader_asked\(host: Element, action: &str\)/);
  assert.match(source, /glue\?\.readerAsked\(host, /);
  assert.match(source, /!event\.isTrusted/, "only a trusted click");
  // No attribute carries the request: neither side names one.
  assert.doesNotMatch(source, /data-upgrade|dataset\.upgrade/);
  for (const file of ["host.rs", "page.rs", "app.rs"]) {
    const rust = readFileSync(new URL(`../../src/${file}`, import.meta.url), "utf8");
    assert.doesNotMatch(rust, /data-upgrade/, file);
  }
});

test("one place decides whether a pasted card is current: the loader, which the wasm asks", () => {
  const rust = readFileSync(new URL("../../src/loader.rs", import.meta.url), "utf8");
  assert.match(source, /Object\.defineProperty\(globalThis, Symbol\.for\("claims-card\.current"\), \{\n\s*value: \(host\) => !isForm\(host\) && isCurrent\(host\),/);
  assert.match(rust, /js_sys::Symbol::for_\("claims-card\.current"\)/);
  // The wasm computes no render key of its own.
  for (const file of ["page.rs", "host.rs", "app.rs", "data.rs"]) {
    const code = readFileSync(new URL(`../../src/${file}`, import.meta.url), "utf8");
    assert.doesNotMatch(code, /render_key/, file);
  }
});
