// The live demo's data (scripts/live-demo.mjs): the document at each tick, and the server's
// conditional answers as the card's re-reads see them. The clock is the test's, so nothing sleeps.
// `claims-card validate` checks the same documents: see the file's header (`--print N`).
import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { once } from "node:events";
import { readFileSync } from "node:fs";
import { test } from "node:test";
import { fileURLToPath } from "node:url";
import { DEFAULT_PORT, PATH, countOn, createLiveDemoServer, liveDocument } from "../../scripts/live-demo.mjs";

const DAY = /^\d{4}-\d{2}-\d{2}$/;

test("each tick's document is a format-2 dataset whose one claim is a running count", () => {
  for (const tick of [0, 1, 50, 200]) {
    const doc = JSON.parse(JSON.stringify(liveDocument(tick)));
    assert.equal(doc.format_version, 2);
    assert.match(doc.kicker, /INVENTED/, "the card says its figures are invented");
    assert.match(doc.notes[0], /invented/);
    assert.equal(doc.claims.length, 1);
    const [claim] = doc.claims;
    assert.deepEqual(Object.keys(claim.as_of), ["refers_to"]);
    const today = claim.as_of.refers_to;
    assert.match(today, DAY);
    assert.equal(doc.updated, today);
    assert.ok(claim.series.length >= 4 && claim.series.length <= 90, `${claim.series.length} reports at tick ${tick}`);
    for (const [i, point] of claim.series.entries()) {
      assert.equal(point.length, 2, "no corrections: the count never falls");
      assert.match(point[0], DAY);
      assert.ok(point[0] < today, "every report is before the claim's date");
      if (i > 0) {
        const [before, value] = [claim.series[i - 1], point[1]];
        assert.ok(before[0] < point[0], "oldest first");
        assert.ok(value >= before[1], `${value} after ${before[1]}`);
      }
    }
    const last = claim.series.at(-1);
    assert.ok(claim.figure.value >= last[1]);
    assert.ok(claim.quote.includes(claim.figure.value.toLocaleString("en-US")));
  }
});

test("a tick is the next day: the last figure joins the series and the figure is the next count", () => {
  for (const tick of [0, 1, 50]) {
    const [now, next] = [liveDocument(tick).claims[0], liveDocument(tick + 1).claims[0]];
    assert.deepEqual(next.series.at(-1), [now.as_of.refers_to, now.figure.value]);
    assert.ok(next.as_of.refers_to > now.as_of.refers_to);
    assert.ok(next.figure.value > now.figure.value, "a new figure every tick");
  }
  assert.deepEqual(liveDocument(7), liveDocument(7), "the same figures every run");
  for (let index = 1; index < 5000; index++) assert.ok(countOn(index) > countOn(index - 1));
});

test("the series keeps the latest 90 reports however long the demo runs", () => {
  const { series } = liveDocument(10_000).claims[0];
  assert.equal(series.length, 90);
  assert.throws(() => liveDocument(-1), RangeError);
  assert.throws(() => liveDocument(1.5), RangeError);
});

test("live.html reads the server's default address, every 5 s", () => {
  const page = readFileSync(new URL("../../demo/live.html", import.meta.url), "utf8");
  const card = /<claims-card\b[^>]*>/.exec(page)?.[0] ?? "";
  assert.ok(card.includes(`src="http://127.0.0.1:${DEFAULT_PORT}${PATH}"`), card);
  assert.match(card, /data-refresh="5s"/);
  assert.match(page, /<script type="module" src="embed\.js"><\/script>/);
});

/** The server on a free port with the test's clock; `get(headers)` asks /live.json. */
async function started(everyMs = 5000) {
  const clock = { now: 1_000_000 };
  const server = createLiveDemoServer({ everyMs, clock: () => clock.now });
  await new Promise((done) => server.listen(0, "127.0.0.1", done));
  const origin = `http://127.0.0.1:${server.address().port}`;
  const get = (headers = {}, path = PATH) => fetch(`${origin}${path}`, { headers });
  return { clock, get, close: () => new Promise((done) => server.close(done)) };
}

test("the server answers 200 with an ETag, 304 to it, and a new ETag after a tick", async (t) => {
  const { clock, get, close } = await started(5000);
  t.after(close);
  const first = await get();
  assert.equal(first.status, 200);
  assert.equal(first.headers.get("content-type"), "application/json");
  assert.equal(first.headers.get("cache-control"), "no-cache", "no-cache, not no-store: the browser revalidates");
  assert.equal(first.headers.get("access-control-allow-origin"), "*");
  const etag = first.headers.get("etag");
  const modified = first.headers.get("last-modified");
  assert.match(etag, /^"[0-9a-f]{16}"$/);
  assert.ok(!Number.isNaN(Date.parse(modified)));
  const body = await first.json();
  assert.deepEqual(body, liveDocument(0));

  const same = await get({ "if-none-match": etag });
  assert.equal(same.status, 304);
  assert.equal(same.headers.get("etag"), etag);
  assert.equal(await same.text(), "");
  assert.equal((await get({ "if-modified-since": modified })).status, 304);

  clock.now += 4999;
  assert.equal((await get({ "if-none-match": etag })).status, 304, "still the same tick");
  clock.now += 1;
  const next = await get({ "if-none-match": etag });
  assert.equal(next.status, 200);
  assert.notEqual(next.headers.get("etag"), etag);
  assert.deepEqual(await next.json(), liveDocument(1));
  assert.ok(Date.parse(next.headers.get("last-modified")) > Date.parse(modified));
  assert.equal((await get({ "if-modified-since": modified })).status, 200);

  clock.now += 49 * 5000;
  assert.deepEqual(await (await get()).json(), liveDocument(50));
});

test("a tick shorter than a second: the ETag decides, not the date", async (t) => {
  const { clock, get, close } = await started(200);
  t.after(close);
  const first = await get();
  clock.now += 200;
  const next = await get({ "if-none-match": first.headers.get("etag"), "if-modified-since": first.headers.get("last-modified") });
  assert.equal(next.status, 200);
});

test("other paths are 404, other methods 405, both readable cross-origin", async (t) => {
  const { get, close } = await started();
  t.after(close);
  const missing = await get({}, "/data.json");
  assert.equal(missing.status, 404);
  assert.equal(missing.headers.get("access-control-allow-origin"), "*");
  await missing.text();
  const { status } = await fetch((await get()).url, { method: "POST", body: "x" });
  assert.equal(status, 405);
});

test("--parent: the data server stops once the process that started it ends, as serve.sh's trunk", { timeout: 10_000 }, async (t) => {
  // As serve.sh: a shell starts the server with its own PID, then becomes another program (cat here).
  const script = fileURLToPath(new URL("../../scripts/live-demo.mjs", import.meta.url));
  const shell = spawn("sh", ["-c", 'node "$0" --parent $$ & echo "server $!"; exec cat', script], {
    env: { ...process.env, LIVE_DEMO_PORT: "0" },
    stdio: ["pipe", "pipe", "inherit"],
  });
  let out = "";
  t.after(() => {
    // Should the test fail, no server is left behind it.
    const pid = Number(/^server (\d+)$/m.exec(out)?.[1]);
    if (pid) try { process.kill(pid); } catch {}
    shell.kill();
  });
  const address = await new Promise((resolve, reject) => {
    shell.stdout.on("data", (chunk) => {
      out += chunk;
      const found = /live demo data at (\S+),/.exec(out);
      if (found) resolve(found[1]);
    });
    shell.on("exit", () => reject(new Error(`ended before serving: ${out}`)));
  });
  assert.equal((await fetch(address, { headers: { connection: "close" } })).status, 200, "serving while its parent runs");
  shell.stdin.end();
  // The server shares the shell's stdout: it closes when the server, too, has exited.
  await once(shell.stdout, "end");
});
