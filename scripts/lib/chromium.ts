/**
 * Debian's Chromium driven by playwright-core, for the browser tests, the benchmark and the
 * screenshots.
 *
 *   const browser = await launchChromium();
 *   const page = await browser.newPage();
 */
import { chromium, type Browser } from "playwright-core";

/** Flags for Debian's Chromium: headless as root, and off the closed network. */
export const CHROME_FLAGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
] as const;

/** Debian's Chromium, headless, with the flags that keep it off the closed network. */
export async function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env["CHROME_PATH"] ?? "/usr/bin/chromium",
    args: [...CHROME_FLAGS],
  });
}
