/**
 * The Content-Security-Policy: Astro's `security.csp` writes a `<meta>` policy on every page with
 * hashes for the scripts and styles it bundles; `hashInlineElements` then adds what Astro cannot
 * know about — `<style>` elements inside the prerendered chart SVGs, and the few `is:inline`
 * scripts the config allows by content. (Astro's `scriptDirective.hashes` could take the allowed
 * scripts, but not styles that only exist once the charts are rendered, nor this check.) Any other
 * inline script fails the build, so text from a seed or a claims row that somehow became a
 * `<script>` element could never run. Pages are read with parse5, the parser jsdom uses, as a
 * browser reads them.
 *
 *   const { html, policy } = hashInlineElements(page, [`document.documentElement.classList.add("js");`]);
 */
import { createHash } from "node:crypto";
import { parse, type DefaultTreeAdapterMap } from "parse5";

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
  const { meta, elements } = readPage(html);
  if (!meta) throw new Error("the page has no Content-Security-Policy <meta> (is security.csp on?)");
  const policy = parsePolicy(meta.content);
  const scriptSrc = policy.get("script-src") ?? ["'self'"];
  const styleSrc = policy.get("style-src") ?? ["'self'"];
  const allowed = new Set(allowedScripts.map((s) => s.trim()));

  for (const { tag, attrs, body } of elements) {
    const hash = digest(body);
    if (tag === "style") {
      if (!styleSrc.includes(hash)) styleSrc.push(hash);
      continue;
    }
    if ("src" in attrs || scriptSrc.includes(hash)) continue;
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
    html: `${html.slice(0, meta.start)}<meta http-equiv="content-security-policy" content="${text}">${html.slice(meta.end)}`,
    policy: text,
  };
}

type Node = DefaultTreeAdapterMap["node"];
type Element = DefaultTreeAdapterMap["element"];

export interface InlineElement {
  tag: "script" | "style";
  attrs: Record<string, string>;
  /** The element's text as the browser hashes it. */
  body: string;
}

/**
 * The page's CSP `<meta>` (its policy and where its tag sits in the text) and its `<script>` and
 * `<style>` elements, in document order, SVG ones included. Text inside attribute values or
 * comments is never taken for an element: the parser reads the page as a browser does.
 */
function readPage(html: string): {
  meta: { content: string; start: number; end: number } | null;
  elements: InlineElement[];
} {
  let meta: { content: string; start: number; end: number } | null = null;
  const elements: InlineElement[] = [];
  const visit = (node: Node) => {
    if ("tagName" in node) {
      const attrs = Object.fromEntries(node.attrs.map((a) => [a.name, a.value]));
      if (node.tagName === "script" || node.tagName === "style")
        elements.push({ tag: node.tagName, attrs, body: textOf(node) });
      else if (
        node.tagName === "meta" &&
        attrs["http-equiv"]?.toLowerCase() === "content-security-policy" &&
        meta === null
      ) {
        const at = node.sourceCodeLocation!;
        meta = { content: attrs["content"] ?? "", start: at.startOffset, end: at.endOffset };
      }
    }
    const children =
      "content" in node ? node.content.childNodes : "childNodes" in node ? node.childNodes : [];
    for (const child of children) visit(child);
  };
  // Parsed as with scripting off, so a <noscript> holds elements: its styles apply exactly then.
  visit(parse(html, { sourceCodeLocationInfo: true, scriptingEnabled: false }));
  return { meta, elements };
}

const textOf = (element: Element): string =>
  element.childNodes.map((n) => ("value" in n && n.nodeName === "#text" ? n.value : "")).join("");

/** The `<script>` and `<style>` elements of a page as the browser parses them. */
export const inlineElements = (html: string): InlineElement[] => readPage(html).elements;
