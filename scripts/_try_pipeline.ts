import { readInputsWith } from "@/lib/pipeline/read-inputs";
import { standInParse } from "@/tests/fixtures/adapters/stand-in-parse";
const t0 = Date.now(); let n = 0, p = 0, bytes = 0;
for await (const item of readInputsWith(standInParse, process.argv.slice(2), { onTotal: (t) => console.error("total", t) })) {
  bytes += item.bytes;
  if (item.kind === "record") { n++; if (n <= 2 || process.env.SHOW) console.log(JSON.stringify({ ...item.record, text: item.record.text.slice(0, 200) })); }
  else { p++; console.log("PROBLEM", JSON.stringify(item.problem)); }
}
console.error({ n, p, bytes, ms: Date.now() - t0, rss: process.memoryUsage().rss >> 20 });
