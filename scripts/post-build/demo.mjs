// The demo article (index.html) gets the server-rendered card where its `__SNIPPET__` marker is, as a
// newsroom would paste it (template.mjs).
import { fillTemplate } from "./template.mjs";

/** `page` with its one `__SNIPPET__` marker replaced by `snippet`. */
export function pasteSnippet(page, snippet) {
  return fillTemplate("index.html", page, { SNIPPET: snippet });
}
