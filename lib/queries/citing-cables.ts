/**
 * The cables in the archive that cite a cable id, each with the REF label and text they cite it by,
 * oldest citing cable first. Raw SQL for the same reason as graph-citations-of.ts: ordering by the
 * joined cable is one index walk here, where the ORM's relation ordering read every citation first.
 */
import { prisma } from "@/lib/db/client";
import type { GraphCable } from "@/lib/queries/graph-cable";

/** The citing cable as the citation graph shows it, and the REF entry it cites by. */
export type Citation = GraphCable & { label: string | null; text: string };

type Row = Omit<Citation, "serial"> & { serial: number | bigint | null };

export async function getCitingCables(citedId: string): Promise<Citation[]> {
  const rows = await prisma.$queryRaw<Row[]>`
    SELECT c."slug", c."id", c."station", c."serial", c."date", c."subject", r."label", r."text"
    FROM "Reference" AS r JOIN "Cable" AS c ON c."pk" = r."citingPk"
    WHERE r."citedId" = ${citedId}
    ORDER BY c."date", r."citingPk", r."position"`;
  return rows.map(({ serial, ...citation }) => ({ ...citation, serial: serial === null ? null : Number(serial) }));
}
