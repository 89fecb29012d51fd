/**
 * What a page cost its main thread, read from a Chrome trace (as Lighthouse saves with
 * `--save-assets`). Used by `npm run bench`.
 */
/**
 * CPU time of the renderer's main thread in a Lighthouse trace: the sum over its tasks, and the
 * longest task. Lighthouse's TBT multiplies wall-clock task times by 4 (its simulated mobile CPU),
 * so on a shared two-core machine another process's work shows up in it fourfold; a task's thread
 * time (`tdur`) counts only what the page itself ran, and is the figure to compare editions by.
 */
export function mainThreadCpu(traceEvents: TraceEvent[]): { total: number; longest: number } {
  const key = (e: TraceEvent) => `${e.pid}:${e.tid}`;
  const renderers = new Set(
    traceEvents
      .filter((e) => e.ph === "M" && e.name === "thread_name" && e.args?.name === "CrRendererMain")
      .map(key),
  );
  const tasks = new Map<string, number[]>();
  for (const e of traceEvents)
    if (e.ph === "X" && e.name === "RunTask" && renderers.has(key(e)))
      tasks.set(key(e), [...(tasks.get(key(e)) ?? []), (e.tdur ?? 0) / 1000]);
  // The page's renderer is the busiest one (Lighthouse first opens about:blank in another).
  const sum = (a: number[]) => a.reduce((x, y) => x + y, 0);
  const page = [...tasks.values()].sort((a, b) => sum(b) - sum(a))[0] ?? [];
  return { total: sum(page), longest: Math.max(0, ...page) };
}
export interface TraceEvent {
  ph: string;
  name: string;
  pid: number;
  tid: number;
  tdur?: number;
  args?: { name?: string };
}
