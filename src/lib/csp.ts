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

  for (const [, attrs, body] of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
    if (/\ssrc\s*=/i.test(attrs!)) continue;
    const hash = digest(body!);
    if (scriptSrc.includes(hash)) continue;
    if (!allowed.has(body!.trim())) {
      throw new Error(
        `an inline script the CSP does not allow: ${JSON.stringify(body!.trim().slice(0, 80))}`,
      );
    }
    scriptSrc.push(hash);
  }
  for (const [, body] of html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/gi)) {
    const hash = digest(body!);
    if (!styleSrc.includes(hash)) styleSrc.push(hash);
  }
  policy.set("script-src", scriptSrc);
  policy.set("style-src", styleSrc);
  const text = formatPolicy(policy);
  return {
    html: html.replace(META, () => `<meta http-equiv="content-security-policy" content="${text}">`),
    policy: text,
  };
}
