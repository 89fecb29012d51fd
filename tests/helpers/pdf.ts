/**
 * The text of each page of a PDF that Chromium printed, for tests that check what is on which
 * page. Enough of PDF for what Skia writes: plain objects (no object streams), Flate-compressed
 * page contents, fonts with ToUnicode maps, text shown with Tj and TJ. Text runs are joined with a
 * space; compare with whitespace removed (`squash`), since glyph runs split words anywhere.
 *
 *   const pages = pdfPages(await page.pdf({ format: "A4" }));
 *   pages.findIndex((t) => squash(t).includes(squash("Cash at the ATM")));
 */
import { inflateSync } from "node:zlib";

interface PdfObject {
  dict: string;
  stream: Buffer | null;
}

const LIGATURES: Record<string, string> = { ﬀ: "ff", ﬁ: "fi", ﬂ: "fl", ﬃ: "ffi", ﬄ: "ffl" };

/** Whitespace removed and ligatures spelled out, for matching text split into glyph runs. */
export const squash = (s: string) => s.replace(/[ﬀ-ﬄ]/g, (c) => LIGATURES[c] ?? c).replace(/\s+/g, "");

export function pdfPages(pdf: Uint8Array): string[] {
  const buf = Buffer.from(pdf);
  const text = buf.toString("latin1");
  const objects = new Map<number, PdfObject>();
  for (const m of text.matchAll(/(\d+) 0 obj\b([\s\S]*?)\bendobj/g)) {
    const body = m[2]!;
    const at = body.indexOf("stream");
    if (at === -1) {
      objects.set(Number(m[1]), { dict: body, stream: null });
      continue;
    }
    const dict = body.slice(0, at);
    let start = m.index + m[0].indexOf(body) + at + "stream".length;
    if (text[start] === "\r") start++;
    if (text[start] === "\n") start++;
    const end = text.indexOf("endstream", start);
    objects.set(Number(m[1]), { dict, stream: buf.subarray(start, end) });
  }
  const get = (n: number) => {
    const o = objects.get(n);
    if (!o) throw new Error(`pdf: no object ${n}`);
    return o;
  };
  const ref = (dict: string, key: string) => {
    const m = new RegExp(`/${key}\\s+(\\d+) 0 R`).exec(dict);
    return m ? Number(m[1]) : null;
  };
  const data = (o: PdfObject) => {
    if (!o.stream) return "";
    const raw = /\/FlateDecode/.test(o.dict) ? inflateSync(o.stream) : o.stream;
    return raw.toString("latin1");
  };
  /** A dictionary value that is either inline (`<< … >>`) or a reference to one. */
  const dictAt = (dict: string, key: string): string => {
    const r = ref(dict, key);
    if (r !== null) return get(r).dict;
    const at = dict.indexOf(`/${key}`);
    if (at === -1) return "";
    let depth = 0;
    const open = dict.indexOf("<<", at);
    for (let i = open; i < dict.length - 1; i++) {
      if (dict.startsWith("<<", i)) {
        depth++;
        i++;
      } else if (dict.startsWith(">>", i) && --depth === 0) return dict.slice(open, i + 2);
    }
    return "";
  };

  const cmaps = new Map<number, { bytes: number; map: Map<number, string> }>();
  const cmapOf = (fontRef: number) => {
    let c = cmaps.get(fontRef);
    if (c) return c;
    const font = get(fontRef).dict;
    const uni = ref(font, "ToUnicode");
    const source = uni === null ? "" : data(get(uni));
    const map = new Map<number, string>();
    const utf16 = (hex: string) =>
      String.fromCharCode(...(hex.match(/.{4}/g) ?? []).map((h) => parseInt(h, 16)));
    for (const block of source.matchAll(/beginbfchar([\s\S]*?)endbfchar/g))
      for (const [, src, dst] of block[1]!.matchAll(/<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]+)>/g))
        map.set(parseInt(src!, 16), utf16(dst!));
    for (const block of source.matchAll(/beginbfrange([\s\S]*?)endbfrange/g))
      for (const [, lo, hi, dst, list] of block[1]!.matchAll(
        /<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]+)>\s*(?:<([0-9a-fA-F]+)>|\[([^\]]*)\])/g,
      )) {
        const a = parseInt(lo!, 16);
        const b = parseInt(hi!, 16);
        const items = list ? [...list.matchAll(/<([0-9a-fA-F]+)>/g)].map((x) => utf16(x[1]!)) : null;
        for (let code = a; code <= b; code++) {
          if (items) map.set(code, items[code - a] ?? "");
          else {
            const first = utf16(dst!);
            map.set(
              code,
              first.slice(0, -1) + String.fromCharCode(first.charCodeAt(first.length - 1) + code - a),
            );
          }
        }
      }
    const space = /<([0-9a-fA-F]+)>\s*<[0-9a-fA-F]+>\s*endcodespacerange/.exec(source);
    c = { bytes: space ? space[1]!.length / 2 : 1, map };
    cmaps.set(fontRef, c);
    return c;
  };

  const decode = (hex: string, font: { bytes: number; map: Map<number, string> } | null) => {
    if (!font) return "";
    let out = "";
    for (let i = 0; i + font.bytes * 2 <= hex.length; i += font.bytes * 2)
      out += font.map.get(parseInt(hex.slice(i, i + font.bytes * 2), 16)) ?? "";
    return out;
  };

  const pageText = (n: number): string => {
    const page = get(n).dict;
    const fonts = new Map<string, number>();
    for (const [, name, r] of dictAt(dictAt(page, "Resources"), "Font").matchAll(
      /\/([^\s/<>]+)\s+(\d+) 0 R/g,
    ))
      fonts.set(name!, Number(r));
    const contents = /\/Contents\s*\[([^\]]*)\]/.exec(page)?.[1] ?? `${ref(page, "Contents")} 0 R`;
    const stream = [...contents.matchAll(/(\d+) 0 R/g)].map((m) => data(get(Number(m[1])))).join("\n");
    const runs: string[] = [];
    let font: { bytes: number; map: Map<number, string> } | null = null;
    for (const m of stream.matchAll(
      /\/([^\s/]+)\s+[\d.]+\s+Tf|\[((?:[^\]\\]|\\.)*)\]\s*TJ|<([0-9a-fA-F]*)>\s*Tj/g,
    )) {
      if (m[1] !== undefined) {
        const r = fonts.get(m[1]);
        font = r === undefined ? null : cmapOf(r);
      } else if (m[2] !== undefined)
        runs.push([...m[2].matchAll(/<([0-9a-fA-F]*)>/g)].map((h) => decode(h[1]!, font)).join(""));
      else if (m[3] !== undefined) runs.push(decode(m[3], font));
    }
    return runs.join(" ");
  };

  // Pages in order: the page tree from the catalog's /Pages.
  const catalog = [...objects.values()].find((o) => /\/Type\s*\/Catalog/.test(o.dict));
  if (!catalog) throw new Error("pdf: no catalog");
  const order: number[] = [];
  const walk = (n: number) => {
    const node = get(n).dict;
    if (/\/Type\s*\/Pages/.test(node))
      for (const k of (/\/Kids\s*\[([^\]]*)\]/.exec(node)?.[1] ?? "").matchAll(/(\d+) 0 R/g))
        walk(Number(k[1]));
    else order.push(n);
  };
  walk(ref(catalog.dict, "Pages")!);
  return order.map(pageText);
}
