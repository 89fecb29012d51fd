/**
 * `npm run bench:data [-- --articles N --seed S --workers W]`: streams a synthetic corpus through
 * extractMentions and prints throughput and memory; then triages the same corpus against the current
 * claims (seeds/ and data/) on W worker threads (default: one per core, at most two) and prints its
 * wall time, rate, the wall and CPU time of each stage (generate, extract, triage), each worker's CPU
 * time, the load average, and memory as articles complete; then issue #11's target (10,000 articles
 * under 10 s on two cores) and whether this run met it. Figures only: the exit code never depends on
 * them, and no test times anything.
 *
 * Articles are generated one at a time and dropped after extraction, so the corpus is never held;
 * generation is timed apart from extraction so the extraction rate is the extractor's own.
 * RSS can creep while V8 grows its heap; the npm script runs with `--expose-gc`, so the heap is also read
 * after a full collection (the live heap), which is what shows whether anything is retained.
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

/** Issue #11's target for the default run: 10,000 articles triaged within this, wall clock, on two cores. */
const TARGET = { articles: 10_000, workers: 2, seconds: 10 };

interface TriageFigures {
  articles: number;
  seed: number;
  workers: number;
  claims: number;
  metrics: number;
  /** Slowest worker's time to read the inputs and build its claim index, before the clock starts. */
  indexMs: number;
  /** From the go to the last worker's last article. */
  wallMs: number;
  /** CPU time of the whole process while the clock ran: workers, main thread, compiler and collector threads. */
  processCpuMs: number;
  /** One-minute load average when the clock started and when it stopped. */
  loadBefore: number;
  loadAfter: number;
  done: Extract<WorkerMessage, { type: "done" }>[];
  /** At each mark, once every worker has done its share of it: the process's RSS and the workers' heaps. */
  samples: Array<{ articles: number; rss: number; heapUsed: number; live: boolean }>;
}

/** Triages `articles` synthetic articles on `workers` threads; resolves when every worker is done. */
function measureTriage(articles: number, seed: number, workers: number): Promise<TriageFigures> {
  const count = Math.min(workers, articles);
  const marks = [...new Set([...REPORT_AT.filter((n) => n < articles), articles])];
  const threads = Array.from({ length: count }, (_, worker) => {
    const data: WorkerInput = {
      articles,
      seed,
      worker,
      workers: count,
      seedDir: "seeds",
      dataDir: "data",
      marks,
    };
    return new Worker(new URL("./lib/bench-triage-worker.ts", import.meta.url), { workerData: data });
  });
  const figures: TriageFigures = {
    articles,
    seed,
    workers: threads.length,
    claims: 0,
    metrics: 0,
    indexMs: 0,
    wallMs: 0,
    processCpuMs: 0,
    loadBefore: 0,
    loadAfter: 0,
    done: [],
    samples: [],
  };
  // Each mark's heaps, by worker, until every worker has reached it.
  const heaps = new Map<number, Array<{ heapUsed: number; live: boolean }>>();
  return new Promise((resolve, reject) => {
    let ready = 0;
    let start = 0;
    let cpu = process.cpuUsage();
    for (const thread of threads) {
      thread.on("error", reject);
      thread.on("message", (message: WorkerMessage) => {
        if (message.type === "ready") {
          figures.indexMs = Math.max(figures.indexMs, message.indexMs);
          figures.claims = message.claims;
          figures.metrics = message.metrics;
          if (++ready === threads.length) {
            figures.loadBefore = loadavg()[0]!;
            cpu = process.cpuUsage();
            start = performance.now();
            for (const t of threads) t.postMessage("go");
          }
        } else if (message.type === "mark") {
          const reached = [...(heaps.get(message.articles) ?? []), message];
          heaps.set(message.articles, reached);
          if (reached.length === threads.length)
            figures.samples.push({
              articles: message.articles,
              rss: process.memoryUsage().rss,
              heapUsed: reached.reduce((n, r) => n + r.heapUsed, 0),
              live: reached.every((r) => r.live),
            });
        } else {
          figures.done.push(message);
          if (figures.done.length === threads.length) {
            figures.wallMs = performance.now() - start;
            const used = process.cpuUsage(cpu);
            figures.processCpuMs = (used.user + used.system) / 1000;
            figures.loadAfter = loadavg()[0]!;
            void Promise.all(threads.map((t) => t.terminate())).then(() => resolve(figures));
          }
        }
      });
    }
  });
}

function formatTriage(f: TriageFigures): string {
  const sum = (key: "bytes" | "mentions" | "items") => f.done.reduce((n, d) => n + d[key], 0);
  const stage = (key: "generation" | "extraction" | "triage") =>
    f.done.reduce((t, d) => ({ wallMs: t.wallMs + d[key].wallMs, cpuMs: t.cpuMs + d[key].cpuMs }), {
      wallMs: 0,
      cpuMs: 0,
    });
  const stages = {
    generation: stage("generation"),
    extraction: stage("extraction"),
    triage: stage("triage"),
  };
  const stagesCpu = Object.values(stages).reduce((n, t) => n + t.cpuMs, 0);
  const verdicts = { confirms: 0, disagrees: 0, new: 0 };
  for (const d of f.done)
    for (const v of Object.keys(verdicts) as Array<keyof typeof verdicts>) verdicts[v] += d.verdicts[v];
  const seconds = f.wallMs / 1000;
  const busiest = Math.max(...f.done.map((d) => d.cpuMs)) / 1000;
  const s = (x: number) => `${decimal(x, 3)} s`;
  const gc = (globalThis as { gc?: unknown }).gc !== undefined;

  // The target is stated for the default run; another run still says how it compares.
  const isTargetRun = f.articles === TARGET.articles && f.workers === TARGET.workers;
  const met = seconds < TARGET.seconds;
  const target =
    `Target (issue #11): ${integer(TARGET.articles)} articles in under ${TARGET.seconds} s of wall clock on ${TARGET.workers} cores. ` +
    (isTargetRun
      ? `${met ? "Met" : "Not met"}: ${s(seconds)}` +
        (met || busiest >= TARGET.seconds
          ? "."
          : `, with other programs taking turns on the cores; the busiest worker's CPU time, ${s(busiest)}, is under it.`)
      : `Not measured by this run (${integer(f.articles)} articles on ${f.workers} worker${f.workers === 1 ? "" : "s"}).`);

  const first = f.samples[0];
  const last = f.samples.at(-1);
  const growth = first && last && first !== last ? last.heapUsed / first.heapUsed - 1 : null;
  const heapLabel = gc ? "live heap MB" : "heap used MB";
  return [
    `Triage of the same ${integer(f.articles)} articles (seed ${f.seed}) against the current claims ` +
      `(${f.claims} with a number, ${f.metrics} metrics) on ${f.workers} worker thread${f.workers === 1 ? "" : "s"}: ` +
      `each generates, extracts and triages every ${f.workers === 1 ? "" : `${ordinal(f.workers)} `}article. ` +
      `Each built its claim index (at most ${s(f.indexMs / 1000)}) before the clock started.`,
    "",
    table([
      ["", "articles", "seconds", "articles/s"],
      ["wall clock, all workers", integer(f.articles), decimal(seconds, 3), integer(f.articles / seconds)],
    ]),
    "",
    // A stage's wall time counts the turns other programs took on the cores while it ran; its CPU time
    // does not (though sharing the cores still slows a thread some).
    table([
      ["stage, summed over workers", "wall s", "CPU s", "share of CPU"],
      ...Object.entries(stages).map(([name, t]) => [
        name,
        decimal(t.wallMs / 1000, 3),
        decimal(t.cpuMs / 1000, 3),
        `${Math.round((100 * t.cpuMs) / stagesCpu)}%`,
      ]),
    ]),
    "",
    `CPU time of each worker: ${f.done.map((d) => s(d.cpuMs / 1000)).join(", ")}; the busiest worker's is about ` +
      `the wall clock with the cores free (${integer(f.articles / busiest)} articles/s). The whole process used ` +
      `${s(f.processCpuMs / 1000)} of CPU meanwhile, its compiler and collector threads included. ` +
      `Load average (1 min) ${decimal(f.loadBefore, 2)} when the clock started, ${decimal(f.loadAfter, 2)} when it stopped.`,
    "",
    target,
    "",
    `Numbers triaged: ${integer(sum("items"))} (${integer(sum("mentions"))} mentions and their conversions, ` +
      `${decimal(sum("items") / f.articles, 1)} an article, in ${decimal(sum("bytes") / MB, 2)} MB): ` +
      `${integer(verdicts.confirms)} confirm, ${integer(verdicts.disagrees)} disagree, ${integer(verdicts.new)} new.`,
    "",
    `Memory as articles complete (RSS is the whole process; the heap is the workers' together, ${
      gc
        ? "after a full collection: what they retain"
        : "in use, garbage included: run with --expose-gc for the live heap"
    }):`,
    table([
      ["after articles", "RSS MB", heapLabel],
      ...f.samples.map((m) => [integer(m.articles), decimal(m.rss / MB, 1), decimal(m.heapUsed / MB, 1)]),
    ]),
    ...(growth !== null && gc
      ? [
          "",
          `Live heap from ${integer(first!.articles)} to ${integer(last!.articles)} articles: ` +
            `${decimal(first!.heapUsed / MB, 1)} → ${decimal(last!.heapUsed / MB, 1)} MB ` +
            `(${growth >= 0 ? "+" : ""}${decimal(100 * growth, 1)}%)${Math.abs(growth) < 0.1 ? ": flat" : ""}.`,
        ]
      : []),
  ].join("\n");
}

/** "2nd", "3rd", "4th"… */
const ordinal = (n: number) =>
  `${n}${n % 100 >= 11 && n % 100 <= 13 ? "th" : (["th", "st", "nd", "rd"][n % 10] ?? "th")}`;

try {
  const { articles, seed, workers } = parseOptions(process.argv.slice(2));
  console.log(formatReport(measure(articles, seed)));
  console.log("");
  console.log(formatTriage(await measureTriage(articles, seed, workers)));
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}
