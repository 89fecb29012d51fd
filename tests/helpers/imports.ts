/**
 * What a source file imports, read from its text (no compiler): for the layer and dependency tests.
 *
 *   importsOf("src/charts/frame.ts", text) // ["d3-selection", "../shared/format.ts", …]
 */

/** The module specifiers a TypeScript file, or an Astro component's frontmatter and scripts, imports. */
export function importsOf(path: string, text: string): string[] {
  const code = path.endsWith(".astro")
    ? [
        /^---\n([\s\S]*?)\n---/.exec(text)?.[1] ?? "",
        ...[...text.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]!),
      ].join("\n")
    : text;
  const specs = [
    ...code.matchAll(/^\s*(?:import|export)\b[^'"`;]*?\bfrom\s*["']([^"']+)["']/gm),
    ...code.matchAll(/^\s*import\s*["']([^"']+)["']/gm),
    ...code.matchAll(/\bimport\(\s*["']([^"']+)["']\s*\)/g),
  ].map((m) => m[1]!);
  return [...new Set(specs)];
}
