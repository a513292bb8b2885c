/**
 * Tables the migrations create by hand and Prisma's schema does not model: the FTS5 index over
 * "Cable" and the shadow tables SQLite keeps for it. Prisma's diff must leave them alone.
 */
export const EXTERNAL_TABLES = [
  "CableSearch",
  "CableSearch_config",
  "CableSearch_data",
  "CableSearch_docsize",
  "CableSearch_idx",
];
