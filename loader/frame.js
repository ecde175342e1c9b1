// claims-card in a frame of its own: the script of frame.html (published beside embed.js).
//
// frame.html shows one card, chosen by its address: `frame.html?src=https://…/data.json&lang=ru&theme=dark`.
// - `src`: where the card fetches its dataset. The card fetches only http(s) addresses and shows an
//   error card for any other (`javascript:`, `data:`, a blank value), never the seed in its place.
//   No `src` at all: the seed dataset.
// - `lang`, `theme`: as on `<claims-card>` (README, "Embed it").
// It tells the page around it the card's height whenever it changes, in two messages: its own,
// `{ type: "claims-card:height", height }`, which the editors' iframe snippet listens for, and AMP's
// `{ sentinel: "amp", type: "embed-size", height }`, which `<amp-iframe resizable>` listens for.
// It works in `<iframe sandbox="allow-scripts">`: it uses no storage and does not need its own origin
// (the dataset's host then answers an opaque origin, so it must send `Access-Control-Allow-Origin: *`).
// No inline script: frame.html loads this file, then embed.js, which renders the card.

// Only these attributes are taken from the address; anything else in it is ignored.
const PASSED = ["lang", "theme"];

// A blank `src` is a mistake (a CMS template that lost its URL, say), not a request for the seed:
// the card is given an address it refuses, and its error card says "… not blank:".
const BLANK_SRC = "blank:";

/** The attributes of the frame's one card, from the frame's query string. */
export const cardAttributes = (search) => {
  const query = new URLSearchParams(search);
  const attributes = {};
  for (const name of PASSED) {
    const value = query.get(name)?.trim();
    if (value) attributes[name] = value;
  }
  if (query.has("src")) attributes.src = query.get("src").trim() || BLANK_SRC;
  // No `src` at all: the frame asks for the seed, as a bare card on a page must (data-seed).
  else attributes["data-seed"] = "";
  return attributes;
};

/** The messages that tell the parent the card is `height` CSS pixels tall. */
export const heightMessages = (height) => [
  { type: "claims-card:height", height },
  { sentinel: "amp", type: "embed-size", height },
];

if (typeof document !== "undefined") {
  const card = document.createElement("claims-card");
  for (const [name, value] of Object.entries(cardAttributes(location.search))) card.setAttribute(name, value);
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
