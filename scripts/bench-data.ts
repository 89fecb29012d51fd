/**
 * `npm run bench:data [-- --articles N --seed S --workers W]`: streams a synthetic corpus through
 * extractMentions and prints throughput and memory; then triages the same corpus against the current
 * claims (seeds/ and data/) on W worker threads (default: one per core, at most two) and prints its
 * wall time, rate and memory as articles complete. Figures only — no thresholds, no pass or fail.
 *
 * Articles are generated one at a time and dropped after extraction, so the corpus is never held;
 * generation is timed apart from extraction so the extraction rate is the extractor's own.
 * RSS can creep while V8 grows its heap; run with `NODE_OPTIONS=--expose-gc` to also see the live heap
 * after a full collection, which is what shows whether anything is retained.
 */
import { availableParallelism, loadavg } from "node:os";
import { parseArgs } from "node:util";
import { Worker } from "node:worker_threads";
import { extractMentions } from "../src/pipeline/extract.ts";
import { syntheticCorpus } from "./lib/synthetic-corpus.ts";
import type { WorkerInput, WorkerMessage } from "./lib/bench-triage-worker.ts";

/** Sample memory this often; print the samples at these article counts (and at the end). */
const SAMPLE_EVERY = 500;
const REPORT_AT = [1_000, 2_000, 5_000, 10_000, 20_000, 50_000, 100_000];
const MB = 1e6;

interface Sample {
  articles: number;
  rss: number;
  heapUsed: number;
  /** Heap still in use after a full collection; null unless `gc` is exposed. */
  liveHeap: number | null;
}

interface Figures {
  articles: number;
  seed: number;
  bytes: number;
  mentions: number;
  generationMs: number;
  extractionMs: number;
  samples: Sample[];
  /** The OS's peak resident set for the whole process, in bytes. */
  maxRss: number;
}

function parseOptions(argv: string[]): { articles: number; seed: number; workers: number } {
  const { values } = parseArgs({
    args: argv,
    options: {
      articles: { type: "string", default: "10000" },
      seed: { type: "string", default: "1" },
      workers: { type: "string", default: String(Math.min(2, availableParallelism())) },
    },
  });
  const articles = Number(values.articles);
  const seed = Number(values.seed);
  const workers = Number(values.workers);
  if (!Number.isInteger(articles) || articles < 1) {
    throw new Error(`--articles must be a whole number of at least 1, not "${values.articles}".`);
  }
  if (!Number.isInteger(seed)) throw new Error(`--seed must be a whole number, not "${values.seed}".`);
  if (!Number.isInteger(workers) || workers < 1)
    throw new Error(`--workers must be a whole number of at least 1, not "${values.workers}".`);
  return { articles, seed, workers };
}

function measure(articles: number, seed: number): Figures {
  const gc = (globalThis as { gc?: () => void }).gc;
  const corpus = syntheticCorpus(articles, seed);
  const samples: Sample[] = [];
  let bytes = 0;
  let mentions = 0;
  let generationMs = 0;
  let extractionMs = 0;
  for (let i = 0; ; i++) {
    const t0 = performance.now();
    const next = corpus.next();
    generationMs += performance.now() - t0;
    if (next.done) break;
    const text = next.value;
    bytes += Buffer.byteLength(text, "utf8");
    const t1 = performance.now();
    mentions += extractMentions(text, `synthetic-${i}`).length;
    extractionMs += performance.now() - t1;
    const done = i + 1;
    if (done % SAMPLE_EVERY === 0 || done === articles) {
      const { rss, heapUsed } = process.memoryUsage();
      gc?.();
      samples.push({ articles: done, rss, heapUsed, liveHeap: gc ? process.memoryUsage().heapUsed : null });
    }
  }
  // maxRSS is in kibibytes.
  return {
    articles,
    seed,
    bytes,
    mentions,
    generationMs,
    extractionMs,
    samples,
    maxRss: process.resourceUsage().maxRSS * 1024,
  };
}

const integer = (n: number) => Math.round(n).toLocaleString("en-US");
const decimal = (n: number, places: number) =>
  n.toLocaleString("en-US", { minimumFractionDigits: places, maximumFractionDigits: places });

/** Right-aligns every column but the first. */
function table(rows: string[][]): string {
  const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => r[c]!.length)));
  return rows
    .map((r) =>
      r.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]!) : cell.padStart(widths[c]!))).join("   "),
    )
    .join("\n");
}

function formatReport(f: Figures): string {
  const seconds = (ms: number) => ms / 1000;
  const rate = (ms: number) => [
    decimal(seconds(ms), 3),
    integer(f.articles / seconds(ms)),
    decimal(f.bytes / MB / seconds(ms), 1),
  ];
  const throughput = table([
    ["stage", "articles", "MB", "mentions", "seconds", "articles/s", "MB/s"],
    ["generation", integer(f.articles), decimal(f.bytes / MB, 2), "–", ...rate(f.generationMs)],
    [
      "extraction",
      integer(f.articles),
      decimal(f.bytes / MB, 2),
      integer(f.mentions),
      ...rate(f.extractionMs),
    ],
    [
      "both",
      integer(f.articles),
      decimal(f.bytes / MB, 2),
      integer(f.mentions),
      ...rate(f.generationMs + f.extractionMs),
    ],
  ]);
  const shown = f.samples.filter((s) => REPORT_AT.includes(s.articles) || s.articles === f.articles);
  const live = f.samples[0]?.liveHeap != null;
  const memory = table([
    ["after articles", "RSS MB", "heap used MB", ...(live ? ["live heap after GC MB"] : [])],
    ...shown.map((s) => [
      integer(s.articles),
      decimal(s.rss / MB, 1),
      decimal(s.heapUsed / MB, 1),
      ...(s.liveHeap != null ? [decimal(s.liveHeap / MB, 1)] : []),
    ]),
  ]);
  const peakSampled = Math.max(...f.samples.map((s) => s.rss));
  return [
    `Synthetic corpus: ${integer(f.articles)} articles, seed ${f.seed}, Node ${process.version}. MB = 10^6 bytes.`,
    "",
    throughput,
    "",
    `Mentions per article: ${decimal(f.mentions / f.articles, 1)}; mean article: ${integer(f.bytes / f.articles)} bytes.`,
    "",
    `Memory, sampled every ${SAMPLE_EVERY} articles:`,
    memory,
    "",
    table([
      ["peak RSS, of the samples", `${decimal(peakSampled / MB, 1)} MB`],
      ["peak RSS, process (maxRSS)", `${decimal(f.maxRss / MB, 1)} MB`],
    ]),
  ].join("\n");
}

// ── Triage ───────────────────────────────────────────────────────────────────────────────────

interface TriageFigures {
  articles: number;
  workers: number;
  claims: number;
  metrics: number;
  /** Slowest worker's time to read the inputs and build its claim index, before the clock starts. */
  indexMs: number;
  /** From the go to the last worker's last article. */
  wallMs: number;
  done: Extract<WorkerMessage, { type: "done" }>[];
  samples: Array<{ articles: number; rss: number; heapUsed: number }>;
}

/** Triages `articles` synthetic articles on `workers` threads; resolves when every worker is done. */
function measureTriage(articles: number, seed: number, workers: number): Promise<TriageFigures> {
  const count = Math.min(workers, articles);
  const threads = Array.from({ length: count }, (_, worker) => {
    const data: WorkerInput = { articles, seed, worker, workers: count, seedDir: "seeds", dataDir: "data" };
    return new Worker(new URL("./lib/bench-triage-worker.ts", import.meta.url), { workerData: data });
  });
  const heaps = threads.map(() => 0);
  const figures: TriageFigures = {
    articles,
    workers: threads.length,
    claims: 0,
    metrics: 0,
    indexMs: 0,
    wallMs: 0,
    done: [],
    samples: [],
  };
  return new Promise((resolve, reject) => {
    let ready = 0;
    let completed = 0;
    let start = 0;
    threads.forEach((thread, w) => {
      thread.on("error", reject);
      thread.on("message", (message: WorkerMessage) => {
        if (message.type === "ready") {
          figures.indexMs = Math.max(figures.indexMs, message.indexMs);
          figures.claims = message.claims;
          figures.metrics = message.metrics;
          if (++ready === threads.length) {
            start = performance.now();
            for (const t of threads) t.postMessage("go");
          }
        } else if (message.type === "progress") {
          const before = completed;
          completed += message.articles;
          heaps[w] = message.heapUsed;
          const mark =
            completed === articles ? articles : Math.floor(completed / SAMPLE_EVERY) * SAMPLE_EVERY;
          if (mark > before)
            figures.samples.push({
              articles: mark,
              rss: process.memoryUsage().rss,
              heapUsed: heaps.reduce((a, b) => a + b, 0),
            });
        } else {
          figures.done.push(message);
          if (figures.done.length === threads.length) {
            figures.wallMs = performance.now() - start;
            void Promise.all(threads.map((t) => t.terminate())).then(() => resolve(figures));
          }
        }
      });
    });
  });
}

function formatTriage(f: TriageFigures): string {
  const sum = (key: "bytes" | "mentions" | "items" | "generationMs" | "extractionMs" | "triageMs") =>
    f.done.reduce((n, d) => n + d[key], 0);
  const verdicts = { confirms: 0, disagrees: 0, new: 0 };
  for (const d of f.done)
    for (const v of Object.keys(verdicts) as Array<keyof typeof verdicts>) verdicts[v] += d.verdicts[v];
  const seconds = f.wallMs / 1000;
  // Time each worker spent in a stage, added up: what one thread alone would take.
  const busy = (ms: number) => [decimal(ms / 1000, 3), integer(f.articles / (ms / 1000))];
  const shown = f.samples.filter((s) => REPORT_AT.includes(s.articles) || s.articles === f.articles);
  return [
    `Triage against the current claims (${f.claims} with a number, ${f.metrics} metrics) on ${f.workers} worker thread${f.workers === 1 ? "" : "s"}: ` +
      `generate, extract and triage each article. Each worker built its index (at most ${decimal(f.indexMs / 1000, 3)} s) before the clock started` +
      `${(globalThis as { gc?: unknown }).gc ? "; the wall clock includes a full collection every 100 articles per worker" : ""}.`,
    "",
    table([
      ["", "articles", "seconds", "articles/s"],
      ["wall clock, all workers", integer(f.articles), decimal(seconds, 3), integer(f.articles / seconds)],
      ["generation, summed over workers", integer(f.articles), ...busy(sum("generationMs"))],
      ["extraction, summed over workers", integer(f.articles), ...busy(sum("extractionMs"))],
      ["triage, summed over workers", integer(f.articles), ...busy(sum("triageMs"))],
    ]),
    "",
    // On a shared machine the wall clock also counts other programs' turns; a thread's CPU time does
    // not (though contention still slows a thread some), so the busiest worker's is about what the wall
    // clock would come to with the cores to itself.
    `CPU time of each worker: ${f.done.map((d) => `${decimal(d.cpuMs / 1000, 3)} s`).join(", ")}; ` +
      `the busiest worker's, ${decimal(Math.max(...f.done.map((d) => d.cpuMs)) / 1000, 3)} s, is about the wall clock with the cores free ` +
      `(${integer(f.articles / (Math.max(...f.done.map((d) => d.cpuMs)) / 1000))} articles/s). Load average at the end: ${loadavg()
        .map((l) => l.toFixed(2))
        .join(", ")}.`,
    "",
    `Numbers triaged: ${integer(sum("items"))} (${integer(sum("mentions"))} mentions and their conversions, ` +
      `${decimal(sum("items") / f.articles, 1)} an article, in ${decimal(sum("bytes") / MB, 2)} MB): ` +
      `${integer(verdicts.confirms)} confirm, ${integer(verdicts.disagrees)} disagree, ${integer(verdicts.new)} new.`,
    "",
    `Memory as articles complete (RSS is the whole process; heap is the workers' together${
      (globalThis as { gc?: unknown }).gc
        ? ", after a full collection"
        : "; NODE_OPTIONS=--expose-gc for the live heap"
    }):`,
    table([
      ["after articles", "RSS MB", "workers' heap used MB"],
      ...shown.map((s) => [integer(s.articles), decimal(s.rss / MB, 1), decimal(s.heapUsed / MB, 1)]),
    ]),
  ].join("\n");
}

try {
  const { articles, seed, workers } = parseOptions(process.argv.slice(2));
  console.log(formatReport(measure(articles, seed)));
  console.log("");
  console.log(formatTriage(await measureTriage(articles, seed, workers)));
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}
