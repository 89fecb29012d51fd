/**
 * The Content-Security-Policy: Astro's `security.csp` writes a `<meta>` policy on every page with
 * hashes for the scripts and styles it bundles; `hashInlineElements` then adds what Astro cannot
 * know about — `<style>` elements inside the prerendered chart SVGs, and the few `is:inline`
 * scripts the config allows by content. Any other inline script fails the build, so text from a
 * seed or a claims row that somehow became a `<script>` element could never run.
 *
 *   const { html, policy } = hashInlineElements(page, [`document.documentElement.classList.add("js");`]);
 */
import { createHash } from "node:crypto";

/** Directives besides script-src and style-src (those Astro writes itself, with hashes). */
export const CSP_DIRECTIVES = [
  "default-src 'self'",
  // The favicon is an inline data: SVG, so a static host does not answer /favicon.ico with a 404.
  "img-src 'self' data:",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
] as const;

/** Headers-only directive for pages that must not be framed (everything but embeds). */
export const NO_FRAMING = "frame-ancestors 'none'";

/**
 * For the published files that are not pages (SVG and PNG downloads, CSV, JSON, oEmbed): nothing
 * may run or load, should one be opened on its own. The SVGs style their marks inline.
 */
export const FILE_POLICY = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; sandbox";

/** Folders below the base path that hold only files (see FILE_POLICY). */
export const FILE_FOLDERS = ["data", "downloads", "oembed"] as const;

const digest = (text: string) => `'sha256-${createHash("sha256").update(text, "utf8").digest("base64")}'`;

const META = /<meta http-equiv="content-security-policy" content="([^"]*)"\s*\/?>/i;

/** A policy string as an ordered map of directive name → sources. */
export function parsePolicy(policy: string): Map<string, string[]> {
  const map = new Map<string, string[]>();
  for (const part of policy.split(";")) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name) map.set(name.toLowerCase(), sources);
  }
  return map;
}

export function formatPolicy(map: Map<string, string[]>): string {
  return [...map].map(([name, sources]) => [name, ...sources].join(" ")).join("; ");
}

/**
 * Adds hashes of the page's inline `<style>` elements to `style-src`, and of the allowed inline
 * scripts (compared trimmed) to `script-src`. Throws, naming the script, if an inline script is
 * neither hashed by Astro already nor allowed. Returns the page and its final policy.
 */
export function hashInlineElements(
  html: string,
  allowedScripts: readonly string[],
): { html: string; policy: string } {
  const meta = META.exec(html);
  if (!meta) throw new Error("the page has no Content-Security-Policy <meta> (is security.csp on?)");
  const policy = parsePolicy(meta[1]!);
  const scriptSrc = policy.get("script-src") ?? ["'self'"];
  const styleSrc = policy.get("style-src") ?? ["'self'"];
  const allowed = new Set(allowedScripts.map((s) => s.trim()));

  for (const { tag, attrs, body } of inlineElements(html)) {
    const hash = digest(body);
    if (tag === "style") {
      if (!styleSrc.includes(hash)) styleSrc.push(hash);
      continue;
    }
    if (/\ssrc\s*=/i.test(attrs) || scriptSrc.includes(hash)) continue;
    if (!allowed.has(body.trim())) {
      throw new Error(`an inline script the CSP does not allow: ${JSON.stringify(body.trim().slice(0, 80))}`);
    }
    scriptSrc.push(hash);
  }
  // Astro warns when a directive has both general sources and -attr ones (see astro.config.mjs), so
  // 'self' for styles and the ban on inline event handlers are written here instead.
  if (!styleSrc.includes("'self'")) styleSrc.unshift("'self'");
  policy.set("script-src", scriptSrc);
  policy.set("style-src", styleSrc);
  if (!policy.has("script-src-attr")) policy.set("script-src-attr", ["'none'"]);
  const text = formatPolicy(policy);
  return {
    html: html.replace(META, () => `<meta http-equiv="content-security-policy" content="${text}">`),
    policy: text,
  };
}

/**
 * The `<script>` and `<style>` elements of a page as the browser parses them: tags are read with
 * their quoted attributes, so `<script>` written inside an attribute value (a title, a meta
 * description) or a comment is not taken for an element. Text elsewhere never holds a raw `<`.
 */
export function inlineElements(
  html: string,
): Array<{ tag: "script" | "style"; attrs: string; body: string }> {
  const found: Array<{ tag: "script" | "style"; attrs: string; body: string }> = [];
  let i = 0;
  while ((i = html.indexOf("<", i)) !== -1) {
    if (html.startsWith("<!--", i)) {
      const end = html.indexOf("-->", i + 4);
      i = end === -1 ? html.length : end + 3;
      continue;
    }
    const name = /^<([a-zA-Z][^\s/>]*)/.exec(html.slice(i, i + 64))?.[1]?.toLowerCase();
    if (!name) {
      i++;
      continue;
    }
    // Walk to the tag's closing ">", stepping over quoted attribute values.
    let j = i + name.length + 1;
    let quote: string | null = null;
    for (; j < html.length; j++) {
      const c = html[j];
      if (quote) {
        if (c === quote) quote = null;
      } else if (c === '"' || c === "'") quote = c;
      else if (c === ">") break;
    }
    const attrs = html.slice(i + name.length + 1, j);
    i = j + 1;
    if (name === "script" || name === "style") {
      const close = html.toLowerCase().indexOf(`</${name}`, i);
      const end = close === -1 ? html.length : close;
      found.push({ tag: name, attrs, body: html.slice(i, end) });
      i = end;
    }
  }
  return found;
}
