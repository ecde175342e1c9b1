// builder.html and its files (scripts/post-build/builder.mjs): the cargo build's arguments, the
// content-hashed names, the start module and the page filled from builder/builder.html.
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { test } from "node:test";
import {
  builderCargoArgs,
  builderCargoWasm,
  builderFiles,
  builderPage,
  builderTargetDir,
  startModule,
} from "../../scripts/post-build/builder.mjs";

const template = readFileSync(new URL("../../builder/builder.html", import.meta.url), "utf8");
const outputs = { glue: "export default async function init() {}\n", wasm: Buffer.from([0, 97, 115, 109, 1, 0, 0, 0]), css: "p{}" };

test("the workbench builds in the workspace's target folder, or $CARGO_TARGET_DIR if set", () => {
  assert.equal(builderTargetDir("/src/cc", {}), "/src/cc/target");
  assert.equal(builderTargetDir("/src/cc", { CARGO_TARGET_DIR: "/tmp/t" }), "/tmp/t");
});

test("cargo builds the workbench's package, with the builder profile in release builds, --locked in CI", () => {
  const common = ["build", "--package", "claims-card-workbench", "--lib", "--target", "wasm32-unknown-unknown"];
  assert.deepEqual(builderCargoArgs({ release: true, locked: false }), [...common, "--profile", "builder"]);
  assert.deepEqual(builderCargoArgs({ release: false, locked: true }), [...common, "--locked"]);
  // Its own file: the reader's wasm (claims_card.wasm, beside it) is never overwritten.
  assert.equal(builderCargoWasm({ release: true, targetDir: "/t" }), "/t/wasm32-unknown-unknown/builder/claims_card_workbench.wasm");
  assert.equal(builderCargoWasm({ release: false, targetDir: "/t" }), "/t/wasm32-unknown-unknown/debug/claims_card_workbench.wasm");
});

test("the files are named after their content, and none looks like the reader's", () => {
  const built = builderFiles(outputs);
  assert.match(built.glue, /^builder-[0-9a-f]{16}\.js$/);
  assert.equal(built.wasm, built.glue.replace(/\.js$/, ".wasm"), "the glue and its wasm share one hash");
  assert.match(built.startScript, /^builder-start-[0-9a-f]{16}\.js$/);
  assert.match(built.stylesheet, /^builder-[0-9a-f]{16}\.css$/);
  assert.deepEqual(
    built.files.map((file) => file.name),
    [built.startScript, built.glue, built.wasm, built.stylesheet],
  );
  assert.deepEqual(builderFiles(outputs), built, "the same content, the same names");
  // The patterns the hook, the budget and the browser tests find the reader's files by.
  for (const { name } of built.files) {
    assert.doesNotMatch(name, /^claims-card(-[0-9a-f]+)?\.js$/);
    assert.doesNotMatch(name, /_bg\.wasm$/);
    assert.doesNotMatch(name, /^embed/);
  }
  const wasmChanged = builderFiles({ ...outputs, wasm: Buffer.from([0, 97, 115, 109, 1, 0, 0, 1]) });
  assert.notEqual(wasmChanged.glue, built.glue);
  assert.notEqual(wasmChanged.startScript, built.startScript);
  assert.equal(wasmChanged.stylesheet, built.stylesheet);
  assert.notEqual(builderFiles({ ...outputs, css: "p{color:red}" }).stylesheet, built.stylesheet);
});

test("the start module starts the glue with the wasm beside it", () => {
  const built = builderFiles(outputs);
  const text = startModule(built);
  assert.equal(
    text,
    `import init from "./${built.glue}";\ninit({ module_or_path: new URL("./${built.wasm}", import.meta.url) });\n`,
  );
  assert.equal(built.files[0].body, text);
});

test("builder.html is filled: its stylesheet and start module, a fallback, the strict CSP, nothing left over", () => {
  const page = builderPage(template, { startScript: "builder-start-0123456789abcdef.js", stylesheet: "builder-0123456789abcdef.css" });
  assert.match(page, /^<!doctype html>/);
  assert.match(page, /<html lang="en">/);
  assert.match(page, /<meta charset="utf-8">/);
  assert.match(page, /<meta name="viewport" content="width=device-width, initial-scale=1">/);
  assert.match(page, /<title>claims-card workbench<\/title>/);
  assert.match(page, /<meta name="referrer" content="no-referrer">/);
  assert.match(page, /<link rel="icon" href="data:,">/, "no request for a favicon dist/ does not have");
  assert.match(page, /<link rel="stylesheet" href="\.\/builder-0123456789abcdef\.css">/);
  const scripts = [...page.matchAll(/<script\b([^>]*)>([^<]*)<\/script>/g)];
  assert.deepEqual(
    scripts.map(([, attributes, body]) => [attributes.trim(), body]),
    [['type="module" src="./builder-start-0123456789abcdef.js"', ""]],
    "one module script, no inline script",
  );
  const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(page)?.[1];
  assert.equal(
    csp,
    "default-src 'none'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; " +
      "connect-src 'self'; font-src 'self'; base-uri 'none'; form-action 'none'",
  );
  assert.match(
    page,
    /<div id="builder">\s*<p>The workbench needs JavaScript and WebAssembly; the card it makes does not\.<\/p>\s*<\/div>/,
  );
  assert.doesNotMatch(page, /\{\{|\}\}/);
});

test("builder.html refuses names that are not files beside it, and a template it does not understand", () => {
  const good = { startScript: "builder-start-01.js", stylesheet: "builder-01.css" };
  for (const name of ["https://evil.example/x.js", "../x.js", 'a.js" onload="x', "x.css", "", undefined]) {
    assert.throws(() => builderPage(template, { ...good, startScript: name }), /is not a \.js file beside it/);
  }
  assert.throws(() => builderPage(template, { ...good, stylesheet: "x.js" }), /is not a \.css file beside it/);
  assert.throws(() => builderPage("<p>__STYLESHEET__</p>", good), /expected __START_SCRIPT__ once, found it 0 times/);
  assert.throws(() => builderPage(`${template}__START_SCRIPT__`, good), /found it 2 times/);
  assert.throws(() => builderPage(`${template}__TITLE__`, good), /__TITLE__ is not filled in/);
});
