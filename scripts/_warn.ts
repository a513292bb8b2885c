import { createReadStream } from "node:fs";
import { readCablesCsv } from "@/lib/adapters";
import { parseTelegram } from "@/lib/parser";
const path = process.argv[2];
let k = 0;
for await (const r of readCablesCsv(createReadStream(path, { encoding: "utf8" }), path)) {
  if (!r.ok) continue;
  const rec = parseTelegram(r.value);
  const w = rec.warnings.filter((x) => x.startsWith("the body cites"));
  if (w.length && k++ % 5 === 0) {
    const labels = w.map((x) => x.split(" ")[4]);
    const ctx = labels.map((l) => { const m = new RegExp(`.{0,60}\\b[Rr][Ee][Ff]\\w*\\.?\\s+[^\\n]{0,20}\\b${l}\\b.{0,30}`).exec(rec.text.replace(/\n/g, " ")); return m?.[0]; });
    console.log(rec.id, "labels:", rec.references.map((r) => r.label).join(""), "|", w.join("; "), "|", ctx.join(" || "));
  }
}
