/**
 * The dataset download as a ZIP archive, written by fflate. Deterministic: entries in the order
 * given, each deflated at a fixed level and stamped with one fixed time, so two builds on any
 * machine, in any time zone, give the same bytes.
 *
 *   zip([{ name: "README.md", data: "# Data\n" }, { name: "claims.csv", data: csv }])
 */
import { strToU8, zipSync, type Zippable } from "fflate";

/**
 * 1980-01-01 12:00 in the build machine's own zone: fflate writes an entry's DOS time from a Date's
 * local fields, so a date made from local fields gives the same stamp in every time zone (and 1980
 * is the earliest year ZIP can express). Never the clock.
 */
const STAMP = () => new Date(1980, 0, 1, 12, 0, 0);

export function zip(
  files: ReadonlyArray<{ name: string; data: Uint8Array | string }>,
): Uint8Array<ArrayBuffer> {
  const entries: Zippable = {};
  for (const { name, data } of files) {
    if (name in entries) throw new Error(`zip: two entries named "${name}"`);
    entries[name] = [typeof data === "string" ? strToU8(data) : data, { mtime: STAMP() }];
  }
  return zipSync(entries, { level: 9 }) as Uint8Array<ArrayBuffer>;
}
