import type { SourceProblem } from "@/lib/adapters/types";

/** A problem as every CLI reports it: "path: reason", or "path row N: reason" for a record of a multi-record file. */
export function describeProblem(problem: SourceProblem): string {
  return `${problem.path}${problem.row === undefined ? "" : ` row ${problem.row}`}: ${problem.reason}`;
}
