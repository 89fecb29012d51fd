/**
 * One worker of `npm run bench:data`'s triage stage: builds the claim index from the real inputs,
 * waits for the go, then generates, extracts and triages every `workers`-th synthetic article from
 * its own offset. It reports its heap at each of `marks` (article counts of the whole corpus, once it
 * has done its share of them) and its figures at the end.
 */
import { parentPort, workerData } from "node:worker_threads";
import { compileData } from "../../src/pipeline/compile.ts";
import { extractMentions } from "../../src/pipeline/extract.ts";
import { articleDate } from "../../src/pipeline/sources.ts";
import { syntheticArticle } from "./synthetic-corpus.ts";
import { triageArticle } from "../../src/pipeline/triage.ts";
import type { Verdict } from "../../src/pipeline/vocabulary.ts";
import { readDataInputs } from "./inputs.ts";

export interface WorkerInput {
  articles: number;
  seed: number;
  worker: number;
  workers: number;
  seedDir: string;
  dataDir: string;
  /** Article counts of the whole corpus at which to report the heap. */
  marks: number[];
}

/** Time a stage took: on the wall clock, and on this thread's CPU. */
export interface StageTime {
  wallMs: number;
  cpuMs: number;
}

/** What a worker posts: ready (with its index time), its heap at each mark, and done (with its figures). */
export type WorkerMessage =
  | { type: "ready"; indexMs: number; claims: number; metrics: number }
  | {
      type: "mark";
      /** Articles of the whole corpus: this worker has done its share of them. */
      articles: number;
      heapUsed: number;
      /** Whether `heapUsed` was read after a full collection (only with `--expose-gc`). */
      live: boolean;
    }
  | {
      type: "done";
      articles: number;
      bytes: number;
      mentions: number;
      items: number;
      verdicts: Record<Verdict, number>;
      generation: StageTime;
      extraction: StageTime;
      triage: StageTime;
      /** CPU time this thread used from the go to its last article: what it costs, whatever else runs. */
      cpuMs: number;
    };

const input = workerData as WorkerInput;
const port = parentPort!;
const post = (message: WorkerMessage) => port.postMessage(message);
const gc = (globalThis as { gc?: () => void }).gc;
const cpuMs = () => {
  const { user, system } = process.threadCpuUsage();
  return (user + system) / 1000;
};

const t0 = performance.now();
const { index } = compileData(readDataInputs(input.seedDir, input.dataDir));
post({
  type: "ready",
  indexMs: performance.now() - t0,
  claims: index.claims.size,
  metrics: index.docs.length,
});

/** How many of articles 0 … n-1 are this worker's: those at its offset, every `workers`-th. */
const share = (n: number) => Math.max(0, Math.ceil((n - input.worker) / input.workers));
/** The marks this worker reaches after each count of its own articles (a short run can put two at one). */
const marks = Map.groupBy(input.marks, share);

port.once("message", () => {
  const start = cpuMs();
  const verdicts = { confirms: 0, disagrees: 0, new: 0 };
  const generation = { wallMs: 0, cpuMs: 0 };
  const extraction = { wallMs: 0, cpuMs: 0 };
  const triage = { wallMs: 0, cpuMs: 0 };
  let done = 0;
  let bytes = 0;
  let mentions = 0;
  let items = 0;
  for (let i = input.worker; i < input.articles; i += input.workers) {
    const w1 = performance.now();
    const c1 = cpuMs();
    const text = syntheticArticle(i, input.seed);
    const w2 = performance.now();
    const c2 = cpuMs();
    const id = `synthetic-${i}.txt`;
    const found = extractMentions(text, id);
    const w3 = performance.now();
    const c3 = cpuMs();
    const report = triageArticle(index, { id, text }, found, articleDate(text));
    const w4 = performance.now();
    const c4 = cpuMs();
    generation.wallMs += w2 - w1;
    generation.cpuMs += c2 - c1;
    extraction.wallMs += w3 - w2;
    extraction.cpuMs += c3 - c2;
    triage.wallMs += w4 - w3;
    triage.cpuMs += c4 - c3;
    bytes += Buffer.byteLength(text, "utf8");
    mentions += found.length;
    items += report.items.length;
    for (const item of report.items) verdicts[item.verdict]++;
    const reached = marks.get(++done);
    if (reached) {
      // A full collection (with --expose-gc) leaves what is retained: the heap that shows whether
      // memory stays flat. It runs a handful of times a run, inside the clock.
      gc?.();
      const heapUsed = process.memoryUsage().heapUsed;
      for (const mark of reached) post({ type: "mark", articles: mark, heapUsed, live: gc !== undefined });
    }
  }
  post({
    type: "done",
    articles: done,
    bytes,
    mentions,
    items,
    verdicts,
    generation,
    extraction,
    triage,
    cpuMs: cpuMs() - start,
  });
});
