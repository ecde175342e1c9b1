// The loader host pages include (loader/embed.js), finished for one build: what it shares with the
// card's Rust (`claims-card loader-contract`, src/loader_contract.rs) and this release's
// content-hashed glue and wasm are written into it, each as a JSON value in place of one marker.

/**
 * `source` with `__CONTRACT__` replaced by `contract` and `__FILES__` by `{ glue, wasm }`, as JSON.
 * Each marker must be there exactly once, and no `__NAME__` marker may be left: a loader this does
 * not understand fails the build instead of shipping a script with a hole in it.
 */
export function fillLoader(source, { contract, glue, wasm }) {
  if (typeof contract?.codeVersion !== "string") throw new Error("loader: the contract has no codeVersion");
  if (!glue || !wasm) throw new Error("loader: the glue and wasm names are needed");
  const values = { __CONTRACT__: contract, __FILES__: { glue, wasm } };
  let filled = source;
  for (const [marker, value] of Object.entries(values)) {
    const found = filled.split(marker).length - 1;
    if (found !== 1) throw new Error(`loader: expected ${marker} once, found it ${found} times`);
    filled = filled.replace(marker, () => JSON.stringify(value));
  }
  const left = /__[A-Z][A-Z_]*__/.exec(filled);
  if (left) throw new Error(`loader: ${left[0]} is not filled in`);
  return filled;
}
