/**
 * The story's only client code: enhancement on top of a page that already reads complete.
 *
 * - Scrolly: the active step is the last one whose top has passed a trigger line (just below the
 *   middle of the viewport on wide screens, near the bottom on phones, where the chart fills the
 *   top; CSS sets it as `--scrolly-line`), so the chart state is a function of scroll position alone. Deep links, reloads
 *   mid-page, fast scrolls and resizes all recompute it from scratch; nothing is replayed.
 * - The currency switch sets the figure's state directly; the next step change takes over again.
 * - Chapter menu: marks the chapter in view and closes after a jump. Progress: CSS scroll timelines
 *   where supported, else a passive scroll listener.
 *
 * No d3 here: states switch by setting `data-state` on the figure and its SVGs, whose own styles
 * show and hide the marks (see src/charts/frame.ts).
 *
 * Sections far from the viewport are not rendered (`content-visibility: auto` in story.css), and
 * asking for the boxes of their steps would render them all. So a scrolly whose section lies
 * wholly below the trigger line is at its first step and one wholly above at its last, with no
 * step measured; only the section across the line has its steps' positions read.
 */

/** Where the trigger line sits, as a share of the viewport's height (story.css `--scrolly-line`). */
const lineShare = () =>
  parseFloat(getComputedStyle(document.documentElement).getPropertyValue("--scrolly-line")) || 0.55;

interface Scrolly {
  section: HTMLElement;
  figure: HTMLElement;
  steps: HTMLElement[];
  active: HTMLElement | null;
}

const doc = document.documentElement;
const scrollies: Scrolly[] = [...document.querySelectorAll<HTMLElement>("[data-scrolly]")].flatMap((el) => {
  const figure = el.querySelector<HTMLElement>("figure[data-chart]");
  const steps = [...el.querySelectorAll<HTMLElement>("[data-step]")];
  const section = el.closest<HTMLElement>("section") ?? el;
  return figure && steps.length ? [{ section, figure, steps, active: null }] : [];
});
const sections = [...document.querySelectorAll<HTMLElement>("main section[id]")];
const menuLinks = new Map(
  [...document.querySelectorAll<HTMLAnchorElement>("[data-menu-link]")].map((a) => [a.hash.slice(1), a]),
);

/** Whether a switch option ("kzt") stands for a state: itself, or a step's view of it ("kzt-2023"). */
const optionOf = (value: string, state: string) =>
  state.startsWith(value) && (state.length === value.length || state[value.length] === "-");

export function setFigureState(figure: HTMLElement, state: string): void {
  if (figure.dataset.state === state) return;
  figure.dataset.state = state;
  for (const svg of figure.querySelectorAll("svg[data-state]")) svg.setAttribute("data-state", state);
  for (const input of figure.querySelectorAll<HTMLInputElement>("[data-switch] input"))
    input.checked = optionOf(input.value, state);
}

/** The line in viewport px; clientHeight ignores the transient mobile toolbars less than innerHeight. */
const triggerLine = () => doc.clientHeight * lineShare();

/** The last of `els` whose top is above `line`, else the first. */
function lastAbove<T extends HTMLElement>(els: T[], line: number): T {
  let found = els[0]!;
  for (const el of els) if (el.getBoundingClientRect().top <= line) found = el;
  return found;
}

/** The scrolly's active step; its steps are measured only when its section spans the line. */
function activeStep(s: Scrolly, line: number): HTMLElement {
  const box = s.section.getBoundingClientRect();
  if (box.top > line) return s.steps[0]!;
  if (box.bottom <= line) return s.steps.at(-1)!;
  return lastAbove(s.steps, line);
}

function update(): void {
  const line = triggerLine();
  for (const s of scrollies) {
    const active = activeStep(s, line);
    if (active === s.active) continue;
    s.active?.removeAttribute("data-active");
    active.setAttribute("data-active", "");
    s.active = active;
    setFigureState(s.figure, active.dataset.state ?? "");
  }
  if (sections.length) {
    const current = lastAbove(sections, line);
    const inside = current.getBoundingClientRect().top <= line;
    for (const [id, a] of menuLinks)
      if (inside && id === current.id) a.setAttribute("aria-current", "location");
      else a.removeAttribute("aria-current");
  }
}

let queued = false;
function schedule(): void {
  if (queued) return;
  queued = true;
  requestAnimationFrame(() => {
    queued = false;
    fitNear();
    update();
  });
}

// One observer watches steps cross the trigger line; another sees them enter or leave the viewport,
// which catches jumps that skip over the line entirely (a deep link, End, a fast fling).
const steps = scrollies.flatMap((s) => s.steps);
const watched = [...steps, ...sections];
const entering = new IntersectionObserver(schedule);
for (const el of watched) entering.observe(el);
let crossing: IntersectionObserver | undefined;
let crossingShare = 0;
/** (Re)creates the line observer when the line moves, e.g. on rotating a phone to landscape. */
function observeLine(): void {
  const share = lineShare();
  if (crossing && share === crossingShare) return;
  crossing?.disconnect();
  crossingShare = share;
  const pct = (n: number) => `${(n * 100).toFixed(1)}%`;
  crossing = new IntersectionObserver(schedule, {
    rootMargin: `-${pct(share)} 0px -${pct(1 - share - 0.001)} 0px`,
  });
  for (const el of watched) crossing.observe(el);
}
/**
 * A sticky panel taller than the screen (a long figure in a short window) would never show its
 * bottom: let it scroll until its bottom is in view, then stick there. Phones pin the chart alone,
 * wider screens the whole panel; whichever is sticky at this width is the one to fit.
 */
const fitted = new Set<Scrolly>();
function fitSticky(s: Scrolly): void {
  fitted.add(s);
  for (const el of s.figure.querySelectorAll<HTMLElement>(":is(.figure__panel, .figure__pin)")) {
    el.style.removeProperty("--sticky-top");
    const style = getComputedStyle(el);
    if (style.position !== "sticky") continue;
    const top = parseFloat(style.top);
    const overflow = top + el.offsetHeight - doc.clientHeight;
    if (overflow > 1) el.style.setProperty("--sticky-top", `${Math.round(top - overflow - 8)}px`);
  }
}

/** Fits the sticky parts of the scrollies in or near the viewport, each once (again after a resize). */
function fitNear(): void {
  const vh = doc.clientHeight;
  for (const s of scrollies) {
    if (fitted.has(s) || !s.figure.classList.contains("figure--sticky")) continue;
    const box = s.section.getBoundingClientRect();
    if (box.bottom > -vh && box.top < 2 * vh) fitSticky(s);
  }
}

observeLine();
addEventListener("resize", () => {
  observeLine();
  fitted.clear();
  schedule();
});
addEventListener("hashchange", schedule);
addEventListener("pageshow", schedule);
fitNear();
update();

// The switch is hidden until here: without this script it could not act.
for (const fieldset of document.querySelectorAll<HTMLElement>("[data-switch]")) {
  const figure = fieldset.closest<HTMLElement>("figure[data-chart]");
  if (!figure) continue;
  fieldset.hidden = false;
  fieldset.addEventListener("change", (e) => {
    const input = e.target as HTMLInputElement;
    if (input.checked) setFigureState(figure, input.value);
  });
}

const menu = document.querySelector<HTMLDetailsElement>("[data-menu]");
menu?.addEventListener("click", (e) => {
  if ((e.target as Element).closest("a")) menu.open = false;
});
addEventListener("keydown", (e) => {
  if (e.key === "Escape" && menu?.open) {
    menu.open = false;
    menu.querySelector("summary")?.focus();
  }
});

const bar = document.querySelector<HTMLElement>("[data-progress]");
if (bar && !CSS.supports("animation-timeline: scroll()")) {
  const paint = () => {
    const max = doc.scrollHeight - doc.clientHeight;
    bar.style.transform = `scaleX(${max > 0 ? Math.min(1, scrollY / max) : 0})`;
  };
  addEventListener("scroll", () => requestAnimationFrame(paint), { passive: true });
  paint();
}
