/**
 * The Embed button under each story chart (src/components/ChartShare.astro): turns the no-JS link
 * to the embed page into a button that opens the chart's dialog, completes its URLs from the page's
 * own address when the build did not know the site's, and copies a field with one press.
 */
import { embedSnippet } from "../embed/snippet.ts";

const absolute = (url: string) => new URL(url, location.href).href;

/** Moves the dialog out of its template into the page and fills in absolute URLs. */
function mountDialog(template: HTMLTemplateElement): HTMLDialogElement {
  const dialog = template.content.firstElementChild!.cloneNode(true) as HTMLDialogElement;
  const { src = "", loader = "", title = "", height = "0" } = dialog.dataset;
  const fields = new Map(
    [...dialog.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>("[data-share-field]")].map((f) => [
      f.dataset.shareField,
      f,
    ]),
  );
  const chartUrl = absolute(src);
  fields.get("snippet")!.value = embedSnippet({
    src: chartUrl,
    title,
    height: Number(height),
    loader: absolute(loader),
  });
  fields.get("url")!.value = chartUrl;
  const cite = fields.get("cite")!;
  if (cite.value.endsWith(src)) cite.value = cite.value.slice(0, -src.length) + chartUrl;
  for (const a of dialog.querySelectorAll("a")) a.href = absolute(a.getAttribute("href") ?? "");
  document.body.append(dialog);
  return dialog;
}

/** Copies the button's field; its data-copied and data-selected attributes say what happened. */
async function copy(dialog: HTMLDialogElement, button: HTMLButtonElement): Promise<void> {
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
  dialog.querySelector("[data-share-status]")!.textContent =
    (copied ? button.dataset.copied : button.dataset.selected) ?? "";
}

for (const link of document.querySelectorAll<HTMLAnchorElement>("a[data-share-open]")) {
  const template = document.getElementById(link.dataset.shareOpen ?? "");
  if (!(template instanceof HTMLTemplateElement)) continue;
  const button = document.createElement("button");
  button.type = "button";
  button.className = link.className;
  button.textContent = link.textContent;
  button.setAttribute("aria-haspopup", "dialog");
  // Scoped styles follow the element: keep Astro's data-astro-cid-* attributes.
  for (const { name, value } of link.attributes)
    if (name.startsWith("data-astro")) button.setAttribute(name, value);
  link.replaceWith(button);

  let dialog: HTMLDialogElement | null = null;
  button.addEventListener("click", () => {
    if (!dialog) {
      const d = (dialog = mountDialog(template));
      d.addEventListener("close", () => button.focus());
      d.addEventListener("click", (e) => {
        const target = e.target as Element;
        // A click on the backdrop lands on the dialog itself (its body fills the box).
        if (target === d || target.closest("[data-share-close]")) d.close();
        const copyButton = target.closest<HTMLButtonElement>("[data-share-copy]");
        if (copyButton) void copy(d, copyButton);
      });
    }
    dialog.querySelector("[data-share-status]")!.textContent = "";
    dialog.showModal();
  });
}
