/**
 * The embed page's only script, inlined by src/pages/embed/[chart].astro (an inline classic script
 * also runs in a sandboxed iframe, where a module script from the site's origin would need CORS).
 *
 * - Height: posts the page's height to the host in every format src/client/embed-messages.ts knows,
 *   whenever it changes (a ResizeObserver sees load, resize, fonts, state switches and an opened
 *   data table), and again whenever the host asks: the loader's ping, pym's width message.
 * - `?state=<name>` shows a named chart state; `?childId=` is pym's id for its messages.
 * - The state switch (tenge/dollars) works as in the story.
 */
import { heightMessages, PING } from "./embed-messages.ts";

const root = document.querySelector<HTMLElement>("[data-embed]")!;
const figure = root.querySelector<HTMLElement>("figure[data-chart]")!;
const params = new URLSearchParams(location.search);
const pymId = params.get("childId");
const framed = parent !== window;

/** The same contract as the story's setFigureState: one attribute switches the chart. */
function setState(state: string): void {
  figure.dataset.state = state;
  for (const svg of figure.querySelectorAll("svg[data-state]")) svg.setAttribute("data-state", state);
  for (const input of figure.querySelectorAll<HTMLInputElement>("[data-switch] input"))
    input.checked = input.value === state;
}

const wanted = params.get("state");
if (wanted && (root.dataset.states ?? "").split(" ").includes(wanted)) setState(wanted);

for (const fieldset of figure.querySelectorAll<HTMLElement>("[data-switch]")) {
  fieldset.hidden = false;
  // Without the switch the chart shows both currencies; with it, one at a time: the first unless asked.
  const options = [...fieldset.querySelectorAll<HTMLInputElement>("input")];
  if (!options.some((o) => o.checked) && options[0]) setState(options[0].value);
  fieldset.addEventListener("change", (e) => {
    const input = e.target as HTMLInputElement;
    if (input.checked) setState(input.value);
  });
}

// In a sandbox without allow-downloads a `download` link does nothing; opened in a new tab it still works.
if (origin === "null")
  for (const a of document.querySelectorAll("a[download]")) a.removeAttribute("download");

let sent = 0;
/** Posts the height when it changed, or always with `force` (the host asked, or may have missed it). */
function send(force = false): void {
  // <html> is as tall as its content, never stretched to the iframe: heights shrink as well as grow.
  const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
  if (!framed || (!force && height === sent)) return;
  sent = height;
  for (const message of heightMessages(height, figure.dataset.chart!, pymId))
    parent.postMessage(message, "*");
}

new ResizeObserver(() => send()).observe(document.documentElement);
addEventListener("load", () => send(true));
document.fonts?.ready.then(() => send(true));
addEventListener("message", (e) => {
  if (e.source !== parent) return;
  if (e.data === PING || (typeof e.data === "string" && /^pymxPYMx.+xPYMxwidthxPYMx/.test(e.data)))
    send(true);
});
send(true);
