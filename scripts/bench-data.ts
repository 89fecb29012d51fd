/**
 * `npm run bench:data [-- --articles N --seed S]`: streams a synthetic corpus through extractMentions
 * and prints throughput and memory. Figures only — no thresholds, no pass or fail.
 *
 * Articles are generated one at a time and dropped after extraction, so the corpus is never held;
 * generation is timed apart from extraction so the extraction rate is the extractor's own.
 * RSS can creep while V8 grows its heap; run with `NODE_OPTIONS=--expose-gc` to also see the live heap
 * after a full collection, which is what shows whether anything is retained.
 */
import { parseArgs } from "node:util";
import { extractMentions } from "../src/pipeline/extract.ts";
import { syntheticCorpus } from "../src/pipeline/synthetic-corpus.ts";

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

function parseOptions(argv: string[]): { articles: number; seed: number } {
  const { values } = parseArgs({
    args: argv,
    options: { articles: { type: "string", default: "10000" }, seed: { type: "string", default: "1" } },
  });
  const articles = Number(values.articles);
  const seed = Number(values.seed);
  if (!Number.isInteger(articles) || articles < 1) {
    throw new Error(`--articles must be a whole number of at least 1, not "${values.articles}".`);
  }
  if (!Number.isInteger(seed)) throw new Error(`--seed must be a whole number, not "${values.seed}".`);
  return { articles, seed };
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

try {
  const { articles, seed } = parseOptions(process.argv.slice(2));
  console.log(formatReport(measure(articles, seed)));
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}
