import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { lastChanged, storyCopyPaths } from "../../src/data/last-changed.ts";

/** A throwaway repository with the story's folders, committed on the given days. */
const repo = mkdtempSync(join(tmpdir(), "kz-last-changed-"));
const git = (args: string[], date?: string) =>
  execFileSync("git", args, {
    cwd: repo,
    env: {
      ...process.env,
      GIT_AUTHOR_NAME: "t",
      GIT_AUTHOR_EMAIL: "t@example.org",
      GIT_COMMITTER_NAME: "t",
      GIT_COMMITTER_EMAIL: "t@example.org",
      ...(date ? { GIT_AUTHOR_DATE: `${date}T12:00:00Z`, GIT_COMMITTER_DATE: `${date}T12:00:00Z` } : {}),
    },
    stdio: "ignore",
  });
const commit = (file: string, date: string) => {
  mkdirSync(join(repo, file, ".."), { recursive: true });
  writeFileSync(join(repo, file), date);
  git(["add", "."]);
  git(["commit", "-q", "-m", file], date);
};
git(["init", "-q"]);
commit("src/content/story/00-opening.yaml", "2026-03-01");
commit("src/content/story/ru/00-opening.yaml", "2026-04-01");
commit("src/content/story/kk/00-opening.yaml", "2026-05-01");
afterAll(() => rmSync(repo, { recursive: true, force: true }));

const noEpoch = {} as NodeJS.ProcessEnv;
const dateOf = (locale: string) => lastChanged(storyCopyPaths(locale, ["ru", "kk"]), noEpoch, repo);

describe("each edition's publication date", () => {
  it("the English story's date ignores later edits to the Russian and Kazakh folders inside it", () => {
    expect(dateOf("en")).toBe("2026-03-01");
  });

  it("each translation is dated by its own folder", () => {
    expect(dateOf("ru")).toBe("2026-04-01");
    expect(dateOf("kk")).toBe("2026-05-01");
  });

  it("an English edit moves the English date only", () => {
    commit("src/content/story/01-crackdown.yaml", "2026-06-01");
    expect([dateOf("en"), dateOf("ru"), dateOf("kk")]).toEqual(["2026-06-01", "2026-04-01", "2026-05-01"]);
  });
});
