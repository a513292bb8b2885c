import { createReadStream } from "node:fs";
import { readCsvRows } from "@/lib/adapters/csv-rows";
import { CABLES_CSV_ROW_START } from "@/lib/adapters/cables-csv";
import { createHash } from "node:crypto";
async function* dec() { const d = new TextDecoder(); for await (const c of createReadStream(process.argv[2], { highWaterMark: Number(process.env.HWM ?? 1 << 20) })) yield d.decode(c, { stream: true }); }
for await (const r of readCsvRows(dec(), { columns: 8, rowStart: CABLES_CSV_ROW_START, maxRowChars: 8 << 20 })) {
  if (r.kind === "broken") console.log("BROKEN", r.row, r.reason);
  else console.log(r.row, r.fields[0], createHash("md5").update(r.fields.join("\u0001")).digest("hex"));
}
