// builder.html: the newsroom's workbench (src/builder/), the same crate built a second time as its
// own wasm with `--features builder`. Trunk builds one HTML target (index.html, the reader's wasm),
// so the post-build hook builds this one: cargo into a target folder of its own (it can never
// overwrite the reader's wasm in target/wasm32-unknown-unknown/), wasm-bindgen, then content-hashed
// names and the page from builder/builder.html. None of these files is the reader's: their names
// start with `builder-`, the wasm's name has no `_bg` (the reader's wasm is the one `_bg.wasm` in
// dist/, tests look for it so), and release.json never lists them.
import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

/** Where cargo builds the workbench: `builder/` in $CARGO_TARGET_DIR if set, else in the crate's target/. */
export function builderTargetDir(crate, env) {
  return env.CARGO_TARGET_DIR ? join(env.CARGO_TARGET_DIR, "builder") : join(crate, "target", "builder");
}

/**
 * The cargo arguments: the lib for wasm32 with the `builder` feature, `--profile builder` in release
 * builds (else the dev profile), `--locked` in CI.
 */
export function builderCargoArgs({ release, targetDir, locked }) {
  return [
    "build",
    "--lib",
    "--target",
    "wasm32-unknown-unknown",
    "--features",
    "builder",
    ...(release ? ["--profile", "builder"] : []),
    ...(locked ? ["--locked"] : []),
    "--target-dir",
    targetDir,
  ];
}

/** The wasm cargo writes for those arguments (the dev profile's folder is `debug`). */
export function builderCargoWasm({ release, targetDir }) {
  return join(targetDir, "wasm32-unknown-unknown", release ? "builder" : "debug", "claims_card.wasm");
}

/**
 * Builds the workbench in the crate at `crate` and returns wasm-bindgen's `{ glue, wasm }` (text
 * and bytes). Throws if cargo or wasm-bindgen fails (their output goes to the hook's), so the hook
 * fails with them.
 */
export function buildBuilder(crate, { release, env = process.env }) {
  const targetDir = builderTargetDir(crate, env);
  execFileSync("cargo", builderCargoArgs({ release, targetDir, locked: Boolean(env.CI) }), {
    cwd: crate,
    env,
    stdio: ["ignore", "inherit", "inherit"],
  });
  const out = mkdtempSync(join(tmpdir(), "claims-card-builder-"));
  try {
    const wasmPath = builderCargoWasm({ release, targetDir });
    execFileSync(
      "wasm-bindgen",
      ["--target", "web", "--no-typescript", "--out-dir", out, "--out-name", "builder", wasmPath],
      { cwd: crate, env, stdio: ["ignore", "inherit", "inherit"] },
    );
    // Inline JS or JS modules of a dependency would be files the glue imports beside it: none today.
    if (existsSync(join(out, "snippets"))) throw new Error("builder: wasm-bindgen wrote snippets/, which are not published");
    return { glue: readFileSync(join(out, "builder.js"), "utf8"), wasm: readFileSync(join(out, "builder_bg.wasm")) };
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}

const hash = (...parts) => {
  const digest = createHash("sha256");
  for (const part of parts) digest.update(`${Buffer.byteLength(part)}:`).update(part);
  return digest.digest("hex").slice(0, 16);
};

/** The module builder.html loads: it starts the glue with the wasm beside it. */
export function startModule({ glue, wasm }) {
  return `import init from "./${glue}";\ninit({ module_or_path: new URL("./${wasm}", import.meta.url) });\n`;
}

/**
 * The published files, named after their content: `builder-<hash>.js` and `builder-<hash>.wasm`
 * (one hash of the pair), `builder-start-<hash>.js` and `builder-<hash>.css`. Returns the names
 * and `files`, `{ name, body }` each.
 */
export function builderFiles({ glue, wasm, css }) {
  const pair = hash(glue, wasm);
  const names = { glue: `builder-${pair}.js`, wasm: `builder-${pair}.wasm` };
  const start = startModule(names);
  names.startScript = `builder-start-${hash(start)}.js`;
  names.stylesheet = `builder-${hash(css)}.css`;
  const files = [
    { name: names.startScript, body: start },
    { name: names.glue, body: glue },
    { name: names.wasm, body: wasm },
    { name: names.stylesheet, body: css },
  ];
  return { ...names, files };
}

/**
 * builder.html: `template` (builder/builder.html) with `{{startScript}}` and `{{stylesheet}}` filled
 * in, each a file name beside the page. Each placeholder must be there exactly once and none may be
 * left over.
 */
export function builderPage(template, { startScript, stylesheet }) {
  const values = { startScript: [startScript, "js"], stylesheet: [stylesheet, "css"] };
  let page = template;
  for (const [key, [value, extension]] of Object.entries(values)) {
    if (!/^[\w-]+$/.test(value?.slice(0, -extension.length - 1) ?? "") || !value.endsWith(`.${extension}`)) {
      throw new Error(`builder.html: "${value}" is not a .${extension} file beside it`);
    }
    const marker = `{{${key}}}`;
    const found = page.split(marker).length - 1;
    if (found !== 1) throw new Error(`builder.html: expected ${marker} once, found it ${found} times`);
    page = page.replace(marker, () => value);
  }
  const left = /\{\{[^}]*\}\}/.exec(page);
  if (left) throw new Error(`builder.html: ${left[0]} is not filled in`);
  return page;
}
