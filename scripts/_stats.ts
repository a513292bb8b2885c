import { createReadStream } from "node:fs";
import { readCablesCsv } from "@/lib/adapters";
import { parseTelegram } from "@/lib/parser";
const path = process.argv[2];
let n = 0, signer = 0, summary = 0, comment = 0, paras = 0, nullParasOnly = 0, caveats = 0, eo = 0, classifiedBy = 0, warnings = 0;
const noSigner: string[] = [];
const warnCounts = new Map<string, number>();
for await (const r of readCablesCsv(createReadStream(path, { encoding: "utf8" }), path)) {
  if (!r.ok) continue;
  const rec = parseTelegram(r.value);
  n++;
  if (rec.signer) signer++; else if (noSigner.length < 15) noSigner.push(`${rec.id}: ${JSON.stringify(r.value.text.trimEnd().split("\n").slice(-3))}`);
  if (rec.summary) summary++;
  if (rec.comment) comment++;
  if (rec.paragraphs.some((p) => p.number)) paras++;
  if (rec.executiveOrder) eo++;
  if (rec.classifiedBy) classifiedBy++;
  for (const w of rec.warnings) { const k = w.replace(/\d+|REF [A-Z]|no [A-Z]$/g, "#"); warnCounts.set(k, (warnCounts.get(k) ?? 0) + 1); }
}
console.log({ n, signer, summary, comment, paras, eo, classifiedBy });
console.log(noSigner.join("\n"));
console.log([...warnCounts.entries()].sort((a, b) => b[1] - a[1]).slice(0, 15));
