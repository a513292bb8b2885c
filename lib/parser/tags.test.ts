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
    // Free text stays one tag: commas separate, or the words are no codes.
    [["TAGS: War Crimes"], ["War Crimes"]],
    [["TAGS: PHUM, KAWC, HR, War Crimes, Human Rights"], ["PHUM", "KAWC", "HR", "War Crimes", "Human Rights"]],
    [["TAGS: PREL PGOV Human Rights"], ["PREL", "PGOV", "Human Rights"]],
    [["TAGS: PGOV, PREL, KWBG, IR, IS, COUNTERTERRORISM, GOI EXTERNAL"], ["PGOV", "PREL", "KWBG", "IR", "IS", "COUNTERTERRORISM", "GOI EXTERNAL"]],
    // A comma inside parentheses separates nothing (09SINGAPORE529, 09BEIJING2963 in lower case).
    [["TAGS OVIP (STEINBERG, JAMES B.), PREL, MNUC"], ["OVIP (STEINBERG, JAMES B.)", "PREL", "MNUC"]],
    [["Tags: ovip (steinberg, james b.), prel"], ["OVIP (steinberg, james b.)", "PREL"]],
    [["TAGS: SP, PTER (HARRAK, SAED)"], ["SP", "PTER (HARRAK, SAED)"]],
    // Codes with spaces between them before the last comma (09ABUDHABI754).
    [["TAGS PTER PGOV PREL PARM EAID MOPS IR IS AF PK SY LE SA QA, AE"], ["PTER", "PGOV", "PREL", "PARM", "EAID", "MOPS", "IR", "IS", "AF", "PK", "SY", "LE", "SA", "QA", "AE"]],
    [["TAGS: PGOV, PHUM, PTER, ECON KISL, SA"], ["PGOV", "PHUM", "PTER", "ECON", "KISL", "SA"]],
    [["TAGS:       PGOV, PHUM, OAS PE"], ["PGOV", "PHUM", "OAS", "PE"]],
    [["TAGS:  PREL, SOVIET UNION, PINR, SL"], ["PREL", "SOVIET UNION", "PINR", "SL"]],
    [["TAGS: EFIN, EAID, MI, BUD FIN, Military"], ["EFIN", "EAID", "MI", "BUD FIN", "Military"]],
    [["TAGS: PINR PREL PTER YE COUNTER TERRORISM"], ["PINR", "PREL", "PTER", "YE", "COUNTER TERRORISM"]],
    [["TAGS: PTER; PREL; PGOV; BG"], ["PTER", "PREL", "PGOV", "BG"]],
    // A semicolon struck for the colon (92IZMIR819).
    [["TAGS;  PGOV, TU "], ["PGOV", "TU"]],
    // A page that repeats its header repeats the TAGS line (09ULAANBAATAR234, 09ISLAMABAD3037).
    [["TAGS: PREL PGOV MOPS KNNP MG", "Tags: prel, pgov, mops, knnp, mg"], ["PREL", "PGOV", "MOPS", "KNNP", "MG"]],
    [["TAGS PREL, PGOV, PREF, PK, AF", "TAGS PREL, PGOV, PREF, PK, AF"], ["PREL", "PGOV", "PREF", "PK", "AF"]],
    // The whole line of a site page: keyword without a colon.
    [["TAGS PREL, PGOV, SF"], ["PREL", "PGOV", "SF"]],
  ])("%j", (lines, tags) => {
    expect(parseTags(lines)).toEqual(tags);
  });
});
