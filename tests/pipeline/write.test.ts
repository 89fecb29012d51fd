import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { writeAtomically } from "../../src/pipeline/write.ts";
import { hashTree, tempDir } from "./helpers.ts";

const made: string[] = [];
afterEach(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A fresh parent folder holding `generated/` with an old set of files. */
function oldSet(): { parent: string; out: string } {
  const parent = tempDir();
  made.push(parent);
  const out = join(parent, "generated");
  mkdirSync(join(out, "charts"), { recursive: true });
  writeFileSync(join(out, "claims.json"), "old claims\n");
  writeFileSync(join(out, "stale.json"), "only in the old set\n");
  writeFileSync(join(out, "charts", "gone.json"), "old chart\n");
  return { parent, out };
}

describe("writeAtomically", () => {
  it("creates the folder and its subfolders when there was none", () => {
    const parent = tempDir();
    made.push(parent);
    const out = join(parent, "a", "generated");
    writeAtomically(out, new Map([["charts/x.json", "x\n"]]));
    expect(readFileSync(join(out, "charts", "x.json"), "utf8")).toBe("x\n");
    expect(Object.keys(hashTree(out))).toEqual(["charts/x.json"]);
  });

  it("replaces the old set entirely: files absent from the new set disappear", () => {
    const { parent, out } = oldSet();
    writeAtomically(
      out,
      new Map([
        ["claims.json", "new claims\n"],
        ["charts/shutdowns.json", "new chart\n"],
      ]),
    );
    const fresh = tempDir();
    made.push(fresh);
    mkdirSync(join(fresh, "charts"));
    writeFileSync(join(fresh, "claims.json"), "new claims\n");
    writeFileSync(join(fresh, "charts", "shutdowns.json"), "new chart\n");
    expect(hashTree(out)).toEqual(hashTree(fresh));
    // Nothing but the target is left beside it: no temporary or backup folder.
    expect(readdirSync(parent)).toEqual(["generated"]);
  });

  it.each([
    ["a name too long for the file system", "x".repeat(300) + ".json"],
    ["a name holding a NUL byte", "bad\0name.json"],
    ["a file where a folder must go", "claims.json/inside.json"],
  ])("leaves the old folder untouched and no temporary folder when writing fails midway (%s)", (_, bad) => {
    const { parent, out } = oldSet();
    const before = hashTree(out);
    // Sorted, "a.json" and "claims.json" are written before the bad name fails.
    const files = new Map([
      ["a.json", "new\n"],
      ["claims.json", "new claims\n"],
      [bad, "never written\n"],
    ]);
    expect(() => writeAtomically(out, files)).toThrow();
    expect(hashTree(out)).toEqual(before);
    expect(readdirSync(parent)).toEqual(["generated"]);
  });

  it.each([
    ["a file", (path: string) => writeFileSync(path, "left behind\n")],
    [
      "a folder with files",
      (path: string) => {
        mkdirSync(join(path, "charts"), { recursive: true });
        writeFileSync(join(path, "charts", "junk.json"), "left behind\n");
      },
    ],
  ])("clears %s left at its temporary path by a crashed run, and carries none of it over", (_, leave) => {
    const { parent, out } = oldSet();
    // The temporary folder is named after the target and this process.
    leave(join(parent, `.generated.tmp-${process.pid}`));
    writeAtomically(out, new Map([["claims.json", "new claims\n"]]));
    expect(Object.keys(hashTree(out))).toEqual(["claims.json"]);
    expect(readdirSync(parent)).toEqual(["generated"]);
  });
});
