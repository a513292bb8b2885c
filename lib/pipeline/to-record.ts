/**
 * One TelegramSource through the parser and the CableRecord schema. A parser exception or a
 * record the schema rejects becomes a problem with its reason, never a crash of the batch.
 */
import { CableRecord } from "@/lib/record/schema";
import type { SourceProblem, TelegramSource } from "@/lib/adapters/types";

export type ParseTelegram = (source: TelegramSource, options: { useMetadata: boolean }) => CableRecord;

export type RecordOrProblem = { kind: "record"; record: CableRecord } | { kind: "problem"; problem: SourceProblem };

/** Schema issues named in a problem's reason; more are counted, not listed. */
const ISSUES_SHOWN = 3;

function problemOf(source: TelegramSource, reason: string): RecordOrProblem {
  const problem: SourceProblem = { path: source.source.path, reason };
  if (source.source.row !== undefined) problem.row = source.source.row;
  return { kind: "problem", problem };
}

export function toRecord(parse: ParseTelegram, source: TelegramSource, useMetadata: boolean): RecordOrProblem {
  let record: unknown;
  try {
    record = parse(source, { useMetadata });
  } catch (error) {
    return problemOf(source, `parser failed: ${error instanceof Error ? error.message : String(error)}`);
  }
  const checked = CableRecord.safeParse(record);
  if (checked.success) return { kind: "record", record: checked.data };
  const issues = checked.error.issues;
  const listed = issues.slice(0, ISSUES_SHOWN).map((issue) => `${issue.path.join(".") || "record"}: ${issue.message}`);
  const more = issues.length > ISSUES_SHOWN ? ` (and ${issues.length - ISSUES_SHOWN} more)` : "";
  return problemOf(source, `record failed validation: ${listed.join("; ")}${more}`);
}
