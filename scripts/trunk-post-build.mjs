// Trunk's post-build hook (Trunk.toml): finishes the staged dist/ before Trunk publishes it.
//  1. embed.js: the stable-named loader, pointed at this build's content-hashed glue and wasm.
//  2. index.html: the demo article gets the server-rendered card, as a newsroom would paste it,
//     from the same `claims-card render` command editors use.
import { execFileSync } from "node:child_process";
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";

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

const loader = readFileSync(join(source, "embed", "embed.js"), "utf8")
  .replaceAll("__GLUE__", glue)
  .replaceAll("__WASM__", wasm);
writeFileSync(join(staging, "embed.js"), loader);

// The native debug build: its output is the same as a release build's, and `cargo test` has built it already.
const snippet = execFileSync(
  "cargo",
  ["run", "--quiet", "--bin", "claims-card", "--", "render", "--asset-base", "./"],
  { cwd: source, encoding: "utf8", stdio: ["ignore", "pipe", "inherit"] },
);
const pagePath = join(staging, "index.html");
const marker = "<!-- claims-card: server-rendered snippet -->";
const page = readFileSync(pagePath, "utf8");
if (!page.includes(marker)) throw new Error(`index.html has no ${marker}`);
writeFileSync(pagePath, page.replace(marker, snippet));
console.log(`claims-card: wrote embed.js (${glue}, ${wasm}) and the server-rendered demo card`);
