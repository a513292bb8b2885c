// Cables cited by station and serial in a cable's text, on an archive of the five seeds and two
// telegrams written here that cite seeds in their paragraphs.
import Database from "better-sqlite3";
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { CableParagraphs } from "@/components/cable/cable-paragraphs";
import { recordLinkContext } from "@/components/cable-text/link-context";
import type { CablePage } from "@/lib/queries/cable-page";
import { openTempArchive, type TempArchive } from "@/tests/helpers/temp-archive";

/** A Lima telegram of January 2007: `serial`, an optional REF line, then `paragraphs`. */
function telegram(serial: string, ref: string | null, paragraphs: string[]): string {
  return [
    "VZCZCXYZ0001",
    "PP RUEHWEB",
    "",
    `DE RUEHPE #${serial.slice(-4)}/01 0101200`,
    "ZNR UUUUU ZZH",
    "P 101200Z JAN 07",
    "FM AMEMBASSY LIMA",
    "TO RUEHC/SECSTATE WASHDC PRIORITY 0001",
    "",
    `UNCLAS LIMA ${serial}`,
    "",
    "SIPDIS",
    "",
    "E.O. 12958: N/A",
    "TAGS: PGOV PE",
    "SUBJECT: CITING OTHER CABLES IN THE TEXT",
    "",
    ...(ref ? [`REF: ${ref}`, ""] : []),
    ...paragraphs.flatMap((paragraph) => [paragraph, ""]),
    "POWERS",
    "",
  ].join("\n");
}

const TELEGRAMS = {
  // Mentions only: two seeds, a cable the archive lacks, and its own serial.
  "mentions.txt": telegram("000500", null, [
    "1. (U) As LIMA 218 reported (see also 2007 LIMA 3229 and 06 LIMA 3823), the talks go on.",
    "2. (U) This cable, LIMA 500, is not its own link.",
  ]),
  // The same seed as a REF entry and in the text: asked for once, with the REF ids.
  "ref-and-mention.txt": telegram("000501", "LIMA 218", ["1. (U) Per reftel (LIMA 218) the talks go on."]),
};

const loadQueries = async () => ({
  page: await import("@/lib/queries/cable-page"),
  links: await import("@/lib/queries/cable-page-links"),
  archived: await import("@/lib/queries/archived-cable-ids"),
  db: await import("@/lib/db/client"),
});

let archive: TempArchive<Awaited<ReturnType<typeof loadQueries>>>;
let queries: typeof archive.modules;

beforeAll(async () => {
  archive = await openTempArchive("mentions", { files: TELEGRAMS }, loadQueries);
  queries = archive.modules;
});

afterAll(async () => {
  await queries?.db.prisma.$disconnect();
  archive?.remove();
});

async function pageOf(slug: string): Promise<CablePage> {
  const cable = await queries.page.getCableBySlug(slug);
  if (!cable) throw new Error(`no cable ${slug}`);
  return cable;
}

/** The page's links, and the SQL statements reading them took (one better-sqlite3 prepare each). */
async function linksCounted(cable: CablePage) {
  const prepare = vi.spyOn(Database.prototype, "prepare");
  try {
    const links = await queries.links.getCablePageLinks(cable);
    return { links, statements: prepare.mock.calls.length };
  } finally {
    prepare.mockRestore();
  }
}

/** The same cable with its text cut: what the page read before it looked for mentions. */
function withoutText({ slug, record }: CablePage): CablePage {
  return { slug, record: { ...record, summary: null, comment: null, paragraphs: [] } };
}

describe("archived cables a cable's text cites", () => {
  it("returns the ids the archive holds, in statements of 500", async () => {
    const ids = [...Array.from({ length: 1_200 }, (_, serial) => `07STATE${serial}`), "07LIMA218", "05LIMA1246", "07LIMA218"];
    const prepare = vi.spyOn(Database.prototype, "prepare");
    try {
      expect(await queries.archived.getArchivedCableIds(ids)).toEqual(new Set(["07LIMA218", "05LIMA1246"]));
      expect(prepare).toHaveBeenCalledTimes(3);
      prepare.mockClear();
      expect(await queries.archived.getArchivedCableIds([])).toEqual(new Set());
      expect(prepare).not.toHaveBeenCalled();
    } finally {
      prepare.mockRestore();
    }
  });

  it("a page links the mentioned cables the archive holds, in one statement more", async () => {
    const cable = await pageOf("07LIMA500");
    const { links, statements } = await linksCounted(cable);
    expect(links.mentioned).toEqual(new Set(["07LIMA218", "07LIMA3229"]));
    expect(statements).toBe((await linksCounted(withoutText(cable))).statements + 1);
  });

  it("a mention of a REF id costs no statement: the REF ids' query answers it", async () => {
    const cable = await pageOf("07LIMA501");
    const { links, statements } = await linksCounted(cable);
    expect(links.mentioned).toEqual(new Set(["07LIMA218"]));
    expect(links.archived).toEqual(new Set(["07LIMA218"]));
    expect(statements).toBe((await linksCounted(withoutText(cable))).statements);
  });

  it("the seeds cite no cable by station and serial in their text: their pages read as before", async () => {
    for (const slug of ["07LIMA3229", "07LIMA218", "05LIMA1246", "LIMA1409-90950bb8"]) {
      const cable = await pageOf(slug);
      const { links, statements } = await linksCounted(cable);
      expect(links.mentioned).toEqual(new Set());
      expect(statements).toBe((await linksCounted(withoutText(cable))).statements);
    }
  });

  it("renders the mentions as links to the cables and its own serial as text", async () => {
    const { record } = await pageOf("07LIMA500");
    const { mentioned } = await queries.links.getCablePageLinks(await pageOf("07LIMA500"));
    const html = renderToStaticMarkup(createElement(CableParagraphs, { paragraphs: record.paragraphs, links: recordLinkContext(record, mentioned) }));
    expect(html).toContain('<a title="Cable 07LIMA218" class="');
    expect(html).toMatch(/href="\/cable\/07LIMA218"[^>]*>LIMA 218<\/a> reported/);
    expect(html).toMatch(/href="\/cable\/07LIMA3229"[^>]*>2007 LIMA 3229<\/a> and 06 LIMA 3823\)/);
    expect(html).toContain("This cable, LIMA 500, is not its own link.");
    expect(html.match(/<a /g)).toHaveLength(2 + record.paragraphs.filter(({ number }) => number !== null).length);
  });
});
