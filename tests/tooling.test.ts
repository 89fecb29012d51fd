import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { importsOf } from "./helpers/imports.ts";

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

  /** The packages src/ imports, by name (`@scope/name`, or `name` without its subpath). */
  const importedPackages = () => {
    const imported = new Set<string>();
    for (const file of readdirSync(new URL("../src", import.meta.url), { recursive: true, encoding: "utf8" }))
      if (/\.(ts|astro)$/.test(file))
        for (const spec of importsOf(file, readText(`src/${file}`)))
          if (!/^(\.|node:|astro:)/.test(spec))
            imported.add(
              spec
                .split("/")
                .slice(0, spec.startsWith("@") ? 2 : 1)
                .join("/"),
            );
    return imported;
  };
  const dependencies = () =>
    Object.keys(
      (JSON.parse(readText("package.json")) as { dependencies: Record<string, string> }).dependencies,
    );

  it("src/ imports only packages package.json lists as dependencies, d3 by its modules", () => {
    const imported = importedPackages();
    expect(imported.has("d3-selection")).toBe(true);
    expect([...imported].filter((name) => !dependencies().includes(name))).toEqual([]);
    expect(dependencies()).not.toContain("d3");
  });

  it("every dependency package.json lists is imported by src/: the site ships no package it does not use", () => {
    const imported = importedPackages();
    expect(dependencies().filter((name) => !imported.has(name))).toEqual([]);
  });
});
