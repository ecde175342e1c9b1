// Host pages for the browser tests. The card's files (dist/) are served from one origin with CORS,
// the host pages from another, as on a real news site that loads the card from a CDN.
import { execFileSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { after, before } from "node:test";
import { launch } from "./browser.mjs";
import { serve } from "./server.mjs";

const repo = fileURLToPath(new URL("../..", import.meta.url));

/** The paste-ready snippet from the editors' command, pointed at `assetOrigin`. */
export function renderSnippet(assetOrigin, dataFile, lang, options = []) {
  const args = ["run", "--quiet", "--package", "claims-card-cli", "--bin", "claims-card", "--", "render", "--asset-base", `${assetOrigin}/`];
  if (dataFile) args.push(dataFile);
  if (lang) args.push("--lang", lang);
  args.push(...options);
  return execFileSync("cargo", args, { cwd: repo, encoding: "utf8", stdio: ["ignore", "pipe", "inherit"] });
}

/** Gives the snippet's element an id, so a test can tell two cards apart. */
export function withId(snippet, id) {
  return snippet.replace("<claims-card ", `<claims-card id="${id}" `);
}

export function page({ head = "", body }) {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>host page</title>${head}</head>
<body>${body}</body></html>`;
}

/** Host CSS that tries everything to reach into the card. */
export const HOSTILE_CSS = `<style>
  html { font-size: 10px; }
  * {
    color: red !important; font-size: 40px !important; line-height: 3 !important;
    font-family: "Comic Sans MS", cursive !important; letter-spacing: 4px !important;
    text-transform: uppercase !important; font-weight: 100 !important; text-align: right !important;
  }
  claims-card { font-style: italic; word-spacing: 20px; }
  div, p, span, section, article { display: inline !important; background: yellow !important; }
</style>`;

/**
 * Starts the asset origin (dist/) and a page origin serving `pages` (path → HTML, or a function of the asset origin).
 * `hostHeaders`: extra headers for the page origin's responses, an object or a function of (path, asset origin).
 * `compress`: the card's files sent brotli-compressed, as a CDN sends them.
 */
export async function sites(pages, { hostHeaders = {}, compress = false } = {}) {
  const assets = await serve({ root: `${repo}/dist`, cors: true, compress });
  const resolved = {};
  for (const [path, html] of Object.entries(pages)) {
    resolved[path] = typeof html === "function" ? html(assets.origin) : html;
  }
  const headers = typeof hostHeaders === "function" ? (path) => hostHeaders(path, assets.origin) : hostHeaders;
  const host = await serve({ root: `${repo}/tests/browser/empty`, pages: resolved, headers });
  return {
    assets,
    host,
    url: (path) => `${host.origin}${path}`,
    close: async () => {
      await assets.close();
      await host.close();
    },
  };
}

/**
 * One browser and the two origins for a test file, started before its tests and closed after them.
 * `options` as for `sites`. Returns an object whose `browser` and `site` are set once the tests run.
 */
export function browserAndSites(pages, options = {}) {
  const env = { browser: null, site: null };
  before(async () => {
    env.browser = await launch();
    env.site = await sites(pages, options);
  });
  after(async () => {
    await env.browser?.close();
    await env.site?.close();
  });
  return env;
}

/** One browser and the built demo (dist/ served as it is, one origin), for a test file's tests. */
export function browserAndDist() {
  const env = { browser: null, site: null };
  before(async () => {
    env.browser = await launch();
    env.site = await serve({ root: `${repo}/dist` });
  });
  after(async () => {
    await env.browser?.close();
    await env.site?.close();
  });
  return env;
}
