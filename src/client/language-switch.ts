/**
 * The language switcher keeps the reader's place: chapter and step ids are the same in every
 * language, so as the reader reaches for a language link (pointer down, focus, click) it is pointed
 * at the step or chapter at the reading line, or at the deep-linked element while that is in view.
 * Nothing is measured until then. Without this script the links open the other language at its top.
 */

/** Where the reading line sits, as story.ts has it (story.css `--scrolly-line`). */
const readingLine = () =>
  document.documentElement.clientHeight *
  (parseFloat(getComputedStyle(document.documentElement).getPropertyValue("--scrolly-line")) || 0.55);

/** The id of the place the reader is at; "" above the first chapter. */
export function readingPlace(): string {
  const line = readingLine();
  const target = location.hash ? document.getElementById(decodeURIComponent(location.hash.slice(1))) : null;
  if (target) {
    const box = target.getBoundingClientRect();
    if (box.bottom > 0 && box.top <= line) return target.id;
  }
  let section: HTMLElement | undefined;
  for (const s of document.querySelectorAll<HTMLElement>("main section[id]"))
    if (s.getBoundingClientRect().top <= line) section = s;
  if (!section) return "";
  let place = section.id;
  // Step cards, and the paragraphs within them that carry their own step ids.
  for (const step of section.querySelectorAll<HTMLElement>("[data-step], [data-step] > [id]"))
    if (step.getBoundingClientRect().top <= line) place = step.id;
  return place;
}

for (const link of document.querySelectorAll<HTMLAnchorElement>("[data-lang-link]")) {
  const point = () => {
    const url = new URL(link.href);
    url.hash = readingPlace();
    link.href = url.href;
  };
  for (const type of ["pointerdown", "focus", "click"]) link.addEventListener(type, point);
}
