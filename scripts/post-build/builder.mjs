// builder.html: the newsroom's workbench, the crate crates/workbench built as its own wasm. Trunk
// builds one HTML target (index.html, the reader's wasm), so the post-build hook builds this one:
// cargo (the workbench's own package, so it shares nothing with the reader's wasm but the target
// folder), wasm-bindgen, then content-hashed names and the page from builder/builder.html. None of these files is the reader's: their names
// start with `builder-`, the wasm's name has no `_bg` (the reader's wasm is the one `_bg.wasm` in
// dist/, tests look for it so), and release.json never lists them.
import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fillTemplate } from "./template.mjs";

/** Where cargo builds: $CARGO_TARGET_DIR if set, else the workspace's target/. */
export function builderTargetDir(crate, env) {
  return env.CARGO_TARGET_DIR ?? join(crate, "target");
}

/**
 * The cargo arguments: the workbench's package for wasm32, `--profile builder` in release builds
 * (else the dev profile), `--locked` in CI.
 */
export function builderCargoArgs({ release, locked }) {
  return [
    "build",
    "--package",
    "claims-card-workbench",
    "--lib",
    "--target",
    "wasm32-unknown-unknown",
    ...(release ? ["--profile", "builder"] : []),
    ...(locked ? ["--locked"] : []),
  ];
}

/** The wasm cargo writes for those arguments (the dev profile's folder is `debug`). */
export function builderCargoWasm({ release, targetDir }) {
  return join(targetDir, "wasm32-unknown-unknown", release ? "builder" : "debug", "claims_card_workbench.wasm");
}

/**
 * Builds the workbench in the crate at `crate` and returns wasm-bindgen's `{ glue, wasm }` (text
 * and bytes). Throws if cargo or wasm-bindgen fails (their output goes to the hook's), so the hook
 * fails with them.
 */
export function buildBuilder(crate, { release, env = process.env }) {
  const targetDir = builderTargetDir(crate, env);
  execFileSync("cargo", builderCargoArgs({ release, locked: Boolean(env.CI) }), {
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
 * builder.html: `template` (builder/builder.html) with `__START_SCRIPT__` and `__STYLESHEET__` filled
 * in (template.mjs), each a file name beside the page.
 */
export function builderPage(template, { startScript, stylesheet }) {
  for (const [value, extension] of [[startScript, "js"], [stylesheet, "css"]]) {
    if (!/^[\w-]+$/.test(value?.slice(0, -extension.length - 1) ?? "") || !value.endsWith(`.${extension}`)) {
      throw new Error(`builder.html: "${value}" is not a .${extension} file beside it`);
    }
  }
  return fillTemplate("builder.html", template, { START_SCRIPT: startScript, STYLESHEET: stylesheet });
}
