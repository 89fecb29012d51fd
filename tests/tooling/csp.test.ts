import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { hashInlineElements, inlineElements, parsePolicy } from "../../src/tooling/csp.ts";

const sha = (s: string) => `'sha256-${createHash("sha256").update(s).digest("base64")}'`;
const page = (body: string) =>
  `<html><head><meta http-equiv="content-security-policy" content="default-src 'self'; script-src 'self' ${sha("astro()")}; style-src 'self'"></head><body>${body}</body></html>`;

describe("hashInlineElements(html, allowedScripts)", () => {
  it("adds the hash of every inline <style>, including those inside an SVG, to style-src", () => {
    const { policy } = hashInlineElements(
      page(`<svg><style>.a{fill:red}</style></svg><style>b{}</style>`),
      [],
    );
    expect(parsePolicy(policy).get("style-src")).toEqual(["'self'", sha(".a{fill:red}"), sha("b{}")]);
  });

  it("adds an allowed inline script's hash (compared trimmed) and keeps the ones Astro wrote", () => {
    const { html, policy } = hashInlineElements(
      page(`<script>\n  go();\n</script><script>astro()</script>`),
      ["go();"],
    );
    expect(parsePolicy(policy).get("script-src")).toEqual(["'self'", sha("astro()"), sha("\n  go();\n")]);
    expect(html).toContain(`content="${policy}"`);
  });

  it("refuses an inline script that is neither hashed by Astro nor allowed", () => {
    expect(() => hashInlineElements(page(`<script>alert(1)</script>`), [])).toThrow(
      /inline script.*alert\(1\)/,
    );
  });

  it("leaves scripts with a src to the policy's sources", () => {
    expect(() => hashInlineElements(page(`<script type="module" src="/a.js"></script>`), [])).not.toThrow();
  });

  it("refuses a page without a CSP <meta>", () => {
    expect(() => hashInlineElements("<html></html>", [])).toThrow(/no Content-Security-Policy/);
  });
});

describe("inlineElements(html)", () => {
  it("finds script and style elements, not the same text inside attribute values or comments", () => {
    const html = `<title>a &lt;script></title><meta content="<script>x()</script>" name='<style>s</style>'><!-- <script>c()</script> --><script type="module">m()</script><svg><style>.a{}</style></svg>`;
    expect(inlineElements(html)).toEqual([
      { tag: "script", attrs: { type: "module" }, body: "m()" },
      { tag: "style", attrs: {}, body: ".a{}" },
    ]);
  });

  it("reads text where the browser reads text: a <script> inside a <textarea> or an unquoted attribute is no element", () => {
    const html = `<textarea><script>t()</script></textarea><p data-x=a>b</p><noscript><style>.n{}</style></noscript>`;
    expect(inlineElements(html)).toEqual([{ tag: "style", attrs: {}, body: ".n{}" }]);
    expect(() => hashInlineElements(page(`<textarea><script>t()</script></textarea>`), [])).not.toThrow();
  });

  it("takes an SVG <style>'s text as the DOM holds it, entities decoded, as the browser hashes it", () => {
    expect(inlineElements(`<svg><style>.a &gt; .b{}</style></svg>`)).toEqual([
      { tag: "style", attrs: {}, body: ".a > .b{}" },
    ]);
  });
});
