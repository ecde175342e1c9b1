// The editors' command line (crates/cli), as the build and its tests run it.
import { execFileSync } from "node:child_process";

/**
 * Runs `claims-card ARGS…` in the workspace at `root` and returns what it prints. The native debug
 * build of the CLI's package alone: its output is the same as a release build's.
 */
export function claimsCard(root, ...args) {
  return execFileSync("cargo", ["run", "--quiet", "--package", "claims-card-cli", "--bin", "claims-card", "--", ...args], {
    cwd: root,
    encoding: "utf8",
    stdio: ["ignore", "pipe", "inherit"],
  });
}
