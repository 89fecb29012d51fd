/**
 * One worker of `npm run bench:data`'s triage stage: builds the claim index from the real inputs,
 * waits for the go, then generates, extracts and triages every `workers`-th synthetic article from
 * its own offset, reporting progress (with its heap) every PROGRESS articles and its figures at the end.
 */
import { parentPort, workerData } from "node:worker_threads";
import { compileData } from "../../src/pipeline/compile.ts";
import { extractMentions } from "../../src/pipeline/extract.ts";
import { articleDate } from "../../src/pipeline/sources.ts";
import { syntheticArticle } from "./synthetic-corpus.ts";
import { triageArticle, VERDICTS } from "../../src/pipeline/triage.ts";
import { readDataInputs } from "./inputs.ts";

export interface WorkerInput {
  articles: number;
  seed: number;
  worker: number;
  workers: number;
  seedDir: string;
  dataDir: string;
}

/** What a worker posts: ready (with its index time), progress, and done (with its figures). */
export type WorkerMessage =
  | { type: "ready"; indexMs: number; claims: number; metrics: number }
  | { type: "progress"; articles: number; heapUsed: number }
  | {
      type: "done";
      articles: number;
      bytes: number;
      mentions: number;
      items: number;
      verdicts: Record<(typeof VERDICTS)[number], number>;
      generationMs: number;
      extractionMs: number;
      triageMs: number;
      /** CPU time this thread used from the go to its last article: what it costs, whatever else runs. */
      cpuMs: number;
    };

export const PROGRESS = 100;

/** Heap in use; with `--expose-gc`, after a full collection, which shows whether anything is retained. */
function heap(): number {
  (globalThis as { gc?: () => void }).gc?.();
  return process.memoryUsage().heapUsed;
}

const input = workerData as WorkerInput;
const port = parentPort!;
const post = (message: WorkerMessage) => port.postMessage(message);

const t0 = performance.now();
const { index } = compileData(readDataInputs(input.seedDir, input.dataDir));
post({
  type: "ready",
  indexMs: performance.now() - t0,
  claims: index.claims.size,
  metrics: index.docs.length,
});

port.once("message", () => {
  const cpu = process.threadCpuUsage();
  const verdicts = { confirms: 0, disagrees: 0, new: 0 };
  let done = 0;
  let bytes = 0;
  let mentions = 0;
  let items = 0;
  let generationMs = 0;
  let extractionMs = 0;
  let triageMs = 0;
  for (let i = input.worker; i < input.articles; i += input.workers) {
    const t1 = performance.now();
    const text = syntheticArticle(i, input.seed);
    const t2 = performance.now();
    const id = `synthetic-${i}.txt`;
    const found = extractMentions(text, id);
    const t3 = performance.now();
    const report = triageArticle(index, { id, text }, found, articleDate(text));
    const t4 = performance.now();
    generationMs += t2 - t1;
    extractionMs += t3 - t2;
    triageMs += t4 - t3;
    bytes += Buffer.byteLength(text, "utf8");
    mentions += found.length;
    items += report.items.length;
    for (const item of report.items) verdicts[item.verdict]++;
    if (++done % PROGRESS === 0) post({ type: "progress", articles: PROGRESS, heapUsed: heap() });
  }
  const used = process.threadCpuUsage(cpu);
  if (done % PROGRESS) post({ type: "progress", articles: done % PROGRESS, heapUsed: heap() });
  post({
    type: "done",
    articles: done,
    bytes,
    mentions,
    items,
    verdicts,
    generationMs,
    extractionMs,
    triageMs,
    cpuMs: (used.user + used.system) / 1000,
  });
});
