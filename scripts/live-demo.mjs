// The live demo's data: a small HTTP server whose one dataset, /live.json, gains a figure every few
// seconds, so a live card (`<claims-card src data-refresh>`) can be seen to move. Started by
// scripts/serve.sh beside `trunk serve`; dist/live.html (demo/live.html) shows it. The figures are
// invented (the Tarn Front of data/examples/example-daily-series.json), and the card says so.
//
//   node scripts/live-demo.mjs            serves http://127.0.0.1:8091/live.json
//   node scripts/live-demo.mjs --print N  prints the document after N ticks, for `claims-card validate`
//   node scripts/live-demo.mjs --parent PID  serves until process PID ends (scripts/serve.sh)
//
// LIVE_DEMO_PORT and LIVE_DEMO_EVERY_MS change the port and the tick, for tests; live.html asks
// port 8091. No dependencies but node:*.
import { createHash } from "node:crypto";
import { createServer } from "node:http";
import { pathToFileURL } from "node:url";

export const DEFAULT_PORT = 8091;
export const DEFAULT_EVERY_MS = 5000;
export const PATH = "/live.json";

// Each tick is one simulated day: tick 0 reports on 2031-01-15, with two weeks of earlier reports.
const FIRST_DAY = Date.UTC(2031, 0, 1);
const DAY_MS = 86_400_000;
const EARLIER_AT_START = 14;
// The series keeps the latest 90 reports, so the document stays small however long the demo runs
// (the format allows 4,000; the card's chart draws at most 120).
const KEEP = 90;
// The last tick whose dates still have four-digit years (about 160 days of running at 5 s).
const LAST_TICK = Math.floor((Date.UTC(9999, 11, 31) - FIRST_DAY) / DAY_MS) - EARLIER_AT_START;

const day = (index) => new Date(FIRST_DAY + index * DAY_MS).toISOString().slice(0, 10);

/**
 * The running count on day `index` (0 = 2031-01-01): about 320 a day, each day's rise between 80 and
 * 560 by a fixed formula, so every run and every test sees the same figures, and they never fall.
 */
export function countOn(index) {
  const wiggle = ((index * 7919) % 241) - 120;
  return 12_000 + 320 * index + wiggle;
}

const grouped = (n) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ",");

/** The dataset after `tick` ticks: its claim's figure is the day's count, the days before are its series. */
export function liveDocument(tick) {
  if (!Number.isInteger(tick) || tick < 0 || tick > LAST_TICK) throw new RangeError(`tick ${tick} is not a whole number from 0 to ${LAST_TICK}`);
  const today = EARLIER_AT_START + tick;
  const first = Math.max(0, today - KEEP);
  const series = [];
  for (let index = first; index < today; index++) series.push([day(index), countOn(index)]);
  const count = countOn(today);
  return {
    format_version: 2,
    id: "live-demo",
    kicker: "DEMO — INVENTED FIGURES",
    title: "Live demo: an invented running count that grows every few seconds",
    dek: "Not real figures. Each few seconds is a new day in an invented war: Castria's army reports the Tarn Front's losses again, and the card re-reads them.",
    event: { start: day(0) },
    parties: [
      { id: "castria", name: "Castria" },
      { id: "front", name: "the Tarn Front" },
    ],
    missing: "leave_out",
    claimants: [{ id: "castria-army", name: "Castria's army", party: "castria" }],
    sources: [{ id: "demo-wire", outlet: "Example Wire (invented)", published: day(today) }],
    claims: [
      {
        id: "army-count",
        party: "front",
        claimant: "castria-army",
        measure: "casualties",
        group: "fighters",
        figure: { bound: "exact", value: count },
        method: "estimate",
        as_of: { refers_to: day(today) },
        source: "demo-wire",
        quote: `The army said the Front had lost ${grouped(count)} fighters, killed, wounded and captured.`,
        headline: true,
        series,
      },
    ],
    notes: [
      "Every figure on this card is invented: a demo of a live card, served by scripts/live-demo.mjs.",
      "A new simulated day every few seconds; the card keeps the latest 90 reports.",
    ],
    updated: day(today),
  };
}

const etagOf = (body) => `"${createHash("sha256").update(body).digest("hex").slice(0, 16)}"`;

/**
 * The server (not yet listening). The tick is whole `everyMs` since it was made, by `clock` (ms, as
 * Date.now), so tests move the clock instead of waiting. /live.json has an ETag (a hash of its body)
 * and a Last-Modified (its tick's start), answers 304 when either matches, and says `no-cache` (not
 * no-store: the browser keeps it to revalidate) and CORS `*` (the page is on another port).
 */
export function createLiveDemoServer({ everyMs = DEFAULT_EVERY_MS, clock = Date.now } = {}) {
  if (!Number.isInteger(everyMs) || everyMs < 1) throw new RangeError(`everyMs ${everyMs} is not a whole number of ms from 1`);
  const started = clock();
  let current = null;
  const now = () => {
    const tick = Math.min(LAST_TICK, Math.max(0, Math.floor((clock() - started) / everyMs)));
    if (current?.tick !== tick) {
      const body = `${JSON.stringify(liveDocument(tick), null, 2)}\n`;
      // HTTP dates have whole seconds: Last-Modified is the tick's start, rounded down.
      const modified = Math.floor((started + tick * everyMs) / 1000) * 1000;
      current = { tick, body, etag: etagOf(body), modified };
    }
    return current;
  };
  return createServer((request, response) => {
    const headers = {
      "access-control-allow-origin": "*",
      // ETag is not a header a cross-origin page may read unless named here; Last-Modified is.
      "access-control-expose-headers": "ETag",
    };
    const path = new URL(request.url, "http://x").pathname;
    if (request.method === "OPTIONS") {
      response.writeHead(204, { ...headers, "access-control-allow-methods": "GET, HEAD", "access-control-max-age": "600" }).end();
      return;
    }
    if (path !== PATH) {
      response.writeHead(404, { ...headers, "content-type": "text/plain; charset=utf-8" }).end(`not found: the demo's data is ${PATH}\n`);
      return;
    }
    if (request.method !== "GET" && request.method !== "HEAD") {
      response.writeHead(405, { ...headers, allow: "GET, HEAD" }).end();
      return;
    }
    const { body, etag, modified } = now();
    Object.assign(headers, { etag, "last-modified": new Date(modified).toUTCString(), "cache-control": "no-cache" });
    // If-None-Match wins over If-Modified-Since (RFC 9110, 13.2.2): a tick shorter than a second
    // keeps its Last-Modified but not its ETag.
    const match = request.headers["if-none-match"];
    const since = Date.parse(request.headers["if-modified-since"] ?? "");
    const fresh = match !== undefined
      ? match.split(",").some((tag) => [etag, `W/${etag}`, "*"].includes(tag.trim()))
      : since >= modified;
    if (fresh) {
      response.writeHead(304, headers).end();
      return;
    }
    response.writeHead(200, { ...headers, "content-type": "application/json", "content-length": Buffer.byteLength(body) });
    response.end(request.method === "HEAD" ? undefined : body);
  });
}

const whole = (name, text, fallback) => {
  if ((text === undefined || text === "") && fallback !== undefined) return fallback;
  if (!/^\d+$/.test(text)) throw new Error(`${name}=${text} is not a whole number`);
  return Number(text);
};

const main = () => {
  const args = process.argv.slice(2);
  if (args[0] === "--print" && args.length <= 2) {
    process.stdout.write(`${JSON.stringify(liveDocument(whole("--print", args[1] ?? "0", 0)), null, 2)}\n`);
    return;
  }
  if (args.length > 0 && (args[0] !== "--parent" || args.length !== 2)) {
    console.error("usage: node scripts/live-demo.mjs [--print TICK | --parent PID]");
    process.exit(2);
  }
  const port = whole("LIVE_DEMO_PORT", process.env.LIVE_DEMO_PORT, DEFAULT_PORT);
  const everyMs = whole("LIVE_DEMO_EVERY_MS", process.env.LIVE_DEMO_EVERY_MS, DEFAULT_EVERY_MS);
  const server = createLiveDemoServer({ everyMs });
  server.on("error", (error) => {
    const why = error.code === "EADDRINUSE" ? `port ${port} is in use (another ./scripts/serve.sh?)` : error.message;
    console.error(`live demo: not started: ${why}`);
    process.exit(1);
  });
  server.listen(port, "127.0.0.1", () => {
    console.log(`live demo data at http://127.0.0.1:${server.address().port}${PATH}, a new figure every ${everyMs / 1000} s`);
  });
  // A card re-reading keeps its connection open: close those too, or close() would wait for them.
  const stop = () => {
    server.closeAllConnections();
    server.close(() => process.exit(0));
  };
  process.once("SIGINT", stop);
  process.once("SIGTERM", stop);
  // --parent PID: stop once that process has ended (this one is then another's child). serve.sh
  // gives its own, then execs trunk under it, so the data server goes however trunk ends.
  if (args[0] === "--parent") {
    const parent = whole("--parent", args[1]);
    setInterval(() => process.ppid !== parent && stop(), 500).unref();
  }
};

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  try {
    main();
  } catch (error) {
    console.error(`live demo: ${error.message}`);
    process.exit(2);
  }
}
