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
  // Tell the page at once that these cards are coming to life; the wasm marks them ready or error.
  for (const host of document.querySelectorAll("claims-card, [data-claims-card]")) {
    host.dataset.state ??= "loading";
  }
  const here = import.meta.url;
  import(new URL("./__GLUE__", here).href)
    .then((glue) => glue.default({ module_or_path: new URL("./__WASM__", here) }))
    .catch((error) => {
      console.error(`claims-card: could not load its WebAssembly (${error}); cards keep their server-rendered content.`);
      for (const host of document.querySelectorAll("claims-card, [data-claims-card]")) {
        if (host.dataset.state === "ready") continue;
        if (!host.shadowRoot) {
          try {
            host.attachShadow({ mode: "open" }).textContent = "This graphic could not be loaded.";
          } catch {
            // An element that cannot hold a shadow root stays as the page wrote it.
          }
        }
        host.dataset.state = "error";
        host.dispatchEvent(
          new CustomEvent("claims-card:error", { bubbles: true, composed: true, detail: [String(error)] }),
        );
      }
    });
}
