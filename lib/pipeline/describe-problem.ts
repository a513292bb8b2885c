import type { SourceProblem } from "@/lib/adapters/types";

/** Where a record or problem comes from: "path", or "path row N" for a record of a multi-record file. */
export function describeSourceKey({ path, row }: { path: string; row?: number }): string {
  return row === undefined ? path : `${path} row ${row}`;
}

/** A problem as every CLI reports it: "path: reason", or "path row N: reason" for a record of a multi-record file. */
export function describeProblem(problem: SourceProblem): string {
  return `${describeSourceKey(problem)}: ${problem.reason}`;
}
