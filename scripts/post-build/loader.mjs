// The loader host pages include (loader/embed.js), finished for one build: what it shares with the
// card's Rust (`claims-card loader-contract`, crates/view/src/loader_contract.rs) and this release's
// content-hashed glue and wasm are written into it, each as a JSON value in place of one marker.

import { fillTemplate } from "./template.mjs";

/** `source` with `__CONTRACT__` replaced by `contract` and `__FILES__` by `{ glue, wasm }`, as JSON (template.mjs). */
export function fillLoader(source, { contract, glue, wasm }) {
  if (typeof contract?.codeVersion !== "string") throw new Error("loader: the contract has no codeVersion");
  if (!glue || !wasm) throw new Error("loader: the glue and wasm names are needed");
  return fillTemplate("loader", source, { CONTRACT: JSON.stringify(contract), FILES: JSON.stringify({ glue, wasm }) });
}
