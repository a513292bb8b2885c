/**
 * A fresh archive for tests that read it through the app's own connections: the inputs ingested
 * into a file in a new temp directory, DATABASE_URL naming that file, then the test's modules
 * imported, since the connections read DATABASE_URL when first loaded.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { ingest } from "@/lib/db/ingest";
import { openDatabase } from "@/lib/db/open";
import { readInputs } from "@/lib/pipeline";

/** The project's five seed cables. */
export const SEEDS = path.resolve(__dirname, "../../seeds");

export type TempArchiveInputs = {
  /** Ingest the seed directory (the default) or not. */
  seeds?: boolean;
  /** Inputs written for the test, text by file name, ingested after the seeds. */
  files?: Record<string, string>;
};

export type TempArchive<Modules> = {
  /** The archive's SQLite file. */
  file: string;
  /** What `load` imported once DATABASE_URL named the archive. */
  modules: Modules;
  /** Deletes the temp directory. */
  remove: () => void;
};

/** `name` tells the temp directories apart ("cable-archive-<name>-XXXXXX"). */
export async function openTempArchive<Modules>(
  name: string,
  inputs: TempArchiveInputs,
  load: () => Promise<Modules>,
): Promise<TempArchive<Modules>> {
  const dir = mkdtempSync(path.join(tmpdir(), `cable-archive-${name}-`));
  const remove = () => rmSync(dir, { recursive: true, force: true });
  try {
    const paths = inputs.seeds === false ? [] : [SEEDS];
    if (inputs.files) {
      const written = path.join(dir, "inputs");
      mkdirSync(written);
      for (const [fileName, text] of Object.entries(inputs.files)) writeFileSync(path.join(written, fileName), text);
      paths.push(written);
    }
    const file = path.join(dir, "archive.db");
    const db = openDatabase(file);
    await ingest(db, readInputs(paths)).finally(() => db.close());
    process.env.DATABASE_URL = `file:${file}`;
    return { file, modules: await load(), remove };
  } catch (error) {
    remove();
    throw error;
  }
}
