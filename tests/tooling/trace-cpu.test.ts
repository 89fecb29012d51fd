import { describe, expect, it } from "vitest";
import { mainThreadCpu, type TraceEvent } from "../../scripts/lib/trace-cpu.ts";

const thread = (pid: number, tid: number, name: string): TraceEvent => ({
  ph: "M",
  name: "thread_name",
  pid,
  tid,
  args: { name },
});
/** A task of `cpu` ms on its thread and four times that on the clock, as on a busy machine. */
const task = (pid: number, tid: number, cpu: number, name = "RunTask") => ({
  ph: "X",
  name,
  pid,
  tid,
  dur: cpu * 4000,
  tdur: cpu * 1000,
});

describe("mainThreadCpu(traceEvents)", () => {
  it("sums thread time, not wall time, over the busiest renderer's tasks and finds the longest", () => {
    const events = [
      thread(1, 1, "CrRendererMain"), // about:blank
      thread(2, 7, "CrRendererMain"), // the page
      thread(2, 8, "Compositor"),
      thread(3, 3, "CrBrowserMain"),
      task(1, 1, 5),
      task(2, 7, 30),
      task(2, 7, 12.5),
      task(2, 7, 2, "Layout"), // a task's child, already inside its RunTask
      task(2, 8, 90), // another thread of the page
      task(3, 3, 200), // the browser process
    ];
    expect(mainThreadCpu(events)).toEqual({ total: 42.5, longest: 30 });
  });

  it("gives zero for a trace with no renderer tasks", () => {
    expect(mainThreadCpu([thread(1, 1, "CrRendererMain"), task(3, 3, 10)])).toEqual({
      total: 0,
      longest: 0,
    });
  });
});
