import { createReadStream } from "node:fs";
import { readCablesCsv } from "@/lib/adapters";
import { parseTelegram } from "@/lib/parser";
import { canonicalId } from "@/lib/parser/stations";
const path = process.argv[2];
for await (const r of readCablesCsv(createReadStream(path, { encoding: "utf8" }), path)) {
  if (!r.ok) continue;
  const rec = parseTelegram(r.value);
  console.log(JSON.stringify({ id: r.value.metadata.id, col: (r.value.metadata.referencedIds ?? []).map(canonicalId), parsed: rec.references.filter((x) => x.id).map((x) => canonicalId(x.id!)), refs: rec.references }));
}
