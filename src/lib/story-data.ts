/**
 * The data the story page renders from, loaded once per build: claims, sources and conflicts keyed
 * by id, and the base path every internal link starts with.
 *
 *   const { claims } = storyData();
 *   claims.get("exchangers-shut-2025-000")?.value // 130
 */
import { loadClaims, loadConflicts, loadSources } from "./data.ts";

let cached: ReturnType<typeof load> | undefined;

function load() {
  return {
    claims: new Map(loadClaims().map((c) => [c.id, c])),
    sources: new Map(loadSources().map((s) => [s.id, s])),
    conflicts: new Map(loadConflicts().map((c) => [c.id, c])),
  };
}

export const storyData = () => (cached ??= load());

/** The site's base path with exactly one trailing slash: "/" or "/sub/path/". */
export const basePath = (baseUrl: string) => baseUrl.replace(/\/*$/, "/");
