// The demo page gets the server-rendered snippet (scripts/post-build/demo.mjs).
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { test } from "node:test";
import { pasteSnippet } from "../../scripts/post-build/demo.mjs";

const SNIPPET_MARKER = "__SNIPPET__";

test("the snippet goes where the marker is, as it is", () => {
  const page = `<main>${SNIPPET_MARKER}</main>`;
  assert.equal(pasteSnippet(page, "<claims-card>$&</claims-card>"), "<main><claims-card>$&</claims-card></main>");
});

test("a page without the marker, or with two, fails the build", () => {
  assert.throws(() => pasteSnippet("<main></main>", "x"), /found it 0 times/);
  assert.throws(() => pasteSnippet(`${SNIPPET_MARKER}${SNIPPET_MARKER}`, "x"), /found it 2 times/);
});

test("the demo page has the marker once", () => {
  const page = readFileSync(new URL("../../index.html", import.meta.url), "utf8");
  assert.ok(pasteSnippet(page, "<claims-card></claims-card>").includes("<claims-card></claims-card>"));
});
