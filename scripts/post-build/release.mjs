// What a release publishes besides its files: the pinned twin of embed.js and release.json.
import { createHash } from "node:crypto";

/** The immutable, content-hashed name of this release's loader: `embed-<16 hex digits>.js`. */
export function pinnedLoaderName(loader) {
  return `embed-${createHash("sha256").update(loader).digest("hex").slice(0, 16)}.js`;
}

/** A Subresource Integrity value for `body`: `sha384-<base64>`. */
export function integrity(body) {
  return `sha384-${createHash("sha384").update(body).digest("base64")}`;
}

/** The crate's version, from the `[package]` table of Cargo.toml's text. */
export function crateVersion(cargoToml) {
  // The workspace's version (every crate of it has that one), or a lone package's.
  const found = /^\[(?:workspace\.)?package\][^[]*?^version\s*=\s*"([^"]+)"/ms.exec(cargoToml);
  if (!found) throw new Error("Cargo.toml: no [workspace.package] or [package] version");
  return found[1];
}

/**
 * release.json: the version, the stable and pinned loader names, the glue's and the wasm's (which
 * `claims-card csp` names as exact files), the origins frames show data from, and each file
 * (`{ name, body }`, pinned loader first) with its size and integrity hash, for pages that pin a release.
 */
export function releaseManifest({ version, pinned, glue, wasm, frameDataOrigins, files }) {
  if (!glue || !wasm || !Array.isArray(frameDataOrigins)) throw new Error("release.json: the glue, the wasm and the frames' data origins are needed");
  const manifest = {
    version,
    latest: "embed.js",
    pinned,
    glue,
    wasm,
    frame_data_origins: frameDataOrigins,
    files: files.map(({ name, body }) => ({ name, bytes: body.length, integrity: integrity(body) })),
  };
  return `${JSON.stringify(manifest, null, 2)}\n`;
}
