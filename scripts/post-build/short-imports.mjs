// Shortens the names the wasm imports from its JS glue. wasm-bindgen names each import after the
// function it wraps plus a 16-digit hash (`__wbg_namespaceURI_cf6df322f468ae4b`), and writes every
// name twice: in the wasm's import section and as a key in the glue. 140 such names are 1.6 KB of
// brotli in each file, mostly the hashes, which do not compress. Renamed to `a`, `b`, … `aZ` in both,
// the card downloads about 3 KB less. A release build step of scripts/trunk-post-build.mjs.

/** Reads an unsigned LEB128 number at `offset`: its value and the offset after it. */
function readUleb(bytes, offset) {
  let value = 0;
  let shift = 0;
  for (;;) {
    const byte = bytes[offset++];
    value += (byte & 0x7f) * 2 ** shift;
    shift += 7;
    if (byte < 0x80) return { value, next: offset };
  }
}

function uleb(value) {
  const out = [];
  do {
    let byte = value % 128;
    value = Math.floor(value / 128);
    if (value > 0) byte |= 0x80;
    out.push(byte);
  } while (value > 0);
  return out;
}

/** The length of an import's description (what is imported: function, table, memory, global, tag). */
function descriptionLength(bytes, start) {
  const limits = (offset) => {
    const flags = bytes[offset++];
    offset = readUleb(bytes, offset).next;
    if (flags & 1) offset = readUleb(bytes, offset).next;
    return offset;
  };
  const kind = bytes[start];
  let offset = start + 1;
  if (kind === 0) offset = readUleb(bytes, offset).next; // function: its type's index
  else if (kind === 1) offset = limits(offset + 1); // table: element type, limits
  else if (kind === 2) offset = limits(offset); // memory: limits
  else if (kind === 3) offset += 2; // global: value type, mutability
  else if (kind === 4) offset = readUleb(bytes, offset + 1).next; // tag: attribute, type index
  else throw new Error(`short-imports: unknown import kind ${kind}`);
  return offset - start;
}

/** `a`, `b`, … `Z`, `aa`, `ab`, …: short, unique, valid JS property names. */
function shortName(index) {
  const letters = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";
  let name = "";
  do {
    name = letters[index % letters.length] + name;
    index = Math.floor(index / letters.length) - 1;
  } while (index >= 0);
  return name;
}

/**
 * Renames every import wasm-bindgen made (`__wbg…`) in `wasm` (a Buffer) and the same keys in `glue`.
 * Returns the new wasm and glue. Throws if a name is not exactly once in the glue, so a glue layout
 * this does not understand fails the build instead of shipping a card that cannot start.
 */
export function shortenImports(wasm, glue) {
  const text = new TextDecoder();
  const utf8 = new TextEncoder();
  const sections = [];
  let offset = 8;
  let renamed = 0;
  while (offset < wasm.length) {
    const id = wasm[offset];
    const { value: size, next } = readUleb(wasm, offset + 1);
    let body = wasm.subarray(next, next + size);
    if (id === 2) {
      const count = readUleb(body, 0);
      const out = [...uleb(count.value)];
      let at = count.next;
      for (let i = 0; i < count.value; i++) {
        const moduleLength = readUleb(body, at);
        const moduleName = body.subarray(moduleLength.next, moduleLength.next + moduleLength.value);
        at = moduleLength.next + moduleLength.value;
        const nameLength = readUleb(body, at);
        let name = text.decode(body.subarray(nameLength.next, nameLength.next + nameLength.value));
        at = nameLength.next + nameLength.value;
        const description = body.subarray(at, at + descriptionLength(body, at));
        at += description.length;
        if (name.startsWith("__wbg")) {
          const short = shortName(renamed++);
          const key = `${name}:`;
          const found = glue.split(key).length - 1;
          if (found !== 1) throw new Error(`short-imports: the glue has ${found} keys "${key}", expected 1`);
          glue = glue.replace(key, `${short}:`);
          name = short;
        }
        const nameBytes = utf8.encode(name);
        out.push(...uleb(moduleName.length), ...moduleName, ...uleb(nameBytes.length), ...nameBytes, ...description);
      }
      body = Uint8Array.from(out);
    }
    sections.push(Uint8Array.from([id, ...uleb(body.length)]), body);
    offset = next + size;
  }
  return { wasm: Buffer.concat([wasm.subarray(0, 8), ...sections]), glue, renamed };
}
