/**
 * Client code bundled by esbuild at build time, once per build: for pages that inline it, and for
 * `/embed.js`, the loader host pages include.
 *
 *   <script is:inline set:html={bundleScript("src/client/embed-page.ts")} />
 *   bundleScript("src/client/embed-loader.ts", { target: "es2019" })
 */
import { buildSync } from "esbuild";
import { join } from "node:path";

const cache = new Map<string, string>();

export interface BundleOptions {
  /** The oldest JavaScript the code must run as: the site's own pages take es2020. */
  target?: string;
}

/** `entry` (a path from the project root) bundled, minified, as one classic script. */
export function bundleScript(entry: string, { target = "es2020" }: BundleOptions = {}): string {
  const key = `${entry}\0${target}`;
  let code = cache.get(key);
  if (code === undefined) {
    const out = buildSync({
      entryPoints: [join(process.cwd(), entry)],
      bundle: true,
      minify: true,
      format: "iife",
      target,
      write: false,
      legalComments: "none",
    });
    code = out.outputFiles[0]!.text.trim();
    cache.set(key, code);
  }
  return code;
}
