// The glue step that reads a document's and a form's members from their prototypes
// (scripts/post-build/unshadowed.mjs). In the browser, tests/browser/hostile-markup.test.mjs puts
// the built card on a page full of such markup; here, the transform on a glue of wasm-bindgen's shape.
import assert from "node:assert/strict";
import { test } from "node:test";
import { unshadowGlue } from "../../scripts/post-build/unshadowed.mjs";

// Shims as wasm-bindgen 0.2.130 writes them: a method, a getter and a setter on their first
// argument, and a method on the second where the first is where to write a returned string.
const GLUE = `const imports = {
    __wbg_createElement_0123: function(arg0, arg1) { const ret = arg0.createElement(arg1); return ret; },
    __wbg_getAttribute_cdef: function(arg0, arg1, arg2) { const ret = arg1.getAttribute(arg2); memory[arg0] = ret; },
    __wbg_documentElement_4567: function(arg0) { const ret = arg0.documentElement; return ret; },
    __wbg_settextContent_89ab: function(arg0, arg1) { arg0.textContent = arg1; },
};
export { imports };`;

/** The transformed glue's shims, with stand-ins for the DOM's classes (Node has none). */
async function shims(glue) {
  globalThis.Document = class Document {
    createElement(name) {
      return `<${name}>`;
    }
    get documentElement() {
      return "root";
    }
    set textContent(text) {
      this.written = text;
    }
    getAttribute(name) {
      return `attribute ${name}`;
    }
  };
  globalThis.HTMLFormElement = class HTMLFormElement {};
  const url = `data:text/javascript;base64,${Buffer.from(glue).toString("base64")}`;
  return (await import(url)).imports;
}

test("every member a shim reads on an argument goes through unshadowed()", () => {
  const { glue, members } = unshadowGlue(GLUE);
  assert.equal(members, 4);
  assert.doesNotMatch(glue.replace(/unshadowed\(arg\d\)\./g, ""), /arg\d\./);
});

test("a document whose named elements shadow its members is read through its prototype", async () => {
  const imports = await shims(unshadowGlue(GLUE).glue);
  const page = new Document();
  // What <img name="createElement"> and <form name="documentElement"> do to a real document.
  for (const name of ["createElement", "documentElement", "getAttribute"]) Object.defineProperty(page, name, { value: { tag: "img" } });
  assert.equal(imports.__wbg_createElement_0123(page, "div"), "<div>");
  assert.equal(imports.__wbg_documentElement_4567(page), "root");
  const memory = [];
  globalThis.memory = memory;
  imports.__wbg_getAttribute_cdef(0, page, "lang");
  assert.equal(memory[0], "attribute lang");
  imports.__wbg_settextContent_89ab(page, "text");
  assert.equal(page.written, "text");
  // Any other object is used as it is.
  assert.equal(imports.__wbg_documentElement_4567({ documentElement: "own" }), "own");
});

test("a glue of another layout fails the build", () => {
  assert.throws(() => unshadowGlue("export const x = 1;"), /no shim/);
  assert.throws(() => unshadowGlue(`${GLUE}\nfunction getObject(idx) { return heap[idx]; }\ngetObject(arg0).x;`), /getObject/);
  assert.throws(() => unshadowGlue(unshadowGlue(GLUE).glue), /already/);
});
