// The build's one template syntax: a marker `__NAME__` (capitals and underscores) in a file we ship,
// replaced by its value. In embed.js and frame.js a marker stands where a JSON value goes, so the
// template is valid JavaScript before it is filled; in builder.html and index.html it stands for a
// file name or the snippet.

/**
 * `source` with each `__KEY__` of `values` replaced by its value, as given. Each marker must be
 * there exactly once, and no `__NAME__` marker may be left (but Trunk's `__TRUNK_…__`): a template this
 * step does not understand fails the build instead of shipping a file with a hole in it. `what` names
 * the file in errors.
 */
export function fillTemplate(what, source, values) {
  let filled = source;
  for (const [key, value] of Object.entries(values)) {
    const marker = `__${key}__`;
    if (!/^__[A-Z][A-Z_]*__$/.test(marker)) throw new Error(`${what}: ${marker} is not a marker`);
    const found = filled.split(marker).length - 1;
    if (found !== 1) throw new Error(`${what}: expected ${marker} once, found it ${found} times`);
    filled = filled.replace(marker, () => value);
  }
  // Trunk's own markers (`trunk serve` puts `__TRUNK_ADDRESS__` and the like in its reload script)
  // are Trunk's to fill, in the browser.
  const left = /__(?!TRUNK_)[A-Z][A-Z_]*__/.exec(filled);
  if (left) throw new Error(`${what}: ${left[0]} is not filled in`);
  return filled;
}
