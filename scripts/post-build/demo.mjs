// The demo article (index.html) gets the server-rendered card where its marker is, as a newsroom
// would paste it.

export const SNIPPET_MARKER = "<!-- claims-card: server-rendered snippet -->";

/** `page` with its one snippet marker replaced by `snippet`. */
export function pasteSnippet(page, snippet) {
  const found = page.split(SNIPPET_MARKER).length - 1;
  if (found !== 1) throw new Error(`index.html: expected ${SNIPPET_MARKER} once, found it ${found} times`);
  return page.replace(SNIPPET_MARKER, () => snippet);
}
