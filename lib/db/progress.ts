/**
 * Progress of a long ingest on stderr: on a terminal one line rewritten in place (bytes and cables
 * done, cables/s, time left); elsewhere (CI, a log file) a plain line now and then.
 */
import type { IngestCounts } from "@/lib/db/ingest";

/** How often the terminal line is redrawn. */
const TTY_INTERVAL_MS = 250;
/** How often a plain log line is written when stderr is not a terminal. */
const LOG_INTERVAL_MS = 10_000;

const MB = 1024 * 1024;

export function formatDuration(seconds: number): string {
  if (!Number.isFinite(seconds)) return "?";
  const whole = Math.max(0, Math.round(seconds));
  const minutes = Math.floor(whole / 60);
  return minutes ? `${minutes}m${String(whole % 60).padStart(2, "0")}s` : `${whole}s`;
}

/** One progress line: "1.2 of 1,600 MB (0%), 12,000 cables, 850 cables/s, 31m10s left". */
export function progressLine(counts: Readonly<IngestCounts>, totalBytes: number, elapsedMs: number): string {
  const cables = counts.records;
  const seconds = elapsedMs / 1000;
  const rate = seconds > 0 ? cables / seconds : 0;
  const byteRate = seconds > 0 ? counts.bytes / seconds : 0;
  const share = totalBytes > 0 ? Math.min(100, Math.floor((100 * counts.bytes) / totalBytes)) : 0;
  const left = byteRate > 0 ? formatDuration((totalBytes - counts.bytes) / byteRate) : "?";
  return (
    `${(counts.bytes / MB).toFixed(1)} of ${(totalBytes / MB).toFixed(1)} MB (${share}%), ` +
    `${cables.toLocaleString("en-US")} cables, ${Math.round(rate).toLocaleString("en-US")} cables/s, ` +
    `${left} left` +
    (counts.rejected ? `, ${counts.rejected} rejected` : "")
  );
}

export interface ProgressReporter {
  /** The input's size, once the walk has found it. */
  setTotal(bytes: number): void;
  update(counts: Readonly<IngestCounts>): void;
  /** Clears the terminal line before other output (a problem, the summary). */
  clear(): void;
}

export function createProgressReporter(stream: NodeJS.WriteStream, now: () => number = Date.now): ProgressReporter {
  const started = now();
  let totalBytes = 0;
  const interval = stream.isTTY ? TTY_INTERVAL_MS : LOG_INTERVAL_MS;
  let last = started;
  let drawn = false;
  return {
    setTotal(bytes) {
      totalBytes = bytes;
    },
    update(counts) {
      const time = now();
      if (time - last < interval) return;
      last = time;
      const line = `ingest: ${progressLine(counts, totalBytes, time - started)}`;
      if (stream.isTTY) {
        stream.write(`\r${line}\x1b[K`);
        drawn = true;
      } else {
        stream.write(`${line}\n`);
      }
    },
    clear() {
      if (!drawn) return;
      stream.write("\r\x1b[K");
      drawn = false;
    },
  };
}
