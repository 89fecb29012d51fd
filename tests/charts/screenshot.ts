/**
 * Looks at the charts: renders every chart in every state at 320 and 640 px, light and dark, into
 * standalone HTML pages and screenshots them with Debian's Chromium into screenshots/charts/.
 * Each state after the first is reached by flipping the root's `data-state`, as client code does,
 * so the screenshots also check that states switch with CSS alone.
 *
 *   npx node tests/charts/screenshot.ts [chart-id …]
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { chromium } from "playwright-core";
import { charts } from "../../src/charts/index.ts";
import { renderChart, chartStates } from "../../src/lib/render-chart.ts";
import { colors, tokensCss } from "../../src/styles/tokens.ts";

const OUT = "screenshots/charts";
const kebab = (s: string) => s.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
const vars = (theme: "light" | "dark") =>
  Object.entries(colors[theme])
    .map(([k, v]) => `--c-${kebab(k)}:${v};`)
    .join("");

function page(id: string, width: number, theme: "light" | "dark"): string {
  const states = chartStates(id);
  const figures = states
    .map(
      (state, i) =>
        `<figure><figcaption>${id} · ${width}px · state “${state}”</figcaption>` +
        `${renderChart(id, { width, idPrefix: `${id}-s${i}` }).replace(/data-state="[^"]*"/, `data-state="${state}"`)}</figure>`,
    )
    .join("");
  return `<!doctype html><html><head><meta charset="utf-8"><style>${tokensCss()}
:root{${vars(theme)}} body{margin:0;padding:16px;background:var(--c-bg);color:var(--c-text);font-family:system-ui}
figure{margin:0 0 28px;width:${width}px} figcaption{font:12px ui-monospace,monospace;color:var(--c-muted);margin-bottom:8px;border-bottom:1px dashed var(--c-rule)}
</style></head><body>${figures}</body></html>`;
}

const ids = process.argv.slice(2).length ? process.argv.slice(2) : Object.keys(charts);
mkdirSync(OUT, { recursive: true });
const browser = await chromium.launch({
  executablePath: "/usr/bin/chromium",
  args: [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
  ],
});
try {
  for (const id of ids)
    for (const width of [320, 640])
      for (const theme of ["light", "dark"] as const) {
        const ctx = await browser.newContext({
          viewport: { width: width + 32, height: 400 },
          reducedMotion: "reduce",
          colorScheme: theme,
        });
        const p = await ctx.newPage();
        const html = page(id, width, theme);
        writeFileSync(`${OUT}/${id}-${width}-${theme}.html`, html);
        await p.setContent(html);
        await p.screenshot({ path: `${OUT}/${id}-${width}-${theme}.png`, fullPage: true });
        await ctx.close();
        console.log(`${OUT}/${id}-${width}-${theme}.png`);
      }
} finally {
  await browser.close();
}
