/**
 * When files last changed, as the build can know it without a clock: `SOURCE_DATE_EPOCH` when set
 * (reproducible builds), else the date of the last git commit touching them, else null (a tarball
 * without history). The data step dates the dataset with it, the story its publication.
 *
 *   lastChanged(["seeds", "data"])    // "2026-11-21", or null
 */
import { execFileSync } from "node:child_process";

export function lastChanged(
  paths: readonly string[],
  env: NodeJS.ProcessEnv = process.env,
  cwd = process.cwd(),
): string | null {
  const epoch = env["SOURCE_DATE_EPOCH"];
  if (epoch && /^\d+$/.test(epoch)) return new Date(Number(epoch) * 1000).toISOString().slice(0, 10);
  try {
    const out = execFileSync("git", ["log", "-1", "--format=%cs", "--", ...paths], {
      cwd,
      encoding: "utf8",
      stdio: ["ignore", "pipe", "ignore"],
    }).trim();
    return /^\d{4}-\d{2}-\d{2}$/.test(out) ? out : null;
  } catch {
    return null;
  }
}

/**
 * The files that date one edition of the story, as git pathspecs: the English copy excludes the
 * translations' folders that sit inside src/content/story/, a translation is its own folder.
 *
 *   storyCopyPaths("en", ["ru", "kk"]) // ["src/content/story", ":(exclude)src/content/story/ru", ":(exclude)src/content/story/kk"]
 */
export function storyCopyPaths(locale: string, translated: readonly string[]): string[] {
  const root = "src/content/story";
  return locale === "en" ? [root, ...translated.map((l) => `:(exclude)${root}/${l}`)] : [`${root}/${locale}`];
}
