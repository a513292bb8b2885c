/**
 * Builds the full-scale benchmark corpus from the real sample: `npm run bench:corpus -- [--count 250000]
 * [--out .bench/corpus] [--seed 1]`. Writes cables.csv (most cables), site-html/ pages and
 * seed-formats/ files, plus manifest.json with the options and figures; prints a figure table.
 */
import { createWriteStream, mkdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { parseArgs } from "node:util";
import { type CorpusOptions, emptyStats, generateCorpus } from "@/lib/bench/corpus";
import { CSV_FILE, type CorpusManifest, MANIFEST_FILE } from "@/lib/bench/corpus-files";
import { formatCsvRow } from "@/lib/bench/csv";
import { formatBytes, formatDuration, formatTable } from "@/lib/bench/table";
import { loadCsvTemplates, loadHtmlTemplates } from "@/lib/bench/templates";

const { values } = parseArgs({
  options: {
    count: { type: "string", default: "250000" },
    out: { type: "string", default: ".bench/corpus" },
    seed: { type: "string", default: "1" },
    sample: { type: "string", default: "/work/shared/corpus/cables-sample.csv" },
    site: { type: "string", default: "/work/shared/corpus/site-html" },
    "html-share": { type: "string", default: "0.01" },
    "seed-share": { type: "string", default: "0.001" },
    "resolve-share": { type: "string", default: "0.8" },
  },
});

const options: CorpusOptions = {
  count: Number(values.count),
  seed: Number(values.seed),
  htmlShare: Number(values["html-share"]),
  seedShare: Number(values["seed-share"]),
  resolveShare: Number(values["resolve-share"]),
};
if (!Number.isInteger(options.count) || options.count < 1) throw new Error(`--count must be a positive integer, not ${values.count}`);
const out = resolve(values.out);
/** Rows are gathered into writes of about this many characters: small enough to stay out of
 * V8's large-object space, which only a full collection frees (1 MB batches tripled the RSS). */
const WRITE_BATCH_CHARS = 1 << 16;
const PROGRESS_EVERY = 50_000;

async function main(): Promise<void> {
  const started = performance.now();
  const csvTemplates = await loadCsvTemplates(values.sample);
  const htmlTemplates = loadHtmlTemplates(values.site);
  const sampleBytes = statSync(values.sample).size;
  const sampleRefs = csvTemplates.reduce((sum, template) => sum + template.references.length, 0);

  for (const generated of [CSV_FILE, "site-html", "seed-formats", MANIFEST_FILE]) rmSync(join(out, generated), { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  const csvPath = join(out, CSV_FILE);
  const csv = createWriteStream(csvPath);
  const write = (text: string) => new Promise<void>((done, fail) => csv.write(text, (error) => (error ? fail(error) : done())));

  const stats = emptyStats();
  let fileBytes = 0;
  let batch = "";
  const folders = new Set<string>();
  for (const item of generateCorpus(csvTemplates, htmlTemplates, options, stats)) {
    if (item.kind === "csv-row") {
      batch += formatCsvRow(item.fields);
      if (batch.length >= WRITE_BATCH_CHARS) {
        await write(batch);
        batch = "";
      }
    } else {
      const path = join(out, item.path);
      if (!folders.has(dirname(path))) mkdirSync(dirname(path), { recursive: true });
      folders.add(dirname(path));
      writeFileSync(path, item.text);
      fileBytes += Buffer.byteLength(item.text);
    }
    if (stats.cables % PROGRESS_EVERY === 0) console.error(`${stats.cables.toLocaleString("en-US")} cables, ${formatDuration(performance.now() - started)}, rss ${formatBytes(process.memoryUsage().rss)}`);
  }
  await write(batch);
  await new Promise<void>((done) => csv.end(done));

  const elapsed = performance.now() - started;
  const csvBytes = statSync(csvPath).size;
  const totalBytes = csvBytes + fileBytes;
  const targetBytes = (sampleBytes / csvTemplates.length) * options.count;
  const figures = {
    cables: stats.cables,
    byFormat: stats.byFormat,
    csvBytes,
    fileBytes,
    totalBytes,
    targetBytes: Math.round(targetBytes),
    referencesPerCable: stats.references / stats.cables,
    sampleReferencesPerCable: sampleRefs / csvTemplates.length,
    resolvingShare: stats.resolving / stats.references,
    refSerialsInTextShare: stats.refSerialsInText / stats.refSerialsSought,
    ownSerialNotInText: stats.ownSerialNotInText,
    seconds: elapsed / 1000,
    peakRssBytes: process.resourceUsage().maxRSS * 1024,
  };
  const manifest: CorpusManifest = { options, figures, serialCounts: stats.serialCounts };
  writeFileSync(join(out, MANIFEST_FILE), `${JSON.stringify(manifest, null, 2)}\n`);

  const rows: [string, string | number][] = [
    ["cables", stats.cables],
    ...Object.entries(stats.byFormat).map(([format, count]): [string, number] => [`  ${format}`, count]),
    ["size written", `${formatBytes(totalBytes)} (${totalBytes.toLocaleString("en-US")} B)`],
    ["  cables.csv", formatBytes(csvBytes)],
    ["  other files", formatBytes(fileBytes)],
    ["target: sample mean row x count", `${formatBytes(targetBytes)} (${Math.round(targetBytes).toLocaleString("en-US")} B)`],
    ["references per cable (sample)", `${figures.referencesPerCable.toFixed(2)} (${figures.sampleReferencesPerCable.toFixed(2)})`],
    ["references resolving in corpus", `${(100 * figures.resolvingShare).toFixed(1)} %`],
    ["renumbered REF serials found in text", `${(100 * figures.refSerialsInTextShare).toFixed(1)} %`],
    ["cables not stating their serial", stats.ownSerialNotInText],
    ["time", formatDuration(elapsed)],
    ["throughput", `${(totalBytes / 1e6 / (elapsed / 1000)).toFixed(1)} MB/s`],
    ["peak memory (RSS)", formatBytes(figures.peakRssBytes)],
  ];
  console.log(`benchmark corpus in ${out}\n`);
  console.log(formatTable(["figure", "value"], rows));
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
