import { readdirSync, readFileSync } from "node:fs";
import { adaptSiteHtml } from "@/lib/adapters/site-html";
import { parseTelegram } from "@/lib/parser";
const dir = "/work/shared/corpus/site-html";
let k = 0;
for (const f of readdirSync(dir)) for (const r of adaptSiteHtml(readFileSync(`${dir}/${f}`, "utf8"), f)) {
  if (!r.ok) continue;
  const rec = parseTelegram(r.value);
  if (rec.tags.length === 0 && k++ < 12) console.log(f, JSON.stringify(r.value.text.split("\n").filter((l) => /TAG/i.test(l)).slice(0, 2)), rec.partial);
}
console.log(k);
