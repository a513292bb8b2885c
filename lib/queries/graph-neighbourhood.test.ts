// The reference-following queries (graph, /cited, /wanted, previous/next) on an archive of the five seeds.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { ingest } from "@/lib/db/ingest";
import { openDatabase } from "@/lib/db/open";
import { readInputs } from "@/lib/pipeline";
import type { GraphNode } from "@/lib/queries/graph-neighbourhood";

const SEEDS = path.resolve(__dirname, "../../seeds");

let dir: string;
let file: string;
let queries: {
  page: typeof import("@/lib/queries/cable-page");
  links: typeof import("@/lib/queries/cable-page-links");
  layout: typeof import("@/lib/queries/graph-layout");
  cited: typeof import("@/lib/queries/cited-cables");
  wanted: typeof import("@/lib/queries/wanted-cables");
  adjacent: typeof import("@/lib/queries/adjacent-cables");
  counts: typeof import("@/lib/queries/cited-counts");
  client: typeof import("@/lib/db/client");
};

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), "cable-archive-graph-"));
  file = path.join(dir, "archive.db");
  const db = openDatabase(file);
  try {
    await ingest(db, readInputs([SEEDS]));
  } finally {
    db.close();
  }
  // The Prisma client reads DATABASE_URL when first imported: import the queries after setting it.
  process.env.DATABASE_URL = `file:${file}`;
  queries = {
    page: await import("@/lib/queries/cable-page"),
    links: await import("@/lib/queries/cable-page-links"),
    layout: await import("@/lib/queries/graph-layout"),
    cited: await import("@/lib/queries/cited-cables"),
    wanted: await import("@/lib/queries/wanted-cables"),
    adjacent: await import("@/lib/queries/adjacent-cables"),
    counts: await import("@/lib/queries/cited-counts"),
    client: await import("@/lib/db/client"),
  };
});

afterAll(async () => {
  await queries?.client.prisma.$disconnect();
  rmSync(dir, { recursive: true, force: true });
});

/** The cable page's graph: its first step from the rows the page reads for its own panels. */
async function graphOf(slug: string, maxNodes?: number) {
  const cable = await queries.page.getCableBySlug(slug);
  if (!cable) throw new Error(`no cable ${slug}`);
  return (await queries.links.getCablePageLinks(cable, maxNodes)).graph;
}

/** Runs an SQL statement on the archive through a second connection, as an ingest would. */
function writeArchive(sql: string) {
  const writer = openDatabase(file);
  try {
    writer.prepare(sql).run();
  } finally {
    writer.close();
  }
}

const describeNodes = (graph: Awaited<ReturnType<typeof graphOf>>) =>
  Object.fromEntries(graph.nodes.map((node) => [node.key, `${node.side} ${node.distance}${node.cable ? "" : " missing"}`]));

describe("citation graph", () => {
  it("07LIMA3229: what it cites, and two steps out what 07LIMA218 cites", async () => {
    const graph = await graphOf("07LIMA3229");
    expect(describeNodes(graph)).toEqual({
      "07LIMA3229": "center 0",
      "07LIMA909": "cited 1 missing",
      "07LIMA1053": "cited 1 missing",
      "06LIMA3823": "cited 1 missing",
      "06LIMA2927": "cited 1 missing",
      "07LIMA218": "cited 1",
      "06LIMA4766": "cited 2 missing",
      "05LIMA4441": "cited 2 missing",
      "03LIMA1098": "cited 2 missing",
    });
    // 07LIMA218 cites 06LIMA3823 and 06LIMA2927 as well: those edges join nodes already shown.
    expect(graph.edges).toContainEqual({ from: "07LIMA218", to: "06LIMA3823" });
    expect(graph.edges).toContainEqual({ from: "07LIMA3229", to: "07LIMA218" });
    expect(graph.edges).toHaveLength(10);
    expect(graph).toMatchObject({ omitted: 0, omittedAtLeast: false });
  });

  it("07LIMA218: cited by 07LIMA3229, which is on the citing side", async () => {
    const graph = await graphOf("07LIMA218");
    expect(describeNodes(graph)["07LIMA3229"]).toBe("citing 1");
    expect(graph.edges).toContainEqual({ from: "07LIMA3229", to: "07LIMA218" });
    expect(graph.nodes.filter((node) => node.side === "cited")).toHaveLength(5);
    // 07LIMA3229 also cites two cables this one cites: edges between shown nodes, no new nodes.
    expect(graph.edges).toContainEqual({ from: "07LIMA3229", to: "06LIMA3823" });
    expect(graph.edges).toContainEqual({ from: "07LIMA3229", to: "06LIMA2927" });
    expect(graph.nodes).toHaveLength(7);
  });

  it("caps the nodes, nearest first, and counts what it left out", async () => {
    const graph = await graphOf("07LIMA3229", 4);
    expect(graph.nodes.map((node) => node.key)).toEqual(["07LIMA3229", "07LIMA909", "07LIMA1053", "06LIMA3823"]);
    // 07LIMA218 and 06LIMA2927 did not fit; 07LIMA218 was not followed, so more may be out there.
    expect(graph.omitted).toBe(2);
    expect(graph.omittedAtLeast).toBe(true);
    expect(graph.edges.map(({ from }) => from)).toEqual(["07LIMA3229", "07LIMA3229", "07LIMA3229"]);
  });

  it("reads who cites a cable and which of its references are archived once, for its panels and its graph", async () => {
    const pages = await Promise.all(
      ["07LIMA3229", "07LIMA218", "05LIMA1246", "LIMA1409-90950bb8"].map((slug) => queries.page.getCableBySlug(slug)),
    );
    // Every query runs through better-sqlite3's prepare, one call a statement (Prisma's adapter as well).
    const prepare = vi.spyOn(Database.prototype, "prepare");
    try {
      const statements: Record<string, number> = {};
      for (const page of pages) {
        prepare.mockClear();
        const links = await queries.links.getCablePageLinks(page!);
        expect(links.graph.nodes[0]).toMatchObject({ key: page!.slug, side: "center" });
        statements[page!.slug] = prepare.mock.calls.length;
      }
      // Citing cables 1, archived references 1, previous/next 1 (the page's own); then the graph's second
      // step only: what shown cables cite 2 (references, then their cables), who cites the citing side 1,
      // which second-step ids are archived 1. A cable with no references and no id reads previous/next alone.
      expect(statements).toEqual({ "07LIMA3229": 6, "07LIMA218": 6, "05LIMA1246": 3, "LIMA1409-90950bb8": 1 });
    } finally {
      prepare.mockRestore();
    }
  });

  it("follows no more citing cables than it can show, and counts each cable left out once", async () => {
    // 07LIMA218 cites 05LIMA1246 twice, 07LIMA3229 once: three citations, two cables, 07LIMA218 first by date.
    writeArchive(`INSERT INTO "Reference" (citingPk, position, label, text, citedId, kind)
      SELECT pk, position, NULL, 'LIMA 1246', '05LIMA1246', 'cable'
      FROM "Cable", (SELECT 98 AS position UNION ALL SELECT 99)
      WHERE slug = '07LIMA218' OR (slug = '07LIMA3229' AND position = 98)`);
    try {
      const { citations, graph } = await queries.links.getCablePageLinks((await queries.page.getCableBySlug("05LIMA1246"))!, 2);
      expect(citations.map(({ slug }) => slug)).toEqual(["07LIMA218", "07LIMA218", "07LIMA3229"]);
      expect(graph.nodes.map((node) => node.key)).toEqual(["05LIMA1246", "05LIMA4"]);
      // Not shown: 05LIMA579, 05QUITO149 and 07LIMA218 (read), 07LIMA3229 (counted, not read).
      expect(graph).toMatchObject({ omitted: 4, omittedAtLeast: true });

      const full = await graphOf("05LIMA1246");
      expect(describeNodes(full)).toMatchObject({ "07LIMA218": "citing 1", "07LIMA3229": "citing 1" });
      expect(full.edges.filter(({ to }) => to === "05LIMA1246")).toEqual([
        { from: "07LIMA218", to: "05LIMA1246" },
        { from: "07LIMA3229", to: "05LIMA1246" },
      ]);
      expect(full).toMatchObject({ omitted: 0, omittedAtLeast: false });
    } finally {
      writeArchive(`DELETE FROM "Reference" WHERE position IN (98, 99)`);
    }
  });

  it("lays out citing left of the cable, cited right, and cables not in the archive in a band apart", async () => {
    const layout = queries.layout.layoutGraph(await graphOf("07LIMA218"));
    const at = (key: string) => layout.nodes.find((node) => node.key === key)!;
    expect(at("07LIMA3229").x).toBeLessThan(at("07LIMA218").x);
    expect(at("06LIMA4766").x).toBeGreaterThan(at("07LIMA218").x);
    expect(layout.divider).not.toBeNull();
    for (const node of layout.nodes) {
      expect(node.band).toBe(node.cable ? "archive" : "missing");
      if (node.cable) expect(node.y).toBeLessThan(layout.divider!.y);
      else expect(node.y).toBeGreaterThan(layout.divider!.y);
      expect(node.y + queries.layout.GRAPH_GEOMETRY.nodeHeight).toBeLessThanOrEqual(layout.height);
      expect(node.x + queries.layout.GRAPH_GEOMETRY.nodeWidth).toBeLessThanOrEqual(layout.width);
    }
    expect(layout.edges.map((edge) => edge.path)).toEqual(layout.edges.map(() => expect.stringMatching(/^M[\d.]+,[\d.]+ C/)));
  });

  it("never overlaps two nodes, on a full graph of every side and distance", () => {
    const { layoutGraph, GRAPH_GEOMETRY } = queries.layout;
    const cable = (slug: string) => ({ slug, id: slug, station: null, serial: null, date: null, subject: null });
    const sides = [["cited", 1], ["cited", 2], ["citing", 1], ["citing", 2]] as const;
    const nodes: GraphNode[] = [{ key: "C", id: "C", cable: cable("C"), side: "center", distance: 0 }];
    for (let index = 0; index < 59; index++) {
      const [side, distance] = sides[index % 4];
      const key = `N${index}`;
      nodes.push({ key, id: key, cable: index % 3 === 0 && side === "cited" ? null : cable(key), side, distance });
    }
    const edges = nodes.slice(1).map((node) => (node.side === "cited" ? { from: "C", to: node.key } : { from: node.key, to: "C" }));
    const layout = layoutGraph({ nodes, edges, omitted: 0, omittedAtLeast: false });
    const boxes = layout.nodes.map(({ x, y }) => ({ x, y }));
    for (const [index, a] of boxes.entries()) {
      for (const b of boxes.slice(index + 1)) {
        const apart = Math.abs(a.x - b.x) >= GRAPH_GEOMETRY.nodeWidth || Math.abs(a.y - b.y) >= GRAPH_GEOMETRY.nodeHeight;
        expect(apart).toBe(true);
      }
    }
    expect(layout.nodes).toHaveLength(60);
    expect(new Set(layout.nodes.map(({ x }) => x)).size).toBe(5);
  });

  it("lays out the same graph the same way", async () => {
    const graph = await graphOf("07LIMA3229");
    expect(queries.layout.layoutGraph(graph)).toEqual(queries.layout.layoutGraph(structuredClone(graph)));
  });
});

describe("most cited and wanted", () => {
  it("/cited ranks the cables in the archive that archive cables cite", async () => {
    const page = await queries.cited.getMostCitedCables(1);
    expect(page.items.map(({ id, citations }) => [id, citations])).toEqual([["07LIMA218", 1]]);
    expect(page).toMatchObject({ total: 1, pageCount: 1 });
  });

  it("/wanted ranks cited ids the archive lacks, most cited first", async () => {
    const page = await queries.wanted.getWantedCables(1);
    expect(page.items.slice(0, 2)).toEqual([
      { id: "06LIMA2927", citations: 2 },
      { id: "06LIMA3823", citations: 2 },
    ]);
    expect(page.items.map(({ id }) => id)).toContain("06LIMA4766");
    expect(page.items.map(({ id }) => id)).not.toContain("07LIMA218");
    expect(page.total).toBe(page.items.length);
  });

  it("counts again once another connection (an ingest) has changed the archive", async () => {
    const { getCitationCounts } = queries.counts;
    expect((await getCitationCounts()).cited).toEqual([{ id: "07LIMA218", citations: 1 }]);
    writeArchive(`INSERT INTO "Reference" (citingPk, position, label, text, citedId, kind)
      SELECT pk, 99, 'Z', 'LIMA 218', '07LIMA218', 'cable' FROM "Cable" WHERE slug = '05LIMA1246'`);
    try {
      expect((await getCitationCounts()).cited).toEqual([{ id: "07LIMA218", citations: 2 }]);
    } finally {
      writeArchive(`DELETE FROM "Reference" WHERE position = 99`);
    }
  });

  it("a page past the end is empty", async () => {
    expect((await queries.wanted.getWantedCables(99)).items).toEqual([]);
  });
});

describe("previous and next by date", () => {
  it("walks the dated seeds in date order; undated cables have no neighbours", async () => {
    const ids = ["05LIMA1246", "07LIMA218", "07LIMA3229"];
    const neighbours = await Promise.all(ids.map((id) => queries.adjacent.getAdjacentCables(id)));
    expect(neighbours.map(({ previous, next }) => [previous?.slug ?? null, next?.slug ?? null])).toEqual([
      [null, "07LIMA218"],
      ["05LIMA1246", "07LIMA3229"],
      ["07LIMA218", null],
    ]);
    expect(await queries.adjacent.getAdjacentCables("no-such-cable")).toEqual({ previous: null, next: null });
  });
});
