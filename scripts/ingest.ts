/**
 * `npm run ingest -- [--prune] <file or folder>...`: parses the inputs and stores their cables in the
 * database DATABASE_URL names (data/archive.db by default), creating or migrating it first. Problems go
 * to stderr with their reason; the last line counts files and cables, and the stored sources under the
 * inputs that are gone (deleted files, rows dropped from a csv). --prune removes those sources, and the
 * cables left without one. Exit status 1 when any input was rejected or the run was interrupted (what
 * could be stored is stored all the same; nothing is pruned, or when interrupted while pruning, only the
 * cables settled so far), 2 on wrong usage.
 */
import { ingest, summaryLine } from "@/lib/db/ingest";
import { openDatabase } from "@/lib/db/open";
import { createProgressReporter } from "@/lib/db/progress";
import { describeProblem, readInputs } from "@/lib/pipeline";

const USAGE = "usage: npm run ingest -- [--prune] <file or folder>...";
const PRUNE_FLAG = "--prune";

async function main(args: string[]): Promise<number> {
  const paths = args.filter((arg) => arg !== PRUNE_FLAG);
  const unknown = paths.find((arg) => arg.startsWith("--"));
  if (paths.length === 0 || unknown) {
    console.error(unknown ? `unknown option ${unknown}\n${USAGE}` : USAGE);
    return 2;
  }
  const db = openDatabase();
  const progress = createProgressReporter(process.stderr);
  const interrupt = new AbortController();
  process.once("SIGINT", () => interrupt.abort());
  try {
    const counts = await ingest(db, readInputs(paths, { onTotal: (total) => progress.setTotal(total.bytes) }), {
      inputs: paths,
      prune: args.includes(PRUNE_FLAG),
      signal: interrupt.signal,
      onProgress: (counts) => progress.update(counts),
      onProblem: (problem) => {
        progress.clear();
        console.error(describeProblem(problem));
      },
    });
    progress.clear();
    if (counts.pruneInterrupted) {
      console.error("interrupted while pruning: the cables pruned so far are settled; run with --prune again to finish");
    } else if (interrupt.signal.aborted) {
      console.error("interrupted: every batch read so far is stored; gone sources are looked for (and pruned) only after a complete run");
    }
    console.log(summaryLine(counts));
    return counts.rejected > 0 || interrupt.signal.aborted ? 1 : 0;
  } finally {
    db.close();
  }
}

process.exitCode = await main(process.argv.slice(2));
