import { rmSync } from "node:fs";
import { readInputs } from "@/lib/pipeline";
import { ingest, type IngestEvent } from "@/lib/db/ingest";
import { openDatabase } from "@/lib/db/open";
const items: IngestEvent[] = [];
for await (const item of readInputs(["/tmp/bench10k/cables.csv"])) items.push(item);
async function* replay(): AsyncGenerator<IngestEvent> { yield* items; }
const variants: Record<string, string> = {
  full: "",
  hash16: `INSERT INTO "CableSearch" ("CableSearch", rank) VALUES ('hashsize', 16777216)`,
  hash64am16: `INSERT INTO "CableSearch" ("CableSearch", rank) VALUES ('hashsize', 67108864); INSERT INTO "CableSearch" ("CableSearch", rank) VALUES ('automerge', 16)`,
  rebuild: `DROP TRIGGER "Cable_search_insert"`,
  automerge0: `INSERT INTO "CableSearch" ("CableSearch", rank) VALUES ('automerge', 0)`,
  automerge16: `INSERT INTO "CableSearch" ("CableSearch", rank) VALUES ('automerge', 16)`,
  nofts: `DROP TRIGGER "Cable_search_insert"`,
  nopara: `CREATE TRIGGER nopara BEFORE INSERT ON "Paragraph" BEGIN SELECT RAISE(IGNORE); END`,
  norecipients: `CREATE TRIGGER norec BEFORE INSERT ON "Recipient" BEGIN SELECT RAISE(IGNORE); END`,
  nothing: `DROP TRIGGER "Cable_search_insert"; CREATE TRIGGER nopara BEFORE INSERT ON "Paragraph" BEGIN SELECT RAISE(IGNORE); END; CREATE TRIGGER norec BEFORE INSERT ON "Recipient" BEGIN SELECT RAISE(IGNORE); END; CREATE TRIGGER noref BEFORE INSERT ON "Reference" BEGIN SELECT RAISE(IGNORE); END; CREATE TRIGGER notag BEFORE INSERT ON "CableTag" BEGIN SELECT RAISE(IGNORE); END;`,
};
for (const name of (process.argv[2] ?? Object.keys(variants).join(",")).split(",")) {
  const file = `/tmp/se/v-${name}.db`;
  for (const s of ["", "-wal", "-shm"]) rmSync(file + s, { force: true });
  const db = openDatabase(file);
  if (variants[name]) db.exec(variants[name]);
  if (process.env.SYNC_OFF) db.pragma("synchronous = OFF");
  if (process.env.CACHE) db.pragma(`cache_size = -${process.env.CACHE}`);
  if (process.env.CKPT) db.pragma(`wal_autocheckpoint = ${process.env.CKPT}`);
  const cpu0 = process.cpuUsage(); const t = performance.now();
  const c = await ingest(db, replay(), { batchSize: Number(process.env.BATCH ?? 500), batchMs: 1e9 });
  if (name === "rebuild") db.exec(`INSERT INTO "CableSearch" ("CableSearch") VALUES ('rebuild')`);
  const cpu = process.cpuUsage(cpu0);
  db.close();
  console.log(name.padEnd(14), c.stored, "wall", ((performance.now() - t) / 1000).toFixed(1), "cpu user", (cpu.user / 1e6).toFixed(1), "sys", (cpu.system / 1e6).toFixed(1));
}
