// frame.html: the card in a frame of its own (loader/frame.js says what it does). A minimal page:
// no host CSS, a transparent background (the card has its own paper, light or dark as the reader
// or `theme` says), no inline script, and the two module scripts in order: frame.js makes the card
// element, then embed.js renders it.
import { fillTemplate } from "./template.mjs";

/** The page, loading `frameScript` then `loader`, both names relative to the page. */
export function framePage({ frameScript, loader }) {
  for (const name of [frameScript, loader]) {
    if (!/^[\w.-]+\.js$/.test(name ?? "")) throw new Error(`frame.html: "${name}" is not a script beside it`);
  }
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>claims-card</title>
<style>html,body{margin:0;padding:0;background:transparent}</style>
<script type="module" src="./${frameScript}"></script>
<script type="module" src="./${loader}"></script>
</head>
<body></body>
</html>
`;
}

/**
 * The data origins frames may show, from frame-data-origins.json's text: `origins`, each "self" (the
 * asset host, frame.html's own origin) or an http(s) origin exactly as the URL standard writes one
 * (`https://data.example.org`, no path, no trailing slash). Anything else fails the build: a list
 * the frame would misread must not ship.
 */
export function dataOrigins(configText) {
  const origins = JSON.parse(configText)?.origins;
  if (!Array.isArray(origins) || origins.length === 0) {
    throw new Error("frame-data-origins.json: \"origins\" must list at least one origin (\"self\" for the asset host)");
  }
  for (const origin of origins) {
    if (origin === "self") continue;
    let url;
    try {
      url = new URL(origin);
    } catch {
      url = null;
    }
    if (!url || !["http:", "https:"].includes(url.protocol) || url.origin !== origin) {
      throw new Error(`frame-data-origins.json: "${origin}" is not an http(s) origin such as https://data.example.org`);
    }
  }
  return [...new Set(origins)];
}

/** frame.js with its `__DATA_ORIGINS__` marker replaced by `origins` as JSON (template.mjs). */
export function fillFrameScript(source, { origins }) {
  return fillTemplate("frame.js", source, { DATA_ORIGINS: JSON.stringify(origins) });
}
