import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { detectFormat } from "./detect";
import { adaptSiteHtml } from "./site-html";
import type { TelegramSource } from "./types";

const fixture = (name: string): string => join(process.cwd(), "tests/fixtures/adapters", name);

function adapt(name: string): TelegramSource {
  const html = readFileSync(fixture(name), "utf8");
  expect(detectFormat(html)).toBe("site-html");
  const [result] = adaptSiteHtml(html, fixture(name));
  if (!result.ok) throw new Error(result.problem.reason);
  return result.value;
}

describe("Cablegate site pages", () => {
  it("reads the metadata table, the partial notice and the body <pre> (04AMMAN1288)", () => {
    const cable = adapt("04AMMAN1288.html");
    expect(cable.metadata).toEqual({
      id: "04AMMAN1288",
      date: "2004-02-19T20:08:00Z",
      released: "2010-11-29T23:11:00Z",
      classification: "SECRET", // the cell's text, not its misleading title attribute
      origin: "Embassy Amman",
    });
    expect(cable.partial).toBe(true);
    expect(cable.text.startsWith("S E C R E T SECTION 01 OF 02 AMMAN 001288 \n\nSIPDIS \n\nEO 12958 DECL: 02/19/2014 \nTAGS PREL, PGOV")).toBe(true);
    expect(cable.text).toContain("\n\n¶1. (S) FonMin Muasher told");
    expect(cable.text.endsWith("GNEHM")).toBe(true);
    expect(cable.text).not.toMatch(/<a |&#x|Browse|Currently released|Cable Viewer/);
    expect(cable.source).toEqual({ path: fixture("04AMMAN1288.html"), format: "site-html" });
    expect(cable.warnings).toEqual([]);
  });

  it("takes the header <pre> before the body and ignores the articles row (04OTTAWA3115)", () => {
    const cable = adapt("04OTTAWA3115.html");
    expect(cable.metadata.id).toBe("04OTTAWA3115");
    expect(cable.metadata.classification).toBe("SECRET//NOFORN");
    expect(cable.metadata.origin).toBe("Embassy Ottawa");
    expect(cable.text).not.toContain("Appears in these articles");
  });

  it("removes <strong> and tag links but keeps their words (09ISLAMABAD3037)", () => {
    const cable = adapt("09ISLAMABAD3037.html");
    expect(cable.text).toContain("EO 12958 DECL:");
    expect(cable.text).not.toMatch(/<\/?strong>/);
    expect(cable.partial).toBe(false);
    expect(cable.text.startsWith("VZCZC")).toBe(true);
  });

  it("rejects a page without the metadata table", () => {
    const [result] = adaptSiteHtml("<html><title>Cable Viewer</title><body>nothing</body></html>", "x.html");
    expect(result).toEqual({ ok: false, problem: { path: "x.html", reason: "Cablegate page without its metadata table (<table class='cable'>)" } });
  });
});
