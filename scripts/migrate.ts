/**
 * `npm run migrate`: applies pending migrations to the database DATABASE_URL names.
 * `npm run migrate -- --create <name>`: authors prisma/migrations/<timestamp>_<name>/migration.sql
 * from the difference between the committed migrations and prisma/schema.prisma (wasm schema engine).
 */
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { MIGRATIONS_DIR } from "@/lib/db/migrate";
import { openDatabase } from "@/lib/db/open";
import { isEmptyScript, migrationList, openSchemaEngine, SCHEMA_FILTER } from "@/lib/db/schema-engine";
import { databasePath } from "@/lib/db/url";

const SCHEMA_PATH = path.join(process.cwd(), "prisma", "schema.prisma");

async function createMigration(name: string): Promise<void> {
  const schema = readFileSync(SCHEMA_PATH, "utf8");
  const engine = await openSchemaEngine("file::memory:", schema);
  try {
    // createMigration cannot open a shadow database in the wasm engine; diff can, and gives the same script.
    const { stdout } = await engine.diff({
      from: { tag: "migrations", ...migrationList(MIGRATIONS_DIR) },
      to: { tag: "schemaDatamodel", files: [{ path: SCHEMA_PATH, content: schema }] },
      script: true,
      exitCode: null,
      filters: SCHEMA_FILTER,
    });
    if (!stdout || isEmptyScript(stdout)) {
      console.log("schema.prisma and the migrations agree: nothing to create");
      return;
    }
    const dir = path.join(MIGRATIONS_DIR, `${timestamp(new Date())}_${name}`);
    mkdirSync(dir, { recursive: true });
    writeFileSync(path.join(dir, "migration.sql"), stdout);
    console.log(`created ${path.relative(process.cwd(), dir)}/migration.sql`);
  } finally {
    engine.free();
  }
}

/** Prisma's migration folder prefix: UTC "YYYYMMDDHHMMSS". */
function timestamp(date: Date): string {
  return date.toISOString().replace(/\D/g, "").slice(0, 14);
}

function applyPending(): void {
  const file = databasePath();
  const applied: string[] = [];
  openDatabase(file, applied).close();
  console.log(applied.length ? `applied ${applied.join(", ")} to ${file}` : `${file} is up to date`);
}

const args = process.argv.slice(2);
const createAt = args.indexOf("--create");
if (createAt >= 0) {
  const name = args[createAt + 1];
  if (!name) {
    console.error("usage: npm run migrate -- --create <name>");
    process.exit(2);
  }
  await createMigration(name);
} else {
  applyPending();
}
