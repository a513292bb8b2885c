/** One page of `/cables`: the cables matching the filters, newest (or oldest) first, and how many match. */
import { prisma } from "@/lib/db/client";
import { PAGE_SIZE, cableOrderBy, cableWhere, type CableFilters } from "@/lib/queries/cable-filters";
import { cableListItemSelect, toCableListItem, type CableListItem } from "@/lib/queries/cable-list-item";

export type CableListPage = {
  items: CableListItem[];
  total: number;
  page: number;
  pageCount: number;
  pageSize: number;
};

export async function listCables(filters: CableFilters): Promise<CableListPage> {
  const where = cableWhere(filters);
  const [total, rows] = await Promise.all([
    prisma.cable.count({ where }),
    prisma.cable.findMany({
      where,
      select: cableListItemSelect,
      orderBy: cableOrderBy(filters),
      skip: (filters.page - 1) * PAGE_SIZE,
      take: PAGE_SIZE,
    }),
  ]);
  return {
    items: rows.map(toCableListItem),
    total,
    page: filters.page,
    pageCount: Math.max(1, Math.ceil(total / PAGE_SIZE)),
    pageSize: PAGE_SIZE,
  };
}
