/**
 * The height messages an embed page sends to its host, in the three formats hosts listen for:
 * pym.js (newsroom CMSs), AMP's amp-iframe, and this project's own JSON. Shared by the embed page
 * (which sends them) and the host loader (which reads them), so the two cannot drift apart.
 */

/** Heights outside this range are bogus and ignored by the loader. */
export const MIN_HEIGHT = 40;
export const MAX_HEIGHT = 20_000;

export const OWN_TYPE = "kz-embed:height";

/**
 * What the loader posts to each of its iframes when it starts: an embed that loaded before the
 * loader did (an async script, a slow host) answers with its height, which it had posted unheard.
 */
export const PING = "kz-embed:ping";

/** The messages for one height, in the order they are posted. */
export function heightMessages(height: number, chart: string, pymId: string | null): unknown[] {
  const h = Math.ceil(height);
  const messages: unknown[] = [
    JSON.stringify({ type: OWN_TYPE, chart, height: h }),
    { sentinel: "amp", type: "embed-size", height: h },
  ];
  if (pymId !== null) messages.push(`pymxPYMx${pymId}xPYMxheightxPYMx${h}`);
  return messages;
}

/** Reads a height from any of the three formats; null for anything else or an insane value. */
export function readHeight(data: unknown): number | null {
  let value: unknown = null;
  if (typeof data === "string") {
    const pym = /^pymxPYMx.*xPYMxheightxPYMx(\d+(?:\.\d+)?)$/.exec(data);
    if (pym) value = Number(pym[1]);
    else if (data.startsWith("{")) {
      try {
        return readHeight(JSON.parse(data));
      } catch {
        return null;
      }
    }
  } else if (data && typeof data === "object") {
    const d = data as { type?: unknown; sentinel?: unknown; height?: unknown };
    if (d.type === OWN_TYPE || (d.sentinel === "amp" && d.type === "embed-size")) value = d.height;
  }
  if (typeof value === "string" && /^\d+(?:\.\d+)?$/.test(value)) value = Number(value);
  return typeof value === "number" && Number.isFinite(value) && value >= MIN_HEIGHT && value <= MAX_HEIGHT
    ? value
    : null;
}
