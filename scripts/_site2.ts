import { readdirSync, readFileSync } from "node:fs";
import { adaptSiteHtml } from "@/lib/adapters/site-html";
import { parseTelegram } from "@/lib/parser";
const dir = "/work/shared/corpus/site-html";
const c = new Map<string, number>();
for (const f of readdirSync(dir)) for (const r of adaptSiteHtml(readFileSync(`${dir}/${f}`, "utf8"), f)) {
  if (!r.ok) continue;
  const rec = parseTelegram(r.value, { useMetadata: false });
  if (rec.caveats.includes("SENSITIVE") && rec.classification && !rec.classification.startsWith("UNCLAS")) {
    const k = `${r.value.metadata.id?.slice(0, 2)} ${r.value.metadata.classification} noforn-in-text=${/NOFORN|\/NF\)/.test(r.value.text)}`;
    c.set(k, (c.get(k) ?? 0) + 1);
  }
}
console.log([...c.entries()].sort());
