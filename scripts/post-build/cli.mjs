// The editors' command line (src/bin/claims-card.rs), as the build and its tests run it.
import { execFileSync } from "node:child_process";

/**
 * Runs `claims-card ARGS…` in the crate at `crate` and returns what it prints. The native debug
 * build: its output is the same as a release build's, and `cargo test` has built it already.
 */
export function claimsCard(crate, ...args) {
  return execFileSync("cargo", ["run", "--quiet", "--bin", "claims-card", "--", ...args], {
    cwd: crate,
    encoding: "utf8",
    stdio: ["ignore", "pipe", "inherit"],
  });
}
