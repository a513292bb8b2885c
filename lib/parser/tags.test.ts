import { describe, expect, it } from "vitest";
import { parseTags } from "./tags";

describe("parseTags", () => {
  it.each([
    [["TAGS: PREL PGOV SNAR PE"], ["PREL", "PGOV", "SNAR", "PE"]],
    [["TAGS:  PGOV, PINS, ELAB, EG "], ["PGOV", "PINS", "ELAB", "EG"]],
    [["TAGS:          MASS, SA, US "], ["MASS", "SA", "US"]],
    [["TAGS: fr pgov pinr"], ["FR", "PGOV", "PINR"]],
    [["TAGS: PGOV, KDEM, PINR, KCOR, ECON, EFIN, MI, Political "], ["PGOV", "KDEM", "PINR", "KCOR", "ECON", "EFIN", "MI", "Political"]],
    [["TAGS: EAIR, EINV, MU, Domestic Politics, Ports"], ["EAIR", "EINV", "MU", "Domestic Politics", "Ports"]],
    [["TAGS: PREL, FI, FI, EUN"], ["PREL", "FI", "EUN"]],
    [["TAGS: PREL PGOV", "KDEM"], ["PREL", "PGOV", "KDEM"]],
    [["TAGS PREL, PGOV, SF"], ["PREL", "PGOV", "SF"]],
    [["Tags: prel, pgov, pins, tu"], ["PREL", "PGOV", "PINS", "TU"]],
  ])("%j", (lines, tags) => {
    expect(parseTags(lines)).toEqual(tags);
  });
});
