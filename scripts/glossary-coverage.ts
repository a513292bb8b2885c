/**
 * How much of the archive's tagging the glossary explains.
 * Usage: tsx scripts/glossary-coverage.ts <cables.csv | site page | folder>... [--unexplained N]
 * Tags are read the way the parser reads them (layout → TAGS field → parseTags).
 */
import { createReadStream, readFileSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { readCablesCsv } from "@/lib/adapters/cables-csv";
import { adaptSiteHtml } from "@/lib/adapters/site-html";
import type { AdapterResult } from "@/lib/adapters/types";
import { layoutOf } from "@/lib/parser/layout";
import { prepareLines } from "@/lib/parser/lines";
import { parseTags } from "@/lib/parser/tags";
import { coverageOf, percent } from "@/lib/glossary/coverage";

const DEFAULT_UNEXPLAINED_SHOWN = 25;

function filesUnder(path: string): string[] {
  if (!statSync(path).isDirectory()) return [path];
  return readdirSync(path)
    .sort()
    .flatMap((name) => filesUnder(join(path, name)));
}

async function* sourcesOf(path: string): AsyncGenerator<AdapterResult> {
  if (path.endsWith(".csv")) {
    yield* readCablesCsv(createReadStream(path, { encoding: "utf8" }), path);
  } else if (/\.html?$/.test(path)) {
    yield* adaptSiteHtml(readFileSync(path, "utf8"), path);
  }
}

function tagsOf(text: string): string[] {
  const field = layoutOf(prepareLines(text)).fields.find((candidate) => candidate.name === "tags");
  return field ? parseTags(field.lines) : [];
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const shownAt = args.indexOf("--unexplained");
  const shown = shownAt >= 0 ? Number(args.splice(shownAt, 2)[1]) : DEFAULT_UNEXPLAINED_SHOWN;
  if (args.length === 0) {
    console.error("usage: tsx scripts/glossary-coverage.ts <cables.csv | page.html | folder>... [--unexplained N]");
    process.exit(2);
  }
  const counts = new Map<string, number>();
  let cables = 0;
  let withoutTags = 0;
  for (const file of args.flatMap(filesUnder)) {
    for await (const result of sourcesOf(file)) {
      if (!result.ok) continue;
      cables += 1;
      const tags = tagsOf(result.value.text);
      if (tags.length === 0) withoutTags += 1;
      for (const tag of tags) counts.set(tag, (counts.get(tag) ?? 0) + 1);
    }
  }
  const report = coverageOf(counts);
  console.log(`cables read: ${cables} (${withoutTags} without a TAGS line)`);
  console.log(`distinct tags: ${report.distinctTags}, explained: ${report.explainedDistinct} (${percent(report.explainedDistinct, report.distinctTags)})`);
  console.log(`tag occurrences: ${report.occurrences}, explained: ${report.explainedOccurrences} (${percent(report.explainedOccurrences, report.occurrences)})`);
  console.log(`occurrences by kind: ${Object.entries(report.byKind).map(([kind, n]) => `${kind} ${n}`).join(", ")}`);
  if (shown > 0 && report.unexplained.length > 0) {
    console.log(`most frequent unexplained tags:`);
    for (const { tag, count } of report.unexplained.slice(0, shown)) console.log(`  ${count}\t${tag}`);
  }
}

await main();
