// The wasm reads the page through wasm-bindgen's import shims, and every shim looks its member up on
// the object it is given (`arg0.createElement(…)`, `arg0.documentElement`): wasm-bindgen imports are
// structural unless declared `final`, and web-sys declares none so. On a document, page markup can
// shadow any member with a named element (<img name="createElement">, <form name="documentElement">),
// and on a form with a field (<input name="querySelector">): one such element, which a CMS author
// with no script rights can write, would stop every card on the page (Yew itself makes each node
// with `document.createElement`). This step, run on wasm-bindgen's output before it is minified,
// makes every shim read a document's or a form's members from its prototype, where markup cannot
// reach; any other object is used as it is.

/** Prepended to the glue: `unshadowed(target)` is `target`, or for a document or a form a view of it without its named elements. */
export const UNSHADOWED = `const unshadowedViews = new WeakMap();
const unshadowed = (target) => {
  if (!(target instanceof Document || target instanceof HTMLFormElement)) return target;
  let view = unshadowedViews.get(target);
  if (!view) {
    const prototype = Object.getPrototypeOf(target);
    // What the prototypes define, called on the target; anything else (a document's unforgeable
    // \`location\`) as the target has it.
    const owner = (name) => (name in prototype ? prototype : target);
    // A view, not a proxy of the target itself: its own named elements bind no proxy invariant.
    view = new Proxy({}, {
      get: (_, name) => {
        const value = Reflect.get(owner(name), name, target);
        return typeof value === "function" ? value.bind(target) : value;
      },
      set: (_, name, value) => Reflect.set(owner(name), name, value, target),
    });
    unshadowedViews.set(target, view);
  }
  return view;
};
`;

/**
 * `glue` (wasm-bindgen's JS, not yet minified) with every member its shims use on an argument,
 * `arg0.name`, read through `unshadowed(arg0)`: the receiver is the first argument, or the second
 * where the first is where to write a returned string (`arg1.getAttribute(…)`). Throws on a glue
 * with no such shim or one that passes objects through a heap (`getObject(arg0)`): a layout this
 * does not understand fails the build instead of shipping a card that page markup can stop.
 */
export function unshadowGlue(glue) {
  if (/getObject\(/.test(glue)) throw new Error("unshadowed: the glue keeps objects in a heap (getObject); expected externref shims");
  if (/\bunshadowed(Views)?\b/.test(glue)) throw new Error("unshadowed: the glue already names unshadowed");
  const members = glue.match(/\barg\d+\./g)?.length ?? 0;
  if (members === 0) throw new Error("unshadowed: the glue has no shim using a member of an argument");
  return { glue: UNSHADOWED + glue.replace(/\b(arg\d+)\./g, "unshadowed($1)."), members };
}
