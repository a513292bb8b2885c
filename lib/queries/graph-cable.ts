/** A cable of the citation graph as the archive has it: URL key, id, name parts, date and subject. */
import type { Prisma } from "@/generated/prisma/client";

export const graphCableSelect = {
  slug: true,
  id: true,
  station: true,
  serial: true,
  date: true,
  subject: true,
} satisfies Prisma.CableSelect;

export type GraphCable = Prisma.CableGetPayload<{ select: typeof graphCableSelect }>;

/** A citation between two cables: the citing cable in the archive, the cited one by id, in or not. */
export type GraphCitation = { citing: GraphCable; citedId: string };

/** Only the graph's fields of a cable row that has more (a citation's label and text). */
export function toGraphCable({ slug, id, station, serial, date, subject }: GraphCable): GraphCable {
  return { slug, id, station, serial, date, subject };
}
