import { describe, expect, it } from "vitest";
import { describeTag, TAG_KINDS } from "@/lib/glossary";

describe("describeTag", () => {
  it.each([
    ["PREL", "subject", /foreign relations/i],
    ["PGOV", "subject", /internal governmental affairs/i],
    ["SNAR", "subject", /narcotics/i],
    ["ASEC", "subject", /security/i],
    ["OVIP", "subject", /visits/i],
    ["KPAO", "program", /public affairs/i],
    ["KDEM", "program", /democratization/i],
    ["KTIP", "program", /trafficking in persons/i],
    ["PE", "country", /^Peru$/],
    ["TU", "country", /^Turkey$/],
    ["IZ", "country", /^Iraq$/],
    ["GM", "country", /^Germany$/],
    ["CH", "country", /^China$/],
    ["KS", "country", /South Korea/],
    ["KN", "country", /North Korea/],
    ["LO", "country", /^Slovakia$/],
    ["UP", "country", /^Ukraine$/],
    ["MU", "country", /^Oman$/],
    ["UR", "country", /Soviet Union/],
    ["XF", "country", /Middle East.*inferred/],
    ["NATO", "organization", /North Atlantic Treaty/],
    ["EUN", "organization", /European Union/],
    ["UNSC", "organization", /Security Council/],
    ["IAEA", "organization", /Atomic Energy/],
    ["ASSK", "person", /Aung San Suu Kyi/],
  ] as const)("%s is a %s tag", (tag, kind, meaning) => {
    const description = describeTag(tag);
    expect(description.kind).toBe(kind);
    expect(description.meaning).toMatch(meaning);
  });

  it("keeps the tag as given, trimmed, and looks it up case-insensitively", () => {
    expect(describeTag("  snar ")).toEqual({ tag: "snar", kind: "subject", meaning: "Narcotics" });
  });

  it.each([
    ["Human Rights", "subject", /human rights.*PHUM/i],
    ["HUMAN RIGHTS", "subject", /human rights/i],
    ["USEU BRUSSELS", "organization", /Mission to the European Union/],
    ["Istanbul", "country", /Istanbul/],
    ["Popular Party", "organization", /Spain/],
  ] as const)("explains the free-text tag %s", (tag, kind, meaning) => {
    expect(describeTag(tag)).toMatchObject({ kind });
    expect(describeTag(tag).meaning).toMatch(meaning);
  });

  it.each([
    ["POGV", "PGOV"],
    ["RU", "RS"],
    ["PARMS", "PARM"],
  ])("reads the variant %s as %s", (variant, canonical) => {
    const description = describeTag(variant);
    expect(description.kind).toBe(describeTag(canonical).kind);
    expect(description.meaning).toBe(`${describeTag(canonical).meaning} (variant of ${canonical})`);
  });

  describe("person tags by shape", () => {
    it.each([
      ["OBAMA, BARACK", "Person: Barack Obama"],
      ["CLINTON, HILLARY", "Person: Hillary Clinton"],
      ["BUSH, GEORGE W", "Person: George W Bush"],
      ["HO (MORRIS ARNOLD FREDERICK)", "Person: Morris Arnold Frederick (with HO: Honduras)"],
      ["OVIP (CLINTON, WILLIAM J.)", "Person: William J. Clinton (with OVIP: Visits of high-level officials (VIP visits))"],
      ["KCRM SP (BERARDUCCI", "Part of a person's name: Berarducci (with KCRM: Criminal activity (crime); SP: Spain)"],
      ["MOHAMED ET AL)", "Part of a person's name: Mohamed Et Al"],
    ])("%s", (tag, meaning) => {
      expect(describeTag(tag)).toEqual({ tag, kind: "person", meaning });
    });

    it("does not take a list of codes for a name", () => {
      expect(describeTag("PREL, PGOV").kind).not.toBe("person");
      expect(describeTag("SP ()").kind).toBe("unknown");
    });
  });

  describe("several tags written as one", () => {
    it("splits at spaces and stray punctuation when every part is a code", () => {
      const description = describeTag("PREL PM OAS");
      expect(description.kind).toBe("unknown");
      expect(description.meaning).toMatch(/^Several tags written as one: PREL \(.*\); PM \(Panama\); OAS \(Organization of American States\)$/);
      expect(describeTag("PTER; PREL").kind).toBe("subject");
      expect(describeTag("TU. CY").kind).toBe("country");
    });

    it("splits glued codes: a subject code with at most one country", () => {
      expect(describeTag("IZPREL").meaning).toMatch(/IZ \(Iraq\); PREL/);
      expect(describeTag("PHUMPGOV")).toMatchObject({ kind: "subject" });
    });

    it("never reads an ordinary word as country codes", () => {
      // HUMANR would split into HU MA NR (Hungary, Madagascar, Nauru).
      expect(describeTag("HUMANR").meaning).not.toMatch(/Several/);
      expect(describeTag("WAR")).toEqual({ tag: "WAR", kind: "unknown", meaning: null });
    });
  });

  it("says unknown, with no meaning, for what it does not know", () => {
    expect(describeTag("KSEP")).toEqual({ tag: "KSEP", kind: "unknown", meaning: null });
    expect(describeTag("")).toEqual({ tag: "", kind: "unknown", meaning: null });
    expect(describeTag("PREL").meaning).not.toBeNull();
  });

  it("returns only the declared kinds", () => {
    for (const tag of ["PREL", "KPAO", "PE", "UN", "ASSK", "ZZZZ"]) expect(TAG_KINDS).toContain(describeTag(tag).kind);
  });
});
