import { readFileSync } from "node:fs";
import { adaptSiteHtml } from "@/lib/adapters/site-html";
import { parseTelegram } from "@/lib/parser";
for (const r of adaptSiteHtml(readFileSync(`/work/shared/corpus/site-html/${process.argv[2]}.html`, "utf8"), "x")) if (r.ok) { const rec = parseTelegram(r.value, { useMetadata: false }); console.log(rec.year, rec.date, rec.caveats, rec.classification, rec.routing?.dateTimeGroup); console.log(r.value.text.split("\n").slice(0, 12).join("\n")); }
