/**
 * `/api/cable/<id>`: the stored record (the CableRecord schema), looked up by its page key (the
 * canonical id, or the slug of a cable whose year is unknown). A cable that is cited but not in the
 * archive answers 404 with the cables that cite it.
 */
import { getCableBySlug } from "@/lib/queries/cable-page";
import { getCitingCables, type Citation } from "@/lib/queries/citing-cables";
import type { CableRecord } from "@/lib/record/schema";
import type { ApiAnswer } from "@/lib/search/cables-api";

export type MissingCableBody = { error: string; citedBy?: Citation[] };

export async function answerCableApi(id: string): Promise<ApiAnswer<CableRecord> | { status: 404; body: MissingCableBody }> {
  const cable = await getCableBySlug(id);
  if (cable) return { status: 200, body: cable.record };
  const citedBy = await getCitingCables(id);
  if (citedBy.length === 0) return { status: 404, body: { error: `No cable ${id} in the archive.` } };
  return { status: 404, body: { error: `Cable ${id} is not in the archive; ${citedBy.length} archived cable(s) cite it.`, citedBy } };
}
