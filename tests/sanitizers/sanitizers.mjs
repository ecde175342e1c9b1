// The sanitizers CMSs run on what an editor pastes, set up as those CMSs set them up. Each takes
// HTML and returns what readers' browsers would get.
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import createDOMPurify from "dompurify";
import { JSDOM } from "jsdom";
import sanitizeHtml from "sanitize-html";

const KSES = fileURLToPath(new URL("./kses.php", import.meta.url));
export const WORDPRESS_DIR = process.env.WORDPRESS_DIR ?? "/usr/share/wordpress";

/** WordPress's kses (Debian's `wordpress` package) runs here: PHP and WordPress are installed. */
export const haveWordPress = () => existsSync(`${WORDPRESS_DIR}/wp-includes/kses.php`) && whichPhp();

function whichPhp() {
  try {
    execFileSync("php", ["--version"], { stdio: "ignore" });
    return true;
  } catch {
    return false;
  }
}

/** WordPress, an author without `unfiltered_html` (Author, Contributor; every multisite user): wp_kses_post(). */
export function wordpressAuthor(html) {
  return execFileSync("php", [KSES], { input: html, encoding: "utf8", env: { ...process.env, WORDPRESS_DIR } });
}

/** WordPress, an Editor or Administrator (`unfiltered_html`): the post is saved as written. */
export const wordpressAdmin = (html) => html;

const purifier = createDOMPurify(new JSDOM("").window);
/** A DOMPurify-based rich-text editor: DOMPurify's default configuration. */
export const domPurify = (html) => purifier.sanitize(html);

/**
 * Drupal's Basic HTML text format as the standard profile installs it (Drupal 10 and 11, CKEditor 5):
 * its `filter_html` allow-list, `allowed_html` in core/profiles/standard/config/install/
 * filter.format.basic_html.yml. Drupal's Xss::filter drops comments and tags not on the list; like
 * it, the elements' text stays (a <style>'s or <script>'s text is dropped here, where Drupal drops it as the comment the snippet wraps it in).
 */
const BASIC_HTML =
  "<br> <p> <h2 id> <h3 id> <h4 id> <h5 id> <h6 id> <cite> <dl> <dt> <dd> <a hreflang href> <blockquote cite> " +
  "<ul type> <ol start type> <strong> <em> <code> <li> <img src alt data-entity-uuid data-entity-type height width data-caption data-align>";
const basicHtml = (() => {
  const allowedTags = [];
  const allowedAttributes = {};
  for (const [, tag, attributes] of BASIC_HTML.matchAll(/<(\w+)([^>]*)>/g)) {
    allowedTags.push(tag);
    allowedAttributes[tag] = attributes.trim().split(/\s+/).filter(Boolean);
  }
  return { allowedTags, allowedAttributes, allowedSchemes: ["http", "https", "mailto", "tel"] };
})();
export const drupalBasicHtml = (html) => sanitizeHtml(html, basicHtml);

/** A newsletter or RSS renderer: no script, no style, no custom elements (sanitize-html's defaults). */
export const newsletter = (html) => sanitizeHtml(html);
