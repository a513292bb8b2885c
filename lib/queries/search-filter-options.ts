/**
 * The archive's tags (each spelling of one as one) and origins with their cable counts, most
 * frequent first (the first `limit` of each): the choices of the list's filter form.
 */
import { getArchiveFacets } from "@/lib/queries/archive-facets";
import type { ValueCount } from "@/lib/queries/tag-counts";

export function getFilterOptions(limit = Number.POSITIVE_INFINITY): { tags: ValueCount[]; origins: ValueCount[] } {
  const { tags, origins } = getArchiveFacets();
  return { tags: tags.slice(0, limit), origins: origins.slice(0, limit) };
}
