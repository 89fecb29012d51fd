/**
 * The site's name and addresses: the publisher every citation, oEmbed response and chart image
 * names, and URLs that are absolute when the build knows its address (`SITE_URL`) and start at the
 * base path otherwise, so the same build works at a domain root or under a sub-path.
 *
 *   const at = siteAddress(import.meta.env.SITE, import.meta.env.BASE_URL);
 *   at.url("embed/shutdowns/") // "https://example.org/sub/embed/shutdowns/", or "/sub/embed/shutdowns/"
 *   chartCitation({ title, url, version: "923d2045d036", dataDate: "2026-11-21" })
 */
import { formatIsoDate } from "./format.ts";

/**
 * The publisher: the project's own name, also its masthead. Not a news outlet's: the articles the
 * data comes from are sources, credited claim by claim on the methodology page.
 */
export const SITE_NAME = "Kazakhstan’s crypto crackdown";

export interface SiteAddress {
  /** The site's origin when the build knows it (`SITE_URL`), else null. */
  site: string | null;
  /** The base path with a leading and a trailing slash: "/" or "/a/b/". */
  base: string;
  /** `path` (relative to the base, e.g. "embed/x/" or "") as an absolute URL, or base-rooted without a site. */
  url: (path?: string) => string;
  /** True when `url` returns absolute URLs. */
  absolute: boolean;
}

/**
 * Addresses for a build. `site` is Astro's `site` (from SITE_URL): an origin, with or without a
 * trailing slash; `base` is Astro's BASE_URL, with or without slashes at either end.
 */
export function siteAddress(site: string | URL | null | undefined, base: string): SiteAddress {
  const root = `/${base.replace(/^\/+|\/+$/g, "")}/`.replace(/^\/\/$/, "/");
  const origin = site ? String(site).replace(/\/+$/, "") : null;
  return {
    site: origin,
    base: root,
    absolute: origin !== null,
    url: (path = "") => `${origin ?? ""}${root}${path.replace(/^\/+/, "")}`,
  };
}

export interface ChartCitationOptions {
  /** The chart's title as shown above it. */
  title: string;
  /** The chart's stable address: its embed page. */
  url: string;
  /** The dataset version (data/generated/coverage.json `version`). */
  version: string;
  /** The date of the newest data, ISO `YYYY-MM-DD` (coverage.json `dataDate`); null when unknown. */
  dataDate: string | null;
  publisher?: string;
}

/**
 * A ready citation: “Title.” Publisher, chart, dataset version X (data as of D). URL
 *
 *   chartCitation({ title: "Cash withdrawn from ATMs kept rising", url: "https://…/embed/atm-withdrawals/",
 *     version: "923d2045d036", dataDate: "2026-11-21" })
 *   // "“Cash withdrawn from ATMs kept rising.” Kazakhstan’s crypto crackdown, chart, dataset version
 *   //  923d2045d036 (data as of 21 November 2026). https://…/embed/atm-withdrawals/"
 */
export function chartCitation({
  title,
  url,
  version,
  dataDate,
  publisher = SITE_NAME,
}: ChartCitationOptions): string {
  const quoted = /[.?!]$/.test(title) ? `“${title}”` : `“${title}.”`;
  const asOf = dataDate ? ` (data as of ${formatIsoDate(dataDate)})` : "";
  return `${quoted} ${publisher}, chart, dataset version ${version}${asOf}. ${url}`;
}
