import { readFileSync } from "node:fs";
import { detectFormat, DOCUMENT_ADAPTERS } from "@/lib/adapters";
for (const f of process.argv.slice(2)) {
  const text = readFileSync(f, "utf8");
  const fmt = detectFormat(text)!;
  console.log("==", f, fmt);
  for (const r of DOCUMENT_ADAPTERS[fmt as "telegram"](text, f)) {
    if (!r.ok) { console.log(r.problem); continue; }
    const v = r.value;
    console.log(JSON.stringify({ ...v, text: undefined }, null, 0));
    console.log(v.text.slice(0, 700)); console.log("...", JSON.stringify(v.text.slice(-200)));
  }
}
