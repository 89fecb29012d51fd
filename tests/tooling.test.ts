import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";

const readText = (path: string): string => readFileSync(new URL(`../${path}`, import.meta.url), "utf8");

describe("tooling", () => {
  it(".nvmrc names the same Node major as the `node` devDependency, and it is at least 22", () => {
    const nvmrcMajor = Number(readText(".nvmrc").trim().replace(/^v/, "").split(".")[0]);
    const pkg = JSON.parse(readText("package.json")) as { devDependencies: Record<string, string> };
    const pinnedMajor = Number(/\d+/.exec(pkg.devDependencies["node"] ?? "")?.[0]);
    expect(nvmrcMajor).toBe(pinnedMajor);
    expect(nvmrcMajor).toBeGreaterThanOrEqual(22);
  });

  it("tests run with TZ pinned to UTC, so the epoch starts at midnight", () => {
    expect(process.env.TZ).toBe("UTC");
    expect(Intl.DateTimeFormat().resolvedOptions().timeZone).toBe("UTC");
    expect(new Date(0).getHours()).toBe(0);
  });
});
