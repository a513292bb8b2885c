import { prisma } from "@/lib/db/client";
const lat: number[] = []; let errors = 0; let stop = false;
process.on("SIGTERM", () => { stop = true; });
const words = ["embassy", "coca", "minister", "election", "oil", "security", "\"prime minister\"", "nucl*"];
let i = 0;
while (!stop) {
  const t = performance.now();
  try {
    await prisma.cable.count();
    await prisma.$queryRawUnsafe(`SELECT c.slug, snippet("CableSearch", 1, '[', ']', '…', 10) AS s FROM "CableSearch" JOIN "Cable" c ON c.pk = "CableSearch".rowid WHERE "CableSearch" MATCH ? ORDER BY rank LIMIT 20`, words[i++ % words.length]);
    await prisma.cable.findMany({ orderBy: { date: "desc" }, take: 20, select: { slug: true, subject: true, date: true } });
  } catch (e) { errors++; console.error(String(e).slice(0, 200)); }
  lat.push(performance.now() - t);
  await new Promise((r) => setTimeout(r, 100));
}
lat.sort((a, b) => a - b);
const q = (p: number) => lat[Math.min(lat.length - 1, Math.floor(p * lat.length))].toFixed(0);
console.log(`reader: ${lat.length} rounds (3 queries each), p50 ${q(0.5)} ms, p95 ${q(0.95)} ms, max ${q(1)} ms, errors ${errors}`);
process.exit(0);
