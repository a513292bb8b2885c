/**
 * `npm run bench:web -- [--url http://localhost:3000] [--requests 200]`: p50, p95 and max latency of
 * a search, a filtered list with facets, a cable page and /api/cables, each over many varied
 * requests after a warm-up, against a production server: the one given by --url, else `next start`
 * on the bench database (npm run bench:ingest builds it). Requests are drawn from the corpus.
 */
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { parseArgs } from "node:util";
import { DEFAULT_CORPUS_DIR } from "@/lib/bench/corpus-files";
import { readCorpusSample } from "@/lib/bench/corpus-sample";
import { type Timing, isSuccess, timeAll } from "@/lib/bench/http";
import { summarize } from "@/lib/bench/percentile";
import { createPrng } from "@/lib/bench/prng";
import { type RunningServer, startProductionServer } from "@/lib/bench/server";
import { formatTable } from "@/lib/bench/table";
import { REQUEST_KINDS, type RequestKind, buildRequests } from "@/lib/bench/web-requests";

const { values } = parseArgs({
  options: {
    url: { type: "string" },
    corpus: { type: "string", default: DEFAULT_CORPUS_DIR },
    db: { type: "string", default: ".bench/bench.db" },
    requests: { type: "string", default: "200" },
    warmup: { type: "string", default: "20" },
    concurrency: { type: "string", default: "1" },
    seed: { type: "string", default: "1" },
    "sample-rows": { type: "string", default: "3000" },
  },
});

const TARGET_P95_MS = 100;
const FAILURES_SHOWN = 3;
const RESULTS_DIR = ".bench";

interface KindResult {
  kind: RequestKind;
  /** Set when the route answers 404 to every warm-up request: not built yet. */
  missing: boolean;
  timings: Timing[];
}

async function measure(kind: RequestKind, baseUrl: string, requests: number, warmup: number, concurrency: number, sample: Awaited<ReturnType<typeof readCorpusSample>>): Promise<KindResult> {
  const prng = createPrng(Number(values.seed)).fork(kind);
  const paths = buildRequests(kind, warmup + requests, sample, prng).map((path) => `${baseUrl}${path}`);
  const warm = await timeAll(paths.slice(0, warmup), concurrency);
  if (warm.length > 0 && warm.every((timing) => timing.status === 404)) return { kind, missing: true, timings: warm };
  return { kind, missing: false, timings: await timeAll(paths.slice(warmup), concurrency) };
}

/** A word no cable holds: a search that ignores `q` answers it with the whole archive. */
const NONSENSE_QUERY = "qzxjvwkq";

/** Whether /api/cables narrows by `q`, from its `total`; null when the API does not say. */
async function searchNarrows(baseUrl: string): Promise<boolean | null> {
  const total = async (path: string): Promise<number | null> => {
    try {
      const response = await fetch(`${baseUrl}${path}`, { signal: AbortSignal.timeout(30_000) });
      const body = (await response.json()) as { total?: unknown };
      return typeof body.total === "number" ? body.total : null;
    } catch {
      return null;
    }
  };
  const [all, none] = await Promise.all([total("/api/cables"), total(`/api/cables?q=${NONSENSE_QUERY}`)]);
  return all === null || none === null ? null : none < all;
}

async function main(): Promise<void> {
  const corpus = resolve(values.corpus);
  const sample = await readCorpusSample(corpus, Number(values["sample-rows"]));
  let server: RunningServer | null = null;
  if (!values.url) {
    const dbPath = resolve(values.db);
    if (!existsSync(dbPath)) throw new Error(`no bench database at ${dbPath}: run npm run bench:ingest first, or pass --url`);
    server = await startProductionServer(`file:${dbPath}`, join(dirname(dbPath), "web-build"), join(dirname(dbPath), "bench-web-server.log"));
  }
  const baseUrl = (values.url ?? server?.url ?? "").replace(/\/$/, "");
  const results: KindResult[] = [];
  let narrows: boolean | null = null;
  try {
    narrows = await searchNarrows(baseUrl);
    for (const kind of REQUEST_KINDS) {
      results.push(await measure(kind, baseUrl, Number(values.requests), Number(values.warmup), Number(values.concurrency), sample));
    }
  } finally {
    await server?.stop();
  }

  const statuses = (timings: Timing[]) => {
    const counts = new Map<string, number>();
    for (const { status } of timings) counts.set(String(status || "error"), (counts.get(String(status || "error")) ?? 0) + 1);
    return [...counts].map(([status, count]) => `${status} x${count}`).join(", ");
  };
  const rows = results.map(({ kind, missing, timings }) => {
    if (missing) return [kind, 0, "-", "-", "-", "-", statuses(timings), "MISSING: every request answered 404"];
    const answered = timings.filter(isSuccess);
    const figures = summarize(answered.map((timing) => timing.ms));
    const failed = timings.length - answered.length;
    const note = answered.length === 0 ? "no answer" : figures.p95 < TARGET_P95_MS ? "p95 target met" : "p95 target MISSED";
    return [kind, timings.length, failed, `${figures.p50.toFixed(0)} ms`, `${figures.p95.toFixed(0)} ms`, `${figures.max.toFixed(0)} ms`, statuses(timings), note];
  });
  console.log(`${baseUrl}, ${values.requests} requests a kind after ${values.warmup} warm-up, concurrency ${values.concurrency}`);
  const searchNote = { true: "q narrows the results", false: `q is IGNORED: ?q=${NONSENSE_QUERY} finds as many cables as no query`, null: "unknown (no total from /api/cables)" };
  console.log(`full-text search: ${searchNote[String(narrows) as keyof typeof searchNote]}\n`);
  console.log(formatTable(["request", "n", "failed", "p50", "p95", "max", "statuses", `target p95 < ${TARGET_P95_MS} ms`], rows));
  for (const { kind, missing, timings } of results) {
    if (missing) continue;
    const failures = timings.filter((timing) => !isSuccess(timing)).slice(0, FAILURES_SHOWN);
    if (failures.length > 0) console.log(`\n${kind} failures, first ${failures.length}:\n${failures.map((f) => `  ${f.status || f.error} ${f.url}`).join("\n")}`);
  }
  const report = results.map(({ kind, missing, timings }) => ({ kind, missing, failed: timings.filter((t) => !isSuccess(t)).length, ...summarize(timings.filter(isSuccess).map((t) => t.ms)) }));
  mkdirSync(RESULTS_DIR, { recursive: true });
  writeFileSync(join(RESULTS_DIR, "bench-web.json"), `${JSON.stringify({ url: baseUrl, results: report }, null, 2)}\n`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
