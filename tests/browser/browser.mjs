// Debian's Chromium driven by playwright-core (no browser download: see ../shared TOOLCHAIN facts in README).
import { chromium } from "playwright-core";

export const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

export function launch() {
  return chromium.launch({
    executablePath: CHROMIUM,
    // The machine's network is closed: without these, Chromium keeps trying to reach Google's hosts.
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
}

/** Resolves when `count` cards on the page have settled (data-state ready or error). */
export async function cardsSettled(page, count) {
  await page.waitForFunction(
    (n) =>
      [...document.querySelectorAll("claims-card, [data-claims-card]")].filter((el) =>
        ["ready", "error"].includes(el.dataset.state),
      ).length >= n,
    count,
  );
}

/**
 * The text a reader sees in a card's shadow root (hidden panels excluded), whitespace collapsed.
 * The card is scrolled into view first, as a reader would: a card the browser rendered from scratch
 * skips layout while far off screen (`content-visibility: auto`), and has no text to read until then.
 */
export function visibleText(page, selector) {
  return page.evaluate(async (selector) => {
    const host = document.querySelector(selector);
    const card = host?.shadowRoot?.querySelector(".card");
    if (!card) return null;
    host.scrollIntoView({ block: "start" });
    // The browser notices a frame or two later that the card is near the viewport and lays it out.
    const skipped = () => !card.checkVisibility({ contentVisibilityAuto: true }) && card.checkVisibility();
    for (let frame = 0; frame < 30 && skipped(); frame++) await new Promise((resolve) => requestAnimationFrame(resolve));
    // What a sighted reader sees: text only a screen reader hears (.visually-hidden) is left out.
    const hidden = [...card.querySelectorAll(".visually-hidden, .pause")].filter((element) => element.style.display !== "none");
    hidden.forEach((element) => (element.style.display = "none"));
    const text = card.innerText.replace(/\s+/g, " ").trim();
    hidden.forEach((element) => (element.style.display = ""));
    return text;
  }, selector);
}
