/** The cables in the archive that cite a cable id, each with the REF label and text they cite it by. */
import { prisma } from "@/lib/db/client";

export type Citation = {
  slug: string;
  id: string | null;
  station: string | null;
  serial: number | null;
  date: string | null;
  subject: string | null;
  label: string | null;
  text: string;
};

export async function getCitingCables(citedId: string): Promise<Citation[]> {
  const references = await prisma.reference.findMany({
    where: { citedId },
    select: {
      label: true,
      text: true,
      citing: { select: { slug: true, id: true, station: true, serial: true, date: true, subject: true } },
    },
    orderBy: [{ citing: { date: "asc" } }, { citingPk: "asc" }, { position: "asc" }],
  });
  return references.map(({ label, text, citing }) => ({ ...citing, label, text }));
}
