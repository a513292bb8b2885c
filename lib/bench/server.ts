/**
 * The production web server for benchmarks: `next start` on a free port against a chosen
 * database, started only when a production build exists (`npm run build`).
 */
import { type ChildProcess, spawn } from "node:child_process";
import { createWriteStream, existsSync } from "node:fs";
import { createServer } from "node:net";
import { timedGet } from "@/lib/bench/http";

export const NEXT_BIN = "node_modules/next/dist/bin/next";
const BUILD_ID = ".next/BUILD_ID";
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

export interface RunningServer {
  url: string;
  pid: number;
  stop(): Promise<void>;
}

/** Starts `next start`, waits until `/` answers below 500, logs to `logPath`. */
export async function startProductionServer(databaseUrl: string, logPath: string): Promise<RunningServer> {
  if (!hasProductionBuild()) throw new Error(`no production build (${BUILD_ID} missing): run \`npm run build\` first, or pass --url`);
  const port = await freePort();
  const log = createWriteStream(logPath);
  const child: ChildProcess = spawn(process.execPath, [NEXT_BIN, "start", "-p", String(port), "-H", "127.0.0.1"], {
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
