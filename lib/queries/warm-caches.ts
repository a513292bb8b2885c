/**
 * Computes the figures every list page needs (the facet index, whole-archive counts) once when the
 * server starts, so the first visitor does not wait the second or two they take at 250,000 cables.
 */
import { getArchiveSummary } from "@/lib/queries/archive-summary";
import { COUNTED_COLUMNS, getCableCountsBy } from "@/lib/queries/cable-column-counts";
import { getCitationCounts } from "@/lib/queries/cited-counts";
import { getTagCounts } from "@/lib/queries/tag-counts";
import { getFacetIndex } from "@/lib/search/facet-index";
import { getReadDb } from "@/lib/db/read-connection";

export async function warmCaches(): Promise<void> {
  getFacetIndex(getReadDb());
  await Promise.all([getArchiveSummary(), getTagCounts(), getCitationCounts(), ...COUNTED_COLUMNS.map(getCableCountsBy)]);
}
