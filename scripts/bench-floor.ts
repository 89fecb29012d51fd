/**
 * A second reference page for `npm run bench`: the story's opening alone (its head, masthead, hero
 * and intro, everything above the first chapter), padded with an incompressible HTML comment to the
 * story's own size as the bench's server sends it. It has the story's bytes and none of its charts, tables or popovers,
 * so its Lighthouse LCP is the floor for a document that size: what the story's LCP costs beyond it
 * is main-thread work, what the one-chart embed's LCP is below it is network.
 *
 *   const dir = buildFloorPage("dist");   // a folder with index.html
 */
import { randomBytes } from "node:crypto";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

/** `served` gives a page's bytes as the bench's server sends them (brotli, or gzip). */
export function buildFloorPage(dist: string, served: (page: Buffer) => number): string {
  const story = readFileSync(join(dist, "index.html"), "utf8");
  const firstChapter = story.indexOf("<section");
  if (firstChapter < 0) throw new Error(`${dist}/index.html: no <section> to cut the story's opening at`);
  const opening = `${story.slice(0, firstChapter)}</article></main></body></html>`;
  // Pad until the page weighs what the story weighs as served.
  const target = served(Buffer.from(story));
  let pad = "";
  while (served(Buffer.from(opening + pad)) < target) pad += randomBytes(2048).toString("base64");
  const dir = mkdtempSync(join(tmpdir(), "kz-bench-floor-"));
  writeFileSync(join(dir, "index.html"), opening.replace("</body>", `<!--${pad}--></body>`));
  return dir;
}
