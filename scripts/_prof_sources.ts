import { readSources } from "@/lib/pipeline/read-inputs";
const t0 = performance.now(); const c0 = process.cpuUsage(); let n = 0;
for (let i = 0; i < Number(process.env.REP ?? 1); i++) for await (const item of readSources(process.argv.slice(2))) if (item.kind === "source") n++;
const c = process.cpuUsage(c0);
console.error(n, (performance.now() - t0).toFixed(0), "ms wall", ((c.user + c.system) / 1000).toFixed(0), "ms cpu");
