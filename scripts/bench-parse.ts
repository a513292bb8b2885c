/**
 * `npm run bench:parse -- [--scale N] [path...]`: MB/s, cables/s and peak memory for parsing
 * inputs from disk, records built and validated, one core. Defaults to the shared sample's
 * cables.csv and site pages. Each input is measured twice: adapters alone (read, decode, format
 * markup) and the whole pipeline (plus parser and schema), with the parser's share of the time.
 * --scale N also parses a temporary file of N copies of the first csv input: peak memory should
 * not grow with it. A missing default corpus is reported and the bench exits 0.
 * Rates are given per CPU second of this process (other work on the machine does not skew them)
 * and per wall-clock second.
 * The first pass over each input is cold: V8 compiles the parser's code and regular expressions
 * while it runs. --passes N (default 3) then runs the whole pipeline N more times over each input
 * and reports the median pass: the steady state a long run (the 1.6 GB release, ~40 times the
 * sample) spends nearly all its time in. Both figures are printed; the target is judged on each.
 */
import { existsSync, mkdtempSync, rmSync, statSync, createReadStream, createWriteStream } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { pipeline } from "node:stream/promises";
import { getHeapStatistics } from "node:v8";
import { parseTelegram } from "@/lib/parser";
import { readSources } from "@/lib/pipeline";
import { readInputsWith } from "@/lib/pipeline/read-inputs";
import type { ParseTelegram } from "@/lib/pipeline/to-record";
import { formatBytes, formatDuration, formatTable } from "@/lib/bench/table";

const DEFAULT_INPUTS = ["/work/shared/corpus/cables-sample.csv", "/work/shared/corpus/site-html"];
const TARGET_MB_PER_S = 50;
const MEMORY_SAMPLE_MS = 20;
/** Decimal megabytes, as formatBytes prints them. */
const MB = 1_000_000;

const DEFAULT_STEADY_PASSES = "3";

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { scale: { type: "string", default: "0" }, passes: { type: "string", default: DEFAULT_STEADY_PASSES } },
});
const scale = Number(values.scale);
const steadyPasses = Math.max(0, Number(values.passes));
const inputs = positionals.length > 0 ? positionals : DEFAULT_INPUTS;

interface Run {
  bytes: number;
  cables: number;
  problems: number;
  ms: number;
  cpuMs: number;
  parseMs: number;
  heapPeak: number;
}

/** Peak heap, sampled while a run goes (the pipeline yields to timers at every read). */
function sampleHeap(): { stop(): number } {
  let peak = getHeapStatistics().used_heap_size;
  const timer = setInterval(() => (peak = Math.max(peak, getHeapStatistics().used_heap_size)), MEMORY_SAMPLE_MS);
  return {
    stop() {
      clearInterval(timer);
      return Math.max(peak, getHeapStatistics().used_heap_size);
    },
  };
}

/** Drains one stage's items, counting cables, problems and bytes, timing wall clock and CPU. */
async function measureRun(items: AsyncIterable<{ kind: string; bytes: number }>, run: Run): Promise<Run> {
  const heap = sampleHeap();
  const start = performance.now();
  const cpuStart = process.cpuUsage();
  for await (const item of items) {
    run.bytes += item.bytes;
    if (item.kind === "problem") run.problems += 1;
    else run.cables += 1;
  }
  run.ms = performance.now() - start;
  run.cpuMs = cpuMilliseconds(cpuStart);
  run.heapPeak = heap.stop();
  return run;
}

const emptyRun = (): Run => ({ bytes: 0, cables: 0, problems: 0, ms: 0, cpuMs: 0, parseMs: 0, heapPeak: 0 });

function runAdapters(path: string): Promise<Run> {
  return measureRun(readSources([path]), emptyRun());
}

function runPipeline(path: string): Promise<Run> {
  const run = emptyRun();
  const timedParse: ParseTelegram = (source, options) => {
    const start = performance.now();
    try {
      return parseTelegram(source, options);
    } finally {
      run.parseMs += performance.now() - start;
    }
  };
  return measureRun(readInputsWith(timedParse, [path]), run);
}

const rate = (amount: number, ms: number): number => (ms > 0 ? amount / (ms / 1000) : Number.NaN);

function cpuMilliseconds(since: NodeJS.CpuUsage): number {
  const used = process.cpuUsage(since);
  return (used.user + used.system) / 1000;
}

function row(label: string, stage: string, run: Run): (string | number)[] {
  return [
    label,
    stage,
    formatBytes(run.bytes),
    run.cables,
    run.problems,
    formatDuration(run.ms),
    formatDuration(run.cpuMs),
    `${rate(run.bytes / MB, run.cpuMs).toFixed(1)} MB/s`,
    `${rate(run.bytes / MB, run.ms).toFixed(1)} MB/s`,
    `${Math.round(rate(run.cables, run.cpuMs)).toLocaleString("en-US")}/s`,
    run.parseMs > 0 ? `${Math.round((100 * run.parseMs) / run.ms)} %` : "", // both wall-clock
    formatBytes(run.heapPeak),
    formatBytes(process.resourceUsage().maxRSS * 1024),
  ];
}

async function scaledCopy(csv: string, copies: number, dir: string): Promise<string> {
  const path = join(dir, `cables-x${copies}.csv`);
  for (let i = 0; i < copies; i += 1) await pipeline(createReadStream(csv), createWriteStream(path, { flags: i === 0 ? "w" : "a" }));
  return path;
}

async function main(): Promise<void> {
  const missing = inputs.filter((path) => !existsSync(path));
  if (missing.length > 0) {
    console.log(`bench:parse: ${missing.join(", ")} not found; ${positionals.length > 0 ? "nothing measured" : "the shared corpus is missing, nothing to measure"}.`);
    return;
  }
  const rows: (string | number)[][] = [];
  const pipelineRuns: Run[] = [];
  const measure = async (path: string, label: string): Promise<void> => {
    rows.push(row(label, "adapters", await runAdapters(path)));
    const run = await runPipeline(path);
    pipelineRuns.push(run);
    rows.push(row(label, "pipeline", run));
  };
  for (const path of inputs) await measure(path, path.split("/").at(-1) ?? path);

  const csv = inputs.find((path) => path.endsWith(".csv") && statSync(path).isFile());
  let scratch: string | undefined;
  if (scale > 1 && csv) {
    scratch = mkdtempSync(join(tmpdir(), "bench-parse-"));
    try {
      await measure(await scaledCopy(csv, scale, scratch), `${csv.split("/").at(-1)} x${scale}`);
    } finally {
      rmSync(scratch, { recursive: true, force: true });
    }
  }

  // Steady state: the pipeline again over each input, the median pass of each.
  const steadyRuns: Run[] = [];
  if (steadyPasses > 0) {
    for (const path of inputs) {
      const runs: Run[] = [];
      for (let pass = 0; pass < steadyPasses; pass += 1) runs.push(await runPipeline(path));
      const median = runs.sort((a, b) => a.cpuMs - b.cpuMs)[Math.floor(runs.length / 2)];
      steadyRuns.push(median);
      rows.push(row(path.split("/").at(-1) ?? path, `steady (median of ${steadyPasses})`, median));
    }
  }

  const header = ["input", "stage", "size", "cables", "problems", "wall", "CPU", "MB/s CPU", "MB/s wall", "cables/s CPU", "in parser", "peak heap", "peak RSS so far"];
  console.log(formatTable(header, rows));
  const overall = (runs: readonly Run[]): number => {
    const total = runs.reduce((sum, run) => ({ bytes: sum.bytes + run.bytes, cpuMs: sum.cpuMs + run.cpuMs }), { bytes: 0, cpuMs: 0 });
    return rate(total.bytes / MB, total.cpuMs);
  };
  const verdict = (mbPerSecond: number): string => `${mbPerSecond.toFixed(1)} MB per CPU second (target ${TARGET_MB_PER_S} MB/s on one core: ${mbPerSecond >= TARGET_MB_PER_S ? "met" : "not met"})`;
  console.log(`\npipeline overall, first pass (cold start included): ${verdict(overall(pipelineRuns))}`);
  if (steadyRuns.length > 0) console.log(`pipeline overall, steady state (median of ${steadyPasses} further passes): ${verdict(overall(steadyRuns))}`);
  console.log(`peak RSS ${formatBytes(process.resourceUsage().maxRSS * 1024)}, peak heap ${formatBytes(Math.max(...pipelineRuns.map((run) => run.heapPeak)))}`);
}

await main();
