import { rmSync } from "node:fs";
import { ingest, type IngestEvent } from "@/lib/db/ingest";
import { openDatabase } from "@/lib/db/open";
import type { CableRecord } from "@/lib/record/schema";
const N = Number(process.argv[2] ?? 50000);
const words = "THE EMBASSY MET WITH COCALERO LEADERS AND MAYORS IN THE VALLEY TO DISCUSS ERADICATION POLICY AND ALTERNATIVE DEVELOPMENT PROGRAMS".split(" ");
let seed = 1; const rnd = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
const para = () => Array.from({ length: 90 }, () => words[Math.floor(rnd() * words.length)]).join(" ");
function rec(i: number): CableRecord {
  const paragraphs = Array.from({ length: 10 }, (_, k) => ({ number: String(k + 1), classification: "C", text: para() }));
  const text = paragraphs.map((p) => p.text).join("\n\n");
  return { id: `07LIMA${i}`, station: "LIMA", serial: i, year: 2007, date: "2007-01-26T18:12:00Z", classification: "CONFIDENTIAL", origin: "Embassy Lima", subject: para().slice(0, 80), routing: { precedence: "P", dateTimeGroup: "261812Z JAN 07", from: "AMEMBASSY LIMA", to: [{ indicator: "RUEHC", name: "SECSTATE WASHDC", precedence: "PRIORITY", serial: "3713" }], info: Array.from({ length: 8 }, (_, k) => ({ indicator: "RUEHBO", name: `AMEMBASSY X${k}`, precedence: null, serial: "4297" })), transmission: ["VZCZC"] }, tags: ["PREL", "PGOV", "SNAR", "PE"], references: [0, 1, 2].map((k) => ({ label: "ABC"[k], text: `07 LIMA ${i - k - 1}`, id: `07LIMA${i - k - 1}`, kind: "cable" as const })), paragraphs, summary: null, comment: null, signer: "POWERS", caveats: [], executiveOrder: "12958", declassification: "N/A", classifiedBy: null, reason: null, section: null, partial: false, entities: [], released: null, text, source: { path: "/tmp/bench/cables.csv", format: "cables-csv", row: i }, inferences: [], warnings: [] };
}
async function* events(): AsyncGenerator<IngestEvent> { seed = 1; for (let i = 1; i <= N; i++) yield { kind: "record", record: rec(i), bytes: 6000 }; }
const file = "/tmp/se/bench.db";
for (const s of ["", "-wal", "-shm"]) rmSync(file + s, { force: true });
const db = openDatabase(file);
if (process.env.NOFTS) db.exec(`DROP TRIGGER "Cable_search_insert"`);
if (process.env.NOPARA) db.exec(`CREATE TRIGGER nopara BEFORE INSERT ON "Paragraph" BEGIN SELECT RAISE(IGNORE); END`);
let t = performance.now(); const cpu0 = process.cpuUsage();
let c = await ingest(db, events());
console.log("first", JSON.stringify(c), ((performance.now() - t) / 1000).toFixed(1), "s", Math.round(N / ((performance.now() - t) / 1000)), "cables/s", "rss", Math.round(process.memoryUsage().rss / 1e6), "MB", "cpu", ((process.cpuUsage(cpu0).user + process.cpuUsage(cpu0).system) / 1e6).toFixed(1), "s");
t = performance.now();
c = await ingest(db, events());
console.log("rerun", c.unchanged, ((performance.now() - t) / 1000).toFixed(1), "s");
t = performance.now();
let n = 0; for await (const _ of events()) n++;
console.log("generation only", ((performance.now() - t) / 1000).toFixed(1), "s");
db.close();
