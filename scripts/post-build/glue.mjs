// Release builds: the JS glue minified with terser (Trunk 0.21's own minifier fails on
// wasm-bindgen 0.2.130's glue and ships it unminified).
import { minify } from "terser";

/** `code` (an ES module) minified: compressed, names mangled, no comments. */
export async function minifyModule(code) {
  const result = await minify(code, { module: true, compress: true, mangle: true, format: { comments: false } });
  if (typeof result.code !== "string") throw new Error("terser returned no code");
  return result.code;
}
