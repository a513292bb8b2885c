/**
 * Prisma's schema engine compiled to WebAssembly, driven through the better-sqlite3 driver adapter:
 * the Prisma CLI's migrate commands need a native engine binary that cannot be downloaded here.
 * Development tooling only (authoring migrations, checking them against schema.prisma); the
 * server and ingest apply migrations with lib/db/migrate.ts.
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";
import { bindMigrationAwareSqlAdapterFactory } from "@prisma/driver-adapter-utils";
import * as bindings from "@prisma/schema-engine-wasm/schema_engine_bg";
import type { MigrationList, SchemaEngine, SchemaFilter } from "@prisma/schema-engine-wasm";
import { EXTERNAL_TABLES } from "@/lib/db/external-tables";
import { readMigrations } from "@/lib/db/migrate";

export const SCHEMA_FILTER: SchemaFilter = { externalTables: EXTERNAL_TABLES, externalEnums: [] };

let instantiated: Promise<void> | undefined;

/** The package's entry imports the .wasm as an ES module, which Node 20 and Vite refuse; instantiate it by hand. */
function instantiate(): Promise<void> {
  instantiated ??= (async () => {
    const require = createRequire(import.meta.url);
    const wasmPath = require.resolve("@prisma/schema-engine-wasm/schema_engine_bg").replace(/\.js$/, ".wasm");
    const imports = { "./schema_engine_bg.js": bindings } as unknown as WebAssembly.Imports;
    const { instance } = await WebAssembly.instantiate(readFileSync(wasmPath), imports);
    bindings.__wbg_set_wasm(instance.exports);
    (instance.exports.__wbindgen_start as () => void)();
  })();
  return instantiated;
}

type SqlAdapter = Awaited<ReturnType<PrismaBetterSqlite3["connect"]>>;

const MULTI_STATEMENT = "contains more than one statement";

/**
 * The engine sends whole migration scripts through executeRaw, which better-sqlite3 refuses when they
 * hold several statements; such scripts go to executeScript (db.exec) instead.
 */
function acceptScripts(adapter: SqlAdapter): SqlAdapter {
  const executeRaw = adapter.executeRaw.bind(adapter);
  adapter.executeRaw = async (query) => {
    try {
      return await executeRaw(query);
    } catch (error) {
      if (!(error instanceof RangeError && error.message.includes(MULTI_STATEMENT))) throw error;
      await adapter.executeScript(query.sql);
      return 0;
    }
  };
  return adapter;
}

/** A schema engine connected to the SQLite database at `url` ("file:..."); its shadow database lives in memory. */
export async function openSchemaEngine(url: string, schema: string): Promise<SchemaEngine> {
  await instantiate();
  const factory = new PrismaBetterSqlite3({ url });
  const adapter = bindMigrationAwareSqlAdapterFactory({
    provider: factory.provider,
    adapterName: factory.adapterName,
    connect: async () => acceptScripts(await factory.connect()),
    connectToShadowDb: async () => acceptScripts(await factory.connectToShadowDb()),
  });
  const ignoreLogs = () => {};
  return bindings.SchemaEngine.new({ datamodels: [["schema.prisma", schema]] }, ignoreLogs, adapter);
}

/** The migrations folder in the form the engine takes. */
export function migrationList(dir: string): MigrationList {
  return {
    baseDir: dir,
    lockfile: { path: "migration_lock.toml", content: readFileSync(`${dir}/migration_lock.toml`, "utf8") },
    shadowDbInitScript: "",
    migrationDirectories: readMigrations(dir).map((migration) => ({
      path: migration.name,
      migrationFile: { path: "migration.sql", content: { tag: "ok", value: migration.sql } },
    })),
  };
}

/** The engine's script for "no difference" holds only its comment line. */
export function isEmptyScript(script: string): boolean {
  return script.split("\n").every((line) => line.trim() === "" || line.startsWith("--"));
}
