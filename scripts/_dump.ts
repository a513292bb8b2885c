import { parseTelegram } from "@/lib/parser";
import { readSources } from "@/lib/pipeline";
import { createHash } from "node:crypto";
import { writeFileSync } from "node:fs";
const out: string[] = [];
for (const path of ["/work/shared/corpus/cables-sample.csv", "/work/shared/corpus/site-html"]) for await (const it of readSources([path])) if (it.kind === "source") { out.push(JSON.stringify(parseTelegram(it.source))); out.push(JSON.stringify(parseTelegram(it.source, { useMetadata: false }))); }
writeFileSync(process.argv[2], out.join("\n"));
console.log(out.length, createHash("sha1").update(out.join("\n")).digest("hex"));
