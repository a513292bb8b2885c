/**
 * `npm run bench:ingest -- [--corpus .bench/corpus] [--db .bench/bench.db] [--url http://...]`:
 * ingests the benchmark corpus (npm run bench:corpus) into a fresh database (deleted first) with the real
 * scripts/ingest.ts and prints wall time, cables/s, peak memory and how the web answered meanwhile
 * (the server given by --url, else `next start` on the same database when a build exists).
 */
import { spawn } from "node:child_process";
import { createWriteStream, existsSync, mkdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { parseArgs } from "node:util";
import { CSV_FILE, DEFAULT_CORPUS_DIR, readManifest } from "@/lib/bench/corpus-files";
import { type Timing, isSuccess, pollEvery } from "@/lib/bench/http";
import { summarize } from "@/lib/bench/percentile";
import { sampleMemory } from "@/lib/bench/process-memory";
import { type RunningServer, hasProductionBuild, startProductionServer } from "@/lib/bench/server";
import { formatBytes, formatDuration, formatTable } from "@/lib/bench/table";

const { values } = parseArgs({
  options: {
    corpus: { type: "string", default: DEFAULT_CORPUS_DIR },
    db: { type: "string", default: ".bench/bench.db" },
    url: { type: "string" },
    "no-web": { type: "boolean", default: false },
    "poll-ms": { type: "string", default: "1000" },
    "replace-db": { type: "boolean", default: false },
  },
});

/** The database is deleted first: outside this folder only with --replace-db. */
const BENCH_DIR = resolve(".bench");

const TARGET_SECONDS = 600;
const TARGET_MEMORY_BYTES = 1024 ** 3;
/** Pages polled in turn while ingest runs: they answer 200 whatever the archive holds so far. */
const POLLED_PATHS = ["/", "/cables", "/cables?tag=PREL", "/cables?q=embassy", "/api/cables?page=2"];
/** Parts of a corpus folder ingest is given (the manifest is not a cable). */
const CORPUS_PARTS = [CSV_FILE, "site-html", "seed-formats"];
const LOG_TAIL_LINES = 5;
const PROGRESS_EVERY_MS = 30_000;
/** ingest's summary line: "56 files read: 5000 cables stored (new), 0 updated, ...". */
const STORED_COUNT = /(\d[\d,]*) cables stored/;

function removeDatabase(path: string): void {
  for (const suffix of ["", "-wal", "-shm", "-journal"]) rmSync(`${path}${suffix}`, { force: true });
}

function fileSize(path: string): number {
  return existsSync(path) ? statSync(path).size : 0;
}

async function runIngest(paths: string[], databaseUrl: string, logPath: string, progress: () => string) {
  const log = createWriteStream(logPath);
  const child = spawn(process.execPath, ["--import", "tsx", "scripts/ingest.ts", ...paths], {
    env: { ...process.env, DATABASE_URL: databaseUrl },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let tail = "";
  const keepTail = (chunk: Buffer) => {
    tail = (tail + chunk.toString("utf8")).split("\n").slice(-LOG_TAIL_LINES - 1).join("\n");
  };
  child.stdout.on("data", keepTail);
  child.stderr.on("data", keepTail);
  child.stdout.pipe(log);
  child.stderr.pipe(log);
  const memory = sampleMemory(child.pid ?? 0);
  const started = performance.now();
  const ticker = setInterval(() => {
    const last = tail.trim().split("\n").at(-1) ?? "";
    console.error(`[${formatDuration(performance.now() - started)}] ${last}${progress()}`);
  }, PROGRESS_EVERY_MS);
  const exitCode = await new Promise<number>((done) => child.once("exit", (code, signal) => done(code ?? (signal ? 128 : 1))));
  clearInterval(ticker);
  const ms = performance.now() - started;
  return { exitCode, ms, memory: memory.stop(), tail: tail.trim() };
}

async function main(): Promise<void> {
  const corpus = resolve(values.corpus);
  const manifest = readManifest(corpus);
  const paths = CORPUS_PARTS.map((part) => join(corpus, part)).filter((path) => existsSync(path));
  if (!manifest || paths.length === 0) throw new Error(`no benchmark corpus in ${corpus}: run npm run bench:corpus first`);
  const dbPath = resolve(values.db);
  if (!dbPath.startsWith(`${BENCH_DIR}/`) && !values["replace-db"]) throw new Error(`${dbPath} is outside .bench/ and would be deleted: pass --replace-db to allow it`);
  const databaseUrl = `file:${dbPath}`;
  mkdirSync(dirname(dbPath), { recursive: true });
  removeDatabase(dbPath);

  let server: RunningServer | null = null;
  let webNote = "";
  if (values.url) {
    webNote = `polled ${values.url} (given)`;
  } else if (values["no-web"]) {
    webNote = "not polled (--no-web)";
  } else if (!hasProductionBuild()) {
    webNote = "not polled: no production build (run npm run build, or pass --url)";
  } else {
    server = await startProductionServer(databaseUrl, join(dirname(dbPath), "web-build"), join(dirname(dbPath), "bench-ingest-web.log"));
    webNote = `polled next start on the bench database (${server.url})`;
  }
  const baseUrl = values.url ?? server?.url;
  const poller = baseUrl ? pollEvery(POLLED_PATHS.map((path) => `${baseUrl}${path}`), Number(values["poll-ms"])) : null;

  console.error(`ingesting ${manifest.figures.cables.toLocaleString("en-US")} cables (${formatBytes(manifest.figures.totalBytes)}) from ${corpus} into ${dbPath}`);
  let run: Awaited<ReturnType<typeof runIngest>>;
  let timings: Timing[] = [];
  try {
    const webProgress = () => {
      const seen = poller?.timings() ?? [];
      return seen.length === 0 ? "" : ` | web: ${seen.length} requests, ${seen.filter((t) => !isSuccess(t)).length} failed, last ${seen.at(-1)?.ms.toFixed(0)} ms`;
    };
    run = await runIngest(paths, databaseUrl, join(dirname(dbPath), "bench-ingest.log"), webProgress);
  } finally {
    timings = (await poller?.stop()) ?? [];
    await server?.stop();
  }

  const seconds = run.ms / 1000;
  const stored = STORED_COUNT.exec(run.tail)?.[1];
  /** What ingest says it stored, else what the corpus holds. */
  const cables = stored ? Number(stored.replace(/,/g, "")) : manifest.figures.cables;
  const cablesPerSecond = cables / seconds;
  const answered = timings.filter(isSuccess);
  const web = summarize(answered.map((timing) => timing.ms));
  const peakMemory = Math.max(run.memory.processHwm, run.memory.treeRss);
  const dbBytes = fileSize(dbPath) + fileSize(`${dbPath}-wal`);
  const verdict = (ok: boolean) => (ok ? "met" : "MISSED");
  const rows: (string | number)[][] = [
    ["cables in corpus", manifest.figures.cables, ""],
    ["cables stored", stored ? cables : "-", stored ? "from ingest's summary line" : "no summary line: see the log"],
    ["ingest exit status", run.exitCode, run.exitCode === 0 ? "" : "see log"],
    ["wall time", formatDuration(run.ms), `target < 10 min: ${verdict(seconds < TARGET_SECONDS)}`],
    ["cables/s", Math.round(cablesPerSecond), ""],
    ["MB/s read", (manifest.figures.totalBytes / 1e6 / seconds).toFixed(1), ""],
    ["CPU time (user + system)", formatDuration(run.memory.cpuSeconds * 1000), `${Math.round((100 * run.memory.cpuSeconds) / seconds)} % of one core over the wall time`],
    ["cables per CPU second", Math.round(cables / run.memory.cpuSeconds), "what an idle machine would come nearer to"],
    ["peak memory, one process (VmHWM)", formatBytes(run.memory.processHwm), `target < 1 GB: ${verdict(peakMemory < TARGET_MEMORY_BYTES)}`],
    ["peak memory, process tree (RSS)", formatBytes(run.memory.treeRss), `${run.memory.samples} samples`],
    ["waiting for a CPU", formatDuration(run.memory.runQueueSeconds * 1000), "runnable while other processes held both cores"],
    ["written to storage", formatBytes(run.memory.storageWrites), "by the ingest process tree"],
    ["database size", formatBytes(dbBytes), ""],
  ];
  if (poller) {
    rows.push(
      ["web requests during ingest", timings.length, webNote],
      ["web failures (error, timeout, >= 400)", timings.length - answered.length, ""],
      ["web p50", `${web.p50.toFixed(0)} ms`, ""],
      ["web p95", `${web.p95.toFixed(0)} ms`, ""],
      ["web max", `${web.max.toFixed(0)} ms`, ""],
    );
  } else {
    rows.push(["web during ingest", "-", webNote]);
  }
  console.log(formatTable(["figure", "value", "note"], rows));
  console.log(`\ningest's last lines:\n${run.tail}`);
  const failures = timings.filter((timing) => !isSuccess(timing)).slice(0, 5);
  if (failures.length > 0) console.log(`\nfirst web failures:\n${failures.map((f) => `${f.status || f.error} ${f.url}`).join("\n")}`);
  writeFileSync(
    join(dirname(dbPath), "bench-ingest.json"),
    `${JSON.stringify({ corpus, cables: manifest.figures.cables, exitCode: run.exitCode, seconds, cablesPerSecond, memory: run.memory, dbBytes, web: { note: webNote, requests: timings.length, failures: timings.length - answered.length, ...web } }, null, 2)}\n`,
  );
  if (run.exitCode !== 0) process.exitCode = 1;
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
