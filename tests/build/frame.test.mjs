// frame.html (scripts/post-build/frame.mjs) and what its script (loader/frame.js) reads from the
// frame's address and tells the parent. The browser side is tests/browser/frame.test.mjs.
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { test } from "node:test";
import { dataOrigins, fillFrameScript, framePage } from "../../scripts/post-build/frame.mjs";

const source = readFileSync(new URL("../../loader/frame.js", import.meta.url), "utf8");
/** frame.js as the build writes it for `origins`, imported as a module outside a browser: only its
 * functions, its page code needs a document. */
const built = (origins) => {
  const script = fillFrameScript(source, { origins });
  return import(`data:text/javascript;base64,${Buffer.from(script).toString("base64")}`);
};
const frame = await built(["self"]);
// frame.html on the asset host, as a forged link would open it.
const FRAME = "https://assets.example.org/claims-card/frame.html?src=x";
const REFUSED = "unpublished:";

test("frame.html loads frame.js, then embed.js, and has no inline script", () => {
  const page = framePage({ frameScript: "frame.js", loader: "embed.js" });
  const scripts = [...page.matchAll(/<script\b([^>]*)>([^<]*)<\/script>/g)];
  assert.deepEqual(
    scripts.map(([, attributes]) => attributes.trim()),
    ['type="module" src="./frame.js"', 'type="module" src="./embed.js"'],
  );
  assert.ok(scripts.every(([, , body]) => body === ""), "no inline script");
  assert.match(page, /^<!doctype html>/);
  assert.match(page, /background:transparent/);
  assert.ok(!page.includes("<claims-card"), "the card element is made by frame.js from the address");
});

test("frame.html refuses a script name that is not a file beside it", () => {
  for (const name of ["https://evil.example/x.js", "../embed.js", 'a.js" onload="x', "", undefined]) {
    assert.throws(() => framePage({ frameScript: name, loader: "embed.js" }), /is not a script beside it/);
  }
});

test("the card's attributes come from the query: src, seed, lang and theme only", () => {
  assert.deepEqual(frame.cardAttributes("?seed", FRAME), { "data-seed": "" });
  assert.deepEqual(frame.cardAttributes("?seed=&lang=ru", FRAME), { "data-seed": "", lang: "ru" });
  const query = "?src=https%3A%2F%2Fassets.example.org%2Fdata%2Fnk.json%3Fv%3D2&lang=ru&theme=dark";
  assert.deepEqual(frame.cardAttributes(query, FRAME), {
    src: "https://assets.example.org/data/nk.json?v=2",
    lang: "ru",
    theme: "dark",
  });
  assert.deepEqual(frame.cardAttributes("?onload=x&class=y&id=z&lang=&seed", FRAME), { "data-seed": "" });
  // With both, the data named wins: `seed` never replaces a story's figures.
  assert.deepEqual(frame.cardAttributes("?seed&src=/nk.json", FRAME), { src: "https://assets.example.org/nk.json" });
});

test("with src, the card re-reads its data as refresh and stale-after say, when they read as durations", () => {
  const src = "https://assets.example.org/nk.json";
  const query = (rest) => `?src=${encodeURIComponent(src)}&${rest}`;
  assert.deepEqual(frame.cardAttributes(query("refresh=5m&stale-after=30m&lang=ru"), FRAME), {
    src,
    "data-refresh": "5m",
    "data-stale-after": "30m",
    lang: "ru",
  });
  assert.deepEqual(frame.cardAttributes(query("refresh=1h"), FRAME), { src, "data-refresh": "1h" });
  // Anything but a number and its unit is dropped: a forged link writes no other text on the card.
  for (const bad of ["5", "5min", "5 m", "-5m", "1.5m", "123456m", "5m\"onload=x", "", "5m&refresh=1s"]) {
    assert.deepEqual(frame.cardAttributes(query(`refresh=${encodeURIComponent(bad)}`), FRAME), { src }, bad);
  }
  // Without src there is nothing to re-read: the card is still told src is missing.
  assert.deepEqual(frame.cardAttributes("?seed&refresh=5m", FRAME), { "data-seed": "" });
  assert.deepEqual(frame.cardAttributes("?refresh=5m&stale-after=30m", FRAME), { src: "no-src:" });
});

test("no src and no seed: the card is told src is missing, never given the seed", () => {
  assert.deepEqual(frame.cardAttributes("", FRAME), { src: "no-src:" });
  assert.deepEqual(frame.cardAttributes("?lang=ru&theme=dark", FRAME), { src: "no-src:", lang: "ru", theme: "dark" });
  // A misnamed data address is named back, so the editor sees what to rename; its value never is.
  for (const name of ["data", "url", "dataset", "json", "file", "href", "data-src", "URL"]) {
    const query = `?${name}=${encodeURIComponent("https://assets.example.org/nk.json")}`;
    assert.deepEqual(frame.cardAttributes(query, FRAME), { src: `no-src:${name.toLowerCase()}` }, name);
  }
  assert.deepEqual(frame.cardAttributes("?lang=ru&source=x&data=y", FRAME), { src: "no-src:data", lang: "ru" });
  // Any other parameter is only "a parameter": a forged link chooses no words on the card.
  assert.deepEqual(frame.cardAttributes("?killed%2050000=1", FRAME), { src: "no-src:?" });
  assert.deepEqual(frame.cardAttributes(`?${"x".repeat(100000)}=1`, FRAME), { src: "no-src:?" });
});

test("a blank src is passed on for the card to refuse, never dropped", () => {
  assert.deepEqual(frame.cardAttributes("?src=", FRAME), { src: "blank:" });
  assert.deepEqual(frame.cardAttributes("?src=%20%20", FRAME), { src: "blank:" });
});

test("by default only the asset host's own data is shown: every trick for another host is refused", () => {
  const tricks = [
    "https://attacker.example/fake.json",
    "http://assets.example.org/claims-card/nk.json", // same host, another scheme: another origin
    "https://assets.example.org:8443/nk.json",
    "//attacker.example/fake.json",
    "/\\attacker.example/fake.json",
    "\\\\attacker.example/fake.json",
    "http:attacker.example/fake.json", // another scheme than frame.html's: an absolute address
    "https://assets.example.org@attacker.example/fake.json",
    "/\t/attacker.example/fake.json",
    "/\n/attacker.example/fake.json",
    "\t//attacker.example/fake.json",
    "javascript:alert(1)",
    "data:application/json,{}",
    "blob:https://assets.example.org/0b6e3e3a-0000-4000-8000-000000000000",
    "http://[::1/",
    `https://attacker.example/${"a".repeat(100_000)}`,
  ];
  for (const src of tricks) {
    assert.equal(frame.allowedSrc(src, FRAME), REFUSED, JSON.stringify(src.slice(0, 60)));
    assert.deepEqual(frame.cardAttributes(`?${new URLSearchParams({ src })}`, FRAME), { src: REFUSED });
  }
});

test("the asset host's own addresses are shown, as the URL standard reads them", () => {
  const own = {
    "https://assets.example.org/data/nk.json": "https://assets.example.org/data/nk.json",
    "/data/nk.json": "https://assets.example.org/data/nk.json",
    "nk.json": "https://assets.example.org/claims-card/nk.json",
    // Encoded slashes stay a path on the asset host: no request leaves it.
    "%2F%2Fattacker.example/x.json": "https://assets.example.org/claims-card/%2F%2Fattacker.example/x.json",
    "HTTPS://ASSETS.EXAMPLE.ORG/nk.json": "https://assets.example.org/nk.json",
    // The scheme of frame.html's own address without slashes is a path relative to it, for the URL
    // standard as for every browser: the request stays on the asset host.
    "https:attacker.example/fake.json": "https://assets.example.org/claims-card/attacker.example/fake.json",
    "https:/attacker.example/fake.json": "https://assets.example.org/attacker.example/fake.json",
  };
  for (const [src, href] of Object.entries(own)) assert.equal(frame.allowedSrc(src, FRAME), href, src);
});

test("a release that allows another data origin shows data from there, and only there", async () => {
  const frame = await built(["self", "https://data.example.org"]);
  assert.equal(frame.allowedSrc("https://data.example.org/nk.json", FRAME), "https://data.example.org/nk.json");
  assert.equal(frame.allowedSrc("https://assets.example.org/nk.json", FRAME), "https://assets.example.org/nk.json");
  for (const src of ["https://data.example.org.attacker.example/x", "https://attacker.example/x", "//data.example.org@attacker.example/x"]) {
    assert.equal(frame.allowedSrc(src, FRAME), REFUSED, src);
  }
  const only = await built(["https://data.example.org"]);
  assert.equal(only.allowedSrc("/nk.json", FRAME), REFUSED, "without self, not the asset host either");
});

test("frame-data-origins.json: self or exact http(s) origins; anything else fails the build", () => {
  const config = (origins) => JSON.stringify({ origins });
  assert.deepEqual(dataOrigins(config(["self", "https://data.example.org", "self"])), ["self", "https://data.example.org"]);
  assert.deepEqual(dataOrigins(readFileSync(new URL("../../frame-data-origins.json", import.meta.url), "utf8")), ["self"]);
  for (const bad of [[], ["https://data.example.org/"], ["https://data.example.org/x"], ["data.example.org"], ["*"], ["ftp://x.org"], ["null"]]) {
    assert.throws(() => dataOrigins(config(bad)), /frame-data-origins\.json/, JSON.stringify(bad));
  }
  assert.throws(() => fillFrameScript("const a = 1;", { origins: ["self"] }), /__DATA_ORIGINS__ once/);
});

test("frame.js and the card agree on the value that stands for a refused src", () => {
  const rust = readFileSync(new URL("../../src/fetch.rs", import.meta.url), "utf8");
  assert.match(rust, new RegExp(`const REFUSED_SRC: &str = "${REFUSED}";`));
  assert.match(source, new RegExp(`const REFUSED_SRC = "${REFUSED}";`));
});

test("frame.js and the card agree on the missing-src marker and the misnamed parameters they name", () => {
  const rust = readFileSync(new URL("../../src/fetch.rs", import.meta.url), "utf8");
  assert.match(rust, /const NO_SRC: &str = "no-src:";/);
  assert.match(source, /const NO_SRC = "no-src:";/);
  const list = (text) => JSON.parse(text.match(/const MISNAMED[^=]*= (\[[^\]]*\])/)[1]);
  assert.deepEqual(list(rust), list(source));
});

test("the height goes out in the card's own message and in AMP's embed-size", () => {
  assert.deepEqual(frame.heightMessages(1234), [
    { type: "claims-card:height", height: 1234 },
    { sentinel: "amp", type: "embed-size", height: 1234 },
  ]);
});
