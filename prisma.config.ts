// Prisma CLI configuration. Migrations are authored and applied without the CLI's native engine
// (`npm run migrate`, lib/db/migrate.ts); this file tells Prisma's tools the same facts.
import { defineConfig } from "prisma/config";
import { EXTERNAL_TABLES } from "./lib/db/external-tables";
import { DEFAULT_DATABASE_URL } from "./lib/db/url";

export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  datasource: { url: process.env.DATABASE_URL || DEFAULT_DATABASE_URL },
  experimental: { externalTables: true },
  tables: { external: EXTERNAL_TABLES },
});
