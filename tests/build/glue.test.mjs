// The JS glue's minification (scripts/post-build/glue.mjs).
import assert from "node:assert/strict";
import { test } from "node:test";
import { minifyModule } from "../../scripts/post-build/glue.mjs";

const moduleCode = `
// A comment that goes.
let wasm;
export function greeting(name) {
  const longVariableName = "hello, " + name;
  return longVariableName;
}
export default async function init() { wasm = 1; return wasm; }
`;

test("the module is smaller and does the same", async () => {
  const minified = await minifyModule(moduleCode);
  assert.ok(minified.length < moduleCode.length / 2, minified);
  assert.ok(!minified.includes("comment") && !minified.includes("longVariableName"), minified);
  const module = await import(`data:text/javascript;base64,${Buffer.from(minified).toString("base64")}`);
  assert.equal(module.greeting("card"), "hello, card");
  assert.equal(await module.default(), 1);
});

test("code that does not parse fails the build", async () => {
  await assert.rejects(() => minifyModule("export function ("));
});
