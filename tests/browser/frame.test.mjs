// The card in a frame of its own (dist/frame.html, loader/frame.js) across two origins: host pages
// on one, frame.html and the card's files on the other, as `claims-card render --format iframe|amp|oembed`
// prints them. The card renders inside (the seed by `?seed`, or data by `src`; neither is an error
// card naming `src`); its height reaches the parent,
// which grows that iframe to it and no other (no scrollbar, at 360 px too); a forged message from
// another frame changes nothing; the frame works sandboxed; a bad `src` gives an error card; an
// AMP-like host gets `embed-size`. Screenshots of every form at 360 and 1200 px go to
// test-output/frame/.
import { test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { mkdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { browserAndSites, page } from "./fixtures.mjs";

const repo = fileURLToPath(new URL("../..", import.meta.url));
const shots = `${repo}/test-output/frame`;
const seed = JSON.parse(readFileSync(new URL("../../data/seed.json", import.meta.url), "utf8"));
const revised = { ...structuredClone(seed), title: "Revised: claimed losses in the September 2023 offensive" };

// Addresses the tests answer themselves (tab.route): the dataset, published on the asset host (the
// one data origin frames show by default: frame-data-origins.json), a frame of another site that
// forges the card's messages (an ad, say), and an attacker's host with a dataset of its own.
const DATA_PATH = "/published/nk.json";
const data = (assets) => `${assets}${DATA_PATH}`;
const FORGER = "http://forger.example.test/forge.html";
const ATTACKER = "http://attacker.example.test";
const fake = { ...structuredClone(seed), title: "FORGED TITLE from the attacker" };

/** `claims-card render --format FORMAT --asset-base ASSETS/ ARGS…`, as an editor runs it. */
function render(format, assets, ...args) {
  const command = ["run", "--quiet", "--package", "claims-card-cli", "--bin", "claims-card", "--", "render", "--format", format];
  return execFileSync("cargo", [...command, "--asset-base", `${assets}/`, ...args], {
    cwd: repo,
    encoding: "utf8",
    stdio: ["ignore", "pipe", "inherit"],
  });
}

/** A news article around `embed`, in a 680 px column, as a host would place it. */
const article = (embed, head = "") =>
  page({
    head: `<style>body{margin:0;font:18px/1.6 Georgia,serif;background:#fbfaf7;color:#222}
      main{max-width:680px;margin:0 auto;padding:24px 16px}</style>${head}`,
    body: `<main><h1>Baku claims 192 troops killed</h1><p>${"The story before the graphic. ".repeat(6)}</p>
      ${embed}<p id="after">${"The story after the graphic. ".repeat(6)}</p></main>`,
  });

/** A frame that posts forged height messages to its parent, then tells it it has. */
const FORGERY = `<!doctype html><script>
  for (const message of [{ type: "claims-card:height", height: 99999 }, { sentinel: "amp", type: "embed-size", height: 99999 }])
    parent.postMessage(message, "*");
  parent.postMessage({ forged: true }, "*");
</script>`;

// An imitation of what <amp-iframe resizable> does without AMP's runtime: it builds the iframe from
// the amp-iframe's attributes (src with #amp=1, sandbox), at the width/height ratio of
// layout="responsive", and takes `embed-size` only from that iframe's window, with sentinel "amp"
// and a height of at least 100 px, as AMP does; it keeps the requests it received.
const AMP_HOST = `<script>
  const element = document.querySelector("amp-iframe");
  const frame = document.createElement("iframe");
  frame.src = element.getAttribute("src") + "#amp=1";
  frame.setAttribute("sandbox", element.getAttribute("sandbox"));
  frame.title = element.getAttribute("title");
  frame.setAttribute("frameborder", element.getAttribute("frameborder"));
  frame.setAttribute("scrolling", "no");
  const ratio = element.getAttribute("height") / element.getAttribute("width");
  Object.assign(element.style, { display: "block", position: "relative" });
  Object.assign(frame.style, { display: "block", width: "100%", border: "0" });
  frame.style.height = Math.round(element.getBoundingClientRect().width * ratio) + "px";
  element.querySelector("[overflow]").hidden = true;
  element.prepend(frame);
  window.embedSizes = [];
  addEventListener("message", (event) => {
    const data = event.data;
    if (event.source !== frame.contentWindow || data?.sentinel !== "amp" || data.type !== "embed-size") return;
    window.embedSizes.push(data.height);
    if (data.height >= 100) frame.style.height = data.height + "px";
  });
</script>`;

/** `claims-card csp --frame --asset-base ASSETS/`: what a page holding the iframe form needs. */
const framePolicy = (assets) =>
  execFileSync("cargo", ["run", "--quiet", "--package", "claims-card-cli", "--bin", "claims-card", "--", "csp", "--frame", "--asset-base", `${assets}/`], {
    cwd: repo,
    encoding: "utf8",
    stdio: ["ignore", "pipe", "inherit"],
  }).trim();

const env = browserAndSites({
  "/seed.html": (assets) => article(render("iframe", assets)),
  "/live.html": (assets) => article(render("iframe", assets, "--src", data(assets), "--lang", "en")),
  "/forged.html": (assets) =>
    article(
      `${render("iframe", assets)}
      <iframe id="ad" src="${FORGER}" width="300" height="50"></iframe>
      <iframe id="sandboxed-ad" src="${FORGER}" sandbox="allow-scripts" width="300" height="50"></iframe>
      <script>window.forged = 0; addEventListener("message", (e) => { if (e.data?.forged) window.forged++; });</script>`,
    ),
  // Without the sandbox the frame has the asset host's origin, which the script then requires.
  "/unsandboxed.html": (assets) => article(render("iframe", assets).replace(/ sandbox="[^"]*"/, "")),
  "/bad-src.html": (assets) => {
    const snippet = render("iframe", assets);
    const framed = (id, query) =>
      snippet.replace(/<iframe data-claims-card-frame src="[^"]*"/, `<iframe data-claims-card-frame id="${id}" src="${assets}/frame.html?${query}"`);
    return article(
      framed("javascript", "src=javascript:alert(1)") + framed("blank", "src=") + framed("missing", `src=${encodeURIComponent(`${assets}/missing.json`)}`),
    );
  },
  // AMP requires https, which the test's asset server is not: the form is made for an https host,
  // then pointed at the test's.
  "/amp.html": (assets) =>
    article(
      render("amp", "https://assets.example.test", "--src", data("https://assets.example.test"))
        .replaceAll("https://assets.example.test", assets)
        .replaceAll(encodeURIComponent("https://assets.example.test"), encodeURIComponent(assets)) + AMP_HOST,
    ),
  // A CMS that embeds by URL pastes the oEmbed document's html.
  "/oembed.html": (assets) => article(JSON.parse(render("oembed", assets, "--src", data(assets))).html),
  // A CMS that dropped the snippet's <div> and put a <br> between the iframe and its script, in an
  // article with an ad's iframe before it: the script must grow the pasted iframe, never the ad's.
  "/ad-before.html": (assets) => {
    const snippet = render("iframe", assets, "--src", data(assets));
    const unwrapped = snippet.replace(/^<div class="claims-card-frame">/, "").replace(/<\/div>\n$/, "").replace("</iframe><script>", "</iframe><br><script>");
    return article(`<iframe id="ad" src="${FORGER}" width="300" height="50"></iframe>
      <p>${"More of the story. ".repeat(4)}</p>${unwrapped}
      <script>window.forged = 0; addEventListener("message", (e) => { if (e.data?.forged) window.forged++; });</script>`);
  },
  // Under the policy `claims-card csp --frame` prints, after default-src 'none' (no host CSS here).
  "/csp.html": (assets) => page({ body: render("iframe", assets) }),
}, {
  hostHeaders: (path, assets) =>
    path === "/csp.html" ? { "content-security-policy": `default-src 'none'; ${framePolicy(assets)}` } : {},
});

/** A tab whose dataset host answers `body` (with the CORS a sandboxed frame needs) and whose forger frame forges. */
async function newTab(width = 1200) {
  const tab = await env.browser.newPage({ viewport: { width, height: 900 } });
  const errors = [];
  tab.on("pageerror", (error) => errors.push(String(error)));
  tab.on("console", (message) => message.type() === "error" && errors.push(message.text()));
  const dataset = (body) => (route) =>
    route.fulfill({ status: 200, headers: { "access-control-allow-origin": "*", "content-type": "application/json" }, body: JSON.stringify(body) });
  await tab.route(data(env.site.assets.origin), dataset(revised));
  await tab.route((url) => url.origin === ATTACKER, dataset(fake));
  await tab.route((url) => url.origin === new URL(FORGER).origin, (route) => route.fulfill({ status: 200, contentType: "text/html", body: FORGERY }));
  return { tab, errors };
}

/** The frame showing frame.html whose iframe matches `selector` in the host page. */
async function cardFrame(tab, selector = ".claims-card-frame iframe") {
  const frame = await (await tab.waitForSelector(selector)).contentFrame();
  await frame.waitForFunction(() => ["ready", "error"].includes(document.querySelector("claims-card")?.dataset.state));
  return frame;
}

/** Waits until the iframe `selector` is as tall as the card inside it; returns what both measure. */
async function fitted(tab, frame, selector = ".claims-card-frame iframe") {
  const card = () => frame.evaluate(() => Math.ceil(document.querySelector("claims-card").getBoundingClientRect().height));
  const iframeIs = (height, timeout) =>
    tab.waitForFunction(
      ([selector, height]) => document.querySelector(selector).getBoundingClientRect().height === height,
      [selector, height],
      { timeout },
    );
  // The card may still grow (a font, a last layout) while the iframe follows it, so the height read
  // first can be gone before the iframe reaches it: wait for the iframe to match the card as it is
  // now, until the card holds still at a height the iframe has.
  let height;
  for (let tries = 1; ; tries++) {
    height = await card();
    const reached = await iframeIs(height, 3000).then(
      () => true,
      (error) => {
        if (tries >= 10) throw error;
        return false;
      },
    );
    if (reached && (await card()) === height) break;
  }
  // A frame from another origin runs in another process: its viewport takes the new height a moment
  // after the iframe does. Measure once it has.
  await frame.waitForFunction((height) => document.documentElement.clientHeight === height, height);
  const inside = await frame.evaluate(() => ({
    scrollHeight: document.documentElement.scrollHeight,
    clientHeight: document.documentElement.clientHeight,
    scrollWidth: document.documentElement.scrollWidth,
    clientWidth: document.documentElement.clientWidth,
  }));
  return { height, ...inside };
}

function assertNoScrollbar(fit) {
  assert.ok(fit.scrollHeight <= fit.clientHeight, `the frame scrolls: ${JSON.stringify(fit)}`);
  assert.ok(fit.scrollWidth <= fit.clientWidth, `the frame scrolls sideways: ${JSON.stringify(fit)}`);
}

const cardText = (frame) =>
  frame.evaluate(() => document.querySelector("claims-card").shadowRoot.querySelector(".card").innerText.replace(/\s+/g, " "));

/**
 * The whole page as a reader scrolling it sees it. Not `fullPage`: Chromium then paints an
 * out-of-process frame only as far as it had painted it in the smaller viewport (a blank lower half),
 * so the viewport is made as tall as the page and the frame paints twice before the shot.
 */
async function screenshot(tab, frame, name) {
  mkdirSync(shots, { recursive: true });
  const viewport = tab.viewportSize();
  await tab.setViewportSize({ width: viewport.width, height: await tab.evaluate(() => document.documentElement.scrollHeight) });
  await frame.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
  await tab.screenshot({ path: `${shots}/${name}.png` });
  await tab.setViewportSize(viewport);
}

for (const width of [1200, 360]) {
  test(`the seed in a sandboxed iframe from the asset origin: rendered, and the iframe fits it (${width} px)`, async () => {
    const { tab, errors } = await newTab(width);
    await tab.goto(env.site.url("/seed.html"));
    const frame = await cardFrame(tab);
    assert.equal(await frame.evaluate(() => document.querySelector("claims-card").dataset.state), "ready");
    assert.match(await cardText(frame), /192 service members/);
    // Sandboxed without allow-same-origin: the frame's origin is opaque.
    assert.equal(await frame.evaluate(() => origin), "null");
    const fit = await fitted(tab, frame);
    assert.ok(fit.height > 600, `card is ${fit.height}px tall`);
    assertNoScrollbar(fit);
    await screenshot(tab, frame, `iframe-${width}`);
    assert.deepEqual(errors, []);
    await tab.close();
  });
}

test("data by src: the sandboxed frame fetches it (CORS *) and shows it", async () => {
  const { tab, errors } = await newTab(800);
  await tab.goto(env.site.url("/live.html"));
  const frame = await cardFrame(tab);
  assert.equal(await frame.evaluate(() => document.querySelector("claims-card").dataset.state), "ready");
  assert.match(await cardText(frame), /^Nagorno-Karabakh Revised: claimed losses/);
  assertNoScrollbar(await fitted(tab, frame));
  assert.deepEqual(errors, []);
  await tab.close();
});

test("a forged message from another frame, of another origin or sandboxed, changes nothing", async () => {
  const { tab } = await newTab(1200);
  await tab.goto(env.site.url("/forged.html"));
  const frame = await cardFrame(tab);
  const { height } = await fitted(tab, frame);
  // Both forgers reach the page again, after the card has been fitted.
  await tab.evaluate(() => {
    window.forged = 0;
    for (const id of ["ad", "sandboxed-ad"]) document.getElementById(id).src += "?again";
  });
  await tab.waitForFunction(() => window.forged === 2);
  const after = await tab.evaluate(() => document.querySelector(".claims-card-frame iframe").getBoundingClientRect().height);
  assert.equal(after, height);
  assert.equal(await tab.evaluate(() => document.getElementById("ad").clientHeight), 50);
  await tab.close();
});

test("a message from the iframe's window but of another origin than the asset host changes nothing", async () => {
  const { tab } = await newTab(1200);
  await tab.goto(env.site.url("/unsandboxed.html"));
  const frame = await cardFrame(tab);
  // Not sandboxed: the frame has the asset host's origin, and the script takes its messages.
  assert.equal(await frame.evaluate(() => origin), new URL(env.site.assets.origin).origin);
  const { height } = await fitted(tab, frame);
  // The same window, navigated to a document of an opaque origin ("null"), as a hijacked frame
  // could be: without the sandbox, "null" is not the asset host.
  await tab.evaluate(() => {
    window.seen = 0;
    addEventListener("message", (e) => e.data?.type === "claims-card:height" && e.data.height === 77777 && window.seen++);
  });
  await frame.evaluate(() => {
    const forgery = "<script>parent.postMessage({ type: 'claims-card:height', height: 77777 }, '*')</script>";
    setTimeout(() => (location.href = `data:text/html,${encodeURIComponent(forgery)}`));
  });
  await tab.waitForFunction(() => window.seen === 1);
  assert.equal(await tab.evaluate(() => document.querySelector(".claims-card-frame iframe").getBoundingClientRect().height), height);
  await tab.close();
});

test("a bad src gives an error card, never the seed: javascript:, blank, a missing file", async () => {
  const { tab } = await newTab(800);
  await tab.goto(env.site.url("/bad-src.html"));
  const expected = {
    javascript: /src: not an address this site publishes data from/,
    blank: /only http: and https: addresses are fetched, not blank:/,
    missing: /missing\.json answered HTTP 404/,
  };
  for (const [id, problem] of Object.entries(expected)) {
    const frame = await cardFrame(tab, `#${id}`);
    assert.equal(await frame.evaluate(() => document.querySelector("claims-card").dataset.state), "error", id);
    const text = await frame.evaluate(() => document.querySelector("claims-card").shadowRoot.textContent);
    assert.match(text, problem, id);
    assert.doesNotMatch(text, /service members/, `${id} shows the seed`);
    assertNoScrollbar(await fitted(tab, frame, `#${id}`));
  }
  await tab.close();
});

test("under a host CSP of default-src 'none' plus `claims-card csp --frame`, the iframe form works with no violation", async () => {
  const { tab, errors } = await newTab(800);
  await tab.addInitScript(() => {
    window.violations = [];
    addEventListener("securitypolicyviolation", (event) => window.violations.push(`${event.violatedDirective} ${event.blockedURI}`));
  });
  await tab.goto(env.site.url("/csp.html"));
  const frame = await cardFrame(tab);
  assert.equal(await frame.evaluate(() => document.querySelector("claims-card").dataset.state), "ready");
  assertNoScrollbar(await fitted(tab, frame));
  assert.deepEqual(await tab.evaluate(() => window.violations), []);
  assert.deepEqual(errors, []);
  await tab.close();
});

test("docs/SAFETY.md shows exactly what `claims-card csp --frame` prints", () => {
  const doc = readFileSync(new URL("../../docs/SAFETY.md", import.meta.url), "utf8");
  const base = "https://cdn.example.org/claims-card";
  const expected = `$ claims-card csp --frame --asset-base ${base}/\n${framePolicy(base)}\n`;
  assert.ok(doc.includes(expected), `docs/SAFETY.md must show:\n${expected}`);
});

for (const width of [1200, 360]) {
  test(`AMP-like host: frame.html sends embed-size from its own window and the frame grows to fit (${width} px)`, async () => {
    const { tab, errors } = await newTab(width);
    await tab.goto(env.site.url("/amp.html"));
    const frame = await cardFrame(tab, "amp-iframe iframe");
    assert.match(await frame.evaluate(() => location.hash), /^#amp=1$/);
    assert.match(await cardText(frame), /Revised: claimed losses/);
    const fit = await fitted(tab, frame, "amp-iframe iframe");
    assertNoScrollbar(fit);
    const sizes = await tab.evaluate(() => window.embedSizes);
    assert.equal(sizes.at(-1), fit.height);
    assert.ok(sizes.every((height) => Number.isInteger(height)));
    await screenshot(tab, frame, `amp-${width}`);
    assert.deepEqual(errors, []);
    await tab.close();
  });

  test(`oEmbed: the document's html, pasted by a CMS, is the working iframe (${width} px)`, async () => {
    const { tab, errors } = await newTab(width);
    await tab.goto(env.site.url("/oembed.html"));
    const frame = await cardFrame(tab);
    assert.match(await cardText(frame), /Revised: claimed losses/);
    assertNoScrollbar(await fitted(tab, frame));
    await screenshot(tab, frame, `oembed-${width}`);
    assert.deepEqual(errors, []);
    await tab.close();
  });
}

// The forged link: frame.html opened on the publisher's asset host with `src` pointing at the
// attacker's dataset, by every trick that could make the address leave the asset host. Each shows
// only the error card, in the card's words, and no request leaves the asset host.
const FORGED_SRCS = [
  `${ATTACKER}/fake.json`,
  "//attacker.example.test/fake.json",
  "/\\attacker.example.test/fake.json",
  "\\\\attacker.example.test/fake.json",
  "https:attacker.example.test/fake.json", // another scheme than the (http) asset host's: an absolute address
  "/\t/attacker.example.test/fake.json",
  "/\n/attacker.example.test/fake.json",
  " //attacker.example.test/fake.json",
  `http://127.0.0.1@attacker.example.test/fake.json`,
  "javascript:alert(1)",
  `data:application/json,${encodeURIComponent(JSON.stringify(fake))}`,
];

/** Opens frame.html on the asset host at `query`; returns what the card shows and every request made. */
async function openForged(query) {
  const { tab, errors } = await newTab(800);
  const requests = [];
  tab.on("request", (request) => requests.push(request.url()));
  const assets = env.site.assets.origin;
  await tab.goto(`${assets}/frame.html?${query}`);
  await tab.waitForFunction(() => ["ready", "error"].includes(document.querySelector("claims-card")?.dataset.state));
  const shown = await tab.evaluate(() => {
    const card = document.querySelector("claims-card");
    return { state: card.dataset.state, src: card.getAttribute("src"), text: card.shadowRoot.textContent, lang: card.shadowRoot.querySelector(".card")?.lang };
  });
  const elsewhere = requests.filter((url) => !url.startsWith(`${assets}/`));
  await tab.close();
  return { shown, elsewhere, errors };
}

for (const src of FORGED_SRCS) {
  test(`a forged frame link on the asset host shows only the error card: src=${JSON.stringify(src.slice(0, 50))}`, async () => {
    const { shown, elsewhere } = await openForged(new URLSearchParams({ src, lang: "ru" }).toString());
    assert.equal(shown.state, "error");
    assert.match(shown.text, /src: not an address this site publishes data from/);
    // The card's own error card, in the card's language.
    assert.equal(shown.lang, "ru");
    assert.match(shown.text, /Не удалось показать эту инфографику/);
    assert.doesNotMatch(shown.text, /FORGED TITLE|service members/);
    assert.ok(!shown.text.includes("attacker.example"), "the address is not repeated");
    assert.deepEqual(elsewhere, [], "no request leaves the asset host");
  });
}

test("a forged link whose src is 100,000 characters long is not echoed into the error card", async () => {
  const src = `${ATTACKER}/${"a".repeat(100_000)}.json`;
  const { shown, elsewhere } = await openForged(new URLSearchParams({ src }).toString());
  assert.equal(shown.state, "error");
  assert.match(shown.text, /src: not an address this site publishes data from/);
  assert.ok(shown.text.length < 1000, `the error card has ${shown.text.length} characters`);
  assert.ok(!shown.text.includes("aaaaaaaaaa"), "the address is not repeated");
  assert.deepEqual(elsewhere, []);
});

test("encoded slashes stay on the asset host: a missing file there, not the attacker's", async () => {
  const { shown, elsewhere } = await openForged(`src=${encodeURIComponent("%2F%2Fattacker.example.test/fake.json")}`);
  assert.equal(shown.state, "error");
  assert.match(shown.text, /answered HTTP 404/);
  assert.doesNotMatch(shown.text, /FORGED TITLE/);
  assert.deepEqual(elsewhere, []);
});

test("the asset host's own data, by a path or in full, is shown", async () => {
  for (const src of [DATA_PATH, data(env.site.assets.origin)]) {
    const { shown, elsewhere } = await openForged(new URLSearchParams({ src }).toString());
    assert.equal(shown.state, "ready", src);
    assert.match(shown.text, /Revised: claimed losses/, src);
    assert.deepEqual(elsewhere, [], src);
  }
});

test("frame.html with no src is an error card that asks for src, never the seed's figures", async () => {
  for (const query of ["", "lang=ru&theme=dark"]) {
    const { shown, elsewhere } = await openForged(query);
    assert.equal(shown.state, "error", query);
    assert.match(shown.text, /src: this frame's address has no src=: write \?src=https:\/\/…\/data\.json \(or \?seed/, query);
    assert.doesNotMatch(shown.text, /service members|September 2023/, `${query} shows the seed`);
    assert.deepEqual(elsewhere, [], query);
  }
});

test("a misnamed data address (data=, url=, …) is an error card naming src, and never its value", async () => {
  for (const name of ["data", "url", "dataset", "json", "file", "href"]) {
    const { shown, elsewhere } = await openForged(new URLSearchParams({ [name]: data(env.site.assets.origin) }).toString());
    assert.equal(shown.state, "error", name);
    assert.match(shown.text, new RegExp(`has ${name}= where it expected src=`), name);
    assert.ok(!shown.text.includes(DATA_PATH), `${name}: the value is not repeated`);
    assert.doesNotMatch(shown.text, /Revised: claimed losses|service members/, name);
    assert.deepEqual(elsewhere, [], name);
  }
  // Any other parameter, however long, is named by no word of its own.
  const { shown } = await openForged(`${"x".repeat(5000)}=${"y".repeat(5000)}`);
  assert.match(shown.text, /has a parameter it does not read where it expected src=/);
  assert.ok(!shown.text.includes("xxxxxxxxxx") && !shown.text.includes("yyyyyyyyyy"), "nothing of the address is repeated");
  assert.ok(shown.text.length < 1000, `the error card has ${shown.text.length} characters`);
});

test("frame.html?seed shows the seed, as data-seed does on a card", async () => {
  const { shown, elsewhere } = await openForged("seed&lang=en");
  assert.equal(shown.state, "ready");
  assert.match(shown.text, /service members/);
  assert.deepEqual(elsewhere, []);
});

test("with an ad's iframe earlier in the article and a <br> before the script, only the pasted iframe grows", async () => {
  const { tab, errors } = await newTab(1200);
  await tab.goto(env.site.url("/ad-before.html"));
  const pasted = "iframe[data-claims-card-frame]";
  const frame = await cardFrame(tab, pasted);
  assert.equal(await tab.evaluate(() => document.querySelector(".claims-card-frame")), null, "the wrapper is gone");
  const { height } = await fitted(tab, frame, pasted);
  assert.ok(height > 600, `card is ${height}px tall`);
  // The ad posts the card's height message again, after the card was fitted.
  await tab.evaluate(() => {
    window.forged = 0;
    document.getElementById("ad").src += "?again";
  });
  await tab.waitForFunction(() => window.forged === 1);
  assert.equal(await tab.evaluate(() => document.getElementById("ad").clientHeight), 50);
  assert.equal(await tab.evaluate((pasted) => document.querySelector(pasted).getBoundingClientRect().height, pasted), height);
  assert.deepEqual(errors, []);
  await tab.close();
});
