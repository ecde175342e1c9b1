// frame.html (scripts/post-build/frame.mjs) and what its script (loader/frame.js) reads from the
// frame's address and tells the parent. The browser side is tests/browser/frame.test.mjs.
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { test } from "node:test";
import { framePage } from "../../scripts/post-build/frame.mjs";

const source = readFileSync(new URL("../../loader/frame.js", import.meta.url), "utf8");
// Imported as a module outside a browser: only its functions, its page code needs a document.
const frame = await import(`data:text/javascript;base64,${Buffer.from(source).toString("base64")}`);

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

test("the card's attributes come from the query: src, lang and theme only", () => {
  assert.deepEqual(frame.cardAttributes(""), { "data-seed": "" });
  assert.deepEqual(frame.cardAttributes("?src=https%3A%2F%2Fdata.example.org%2Fnk.json%3Fv%3D2&lang=ru&theme=dark"), {
    src: "https://data.example.org/nk.json?v=2",
    lang: "ru",
    theme: "dark",
  });
  assert.deepEqual(frame.cardAttributes("?onload=x&class=y&id=z&lang="), { "data-seed": "" });
});

test("a src that is not http(s) is passed on for the card to refuse; a blank one too, never dropped", () => {
  assert.deepEqual(frame.cardAttributes("?src=javascript:alert(1)"), { src: "javascript:alert(1)" });
  assert.deepEqual(frame.cardAttributes("?src="), { src: "blank:" });
  assert.deepEqual(frame.cardAttributes("?src=%20%20"), { src: "blank:" });
});

test("the height goes out in the card's own message and in AMP's embed-size", () => {
  assert.deepEqual(frame.heightMessages(1234), [
    { type: "claims-card:height", height: 1234 },
    { sentinel: "amp", type: "embed-size", height: 1234 },
  ]);
});
