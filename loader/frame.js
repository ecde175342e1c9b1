// claims-card in a frame of its own: the script of frame.html (published beside embed.js).
//
// frame.html shows one card, chosen by its address: `frame.html?src=https://…/data.json&lang=ru&theme=dark`.
// - `src`: where the card fetches its dataset, read by the URL standard against frame.html's own
//   address. Only an address on one of the data origins this release allows (DATA_ORIGINS: by
//   default the asset host itself, frame.html's own origin) is given to the card; any other
//   (another host, `//host/…`, `/\host/…`, `javascript:`, `data:`) becomes an error card saying it
//   is not an address this site publishes data from, which repeats none of it: a forged link must
//   never show someone else's figures in the newsroom's design under the newsroom's domain. A blank
//   value is an error card too, never the seed.
// - `seed`: present (`frame.html?seed`), and with no `src`, the demo dataset, as `data-seed` asks for
//   it on a card. Without either, an error card saying the frame expected `src`, naming a misnamed
//   parameter such as `data=` or `url=` it found instead: on a news page about another war, the
//   seed's figures would be a public mistake.
// - `lang`, `theme`: as on `<claims-card>` (README, "Embed it").
// - `refresh`, `stale-after`: with `src`, the card's `data-refresh` and `data-stale-after` (how often it
//   re-reads its data, when it says its figures are old), passed only when they read as a duration
//   (`5m`): the card checks them as it checks its own attributes (crates/view/src/refresh.rs).
// It tells the page around it the card's height whenever it changes, in two messages: its own,
// `{ type: "claims-card:height", height }`, which the editors' iframe snippet listens for, and AMP's
// `{ sentinel: "amp", type: "embed-size", height }`, which `<amp-iframe resizable>` listens for.
// It works in `<iframe sandbox="allow-scripts">`: it uses no storage and does not need its own origin
// (the dataset's host then answers an opaque origin, so it must send `Access-Control-Allow-Origin: *`).
// No inline script: frame.html loads this file, then embed.js, which renders the card.

// Only these attributes are taken from the address; anything else in it is ignored.
const PASSED = ["lang", "theme"];

// Passed to a card with `src` as its live refresh: parameter → attribute.
const LIVE = { refresh: "data-refresh", "stale-after": "data-stale-after" };

// A duration as the card's attributes write one; anything else is dropped, so a forged link can put
// no other text on the card (the card then refuses what it would not honour: under a minute, say).
const DURATION = /^[0-9]{1,5}[smh]$/;

// The parameters frame.html reads; any other, with no `src`, is taken for a misnamed one.
const READ = [...PASSED, ...Object.keys(LIVE), "src", "seed"];

// What the card is given in place of a `src` the address lacks, followed by the parameter the
// editor seems to have meant (src/fetch.rs, NO_SRC): its error card says it expected `src`.
const NO_SRC = "no-src:";

// The misnamed parameters the error card names back (src/fetch.rs, MISNAMED); any other is only
// "a parameter", so the card repeats nothing a forged link chose.
const MISNAMED = ["data", "data-src", "url", "dataset", "json", "file", "href"];

// The origins whose data the frame shows, written in by the build from frame-data-origins.json
// (scripts/post-build/frame.mjs): "self" is frame.html's own origin, the asset host.
const DATA_ORIGINS = __DATA_ORIGINS__;

// What the card is given in place of a `src` on any other origin: the card's error card says the
// address is not one this site publishes data from (src/fetch.rs, REFUSED_SRC).
const REFUSED_SRC = "unpublished:";

// A blank `src` is a mistake (a CMS template that lost its URL, say), not a request for the seed:
// the card is given an address it refuses, and its error card says "… not blank:".
const BLANK_SRC = "blank:";

/**
 * `src` as the card may fetch it: resolved against frame.html's address `frameHref` by the URL
 * standard (so `//host`, `/\host`, tabs and the like mean what a browser makes of them), and kept
 * only when its origin is one of `origins`; else REFUSED_SRC.
 */
export const allowedSrc = (src, frameHref, origins = DATA_ORIGINS) => {
  let url;
  try {
    url = new URL(src, frameHref);
  } catch {
    return REFUSED_SRC;
  }
  const own = new URL(frameHref).origin;
  const allowed = origins.map((origin) => (origin === "self" ? own : origin));
  const web = url.protocol === "https:" || url.protocol === "http:";
  return web && allowed.includes(url.origin) ? url.href : REFUSED_SRC;
};

/** The attributes of the frame's one card, from the frame's query string and address. */
export const cardAttributes = (search, frameHref, origins = DATA_ORIGINS) => {
  const query = new URLSearchParams(search);
  const attributes = {};
  for (const name of PASSED) {
    const value = query.get(name)?.trim();
    if (value) attributes[name] = value;
  }
  if (query.has("src")) {
    const src = query.get("src").trim();
    attributes.src = src ? allowedSrc(src, frameHref, origins) : BLANK_SRC;
    for (const [name, attribute] of Object.entries(LIVE)) {
      const value = query.get(name)?.trim();
      if (value && DURATION.test(value)) attributes[attribute] = value;
    }
  }
  // The seed only when asked for, as a bare card on a page must (data-seed).
  else if (query.has("seed")) attributes["data-seed"] = "";
  else {
    const unread = [...query.keys()].filter((name) => !READ.includes(name));
    const meant = unread.find((name) => MISNAMED.includes(name.toLowerCase())) ?? (unread.length ? "?" : "");
    attributes.src = NO_SRC + meant.toLowerCase();
  }
  return attributes;
};

/** The messages that tell the parent the card is `height` CSS pixels tall. */
export const heightMessages = (height) => [
  { type: "claims-card:height", height },
  { sentinel: "amp", type: "embed-size", height },
];

if (typeof document !== "undefined") {
  const card = document.createElement("claims-card");
  for (const [name, value] of Object.entries(cardAttributes(location.search, location.href))) card.setAttribute(name, value);
  if (card.hasAttribute("lang")) document.documentElement.lang = card.getAttribute("lang");
  document.body.append(card);

  // The parent may be on any origin (a news page, an AMP cache), and a height is no secret: "*".
  let told = 0;
  const tell = () => {
    const height = Math.ceil(card.getBoundingClientRect().height);
    if (height === told || window.parent === window) return;
    told = height;
    for (const message of heightMessages(height)) window.parent.postMessage(message, "*");
  };
  new ResizeObserver(tell).observe(card);
}
