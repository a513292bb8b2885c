/**
 * Computes the figures every list page needs (the facet index, whole-archive counts) once when the
 * server starts, so the first visitor does not wait the second or two they take at 250,000 cables.
 */
import { getArchiveFacets } from "@/lib/queries/archive-facets";
import { getArchiveSummary } from "@/lib/queries/archive-summary";
import { getCitationCounts } from "@/lib/queries/cited-counts";
import { getOriginSummaries } from "@/lib/queries/origins-summary";
import { getTagCounts } from "@/lib/queries/tag-counts";

export async function warmCaches(): Promise<void> {
  // Each builds the facet index first if need be, then its figure over it.
  getArchiveSummary();
  getTagCounts();
  getOriginSummaries();
  getArchiveFacets();
  await getCitationCounts();
}
