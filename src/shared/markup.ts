/**
 * Text made safe to put inside HTML or SVG markup, as element text or as a double-quoted attribute
 * value: the one escaper for the snippets, chart images and social card the build writes as strings.
 *
 *   `<text>${escapeMarkup(title)}</text>`, `title="${escapeMarkup(title)}"`
 */
const ENTITIES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" };

export const escapeMarkup = (text: string): string => text.replace(/[&<>"]/g, (c) => ENTITIES[c]!);
