/**
 * Expands the paths a user gives into the files to read: folders recursively, entries sorted by
 * name so every run reads the same files in the same order. Whatever cannot be read (missing
 * path, permission denied, dangling link, FIFO or device) becomes a problem and the walk goes on.
 */
import { lstat, readdir, realpath, stat } from "node:fs/promises";
import type { Stats } from "node:fs";
import { join } from "node:path";
import type { SourceProblem } from "@/lib/adapters/types";

export interface InputFile {
  path: string;
  size: number;
}

export type WalkItem = { kind: "file"; file: InputFile } | { kind: "problem"; problem: SourceProblem };

/** Folder entries skipped: version-control and OS metadata, never cables. */
const SKIPPED_ENTRY = /^\./;

/** A folder entry the walk skips (the ingest's gone sources leave what a walk never visits alone). */
export const isSkippedEntry = (name: string): boolean => SKIPPED_ENTRY.test(name);

const ERROR_REASONS: Readonly<Record<string, string>> = {
  ENOENT: "no such file or folder",
  EACCES: "permission denied",
  EPERM: "operation not permitted",
  ELOOP: "too many levels of symbolic links",
  ENAMETOOLONG: "path too long",
  ENOTDIR: "a path component is not a folder",
  EIO: "input/output error",
};

/** A reason a user can act on, from a Node filesystem error. */
export function describeFsError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  const known = code ? ERROR_REASONS[code] : undefined;
  if (known) return `${known} (${code})`;
  return error instanceof Error ? error.message : String(error);
}

function kindOf(stats: Stats): string {
  if (stats.isFIFO()) return "a named pipe (FIFO)";
  if (stats.isSocket()) return "a socket";
  if (stats.isCharacterDevice() || stats.isBlockDevice()) return "a device";
  return "not a regular file";
}

function byName(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

async function statOrProblem(path: string): Promise<Stats | SourceProblem> {
  try {
    return await stat(path);
  } catch (error) {
    const missing = (error as NodeJS.ErrnoException).code === "ENOENT";
    const dangling = missing && (await lstat(path).then((link) => link.isSymbolicLink(), () => false));
    return { path, reason: dangling ? "dangling symbolic link: its target does not exist" : describeFsError(error) };
  }
}

async function* walkPath(path: string, visited: Set<string>): AsyncGenerator<WalkItem> {
  const stats = await statOrProblem(path);
  if (!("isFile" in stats)) {
    yield { kind: "problem", problem: stats };
    return;
  }
  if (stats.isFile()) {
    yield { kind: "file", file: { path, size: stats.size } };
    return;
  }
  if (!stats.isDirectory()) {
    yield { kind: "problem", problem: { path, reason: `${kindOf(stats)}: only files and folders are read` } };
    return;
  }
  const real = await realpath(path).catch(() => path);
  if (visited.has(real)) return; // a link back into a folder already walked
  visited.add(real);
  let entries: string[];
  try {
    entries = await readdir(path);
  } catch (error) {
    yield { kind: "problem", problem: { path, reason: `folder cannot be listed: ${describeFsError(error)}` } };
    return;
  }
  for (const entry of entries.filter((name) => !isSkippedEntry(name)).sort(byName)) {
    yield* walkPath(join(path, entry), visited);
  }
}

/** Files under the given paths, in argument order, each folder's entries sorted by name. */
export async function* walkInputs(paths: readonly string[]): AsyncGenerator<WalkItem> {
  const visited = new Set<string>();
  for (const path of paths) yield* walkPath(path, visited);
}
