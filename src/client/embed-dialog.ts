/**
 * The Embed buttons under the story's charts (src/components/ChartShare.astro): turns each no-JS
 * link to an embed page into a button that opens the page's one Embed dialog
 * (src/components/ShareDialog.astro), fills it from the button's data, completing URLs from the
 * page's own address when the build did not know the site's, and copies a field with one press.
 */
import { embedSnippet } from "./embed-snippet.ts";

const absolute = (url: string) => new URL(url, location.href).href;

/** What a chart's Embed link carries for the dialog. */
interface ChartShare {
  src: string;
  chart: string;
  title: string;
  height: string;
  citation: string;
  png: string;
  png2x: string;
  svg: string;
}

let dialog: HTMLDialogElement | null = null;
let opener: HTMLButtonElement | null = null;

/** Moves the dialog out of its template into the page, once. */
function mountDialog(template: HTMLTemplateElement): HTMLDialogElement {
  const d = template.content.firstElementChild!.cloneNode(true) as HTMLDialogElement;
  d.addEventListener("close", () => opener?.focus());
  d.addEventListener("click", (e) => {
    const target = e.target as Element;
    // A click on the backdrop lands on the dialog itself (its body fills the box).
    if (target === d || target.closest("[data-share-close]")) d.close();
    const copyButton = target.closest<HTMLButtonElement>("[data-share-copy]");
    if (copyButton) void copy(d, copyButton);
  });
  document.body.append(d);
  return d;
}

/** Fills the dialog for one chart, with absolute URLs. */
function fill(d: HTMLDialogElement, chart: ChartShare): void {
  const field = (name: string) =>
    d.querySelector<HTMLInputElement | HTMLTextAreaElement>(`[data-share-field="${name}"]`)!;
  const chartUrl = absolute(chart.src);
  field("snippet").value = embedSnippet({
    src: chartUrl,
    title: chart.title,
    height: Number(chart.height),
    loader: absolute(d.dataset.loader ?? ""),
  });
  field("url").value = chartUrl;
  // The citation ends with the chart's URL, as the build knew it: make it absolute.
  field("cite").value = chart.citation.endsWith(chart.src)
    ? chart.citation.slice(0, -chart.src.length) + chartUrl
    : chart.citation;
  d.querySelector("[data-share-text=title]")!.textContent = chart.title;
  d.querySelector("[data-share-text=height]")!.textContent = chart.height;
  for (const [key, ext] of [
    ["png", ".png"],
    ["png2x", "@2x.png"],
    ["svg", ".svg"],
  ] as const) {
    const a = d.querySelector<HTMLAnchorElement>(`[data-share-file="${key}"]`)!;
    a.href = absolute(chart[key]);
    a.download = `${chart.chart}${ext}`;
  }
  d.querySelector("[data-share-status]")!.textContent = "";
}

/** Copies the button's field; its data-copied and data-selected attributes say what happened. */
async function copy(d: HTMLDialogElement, button: HTMLButtonElement): Promise<void> {
  const field = document.getElementById(button.dataset.shareCopy ?? "") as
    HTMLInputElement | HTMLTextAreaElement;
  let copied: boolean;
  try {
    await navigator.clipboard.writeText(field.value);
    copied = true;
  } catch {
    // No clipboard API (an insecure page, a denied permission): select the text and say how to copy
    // it. (document.execCommand("copy") is deprecated and fails in the same cases.)
    field.focus();
    field.select();
    copied = false;
  }
  d.querySelector("[data-share-status]")!.textContent =
    (copied ? button.dataset.copied : button.dataset.selected) ?? "";
}

const template = document.getElementById("share-dialog");
if (template instanceof HTMLTemplateElement)
  for (const link of document.querySelectorAll<HTMLAnchorElement>("a[data-share-open]")) {
    const d = link.dataset;
    const chart: ChartShare = {
      src: link.getAttribute("href") ?? "",
      chart: d.chart ?? "",
      title: d.title ?? "",
      height: d.height ?? "0",
      citation: d.citation ?? "",
      png: d.png ?? "",
      png2x: d.png2x ?? "",
      svg: d.svg ?? "",
    };
    const button = document.createElement("button");
    button.type = "button";
    button.className = link.className;
    button.textContent = link.textContent;
    button.setAttribute("aria-haspopup", "dialog");
    // Scoped styles follow the element: keep Astro's data-astro-cid-* attributes.
    for (const { name, value } of link.attributes)
      if (name.startsWith("data-astro")) button.setAttribute(name, value);
    link.replaceWith(button);
    button.addEventListener("click", () => {
      dialog ??= mountDialog(template);
      opener = button;
      fill(dialog, chart);
      dialog.showModal();
    });
  }
