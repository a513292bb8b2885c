import { readInputs } from "@/lib/pipeline";
const t0 = Date.now(); let n = 0, p = 0, bytes = 0; const reasons = new Map<string, number>();
for await (const item of readInputs(process.argv.slice(2))) {
  bytes += item.bytes;
  if (item.kind === "record") { n++; if (process.env.SHOW) console.log(JSON.stringify({ ...item.record, text: undefined })); }
  else { p++; const r = item.problem.reason.slice(0, 90); reasons.set(r, (reasons.get(r) ?? 0) + 1); if (p < 5) console.log("PROBLEM", JSON.stringify(item.problem)); }
}
console.error({ n, p, bytes, ms: Date.now() - t0, rss: process.memoryUsage().rss >> 20 }, reasons);
