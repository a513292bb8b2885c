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
