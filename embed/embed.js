// claims-card: the one script a host page includes.
//
// It loads the card's WebAssembly once per page, however often the page includes it, from the
// folder it was itself served from; the wasm then renders every <claims-card> and
// [data-claims-card] on the page. If the wasm cannot load (network, MIME type, CSP), server-rendered
// cards keep their markup, client-only cards show a short message, and the page sees one console
// error and a claims-card:error event per card, never an uncaught exception.
//
// __GLUE__ and __WASM__ are replaced at build time with the content-hashed file names.
const started = Symbol.for("claims-card.started");

if (!globalThis[started]) {
  globalThis[started] = true;
  // Tell the page at once that these cards are coming to life (the wasm marks them ready or error),
  // and give each card the server did not render its room now, so nothing below it moves when it
  // arrives: an empty shadow root holding a placeholder about the card's height for its width,
  // which the wasm replaces. (CSSOM styles, so a strict style-src needs nothing for it.)
  const hosts = [...document.querySelectorAll("claims-card, [data-claims-card]")];
  for (const host of hosts) host.dataset.state ??= "loading";
  const bare = hosts.filter((host) => !host.shadowRoot && !host.querySelector(":scope > template[shadowrootmode]"));
  // Every width is read before any shadow root is added: one layout, not one per card.
  const widths = bare.map((host) => Math.max(host.getBoundingClientRect().width, 240));
  bare.forEach((host, index) => {
    try {
      const placeholder = document.createElement("div");
      placeholder.className = "mount";
      placeholder.dataset.placeholder = "";
      placeholder.setAttribute("aria-busy", "true");
      // The seed card measures about 1,390 px tall at 320 px wide and 930 px at 1,000 px.
      placeholder.style.minHeight = `${Math.round(700 + 220000 / widths[index])}px`;
      host.attachShadow({ mode: "open" }).append(placeholder);
    } catch {
      // An element that cannot hold a shadow root gets its error from the wasm.
    }
  });
  const here = import.meta.url;
  import(new URL("./__GLUE__", here).href)
    .then((glue) => glue.default({ module_or_path: new URL("./__WASM__", here) }))
    .catch((error) => {
      console.error(`claims-card: could not load its WebAssembly (${error}); cards keep their server-rendered content.`);
      for (const host of document.querySelectorAll("claims-card, [data-claims-card]")) {
        if (host.dataset.state === "ready") continue;
        // Server-rendered cards keep their markup; a placeholder or a bare element gets a message.
        const root = host.shadowRoot;
        try {
          if (!root) host.attachShadow({ mode: "open" }).textContent = "This graphic could not be loaded.";
          else if (root.querySelector("[data-placeholder]")) root.textContent = "This graphic could not be loaded.";
        } catch {
          // An element that cannot hold a shadow root stays as the page wrote it.
        }
        host.dataset.state = "error";
        host.dispatchEvent(
          new CustomEvent("claims-card:error", { bubbles: true, composed: true, detail: [String(error)] }),
        );
      }
    });
}
