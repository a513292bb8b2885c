import { readFileSync } from "node:fs";
import { detectFormat, DOCUMENT_ADAPTERS } from "@/lib/adapters";
const f = process.argv[2];
const text = readFileSync(f, "utf8");
for (const r of DOCUMENT_ADAPTERS[detectFormat(text) as "telegram"](text, f)) if (r.ok) console.log(r.value.text);
