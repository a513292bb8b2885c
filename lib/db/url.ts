/** Where the archive lives: DATABASE_URL ("file:./data/archive.db", relative to the working folder). */
import path from "node:path";

export const DEFAULT_DATABASE_URL = "file:./data/archive.db";

/** The database file's absolute path. */
export function databasePath(url: string = process.env.DATABASE_URL || DEFAULT_DATABASE_URL): string {
  const file = url.replace(/^file:/, "").replace(/\?.*$/, "");
  if (!file || file === ":memory:") throw new Error(`DATABASE_URL must name a file, not ${url}`);
  return path.resolve(file);
}
