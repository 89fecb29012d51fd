/**
 * Sort and filter for the claims table on the methodology page. The table is complete without this
 * script; it only adds a sort button to each header marked `data-sort` ("text" or "number"), a
 * labelled filter box, and keeps the live count in the element named by the table's `data-status`.
 * A cell's `data-sort-value` (else its text) is its sort key. Its words come from the table's
 * `data-words-*` attributes, in the page's language, with `{total}`, `{shown}`, `{column}` and
 * `{direction}` filled in here; English where the table carries none.
 */

const lang = document.documentElement.lang || "en";
const collator = new Intl.Collator(lang, { numeric: true, sensitivity: "base" });
const count = new Intl.NumberFormat(lang);

/** The table's words for `name`, with each `{slot}` filled (a number in the page's language). */
function words(
  table: HTMLTableElement,
  name: string,
  fallback: string,
  slots: Record<string, string | number> = {},
) {
  return (table.dataset[name] ?? fallback).replace(/\{(\w+)\}/g, (m, k: string) => {
    const v = slots[k];
    return v === undefined ? m : typeof v === "number" ? count.format(v) : v;
  });
}

function enhanceClaimsTable(table: HTMLTableElement): void {
  const body = table.tBodies[0];
  const headRow = table.tHead?.rows[0];
  if (!body || !headRow) return;
  const rows = Array.from(body.rows);
  const total = rows.length;
  const status = document.getElementById(table.dataset["status"] ?? "");
  const order = new Map(rows.map((r, i) => [r, i]));
  // Cells joined with spaces, so "count exact" matches across two cells.
  const text = new Map(
    rows.map((r) => [
      r,
      Array.from(r.cells, (c) => c.textContent ?? "")
        .join(" ")
        .replace(/\s+/g, " ")
        .toLowerCase(),
    ]),
  );
  const headers = Array.from(headRow.cells);
  let sorted = "";

  const keyOf = (row: HTMLTableRowElement, col: number) => {
    const cell = row.cells[col];
    return cell?.dataset["sortValue"] ?? cell?.textContent?.trim() ?? "";
  };
  const visible = () => rows.filter((r) => !r.hidden).length;
  const announce = () => {
    if (!status) return;
    const shown =
      visible() === total
        ? words(table, "wordsCount", "{total} claims.", { total })
        : words(table, "wordsShowing", "Showing {shown} of {total} claims.", { shown: visible(), total });
    status.textContent = sorted ? `${shown} ${sorted}` : shown;
  };

  headers.forEach((th, col) => {
    const type = th.dataset["sort"];
    if (!type) return;
    const button = document.createElement("button");
    button.type = "button";
    button.className = "sort-button";
    button.append(...Array.from(th.childNodes));
    th.append(button);
    button.addEventListener("click", () => {
      const direction = th.getAttribute("aria-sort") === "ascending" ? "descending" : "ascending";
      for (const h of headers) h.removeAttribute("aria-sort");
      th.setAttribute("aria-sort", direction);
      const sign = direction === "ascending" ? 1 : -1;
      const compare = (a: HTMLTableRowElement, b: HTMLTableRowElement) => {
        const [x, y] = [keyOf(a, col), keyOf(b, col)];
        // Statements have no number: they stay after the figures, whichever way the figures go.
        if (type === "number" && (x === "") !== (y === "")) return x === "" ? 1 : -1;
        const by = type === "number" ? Number(x) - Number(y) : collator.compare(x, y);
        return sign * by || order.get(a)! - order.get(b)!;
      };
      body.append(...[...rows].sort(compare));
      sorted = words(table, "wordsSorted", "Sorted by {column}, {direction}.", {
        column: button.textContent?.trim().toLowerCase() ?? "",
        direction: words(table, direction === "ascending" ? "wordsAscending" : "wordsDescending", direction),
      });
      announce();
    });
  });

  const controls = document.querySelector("[data-claims-controls]");
  const field = document.createElement("div");
  field.className = "claims-filter";
  const label = document.createElement("label");
  label.htmlFor = "claims-filter";
  label.textContent = words(table, "wordsFilter", "Filter claims");
  const input = document.createElement("input");
  input.type = "search";
  input.id = "claims-filter";
  input.autocomplete = "off";
  input.setAttribute("aria-describedby", "claims-filter-hint");
  const hint = document.createElement("span");
  hint.id = "claims-filter-hint";
  hint.className = "claims-filter-hint";
  hint.textContent = words(table, "wordsFilterHint", "by any word in a row: metric, year, source, quote");
  field.append(label, input, hint);
  controls?.prepend(field);

  const filter = () => {
    const terms = input.value.trim().toLowerCase().split(/\s+/).filter(Boolean);
    for (const r of rows) r.hidden = !terms.every((t) => text.get(r)!.includes(t));
    announce();
  };
  input.addEventListener("input", filter);

  // A link to a claim the filter hides would land nowhere: clear the filter first.
  const reveal = () => {
    const id = decodeURIComponent(location.hash.slice(1));
    const target = id ? document.getElementById(id) : null;
    if (target instanceof HTMLTableRowElement && target.hidden) {
      input.value = "";
      filter();
      target.scrollIntoView();
    }
  };
  window.addEventListener("hashchange", reveal);
  table.classList.add("is-enhanced");
}

for (const table of document.querySelectorAll<HTMLTableElement>("table[data-claims-table]"))
  enhanceClaimsTable(table);
