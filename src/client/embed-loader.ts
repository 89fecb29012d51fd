/**
 * `/embed.js`: paste it once on a host page beside one or more chart iframes and each iframe takes
 * the height its chart reports. It trusts a message only when it comes from the window of one of
 * this site's iframes on the page and carries a sane height; everything else is ignored.
 *
 *   <iframe src="https://example.org/embed/shutdowns/" data-kz-embed title="…" style="width:100%;border:0" height="560"></iframe>
 *   <script src="https://example.org/embed.js" async></script>
 */
import { PING, readHeight } from "./embed-messages.ts";

declare global {
  interface Window {
    __kzEmbedLoader?: true;
  }
}

if (!window.__kzEmbedLoader) {
  window.__kzEmbedLoader = true;
  const script = document.currentScript as HTMLScriptElement | null;
  // The site's own base URL: embeds live under <base>embed/.
  const embedPrefix = script ? new URL("embed/", script.src).href : null;
  const ours = (frame: HTMLIFrameElement) =>
    frame.hasAttribute("data-kz-embed") || (embedPrefix !== null && frame.src.startsWith(embedPrefix));

  window.addEventListener("message", (event) => {
    const frame = Array.from(document.getElementsByTagName("iframe")).find(
      (f) => f.contentWindow === event.source && ours(f),
    );
    if (!frame) return;
    const height = readHeight(event.data);
    if (height !== null) frame.style.height = `${Math.ceil(height)}px`;
  });
  const ask = () => {
    for (const f of Array.from(document.getElementsByTagName("iframe")))
      if (ours(f)) f.contentWindow?.postMessage(PING, "*");
  };
  // Embeds that loaded before this script posted their height unheard: ask them again.
  ask();
  // A resized page gives every embed a new width, so a new height. Browsers throttle frames out of
  // view, which then never notice until scrolled to: ask them all, once the resizing settles and
  // once more a little later, and each answers with a height it measures there and then.
  let settle: ReturnType<typeof setTimeout> | undefined;
  window.addEventListener("resize", () => {
    clearTimeout(settle);
    settle = setTimeout(() => {
      ask();
      setTimeout(ask, 250);
    }, 100);
  });
}
