/**
 * How much of the archive's tagging the glossary explains.
 * Usage: tsx scripts/glossary-coverage.ts <file | folder>... [--unexplained N]
 * Inputs are read as `parse` and `ingest` read them (lib/pipeline readSources: any format, any
 * encoding; what cannot be read is listed with its reason). Tags are read the way the parser reads
 * them (layout → TAGS field → parseTags).
 */
import { describeProblem, readSources } from "@/lib/pipeline";
import { layoutOf } from "@/lib/parser/layout";
import { prepareLines } from "@/lib/parser/lines";
import { parseTags } from "@/lib/parser/tags";
import { coverageOf, percent } from "@/lib/glossary/coverage";

const DEFAULT_UNEXPLAINED_SHOWN = 25;
const PROBLEMS_SHOWN = 10;

function tagsOf(text: string): string[] {
  const field = layoutOf(prepareLines(text)).fields.find((candidate) => candidate.name === "tags");
  return field ? parseTags(field.lines) : [];
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const shownAt = args.indexOf("--unexplained");
  const shown = shownAt >= 0 ? Number(args.splice(shownAt, 2)[1]) : DEFAULT_UNEXPLAINED_SHOWN;
  if (args.length === 0) {
    console.error("usage: tsx scripts/glossary-coverage.ts <file | folder>... [--unexplained N]");
    process.exit(2);
  }
  const counts = new Map<string, number>();
  let cables = 0;
  let withoutTags = 0;
  const problems: string[] = [];
  for await (const item of readSources(args)) {
    if (item.kind === "problem") {
      problems.push(describeProblem(item.problem));
      continue;
    }
    cables += 1;
    const tags = tagsOf(item.source.text);
    if (tags.length === 0) withoutTags += 1;
    for (const tag of tags) counts.set(tag, (counts.get(tag) ?? 0) + 1);
  }
  const report = coverageOf(counts);
  console.log(`cables read: ${cables} (${withoutTags} without a TAGS line)`);
  if (problems.length > 0) {
    console.log(`not read: ${problems.length} (files or rows, each with its reason${problems.length > PROBLEMS_SHOWN ? `; first ${PROBLEMS_SHOWN}` : ""})`);
    for (const problem of problems.slice(0, PROBLEMS_SHOWN)) console.log(`  ${problem}`);
  }
  console.log(`distinct tags: ${report.distinctTags}, explained: ${report.explainedDistinct} (${percent(report.explainedDistinct, report.distinctTags)})`);
  console.log(`tag occurrences: ${report.occurrences}, explained: ${report.explainedOccurrences} (${percent(report.explainedOccurrences, report.occurrences)})`);
  console.log(`occurrences by kind: ${Object.entries(report.byKind).map(([kind, n]) => `${kind} ${n}`).join(", ")}`);
  if (shown > 0 && report.unexplained.length > 0) {
    console.log(`most frequent unexplained tags:`);
    for (const { tag, count } of report.unexplained.slice(0, shown)) console.log(`  ${count}\t${tag}`);
  }
}

await main();
