/**
 * `npm run --silent parse -- <file or folder>...`: cables as JSON Lines on stdout, nothing else;
 * problems (file, row, reason) and a closing count on stderr.
 */
import { describeProblem, readInputs } from "@/lib/pipeline";

const USAGE = `Usage: npm run --silent parse -- [--text-only] <file or folder>...

Reads cables from files and folders (folders recursively, in name order; entries whose name
starts with "." are skipped). Formats are detected from content: cables.csv, Cablegate site
pages, text exports, raw telegrams, NER HTML dumps, partial extracts, record dumps.

Prints one CableRecord per line as JSON on stdout, and nothing else. Problems go to stderr as
"file[:row]: reason", followed by a count of records and problems.

Options:
  --text-only  ignore the metadata a format states; parse every field from the telegram text
  -h, --help   show this help

Exit status: 0 when at least one cable was parsed (problems with other files or rows do not
change that); 1 when no cable could be parsed from any input; 2 on a usage error.`;

const EXIT_NO_CABLE = 1;
const EXIT_USAGE = 2;

/** Writes a line to stdout, waiting when the pipe is full so memory stays flat. */
async function writeLine(line: string): Promise<void> {
  if (!process.stdout.write(`${line}\n`)) await new Promise((resolve) => process.stdout.once("drain", resolve));
}

async function main(args: string[]): Promise<number> {
  if (args.includes("-h") || args.includes("--help")) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const textOnly = args.includes("--text-only");
  const paths = args.filter((arg) => arg !== "--text-only");
  const unknown = paths.filter((arg) => arg.startsWith("-"));
  if (paths.length === 0 || unknown.length > 0) {
    process.stderr.write(`${unknown.length > 0 ? `unknown option ${unknown[0]}\n` : ""}${USAGE}\n`);
    return EXIT_USAGE;
  }
  let records = 0;
  let problems = 0;
  for await (const item of readInputs(paths, { useMetadata: !textOnly })) {
    if (item.kind === "record") {
      records += 1;
      await writeLine(JSON.stringify(item.record));
    } else {
      problems += 1;
      process.stderr.write(`${describeProblem(item.problem)}\n`);
    }
  }
  process.stderr.write(`parse: ${records} cable${records === 1 ? "" : "s"}, ${problems} problem${problems === 1 ? "" : "s"}\n`);
  return records > 0 ? 0 : EXIT_NO_CABLE;
}

// A reader that stops early (`| head`) closes the pipe: that is not an error.
process.stdout.on("error", (error: NodeJS.ErrnoException) => {
  if (error.code === "EPIPE") process.exit(0);
  throw error;
});

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`parse: ${error instanceof Error ? error.stack ?? error.message : String(error)}\n`);
    process.exitCode = EXIT_NO_CABLE;
  },
);
