import { readFileSync } from "node:fs";
import { adaptSiteHtml } from "@/lib/adapters/site-html";
const f = process.argv[2];
for (const r of adaptSiteHtml(readFileSync(`/work/shared/corpus/site-html/${f}.html`, "utf8"), f)) if (r.ok) console.log(r.value.text.split("\n").slice(0, Number(process.argv[3] ?? 30)).join("\n"));
