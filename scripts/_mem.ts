import { readSources } from "@/lib/pipeline/read-inputs";
console.error("baseline rss", process.memoryUsage().rss >> 20, "MB");
let n = 0, max = 0;
for await (const item of readSources(process.argv.slice(2))) { if (item.kind === "source") n++; if (n % 500 === 0) max = Math.max(max, process.memoryUsage().rss); }
const m = process.memoryUsage();
console.error(n, "max sampled rss", max >> 20, "end rss", m.rss >> 20, "heap", m.heapUsed >> 20, "external", m.external >> 20, "arrayBuffers", m.arrayBuffers >> 20, "maxRSS", process.resourceUsage().maxRSS >> 10);
