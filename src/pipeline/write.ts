/**
 * Writes a set of generated files so that readers see either the old set or the new one, never a
 * mix: everything goes to a sibling temporary folder first, which then replaces the target by rename.
 * A failure before the swap leaves the previous outputs exactly as they were.
 */
import { existsSync, mkdirSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { basename, dirname, join } from "node:path";

export function writeAtomically(dir: string, files: ReadonlyMap<string, string>): void {
  const parent = dirname(dir);
  mkdirSync(parent, { recursive: true });
  const tmp = join(parent, `.${basename(dir)}.tmp-${process.pid}`);
  const old = join(parent, `.${basename(dir)}.old-${process.pid}`);
  rmSync(tmp, { recursive: true, force: true });
  try {
    for (const [name, text] of [...files].sort(([a], [b]) => a.localeCompare(b))) {
      const path = join(tmp, name);
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, text);
    }
  } catch (e) {
    rmSync(tmp, { recursive: true, force: true });
    throw e;
  }
  const had = existsSync(dir);
  if (had) renameSync(dir, old);
  try {
    renameSync(tmp, dir);
  } catch (e) {
    if (had) renameSync(old, dir);
    throw e;
  }
  rmSync(old, { recursive: true, force: true });
}

/** Writes one file so that readers see the old text or the new, never a part: a sibling, then a rename. */
export function writeFileAtomically(path: string, text: string): void {
  mkdirSync(dirname(path), { recursive: true });
  const tmp = join(dirname(path), `.${basename(path)}.tmp-${process.pid}`);
  try {
    writeFileSync(tmp, text);
    renameSync(tmp, path);
  } catch (e) {
    rmSync(tmp, { force: true });
    throw e;
  }
}
