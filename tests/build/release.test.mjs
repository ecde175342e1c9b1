// release.json and the pinned loader's name (scripts/post-build/release.mjs).
import assert from "node:assert/strict";
import { createHash } from "node:crypto";
import { test } from "node:test";
import { crateVersion, integrity, pinnedLoaderName, releaseManifest } from "../../scripts/post-build/release.mjs";

test("the pinned loader is named after its content", () => {
  const name = pinnedLoaderName("const a = 1;");
  assert.match(name, /^embed-[0-9a-f]{16}\.js$/);
  assert.equal(name, pinnedLoaderName("const a = 1;"));
  assert.notEqual(name, pinnedLoaderName("const a = 2;"));
});

test("integrity is SHA-384 in base64, as browsers check it", () => {
  // The SHA-384 of nothing (FIPS 180-2 test vectors), in base64.
  assert.equal(integrity(Buffer.alloc(0)), "sha384-OLBgp1GsljhM2TJ+sbHjaiH9txEUvgdDTAzHv2P24donTt6/529l+9Ua0vFImLlb");
  assert.equal(integrity(Buffer.from("abc")), `sha384-${createHash("sha384").update("abc").digest("base64")}`);
});

test("the crate's version comes from [package], not from a dependency", () => {
  const toml = '[package]\nname = "x"\nversion = "0.3.1"\n\n[dependencies]\nserde = { version = "1" }\n';
  assert.equal(crateVersion(toml), "0.3.1");
  assert.equal(crateVersion('[dependencies]\nversion = "9"\n[package]\nname = "x"\nversion = "0.1.0"\n'), "0.1.0");
  assert.throws(() => crateVersion('[dependencies]\nversion = "9"\n'), /no \[workspace\.package\] or \[package\] version/);
});

test("in a workspace, the version is the workspace's", () => {
  const toml = '[workspace.package]\nversion = "0.4.0"\n\n[package]\nname = "x"\nversion.workspace = true\n';
  assert.equal(crateVersion(toml), "0.4.0");
});

test("release.json lists each file with its size and integrity", () => {
  const files = [
    { name: "embed-0011223344556677.js", body: Buffer.from("loader") },
    { name: "claims-card-ab.js", body: Buffer.from("glue") },
    { name: "claims-card-ab_bg.wasm", body: Buffer.from([0, 97, 115, 109]) },
  ];
  const manifest = JSON.parse(
    releaseManifest({ version: "0.1.0", pinned: files[0].name, glue: files[1].name, wasm: files[2].name, frameDataOrigins: ["self"], files }),
  );
  assert.equal(manifest.version, "0.1.0");
  assert.equal(manifest.latest, "embed.js");
  assert.equal(manifest.pinned, "embed-0011223344556677.js");
  // What `claims-card csp` names as exact files, and whose data frames show.
  assert.equal(manifest.glue, "claims-card-ab.js");
  assert.equal(manifest.wasm, "claims-card-ab_bg.wasm");
  assert.deepEqual(manifest.frame_data_origins, ["self"]);
  assert.deepEqual(
    manifest.files.map((file) => [file.name, file.bytes, file.integrity]),
    files.map((file) => [file.name, file.body.length, integrity(file.body)]),
  );
});
