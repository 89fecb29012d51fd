/**
 * Client code bundled at build time for pages that inline it, once per build.
 *
 *   <script is:inline set:html={bundleScript("src/client/embed-page.ts")} />
 */
import { buildSync } from "esbuild";
import { join } from "node:path";

const cache = new Map<string, string>();

/** `entry` (a path from the project root) bundled, minified, as one classic script. */
export function bundleScript(entry: string): string {
  let code = cache.get(entry);
  if (code === undefined) {
    const out = buildSync({
      entryPoints: [join(process.cwd(), entry)],
      bundle: true,
      minify: true,
      format: "iife",
      target: "es2020",
      write: false,
      legalComments: "none",
    });
    code = out.outputFiles[0]!.text.trim();
    cache.set(entry, code);
  }
  return code;
}
