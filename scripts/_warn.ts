import { readSources } from "@/lib/pipeline/read-inputs";
const counts = new Map<string, number>(); let n = 0; const partial = new Map<string, number>();
for await (const item of readSources(process.argv.slice(2))) {
  if (item.kind !== "source") { console.log("PROBLEM", item.problem); continue; }
  n++; const s = item.source;
  for (const w of s.warnings) { const k = w.replace(/"[^"]*"/g, '"…"').replace(/\d+/g, "N"); counts.set(k, (counts.get(k) ?? 0) + 1); }
  const k = `${s.source.format} partial=${s.partial} meta=${Object.keys(s.metadata).sort().join(",")}`; partial.set(k, (partial.get(k) ?? 0) + 1);
  if (/<\/?(a|pre|code|strong|em)\b|&#x|\]\(#\)/.test(s.text)) counts.set("markup left in " + s.source.format, (counts.get("markup left in " + s.source.format) ?? 0) + 1);
  if (s.text.trim() === "") counts.set("empty text " + s.source.format, (counts.get("empty text " + s.source.format) ?? 0) + 1);
}
console.log(n, counts, partial);
