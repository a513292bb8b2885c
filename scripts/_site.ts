import { readdirSync, readFileSync } from "node:fs";
import { adaptSiteHtml } from "@/lib/adapters/site-html";
import { parseTelegram } from "@/lib/parser";
const dir = "/work/shared/corpus/site-html";
const t = { n: 0, id: 0, idStated: 0, cls: 0, origin: 0, date: 0, dateStated: 0, subject: 0, tags: 0 };
const bad: Record<string, string[]> = { id: [], cls: [], origin: [], date: [] };
for (const f of readdirSync(dir)) {
  for (const r of adaptSiteHtml(readFileSync(`${dir}/${f}`, "utf8"), f)) {
    if (!r.ok) { console.log(r.problem); continue; }
    const m = r.value.metadata;
    const rec = parseTelegram(r.value, { useMetadata: false });
    t.n++;
    if (rec.year !== null || rec.id) { t.idStated++; if (rec.id === m.id) t.id++; else bad.id.push(`${m.id} -> ${rec.id}`); }
    if (rec.classification === m.classification) t.cls++; else bad.cls.push(`${m.id}: ${m.classification} -> ${rec.classification}`);
    if (rec.origin === m.origin) t.origin++; else bad.origin.push(`${m.id}: ${m.origin} -> ${rec.origin}`);
    if (rec.date) { t.dateStated++; if (rec.date.slice(0, 10) === m.date?.slice(0, 10)) t.date++; else bad.date.push(`${m.id}: ${m.date} -> ${rec.date}`); }
    if (rec.subject) t.subject++;
    if (rec.tags.length) t.tags++;
  }
}
console.log(t);
for (const [k, v] of Object.entries(bad)) console.log(k, v.length, v.slice(0, 40));
