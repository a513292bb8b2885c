/**
 * The production web server for benchmarks: `next start` on a free port against a chosen
 * database, started only when a production build exists (`npm run build`). It serves a snapshot
 * of the build, so that a rebuild in the project during a long benchmark cannot pull pages from
 * under it.
 */
import { type ChildProcess, spawn } from "node:child_process";
import { cpSync, createWriteStream, existsSync, mkdirSync, readFileSync, rmSync, symlinkSync } from "node:fs";
import { createServer } from "node:net";
import { join, resolve } from "node:path";
import { timedGet } from "@/lib/bench/http";

export const NEXT_BIN = resolve("node_modules/next/dist/bin/next");
const BUILD_ID = ".next/BUILD_ID";
/** Build output `next start` does not need: caches and the dev server's files. */
const BUILD_SKIPPED = new Set([".next/cache", ".next/dev", ".next/trace", ".next/trace-build"]);
/** Copied as they are now; the server reads migrations from prisma/ at run time. */
const SNAPSHOT_COPIES = ["package.json", "next.config.ts", "tsconfig.json", "prisma", "public"];
/** Linked: too big to copy and not rewritten by a build. */
const SNAPSHOT_LINKS = ["node_modules", "generated"];
const STARTUP_TIMEOUT_MS = 90_000;
const STARTUP_POLL_MS = 500;

export function hasProductionBuild(): boolean {
  return existsSync(BUILD_ID);
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      const port = typeof address === "object" && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

/**
 * Copies the current production build (and what `next start` reads beside it) into `folder`.
 * Throws when a build replaced it during the copy.
 */
export function snapshotBuild(folder: string): string {
  if (!hasProductionBuild()) throw new Error(`no production build (${BUILD_ID} missing): run \`npm run build\` first, or pass --url`);
  const buildId = readFileSync(BUILD_ID, "utf8");
  const target = resolve(folder);
  rmSync(target, { recursive: true, force: true });
  mkdirSync(target, { recursive: true });
  cpSync(".next", join(target, ".next"), { recursive: true, verbatimSymlinks: true, filter: (source) => !BUILD_SKIPPED.has(source) });
  for (const name of SNAPSHOT_COPIES) if (existsSync(name)) cpSync(name, join(target, name), { recursive: true });
  for (const name of SNAPSHOT_LINKS) if (existsSync(name)) symlinkSync(resolve(name), join(target, name));
  if (!hasProductionBuild() || readFileSync(BUILD_ID, "utf8") !== buildId) throw new Error("the production build changed while it was copied: try again");
  return target;
}

export interface RunningServer {
  url: string;
  pid: number;
  stop(): Promise<void>;
}

/** Starts `next start` on a snapshot of the build in `folder`, waits until `/` answers below 500, logs to `logPath`. */
export async function startProductionServer(databaseUrl: string, folder: string, logPath: string): Promise<RunningServer> {
  const cwd = snapshotBuild(folder);
  const port = await freePort();
  const log = createWriteStream(logPath);
  const child: ChildProcess = spawn(process.execPath, [NEXT_BIN, "start", "-p", String(port), "-H", "127.0.0.1"], {
    cwd,
    env: { ...process.env, DATABASE_URL: databaseUrl, NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  child.stdout?.pipe(log);
  child.stderr?.pipe(log);
  const exited = new Promise<void>((done) => child.once("exit", () => done()));
  const url = `http://127.0.0.1:${port}`;
  const stop = async () => {
    if (child.exitCode === null) child.kill("SIGTERM");
    await exited;
  };
  const deadline = performance.now() + STARTUP_TIMEOUT_MS;
  while (performance.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`next start exited with code ${child.exitCode}; see ${logPath}`);
    const probe = await timedGet(`${url}/`, STARTUP_POLL_MS * 20);
    if (probe.status > 0 && probe.status < 500) return { url, pid: child.pid ?? 0, stop };
    await new Promise((done) => setTimeout(done, STARTUP_POLL_MS));
  }
  await stop();
  throw new Error(`next start did not answer within ${STARTUP_TIMEOUT_MS / 1000} s; see ${logPath}`);
}
