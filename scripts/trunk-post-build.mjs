// Trunk's post-build hook (Trunk.toml): finishes the staged dist/ before Trunk publishes it. Each
// step is a function of strings and buffers in scripts/post-build/, tested in tests/build/; this
// file only reads and writes the files.
//  1. The JS glue reads a document's and a form's members from their prototypes, which page markup
//     cannot shadow (unshadowed.mjs). Release builds: the glue is minified (glue.mjs), and the names
//     the wasm imports from it are shortened in both (short-imports.mjs).
//  2. embed.js: the stable-named loader (loader/embed.js), given what it shares with the Rust code
//     and this build's content-hashed glue and wasm (loader.mjs), and its immutable twin
//     embed-<hash>.js for pages that pin a release (release.mjs).
//  3. release.json: every file with its size and Subresource Integrity hash (release.mjs).
//  4. frame.html and frame.js: the card in a frame of its own, for iframes, AMP and oEmbed (frame.mjs),
//     frame.js given the data origins frames may show (frame-data-origins.json), which release.json
//     lists too.
//  5. index.html: the demo article gets the server-rendered card (demo.mjs), from the same
//     `claims-card render` command editors use.
//  6. builder.html: the newsroom's workbench, crates/workbench built as its own wasm, and its page
//     from builder/builder.html (builder.mjs). Its files are named
//     builder-*, so none is taken for the reader's above, and release.json does not list them.
//  7. live.html: a live card whose data scripts/live-demo.mjs serves beside `trunk serve`, from
//     demo/live.html as it is. Development builds only: a static host has no such server.
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { brotliCompressSync, constants } from "node:zlib";
import { buildBuilder, builderFiles, builderPage } from "./post-build/builder.mjs";
import { claimsCard } from "./post-build/cli.mjs";
import { pasteSnippet } from "./post-build/demo.mjs";
import { dataOrigins, fillFrameScript, framePage } from "./post-build/frame.mjs";
import { minifyModule } from "./post-build/glue.mjs";
import { fillLoader } from "./post-build/loader.mjs";
import { crateVersion, pinnedLoaderName, releaseManifest } from "./post-build/release.mjs";
import { shortenImports } from "./post-build/short-imports.mjs";
import { unshadowGlue } from "./post-build/unshadowed.mjs";

const staging = process.env.TRUNK_STAGING_DIR;
const source = process.env.TRUNK_SOURCE_DIR ?? process.cwd();
if (!staging) throw new Error("run by Trunk: TRUNK_STAGING_DIR is not set");
const release = process.env.TRUNK_PROFILE === "release";
const staged = (name) => join(staging, name);

const files = readdirSync(staging);
const only = (pattern, what) => {
  const found = files.filter((name) => pattern.test(name));
  if (found.length !== 1) throw new Error(`expected one ${what} in ${staging}, found: ${found.join(", ") || "none"}`);
  return found[0];
};
const glue = only(/^claims-card(-[0-9a-f]+)?\.js$/, "JS glue");
const wasm = only(/^claims-card(-[0-9a-f]+)?_bg\.wasm$/, "wasm file");

// What each step saves, in brotli as a CDN serves it, so a step that stops paying shows in the log.
const brotli = (body) => brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
const saved = (what, before, after) =>
  console.log(`claims-card: ${what}: ${brotli(Buffer.from(before))} -> ${brotli(Buffer.from(after))} B brotli`);

{
  const { glue: unshadowed, members } = unshadowGlue(readFileSync(staged(glue), "utf8"));
  writeFileSync(staged(glue), unshadowed);
  console.log(`claims-card: ${members} members the glue reads, read past what page markup shadows`);
}

if (release) {
  const glueCode = readFileSync(staged(glue), "utf8");
  const wasmCode = readFileSync(staged(wasm));
  const minified = await minifyModule(glueCode);
  saved("glue minified", glueCode, minified);
  const shortened = shortenImports(wasmCode, minified);
  saved(`${shortened.renamed} wasm import names shortened, wasm`, wasmCode, shortened.wasm);
  saved("and glue", minified, shortened.glue);
  writeFileSync(staged(wasm), shortened.wasm);
  writeFileSync(staged(glue), shortened.glue);
}

const contract = JSON.parse(claimsCard(source, "loader-contract"));
const filled = fillLoader(readFileSync(join(source, "loader", "embed.js"), "utf8"), { contract, glue, wasm });
const loader = release ? await minifyModule(filled) : filled;
if (release) saved("loader minified", filled, loader);
const pinned = pinnedLoaderName(loader);
writeFileSync(staged("embed.js"), loader);
writeFileSync(staged(pinned), loader);

const version = crateVersion(readFileSync(join(source, "Cargo.toml"), "utf8"));
const published = [pinned, glue, wasm].map((name) => ({ name, body: readFileSync(staged(name)) }));
const origins = dataOrigins(readFileSync(join(source, "frame-data-origins.json"), "utf8"));
writeFileSync(staged("release.json"), releaseManifest({ version, pinned, glue, wasm, frameDataOrigins: origins, files: published }));

// The demo dataset, for cards that ask for it (data-seed: the demo, frame.html?seed), beside embed.js
// where the wasm reads it (src/data.rs): no longer compiled into every reader's wasm.
writeFileSync(staged("seed.json"), JSON.stringify(JSON.parse(readFileSync(join(source, "data", "seed.json"), "utf8"))));

const frameSource = fillFrameScript(readFileSync(join(source, "loader", "frame.js"), "utf8"), { origins });
const frameScript = release ? await minifyModule(frameSource) : frameSource;
if (release) saved("frame.js minified", frameSource, frameScript);
writeFileSync(staged("frame.js"), frameScript);
writeFileSync(staged("frame.html"), framePage({ frameScript: "frame.js", loader: "embed.js" }));

const snippet = claimsCard(source, "render", "--asset-base", "./");
writeFileSync(staged("index.html"), pasteSnippet(readFileSync(staged("index.html"), "utf8"), snippet));
console.log(`claims-card: wrote embed.js and ${pinned} (${glue}, ${wasm}), release.json, seed.json, frame.html (data from ${origins.join(", ")}) and the demo card`);

const builderStart = performance.now();
const builder = builderFiles({ ...buildBuilder(source, { release }), css: readFileSync(join(source, "builder", "builder.css"), "utf8") });
for (const { name, body } of builder.files) writeFileSync(staged(name), body);
writeFileSync(staged("builder.html"), builderPage(readFileSync(join(source, "builder", "builder.html"), "utf8"), builder));
const builderWasm = builder.files.find(({ name }) => name === builder.wasm).body;
const builderSeconds = ((performance.now() - builderStart) / 1000).toFixed(1);
console.log(`claims-card: wrote builder.html (${builder.startScript}, ${builder.glue}, ${builder.wasm}, ${builder.stylesheet}) in ${builderSeconds} s`);
// Brotli at quality 11 of a debug build's 6 MB takes seconds `trunk serve` would wait for: release only.
if (release) console.log(`claims-card: builder wasm: ${builderWasm.length} B raw, ${brotli(builderWasm)} B brotli`);

if (!release) {
  writeFileSync(staged("live.html"), readFileSync(join(source, "demo", "live.html")));
  console.log("claims-card: wrote live.html (its data: scripts/live-demo.mjs, started by scripts/serve.sh)");
}
