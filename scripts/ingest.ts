/**
 * `npm run ingest -- <file or folder>...`: parses the inputs and stores their cables in the database
 * DATABASE_URL names (data/archive.db by default), creating or migrating it first. Problems go to
 * stderr with their reason; the last line counts files and cables. Exit status 1 when any input was
 * rejected (what could be stored is stored all the same), 2 on wrong usage.
 */
import { ingest, summaryLine } from "@/lib/db/ingest";
import { openDatabase } from "@/lib/db/open";
import { createProgressReporter } from "@/lib/db/progress";
import { readInputs } from "@/lib/pipeline";

async function main(paths: string[]): Promise<number> {
  if (paths.length === 0) {
    console.error("usage: npm run ingest -- <file or folder>...");
    return 2;
  }
  const db = openDatabase();
  const progress = createProgressReporter(process.stderr);
  const interrupt = new AbortController();
  process.once("SIGINT", () => interrupt.abort());
  try {
    const counts = await ingest(db, readInputs(paths, { onTotal: (total) => progress.setTotal(total.bytes) }), {
      signal: interrupt.signal,
      onProgress: (counts) => progress.update(counts),
      onProblem: (problem) => {
        progress.clear();
        const where = problem.row === undefined ? problem.path : `${problem.path} row ${problem.row}`;
        console.error(`${where}: ${problem.reason}`);
      },
    });
    progress.clear();
    if (interrupt.signal.aborted) console.error("interrupted: every batch read so far is stored");
    console.log(summaryLine(counts));
    return counts.rejected > 0 || interrupt.signal.aborted ? 1 : 0;
  } finally {
    db.close();
  }
}

process.exitCode = await main(process.argv.slice(2));
