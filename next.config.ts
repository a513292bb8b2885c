import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  // Native SQLite bindings must be loaded by Node at run time, not bundled.
  serverExternalPackages: ["better-sqlite3", "@prisma/adapter-better-sqlite3"],
  poweredByHeader: false,
  // `npm test` type-checks the whole project (tsc --noEmit); the build need not do it a second time.
  typescript: { ignoreBuildErrors: true },
};

export default nextConfig;
