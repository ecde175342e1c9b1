// The build's one template syntax (scripts/post-build/template.mjs), which fills embed.js, frame.js,
// builder.html and the demo page.
import assert from "node:assert/strict";
import { test } from "node:test";
import { fillTemplate } from "../../scripts/post-build/template.mjs";

test("each marker is replaced by its value, as given", () => {
  assert.equal(fillTemplate("x", "const A = __A__; b(__B_C__);", { A: "[1]", B_C: "$&" }), "const A = [1]; b($&);");
});

test("a marker missing or twice, a marker left over, or a key that is no marker fails the build", () => {
  assert.throws(() => fillTemplate("embed.js", "x", { A: "1" }), /embed\.js: expected __A__ once, found it 0 times/);
  assert.throws(() => fillTemplate("x", "__A__ __A__", { A: "1" }), /found it 2 times/);
  assert.throws(() => fillTemplate("x", "__A__ __LEFT__", { A: "1" }), /__LEFT__ is not filled in/);
  assert.throws(() => fillTemplate("x", "__a__", { a: "1" }), /is not a marker/);
});

test("Trunk's own markers are left to Trunk: trunk serve's reload script has them in the demo page", () => {
  const page = '<main>__SNIPPET__</main><script>const address = "__TRUNK_ADDRESS__"; const ws = "__TRUNK_WS_BASE__";</script>';
  assert.equal(
    fillTemplate("index.html", page, { SNIPPET: "<claims-card>" }),
    '<main><claims-card></main><script>const address = "__TRUNK_ADDRESS__"; const ws = "__TRUNK_WS_BASE__";</script>',
  );
});
