/**
 * The code a host page pastes to embed a chart: the iframe (which shows the finished chart at its
 * starting height even where scripts are stripped) and the loader that then keeps its height equal
 * to the chart's. Shared by the build (dialogs, oEmbed) and the Embed dialog's script, which fills
 * in absolute URLs from the page's own address when the build did not know it.
 *
 *   embedSnippet({ src: "https://example.org/embed/shutdowns/", title: "…", height: 620,
 *                  loader: "https://example.org/embed.js" })
 */

import { escapeMarkup } from "../shared/markup.ts";

export interface SnippetOptions {
  /** The embed page's URL. */
  src: string;
  /** The chart's title: the iframe's accessible name. */
  title: string;
  /** Starting height in px, for hosts that strip the loader script. */
  height: number;
  /** The loader's URL (`<base>embed.js`). */
  loader: string;
}

export function embedSnippet({ src, title, height, loader }: SnippetOptions): string {
  return (
    `<iframe src="${escapeMarkup(src)}" title="${escapeMarkup(title)}" data-kz-embed loading="lazy" ` +
    `width="100%" height="${Math.round(height)}" style="width:100%;border:0"></iframe>\n` +
    `<script src="${escapeMarkup(loader)}" async></script>`
  );
}
