/** Raw SQL through the app's one Prisma client, values always bound, never spliced into the text. */
import { prisma } from "@/lib/db/client";
import type { SqlParam } from "@/lib/search/where";

export function queryRows<Row>(sql: string, params: readonly SqlParam[]): Promise<Row[]> {
  return prisma.$queryRawUnsafe<Row[]>(sql, ...params);
}

/** "?, ?, ?" for an IN list of `count` bound values. */
export function placeholders(count: number): string {
  return Array.from({ length: count }, () => "?").join(", ");
}

/** SQLite counts come back as bigint from the driver adapter. */
export function toCount(value: bigint | number): number {
  return Number(value);
}
