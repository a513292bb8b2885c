import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  // Native SQLite bindings must be loaded by Node at run time, not bundled.
  serverExternalPackages: ["better-sqlite3", "@prisma/adapter-better-sqlite3"],
  poweredByHeader: false,
};

export default nextConfig;
