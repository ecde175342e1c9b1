// Shortening the wasm's import names in the wasm and the glue (scripts/post-build/short-imports.mjs).
import assert from "node:assert/strict";
import { test } from "node:test";
import { shortenImports } from "../../scripts/post-build/short-imports.mjs";

const uleb = (n) => (n < 128 ? [n] : [(n & 0x7f) | 0x80, ...uleb(n >> 7)]);
const name = (text) => [...uleb(Buffer.byteLength(text)), ...Buffer.from(text)];
const section = (id, body) => [id, ...uleb(body.length), ...body];

/** A wasm module importing each of `functions` from "wbg" (type () -> ()) and a memory. */
function wasmImporting(functions) {
  const imports = [
    ...uleb(functions.length + 1),
    ...functions.flatMap((fn) => [...name("wbg"), ...name(fn), 0x00, 0x00]),
    ...name("wbg"),
    ...name("memory"),
    0x02,
    0x00,
    0x01,
  ];
  const bytes = [0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00, ...section(1, [1, 0x60, 0, 0]), ...section(2, imports)];
  return Buffer.from(bytes);
}

const long = ["__wbg_namespaceURI_cf6df322f468ae4b", "__wbg_append_0123456789abcdef"];
const glue = `const imports = { wbg: { ${long[0]}: function() {}, ${long[1]}: function() {}, memory: 1 } };`;

test("every __wbg import is renamed in both files, and the wasm stays valid", () => {
  const { wasm, glue: shortGlue, renamed } = shortenImports(wasmImporting(long), glue);
  assert.equal(renamed, 2);
  const imports = WebAssembly.Module.imports(new WebAssembly.Module(wasm));
  assert.deepEqual(
    imports.map((entry) => [entry.module, entry.name, entry.kind]),
    [["wbg", "a", "function"], ["wbg", "b", "function"], ["wbg", "memory", "memory"]],
  );
  assert.equal(shortGlue, "const imports = { wbg: { a: function() {}, b: function() {}, memory: 1 } };");
  assert.ok(wasm.length < wasmImporting(long).length);
});

test("an import the glue does not name exactly once fails the build", () => {
  assert.throws(() => shortenImports(wasmImporting(long), glue.replace(`${long[1]}:`, "other:")), /has 0 keys/);
  assert.throws(() => shortenImports(wasmImporting(long), `${glue} ${long[0]}:`), /has 2 keys/);
});

test("past 52 names, the names grow a letter", () => {
  const many = Array.from({ length: 60 }, (_, i) => `__wbg_f${i}_0123456789abcdef`);
  const manyGlue = many.map((fn) => `${fn}: 0`).join(", ");
  const { wasm } = shortenImports(wasmImporting(many), manyGlue);
  const names = WebAssembly.Module.imports(new WebAssembly.Module(wasm)).map((entry) => entry.name);
  assert.deepEqual(names.slice(50, 54), ["Y", "Z", "aa", "ab"]);
  assert.equal(new Set(names).size, names.length);
});
