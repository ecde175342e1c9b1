// Host pages whose CSS does its worst: a reset (`* { all: unset }`), a framework's preflight,
// `!important` on `*`, `html { font-size: 10px }` and right-to-left pages. At the same column width the
// card must look exactly as on a clean page: each card (server-rendered and client-rendered) is
// screenshotted and compared pixel by pixel with the clean page's. Images: test-output/hostile/.
import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdirSync, writeFileSync } from "node:fs";
import { inflateSync, deflateSync, crc32 } from "node:zlib";
import { cardsSettled } from "./browser.mjs";
import { browserAndSites, page, renderSnippet, withId } from "./fixtures.mjs";

const OUT = new URL("../../test-output/hostile/", import.meta.url);
mkdirSync(OUT, { recursive: true });

// Each card in a column of the same width, set in a style attribute (a rule on `*` cannot override it
// without !important) and placed at a whole-pixel position, so that the pages' different text above
// the card cannot shift it by a fraction of a pixel (which changes anti-aliasing, not the card).
const COLUMN = 480;
const column = (id, top, card) =>
  `<div class="column" id="column-${id}" style="position: absolute; left: 0; top: ${top}px; width: ${COLUMN}px">${card}</div>`;
const body = (assets, snippet) => `<h1>Host page</h1><p>Some text before the card.</p>
${column("server", 200, withId(snippet, "server"))}
${column("client", 1700, `<div data-claims-card data-seed id="client"></div>`)}
<p>Some text after.</p>
<script type="module" src="${assets}/embed.js"></script>`;

// A few lines of Tailwind's preflight (v3), the reset most framework pages ship.
const PREFLIGHT = `*, ::before, ::after { box-sizing: border-box; border-width: 0; border-style: solid; border-color: #e5e7eb; }
html { line-height: 1.5; -webkit-text-size-adjust: 100%; tab-size: 4; font-family: ui-sans-serif, system-ui, sans-serif; font-feature-settings: normal; }
body { margin: 0; line-height: inherit; }
h1, h2, h3, h4, h5, h6 { font-size: inherit; font-weight: inherit; }
a { color: inherit; text-decoration: inherit; }
b, strong { font-weight: bolder; }
button, input, optgroup, select, textarea { font-family: inherit; font-size: 100%; font-weight: inherit; line-height: inherit; color: inherit; margin: 0; padding: 0; }
button, [type='button'], [type='reset'], [type='submit'] { -webkit-appearance: button; background-color: transparent; background-image: none; }
blockquote, dl, dd, h1, h2, h3, h4, h5, h6, hr, figure, p, pre { margin: 0; }
fieldset { margin: 0; padding: 0; }
legend { padding: 0; }
ol, ul, menu { list-style: none; margin: 0; padding: 0; }
img, svg, video, canvas, audio, iframe, embed, object { display: block; vertical-align: middle; }
[hidden] { display: none; }
details, summary { display: block; }`;

const IMPORTANT = `* {
  color: #f0f !important; background: #ff0 !important; font: italic 700 40px/3 "Comic Sans MS", cursive !important;
  line-height: 3 !important; font-size: 40px !important; display: inline !important; letter-spacing: 4px !important;
  text-transform: uppercase !important; text-align: right !important; word-spacing: 20px !important;
  visibility: visible !important; opacity: 1 !important;
}
svg, rect, text, g, line { fill: red !important; stroke: blue !important; }
input, button, details, summary, a { all: unset !important; }`;

const HOSTILE = {
  reset: { head: `<style>* { all: unset }</style>` },
  preflight: { head: `<style>${PREFLIGHT}</style>` },
  important: { head: `<style>${IMPORTANT}</style>` },
  "root-font-size": { head: `<style>html { font-size: 10px } body { font-size: 1.3rem; line-height: 1 }</style>` },
  rtl: { head: `<style>html, body { direction: rtl; text-align: right }</style>`, dir: "rtl" },
  everything: {
    head: `<style>* { all: unset }</style><style>${PREFLIGHT}</style><style>${IMPORTANT}</style><style>html { font-size: 10px; direction: rtl }</style>`,
    dir: "rtl",
  },
};

const pages = { "/clean.html": (assets) => page({ body: body(assets, renderSnippet(assets)) }) };
for (const [name, { head, dir }] of Object.entries(HOSTILE)) {
  pages[`/${name}.html`] = (assets) => {
    const html = page({ head, body: body(assets, renderSnippet(assets)) });
    return dir ? html.replace('<html lang="en">', `<html lang="en" dir="${dir}">`) : html;
  };
}
const env = browserAndSites(pages);

/** Decodes an 8-bit RGB(A) PNG, as Chromium writes them, to { width, height, rgba }. */
function decodePng(png) {
  assert.equal(png.readUInt32BE(0), 0x89504e47, "a PNG");
  let offset = 8;
  let width, height, colourType;
  const data = [];
  while (offset < png.length) {
    const length = png.readUInt32BE(offset);
    const type = png.toString("latin1", offset + 4, offset + 8);
    const chunk = png.subarray(offset + 8, offset + 8 + length);
    if (type === "IHDR") {
      width = chunk.readUInt32BE(0);
      height = chunk.readUInt32BE(4);
      assert.equal(chunk[8], 8, "8 bits per channel");
      colourType = chunk[9];
      assert.ok(colourType === 6 || colourType === 2, `RGB or RGBA, not colour type ${colourType}`);
      assert.equal(chunk[12], 0, "not interlaced");
    } else if (type === "IDAT") {
      data.push(chunk);
    }
    offset += 12 + length;
  }
  const channels = colourType === 6 ? 4 : 3;
  const raw = inflateSync(Buffer.concat(data));
  const stride = width * channels;
  const pixels = Buffer.alloc(stride * height);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)];
    const line = raw.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1));
    for (let x = 0; x < stride; x++) {
      const a = x >= channels ? pixels[y * stride + x - channels] : 0;
      const b = y > 0 ? pixels[(y - 1) * stride + x] : 0;
      const c = x >= channels && y > 0 ? pixels[(y - 1) * stride + x - channels] : 0;
      let predictor;
      if (filter === 0) predictor = 0;
      else if (filter === 1) predictor = a;
      else if (filter === 2) predictor = b;
      else if (filter === 3) predictor = (a + b) >> 1;
      else if (filter === 4) {
        const p = a + b - c;
        const [pa, pb, pc] = [Math.abs(p - a), Math.abs(p - b), Math.abs(p - c)];
        predictor = pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
      } else throw new Error(`PNG filter ${filter}`);
      pixels[y * stride + x] = (line[x] + predictor) & 0xff;
    }
  }
  const rgba = Buffer.alloc(width * height * 4, 255);
  for (let i = 0; i < width * height; i++) pixels.copy(rgba, i * 4, i * channels, i * channels + channels);
  return { width, height, rgba };
}

/** An RGBA PNG (for the difference images). */
function encodePng({ width, height, rgba }) {
  const chunk = (type, data) => {
    const head = Buffer.alloc(8);
    head.writeUInt32BE(data.length, 0);
    head.write(type, 4, "latin1");
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])) >>> 0, 0);
    return Buffer.concat([head, data, crc]);
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr.set([8, 6, 0, 0, 0], 8);
  const raw = Buffer.alloc(height * (width * 4 + 1));
  for (let y = 0; y < height; y++) rgba.copy(raw, y * (width * 4 + 1) + 1, y * width * 4, (y + 1) * width * 4);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", ihdr),
    chunk("IDAT", deflateSync(raw)),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

/**
 * The pixels that differ between two images of the same size, among those `mask` marks (all if none):
 * `differing` counts those where a channel differs by more than `tolerance`, `largest` is the largest
 * difference; `diff` marks the differing pixels in red.
 */
function compare(a, b, { mask = null, tolerance = 0 } = {}) {
  assert.deepEqual([b.width, b.height], [a.width, a.height], "same size");
  const diff = Buffer.from(a.rgba);
  let differing = 0;
  let largest = 0;
  for (let i = 0; i < a.rgba.length; i += 4) {
    if (mask && !mask[i / 4]) {
      diff.set([0, 0, 255, 255], i); // blue: the page's own pixels, not compared
      continue;
    }
    let delta = 0;
    for (let c = 0; c < 4; c++) delta = Math.max(delta, Math.abs(a.rgba[i + c] - b.rgba[i + c]));
    largest = Math.max(largest, delta);
    if (delta > tolerance) {
      differing++;
      diff.set([255, 0, 0, 255], i);
    } else {
      diff[i + 3] = 60; // faded: the pixels that agree
    }
  }
  return { differing, largest, diff: { width: a.width, height: a.height, rgba: diff } };
}

/**
 * Which pixels of a card's screenshot are the card's own: those that stay the same when the page
 * behind it turns from white to black. The others are the page showing through the card's rounded
 * corners and the fraction of a pixel row below its last whole row; they belong to the host page.
 */
function ownPixels(onWhite, onBlack) {
  const mask = new Uint8Array(onWhite.width * onWhite.height);
  const outside = [];
  for (let p = 0; p < mask.length; p++) {
    mask[p] = onWhite.rgba.compare(onBlack.rgba, p * 4, p * 4 + 4, p * 4, p * 4 + 4) === 0 ? 1 : 0;
    if (!mask[p]) outside.push([p % onWhite.width, Math.floor(p / onWhite.width)]);
  }
  return { mask, outside };
}

/** Screenshots of the server-rendered and the client-rendered card, and how they are laid out. */
async function shoot(tab, path) {
  await tab.goto(env.site.url(path));
  await cardsSettled(tab, 2);
  const shots = {};
  for (const id of ["server", "client"]) {
    const card = tab.locator(`#${id}`).locator(".card");
    shots[id] = {
      png: await card.screenshot({ animations: "disabled", caret: "hide" }),
      box: await card.evaluate((element) => {
        const { width, height } = element.getBoundingClientRect();
        const style = getComputedStyle(element);
        return { width, height, fontSize: style.fontSize, color: style.color, lineHeight: style.lineHeight };
      }),
      state: await tab.getAttribute(`#${id}`, "data-state"),
    };
  }
  // What the page's CSS does to the page's own heading, to show it is in force.
  shots.heading = await tab.evaluate(() => {
    const style = getComputedStyle(document.querySelector("h1"));
    return [style.display, style.fontSize, style.color, style.direction, style.lineHeight].join(" ");
  });
  await tab.screenshot({ path: new URL(`page-${path.slice(1, -5)}.png`, OUT).pathname, fullPage: true });
  return shots;
}

test("on every hostile page each card is pixel-identical to the clean page's at the same column width", async () => {
  const tab = await env.browser.newPage({ viewport: { width: 560, height: 900 } });
  const pageErrors = [];
  tab.on("pageerror", (error) => pageErrors.push(String(error)));
  const clean = await shoot(tab, "/clean.html");
  for (const id of ["server", "client"]) {
    assert.equal(clean[id].state, "ready");
    assert.equal(clean[id].box.width, COLUMN, "the clean card fills its column");
    assert.equal(clean[id].box.fontSize, "16px");
    writeFileSync(new URL(`clean-${id}.png`, OUT), clean[id].png);
  }
  // The server-rendered and the client-rendered card are the same card. They sit at different places
  // on the page, and the client card is painted in a contained box (content-visibility), which moves
  // the anti-aliasing of a rotated chevron and of a few glyph edges by some levels: a handful of
  // pixels. A different card (one word, one colour, one box moved) differs in hundreds.
  const twins = compare(decodePng(clean.server.png), decodePng(clean.client.png), { tolerance: 32 });
  writeFileSync(new URL("twins-diff.png", OUT), encodePng(twins.diff));
  assert.ok(twins.differing <= 64, `server and client card differ in ${twins.differing} pixels, by up to ${twins.largest}`);

  // The page's own pixels around the card: shoot the clean page on black.
  await tab.evaluate(() => {
    for (const element of [document.documentElement, document.body, ...document.querySelectorAll(".column")]) {
      element.style.background = "#000";
    }
  });
  const own = {};
  for (const id of ["server", "client"]) {
    const onBlack = decodePng(await tab.locator(`#${id}`).locator(".card").screenshot({ animations: "disabled" }));
    own[id] = ownPixels(decodePng(clean[id].png), onBlack);
    const { width, height } = onBlack;
    // Only the corners and the last, partial row are the page's: never anything inside the card.
    const inside = own[id].outside.filter(([x, y]) => y < height - 1 && Math.min(x, width - 1 - x, y) > 2);
    assert.deepEqual(inside, [], `${id}: page pixels inside the card`);
    assert.ok(own[id].outside.length < width + 20, `${id}: ${own[id].outside.length} page pixels`);
  }

  const failures = [];
  for (const name of Object.keys(HOSTILE)) {
    const hostile = await shoot(tab, `/${name}.html`);
    assert.notEqual(hostile.heading, clean.heading, `${name}: the page's CSS is in force`);
    for (const id of ["server", "client"]) {
      const shot = hostile[id];
      writeFileSync(new URL(`${name}-${id}.png`, OUT), shot.png);
      assert.equal(shot.state, "ready", `${name}/${id}`);
      // Readable: the card's own type and colour, not the page's.
      assert.deepEqual(
        { fontSize: shot.box.fontSize, color: shot.box.color, lineHeight: shot.box.lineHeight },
        { fontSize: clean[id].box.fontSize, color: clean[id].box.color, lineHeight: clean[id].box.lineHeight },
        `${name}/${id}`,
      );
      assert.equal(shot.box.width, COLUMN, `${name}/${id}: the column keeps its width`);
      const image = decodePng(shot.png);
      const reference = decodePng(clean[id].png);
      if (image.width !== reference.width || image.height !== reference.height) {
        failures.push(`${name}/${id}: ${image.width}×${image.height}, clean ${reference.width}×${reference.height}`);
        continue;
      }
      const { differing, largest, diff } = compare(reference, image, { mask: own[id].mask });
      if (differing > 0) {
        writeFileSync(new URL(`${name}-${id}-diff.png`, OUT), encodePng(diff));
        failures.push(`${name}/${id}: ${differing} of ${image.width * image.height} pixels differ (by up to ${largest})`);
      }
    }
  }
  assert.deepEqual(failures, [], "see test-output/hostile/*-diff.png");
  assert.deepEqual(pageErrors, []);
  await tab.close();
});
