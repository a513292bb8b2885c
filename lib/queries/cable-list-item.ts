/** The columns a cable shows with in lists (home, /cables, cited by): one shape for every list. */
import type { Prisma } from "@/generated/prisma/client";

export const cableListItemSelect = {
  slug: true,
  id: true,
  station: true,
  serial: true,
  date: true,
  classification: true,
  origin: true,
  subject: true,
  partial: true,
  tags: { select: { tag: true }, orderBy: { tag: "asc" } },
} satisfies Prisma.CableSelect;

type CableListRow = Prisma.CableGetPayload<{ select: typeof cableListItemSelect }>;

export type CableListItem = Omit<CableListRow, "tags"> & { tags: string[] };

export function toCableListItem(row: CableListRow): CableListItem {
  return { ...row, tags: row.tags.map(({ tag }) => tag) };
}
