import { readInputs } from "@/lib/pipeline";
const cpu0 = process.cpuUsage(); const t = performance.now(); let n = 0;
for await (const item of readInputs(process.argv.slice(2))) if (item.kind === "record") n++;
const c = process.cpuUsage(cpu0);
console.log(n, "records", ((performance.now() - t) / 1000).toFixed(1), "s wall", ((c.user + c.system) / 1e6).toFixed(1), "s cpu");
