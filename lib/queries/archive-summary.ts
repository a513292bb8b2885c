/**
 * Headline figures of the archive for the home page: how many cables and the span of their dates,
 * from the facet index, the snapshot the list of every cable is drawn from.
 */
import { isoDay, perFacetIndex } from "@/lib/queries/per-facet-index";
import type { FacetIndex } from "@/lib/search/facet-index";

export type ArchiveSummary = {
  cables: number;
  undated: number;
  /** ISO days of the earliest and latest dated cable; null when none is dated. */
  firstDate: string | null;
  lastDate: string | null;
};

/** Positions [0, dated) hold the dated cables in date order. */
function summarizeArchive({ size, dated, day }: FacetIndex): ArchiveSummary {
  return {
    cables: size,
    undated: size - dated,
    firstDate: dated > 0 ? isoDay(day[0]) : null,
    lastDate: dated > 0 ? isoDay(day[dated - 1]) : null,
  };
}

export const getArchiveSummary = perFacetIndex(summarizeArchive);
