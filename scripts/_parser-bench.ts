import { createReadStream } from "node:fs";
import { performance } from "node:perf_hooks";
import { readCablesCsv } from "@/lib/adapters";
import type { TelegramSource } from "@/lib/adapters";
import { parseTelegram } from "@/lib/parser";
async function main() {
  const path = process.argv[2];
  const sources: TelegramSource[] = [];
  for await (const r of readCablesCsv(createReadStream(path, { encoding: "utf8" }), path)) if (r.ok) sources.push(r.value);
  const bytes = sources.reduce((n, s) => n + Buffer.byteLength(s.text), 0);
  for (let round = 0; round < 3; round++) {
    const t = performance.now();
    const c = process.cpuUsage();
    for (const s of sources) parseTelegram(s, { useMetadata: round % 2 === 0 });
    const cpu = process.cpuUsage(c);
    const wall = performance.now() - t;
    const ms = (cpu.user + cpu.system) / 1000;
    console.log(`wall ${wall.toFixed(0)} ms`);
    console.log(`round ${round}: ${sources.length} cables, ${(bytes / 1e6).toFixed(1)} MB in ${ms.toFixed(0)} ms = ${(bytes / 1e6 / (ms / 1000)).toFixed(1)} MB/s`);
  }
}
main();
