/**
 * Checks of a page in the built site, for the browser tests: axe-core's violations, and the
 * console errors and failed requests a page shows. The server and the browser are in scripts/lib/.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "playwright-core";

/**
 * Runs axe-core in the page and returns its violations (id, impact, help, targets). Target size
 * (WCAG 2.5.8, off in axe's defaults) is on, as Lighthouse runs it.
 */
export async function axeViolations(page: Page) {
  const source = readFileSync(join(process.cwd(), "node_modules/axe-core/axe.min.js"), "utf8");
  // Evaluated over the DevTools protocol, not added as a <script>: the pages' CSP refuses inline scripts.
  await page.evaluate(source);
  return page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: { run: (ctx: Document, options: object) => Promise<{ violations: unknown[] }> };
      }
    ).axe;
    const result = await axe.run(document, { rules: { "target-size": { enabled: true } } });
    return (
      result.violations as Array<{
        id: string;
        impact: string;
        help: string;
        nodes: Array<{ target: string[] }>;
      }>
    ).map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      targets: v.nodes.map((n) => n.target.join(" ")),
    }));
  });
}

/** Records requests that leave `origin` and console errors, for the "nothing external" checks. */
export function watchPage(page: Page, origin: string) {
  const external: string[] = [];
  const errors: string[] = [];
  page.on("request", (r) => {
    const u = r.url();
    if (!u.startsWith(origin) && !u.startsWith("data:") && !u.startsWith("blob:")) external.push(u);
  });
  page.on("console", (m) => {
    if (m.type() === "error") errors.push(m.text());
  });
  page.on("pageerror", (e) => errors.push(e.message));
  return { external, errors };
}

/**
 * Resolves once the page has drawn `n` more frames: what a scroll or resize sets off (observers
 * reporting, the story's update in the next frame) has run by then. A wait on the page, not a clock.
 */
export const afterFrames = (page: Page, n = 3) =>
  page.evaluate(async (count) => {
    for (let i = 0; i < count; i++) await new Promise((r) => requestAnimationFrame(r));
  }, n);
