/** A cable by its URL key, with its stored record validated against the one record schema. */
import { cache } from "react";
import { readCableRecord, storedCableRecordSelect } from "@/lib/db/cable-record";
import { prisma } from "@/lib/db/client";
import type { CableRecord } from "@/lib/record/schema";

export type CablePage = { slug: string; record: CableRecord };

/** Cached per request: the page and its metadata both ask. */
export const getCableBySlug = cache(async (slug: string): Promise<CablePage | null> => {
  const row = await prisma.cable.findUnique({ where: { slug }, select: { slug: true, ...storedCableRecordSelect } });
  if (!row) return null;
  return { slug: row.slug, record: readCableRecord(row) };
});
