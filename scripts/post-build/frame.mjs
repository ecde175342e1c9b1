// frame.html: the card in a frame of its own (loader/frame.js says what it does). A minimal page:
// no host CSS, a transparent background (the card has its own paper, light or dark as the reader
// or `theme` says), no inline script, and the two module scripts in order: frame.js makes the card
// element, then embed.js renders it.

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
