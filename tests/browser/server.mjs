// A small static file server for browser tests and screenshots: correct MIME types (the wasm must be
// served as application/wasm), optional CORS (the card's files usually come from another origin than
// the page), and a log of every request so tests can count what a page loads.
import { createServer } from "node:http";
import { readFile } from "node:fs/promises";
import { extname, join, normalize, resolve } from "node:path";
import { brotliCompressSync, constants } from "node:zlib";

const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".wasm": "application/wasm",
  ".json": "application/json",
  ".css": "text/css; charset=utf-8",
  ".png": "image/png",
};

/**
 * Serves `root` on 127.0.0.1 at a free port. `pages` maps a path to HTML made by the test.
 * `headers`: extra response headers for every response, or a function of the path giving them
 * (a Content-Security-Policy for a page, say).
 * `compress`: brotli for clients that accept it, as a CDN serves the card (the Lighthouse run, which
 * estimates a slow network from the bytes it is sent).
 * Returns { origin, requests, close }.
 */
export async function serve({ root, cors = false, pages = {}, headers: extra = {}, compress = false }) {
  const requests = [];
  const base = resolve(root);
  // Headers of up to 1 MiB, not Node's 16 KiB: a test may ask for an address as long as an attacker's.
  const server = createServer({ maxHeaderSize: 1 << 20 }, async (request, response) => {
    const path = decodeURIComponent(new URL(request.url, "http://x").pathname);
    requests.push(path);
    const headers = {
      ...(cors ? { "access-control-allow-origin": "*" } : {}),
      ...(typeof extra === "function" ? extra(path) : extra),
    };
    if (pages[path] !== undefined) {
      response.writeHead(200, { ...headers, "content-type": TYPES[".html"], "cache-control": "no-store" });
      response.end(pages[path]);
      return;
    }
    const file = normalize(join(base, path.endsWith("/") ? `${path}index.html` : path));
    if (!file.startsWith(base)) {
      response.writeHead(403).end();
      return;
    }
    try {
      const body = await readFile(file);
      const type = TYPES[extname(file)] ?? "application/octet-stream";
      if (compress && /\bbr\b/.test(request.headers["accept-encoding"] ?? "")) {
        const packed = brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } });
        response.writeHead(200, { ...headers, "content-type": type, "cache-control": "no-store", "content-encoding": "br" });
        response.end(packed);
        return;
      }
      response.writeHead(200, { ...headers, "content-type": type, "cache-control": "no-store" });
      response.end(body);
    } catch {
      response.writeHead(404, headers).end("not found");
    }
  });
  await new Promise((done) => server.listen(0, "127.0.0.1", done));
  const origin = `http://127.0.0.1:${server.address().port}`;
  return { origin, requests, close: () => new Promise((done) => server.close(done)) };
}
