// Cables cited by station and serial in a cable's text, on an archive of the five seeds and two
// telegrams written here that cite seeds in their paragraphs.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { CableParagraphs } from "@/components/cable/cable-paragraphs";
import { recordLinkContext } from "@/components/cable-text/link-context";
import { ingest } from "@/lib/db/ingest";
import { openDatabase } from "@/lib/db/open";
import { readInputs } from "@/lib/pipeline";
import type { CablePage } from "@/lib/queries/cable-page";

const SEEDS = path.resolve(__dirname, "../../seeds");

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

let dir: string;
let pageQuery: typeof import("@/lib/queries/cable-page");
let linksQuery: typeof import("@/lib/queries/cable-page-links");
let archivedQuery: typeof import("@/lib/queries/archived-cable-ids");
let dbClient: typeof import("@/lib/db/client");

/** The seeds and TELEGRAMS ingested into a fresh archive under `dir`: its file. */
async function buildArchive(): Promise<string> {
  const telegrams = path.join(dir, "telegrams");
  mkdirSync(telegrams);
  for (const [name, text] of Object.entries(TELEGRAMS)) writeFileSync(path.join(telegrams, name), text);
  const file = path.join(dir, "archive.db");
  const db = openDatabase(file);
  await ingest(db, readInputs([SEEDS, telegrams])).finally(() => db.close());
  return file;
}

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), "cable-archive-mentions-"));
  // The Prisma client reads DATABASE_URL when first imported: import the queries after setting it.
  process.env.DATABASE_URL = `file:${await buildArchive()}`;
  [pageQuery, linksQuery, archivedQuery, dbClient] = await Promise.all([
    import("@/lib/queries/cable-page"),
    import("@/lib/queries/cable-page-links"),
    import("@/lib/queries/archived-cable-ids"),
    import("@/lib/db/client"),
  ]);
});

afterAll(async () => {
  await dbClient?.prisma.$disconnect();
  rmSync(dir, { recursive: true, force: true });
});

async function pageOf(slug: string): Promise<CablePage> {
  const cable = await pageQuery.getCableBySlug(slug);
  if (!cable) throw new Error(`no cable ${slug}`);
  return cable;
}

/** The page's links, and the SQL statements reading them took (one better-sqlite3 prepare each). */
async function linksCounted(cable: CablePage) {
  const prepare = vi.spyOn(Database.prototype, "prepare");
  try {
    const links = await linksQuery.getCablePageLinks(cable);
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
      expect(await archivedQuery.getArchivedCableIds(ids)).toEqual(new Set(["07LIMA218", "05LIMA1246"]));
      expect(prepare).toHaveBeenCalledTimes(3);
      prepare.mockClear();
      expect(await archivedQuery.getArchivedCableIds([])).toEqual(new Set());
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
    const { mentioned } = await linksQuery.getCablePageLinks(await pageOf("07LIMA500"));
    const html = renderToStaticMarkup(createElement(CableParagraphs, { paragraphs: record.paragraphs, links: recordLinkContext(record, mentioned) }));
    expect(html).toContain('<a title="Cable 07LIMA218" class="');
    expect(html).toMatch(/href="\/cable\/07LIMA218"[^>]*>LIMA 218<\/a> reported/);
    expect(html).toMatch(/href="\/cable\/07LIMA3229"[^>]*>2007 LIMA 3229<\/a> and 06 LIMA 3823\)/);
    expect(html).toContain("This cable, LIMA 500, is not its own link.");
    expect(html.match(/<a /g)).toHaveLength(2 + record.paragraphs.filter(({ number }) => number !== null).length);
  });
});
