import { readFileSync } from "node:fs";
import { detectFormat, DOCUMENT_ADAPTERS } from "@/lib/adapters";
import { parseTelegram } from "@/lib/parser";
const full = process.env.FULL === "1";
for (const f of process.argv.slice(2)) {
  const text = readFileSync(f, "utf8");
  const fmt = detectFormat(text)!;
  for (const r of DOCUMENT_ADAPTERS[fmt as "telegram"](text, f)) {
    if (!r.ok) { console.log(r.problem); continue; }
    for (const useMetadata of [true, false]) {
      const rec = parseTelegram(r.value, { useMetadata });
      const out = full ? { ...rec, text: undefined } : { ...rec, text: undefined, paragraphs: rec.paragraphs.map((p) => `${p.number}|${p.classification}|${p.text.slice(0, 60)}`), routing: rec.routing && { ...rec.routing, info: rec.routing.info.length } };
      console.log(`== ${f} ${fmt} useMetadata=${useMetadata}`);
      console.log(JSON.stringify(out, null, 1));
      if (!full) break;
    }
  }
}
