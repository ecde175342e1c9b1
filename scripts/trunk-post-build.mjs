// Trunk's post-build hook (Trunk.toml): finishes the staged dist/ before Trunk publishes it.
//  1. Release builds: the JS glue is minified with terser (Trunk 0.21's own minifier fails on it),
//     and the names the wasm imports from it are shortened in both (scripts/short-imports.mjs).
//  2. embed.js: the stable-named loader, pointed at this build's content-hashed glue and wasm, and its
//     immutable twin embed-<hash>.js for pages that pin a release.
//  3. release.json: every file with its size and Subresource Integrity hash.
//  4. index.html: the demo article gets the server-rendered card, as a newsroom would paste it,
//     from the same `claims-card render` command editors use.
import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { minify } from "terser";
import { shortenImports } from "./short-imports.mjs";

const staging = process.env.TRUNK_STAGING_DIR;
const source = process.env.TRUNK_SOURCE_DIR ?? process.cwd();
if (!staging) throw new Error("run by Trunk: TRUNK_STAGING_DIR is not set");

const files = readdirSync(staging);
const only = (pattern, what) => {
  const found = files.filter((name) => pattern.test(name));
  if (found.length !== 1) throw new Error(`expected one ${what} in ${staging}, found: ${found.join(", ") || "none"}`);
  return found[0];
};
const glue = only(/^claims-card(-[0-9a-f]+)?\.js$/, "JS glue");
const wasm = only(/^claims-card(-[0-9a-f]+)?_bg\.wasm$/, "wasm file");

const release = process.env.TRUNK_PROFILE === "release";
const minified = async (code) => {
  if (!release) return code;
  const result = await minify(code, { module: true, compress: true, mangle: true, format: { comments: false } });
  return result.code;
};
let glueCode = await minified(readFileSync(join(staging, glue), "utf8"));
if (release) {
  const shortened = shortenImports(readFileSync(join(staging, wasm)), glueCode);
  writeFileSync(join(staging, wasm), shortened.wasm);
  glueCode = shortened.glue;
}
writeFileSync(join(staging, glue), glueCode);

// The native debug build: its output is the same as a release build's, and `cargo test` has built it already.
const cli = (...args) =>
  execFileSync("cargo", ["run", "--quiet", "--bin", "claims-card", "--", ...args], {
    cwd: source,
    encoding: "utf8",
    stdio: ["ignore", "pipe", "inherit"],
  });
// embed.js makes the same render keys as the snippets of this code (src/card/render_key.rs).
const codeVersion = cli("code-version").trim();
const loader = await minified(
  readFileSync(join(source, "loader", "embed.js"), "utf8")
    .replaceAll("__GLUE__", glue)
    .replaceAll("__WASM__", wasm)
    .replaceAll("__CODE_VERSION__", codeVersion),
);
const loaderHash = createHash("sha256").update(loader).digest("hex").slice(0, 16);
const pinned = `embed-${loaderHash}.js`;
writeFileSync(join(staging, "embed.js"), loader);
writeFileSync(join(staging, pinned), loader);

const integrity = (name) => {
  const body = readFileSync(join(staging, name));
  return { name, bytes: body.length, integrity: `sha384-${createHash("sha384").update(body).digest("base64")}` };
};
const version = /^version\s*=\s*"([^"]+)"/m.exec(readFileSync(join(source, "Cargo.toml"), "utf8"))[1];
const manifest = { version, latest: "embed.js", pinned, files: [pinned, glue, wasm].map(integrity) };
writeFileSync(join(staging, "release.json"), `${JSON.stringify(manifest, null, 2)}\n`);

const snippet = cli("render", "--asset-base", "./");
const pagePath = join(staging, "index.html");
const marker = "<!-- claims-card: server-rendered snippet -->";
const page = readFileSync(pagePath, "utf8");
if (!page.includes(marker)) throw new Error(`index.html has no ${marker}`);
writeFileSync(pagePath, page.replace(marker, snippet));
console.log(`claims-card: wrote embed.js and ${pinned} (${glue}, ${wasm}), release.json and the demo card`);
