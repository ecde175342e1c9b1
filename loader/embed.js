// claims-card: the one script a host page includes.
//
// It makes every <claims-card> and [data-claims-card] on the page a card, now and when added later:
// - A card the server rendered with this version of the card, in its language, from the data it
//   carries (its render key matches: crates/view/src/card/render_key.rs) is complete already, and its radios and
//   <details> work without script. It is marked ready at once; no WebAssembly is downloaded for it.
// - Any other card (no server markup, an older snippet, live data in `src` or `data-src`, a page CSP that blocked
//   the snippet's style) is rendered by the card's WebAssembly, loaded once per page when the first
//   such card appears, from the folder this script was served from.
// A kept server card's footer buttons (get the data, copy the embed code) have no handlers: a reader's
// first click on one (a trusted click: never one a script dispatched) starts the wasm and hands it
// that card and what was asked, through the glue's export `readerAsked` (src/asked.rs), a
// channel page markup cannot write. The wasm takes the card over as a Yew app and does it.
// The page is read through the DOM's prototypes, captured here: page markup can shadow a document's
// members with named elements (<img name="querySelectorAll">, <form name="body">), and a form's
// with its fields; a <form> card is left to the wasm, which reads every element that way too.
// It also writes the page's declared colour scheme on every card (data-scheme), following the page
// when it toggles its theme. If the wasm cannot load (network, MIME type, CSP), server-rendered cards
// keep their markup, client-only cards show a short message in their language, and the page sees
// one console error and a claims-card:error event per card, never an uncaught exception.

// Written at build time (scripts/post-build/loader.mjs): what this script shares with the card's
// Rust, from src/loader_contract.rs (`claims-card loader-contract`), and this release's
// content-hashed JS glue and wasm.
const CONTRACT = __CONTRACT__;
const FILES = __FILES__;

// The card's language for the `lang` that applies to it, as Rust's `loader_contract::card_locale`:
// the primary subtag if the card speaks it, else the default (English).
const cardLanguage = (lang) => {
  const primary = (lang ?? "").trim().split(/[-_]/)[0].toLowerCase();
  return CONTRACT.languages.includes(primary) ? primary : CONTRACT.defaultLanguage;
};

// The render key, exactly as crates/view/src/card/render_key.rs makes it: FNV-1a (32 bits) over the code's
// version, the card's language and its data text, each followed by the byte 0xff.
const utf8 = new TextEncoder();
const renderKey = (language, data) => {
  let hash = 0x811c9dc5;
  for (const part of [CONTRACT.codeVersion, language, data]) {
    for (const byte of utf8.encode(part)) hash = Math.imul(hash ^ byte, 0x01000193);
    hash = Math.imul(hash ^ 0xff, 0x01000193);
  }
  return (hash >>> 0).toString(16).padStart(8, "0");
};

// A data script's text as the render key reads it, as Rust's `Host::inline_data`: trimmed, without the
// <!-- --> the snippet wraps it in (what a sanitizer that strips the script keeps is then invisible).
const dataText = (text) => text.trim().replace(/^<!--([^]*)-->$/, "$1");

// The room, in CSS pixels, reserved for a card `width` pixels wide before it is drawn, as Rust's
// `loader_contract::placeholder_height`.
const placeholderHeight = (width) => {
  const { baseHeight, widthArea, minWidth } = CONTRACT.placeholder;
  return Math.round(baseHeight + widthArea / Math.max(width, minWidth));
};

const started = Symbol.for("claims-card.started");

// `member(Element.prototype, "closest")(element, "[lang]")`: the method or getter as the prototype
// has it, called on `target`, whatever the target's own named elements say.
const member = (prototype, name) => {
  const { value, get } = Object.getOwnPropertyDescriptor(prototype, name);
  return (target, ...args) => Reflect.apply(value ?? get, target, args);
};

if (!globalThis[started]) {
  // The mark is this script's URL: the wasm reads it for the embed code (src/loader.rs).
  const here = (globalThis[started] = import.meta.url);
  const rootElement = member(Document.prototype, "documentElement")(document);
  const body = member(Document.prototype, "body");
  const createElement = member(Document.prototype, "createElement");
  const all = member(Element.prototype, "querySelectorAll");
  const matches = member(Element.prototype, "matches");
  const attribute = member(Element.prototype, "getAttribute");
  const closest = member(Element.prototype, "closest");
  const CARDS = CONTRACT.cardSelector;
  const taken = new WeakSet();
  let wasm = null;
  // The glue, once the wasm runs (undefined if it could not load). The wasm is requested at once,
  // beside the glue, not once the glue has arrived: one round trip, not two. The glue compiles the
  // response as it streams in (from its bytes if the server sends the wrong MIME type).
  const load = () =>
    (wasm ??= Promise.all([import(new URL(FILES.glue, here)), fetch(new URL(FILES.wasm, here))])
      .then(async ([glue, response]) => (await glue.default({ module_or_path: response }), glue))
      .catch(fail));
  // A reader's click in a kept card: on a footer button (inside the card, not in the page around
  // it), the wasm is handed the card and the action (see above).
  const upgrade = (event) => {
    const host = event.currentTarget;
    const path = event.composedPath();
    const button = path.slice(0, path.indexOf(host)).find((node) => node instanceof Element && attribute(node, "data-action"));
    if (!button || !event.isTrusted) return;
    host.removeEventListener("click", upgrade);
    load().then((glue) => glue?.readerAsked(host, attribute(button, "data-action")));
  };

  // The page's colour scheme, in order: a theme attribute or class on <html> or <body>, then the
  // root's computed `color-scheme` when it names exactly one. (The card's own `theme` attribute and
  // the reader's preference are the stylesheet's business.)
  const SCHEMES = ["dark", "light"];
  const declaredScheme = () => {
    for (const element of [rootElement, body(document)]) {
      const theme = element?.getAttribute("data-theme")?.trim().toLowerCase();
      if (SCHEMES.includes(theme)) return theme;
      const named = SCHEMES.find((name) => element?.classList.contains(name));
      if (named) return named;
    }
    const declared = getComputedStyle(rootElement).colorScheme.trim().toLowerCase();
    return SCHEMES.includes(declared) ? declared : null;
  };
  let scheme = declaredScheme();
  const markScheme = (host) => (scheme ? host.setAttribute("data-scheme", scheme) : host.removeAttribute("data-scheme"));

  // The lang that applies to a card: its own, else its nearest ancestor's.
  const languageOf = (host) => {
    const around = closest(host, "[lang]");
    return cardLanguage(around && attribute(around, "lang"));
  };
  const isCurrent = (host) => {
    const root = host.shadowRoot;
    const mount = root?.querySelector(".mount[data-render]");
    const data = host.querySelector(":scope > script[type='application/json']");
    // A card with live data (src, or data-src where a sanitizer keeps only data- attributes) is never current.
    if (!mount || !data || host.getAttribute("src")?.trim() || host.dataset.src?.trim()) return false;
    // A page whose CSP lacks the snippet's style hash blocks its <style> (no `sheet`): the wasm styles it.
    if (![...root.querySelectorAll("style")].some((style) => style.sheet)) return false;
    return mount.dataset.render === renderKey(languageOf(host), dataText(data.textContent));
  };

  const fail = (error) => {
    console.error(`claims-card: could not load its WebAssembly (${error}); server-rendered cards are kept.`);
    for (const host of all(rootElement, CARDS)) {
      if (isForm(host) || host.dataset.state === "ready") continue;
      // Server-rendered cards keep their markup; a placeholder or a bare element gets a message.
      const root = host.shadowRoot;
      const message = CONTRACT.loadFailed[languageOf(host)];
      try {
        if (!root) host.attachShadow({ mode: "open" }).textContent = message;
        else if (root.querySelector("[data-placeholder]")) root.textContent = message;
      } catch {
        // An element that cannot hold a shadow root stays as the page wrote it.
      }
      host.dataset.state = "error";
      host.dispatchEvent(new CustomEvent("claims-card:error", { bubbles: true, composed: true, detail: [`${error}`] }));
    }
  };

  // A <form> card's fields can shadow its members (<input name="querySelector">): the wasm draws it.
  const isForm = (host) => host instanceof HTMLFormElement;

  // The one place that decides whether a pasted card is current: the wasm asks this function too
  // (src/loader.rs), through a mark page markup cannot write and page scripts cannot replace.
  Object.defineProperty(globalThis, Symbol.for("claims-card.current"), {
    value: (host) => !isForm(host) && isCurrent(host),
  });

  // What the measure switch now shows, said once in the card's polite status (card/measure_switch.rs):
  // the radio alone announces only itself. Heard on the shadow root, which `change` does not leave.
  const sayMeasure = (event) => {
    const radio = event.target;
    const status = event.currentTarget.querySelector(".measure-status");
    const label = radio.name === "measure" && radio.checked && radio.closest("label")?.textContent.trim();
    if (status && label) status.textContent = status.dataset.said.replace("{measure}", label);
  };

  // Makes cards of `hosts` not seen before: current server cards are ready now; the others say they
  // are loading, get their room reserved, and start the wasm.
  const take = (hosts) => {
    const fresh = hosts.filter((host) => !taken.has(host) && host.isConnected);
    fresh.forEach((host) => taken.add(host));
    const listen = (host) => host.shadowRoot?.addEventListener("change", sayMeasure);
    const rendering = fresh.filter((host) => {
      if (isForm(host)) return true;
      markScheme(host);
      if (!isCurrent(host)) return true;
      listen(host);
      host.addEventListener("click", upgrade);
      host.dataset.state = "ready";
      host.dispatchEvent(new CustomEvent("claims-card:ready", { bubbles: true, composed: true }));
      return false;
    });
    if (!rendering.length) return;
    const drawn = rendering.filter((host) => !isForm(host));
    for (const host of drawn) host.dataset.state ??= "loading";
    // A card the server did not render gets its room now, so nothing below it moves when it
    // arrives: an empty shadow root holding a placeholder about the card's height for its width,
    // which the wasm replaces. Every width is read before any shadow root is added: one layout.
    // (CSSOM styles, so a strict style-src needs nothing for it.)
    const bare = drawn.filter((host) => !host.shadowRoot && !host.querySelector(":scope > template[shadowrootmode]"));
    const widths = bare.map((host) => host.getBoundingClientRect().width);
    bare.forEach((host, index) => {
      try {
        const placeholder = createElement(document, "div");
        placeholder.className = "mount";
        placeholder.dataset.placeholder = "";
        placeholder.ariaBusy = "true";
        placeholder.style.minHeight = `${placeholderHeight(widths[index])}px`;
        host.attachShadow({ mode: "open" }).append(placeholder);
      } catch {
        // An element that cannot hold a shadow root gets its error from the wasm.
      }
    });
    drawn.forEach(listen);
    load();
  };

  take([...all(rootElement, CARDS)]);
  // Cards added later (a live blog, a single-page app). Once the wasm runs, it follows them too and
  // renders those that need it; this observer, made first, has marked them before it looks.
  new MutationObserver((records) => {
    const added = [];
    for (const record of records) {
      for (const node of record.addedNodes) {
        if (!(node instanceof Element)) continue;
        if (matches(node, CARDS)) added.push(node);
        added.push(...all(node, CARDS));
      }
    }
    if (added.length) take(added);
  }).observe(rootElement, { childList: true, subtree: true });
  // The page toggling its theme.
  const follow = new MutationObserver(() => {
    scheme = declaredScheme();
    for (const host of all(rootElement, CARDS)) if (!isForm(host)) markScheme(host);
  });
  for (const element of [rootElement, body(document)]) {
    if (element) follow.observe(element, { attributes: true, attributeFilter: ["class", "data-theme", "style"] });
  }
}
