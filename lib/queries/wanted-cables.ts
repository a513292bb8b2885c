/**
 * `/wanted`: cable ids the archive's cables cite but the archive lacks, most cited first; each
 * links to its page, which answers 404 and lists the citing cables.
 */
import { rankingPage, type CitationRanking } from "@/lib/queries/cited-cables";
import { getCitationCounts, type CitationCount } from "@/lib/queries/cited-counts";

export async function getWantedCables(page: number): Promise<CitationRanking<CitationCount>> {
  return rankingPage((await getCitationCounts()).wanted, page);
}
