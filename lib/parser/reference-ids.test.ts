import { describe, expect, it } from "vitest";
import { citedIds, resolveItem } from "./reference-ids";

describe("citedIds", () => {
  it.each([
    ["2006 LIMA 4766", 2007, ["06LIMA4766"]],
    ["LIMA 218", 2007, ["07LIMA218"]],
    ["LIMA 0004", 2005, ["05LIMA4"]],
    ["04 MANILA 05834", 2005, ["04MANILA5834"]],
    ["STATE 41252 AND 44603", 2004, ["04STATE41252", "04STATE44603"]],
    ["TALLINN 366, 347", 2004, ["04TALLINN366", "04TALLINN347"]],
    ["ISTANBUL 1703 & 1711", 2003, ["03ISTANBUL1703", "03ISTANBUL1711"]],
    ["04 CAL 450, 04 CAL 0143, 01 CAL 0156", 2005, ["04CAL450", "04CAL143", "01CAL156"]],
    ["SECSTATE 126527", 2004, ["04STATE126527"]],
    ["USUN 2987", 1992, ["92USUNNEWYORK2987"]],
    ["HCMC 0603", 2001, ["01HOCHIMINHCITY603"]],
    ["NEW DELHI 6040 AND PREVIOUS", 2004, ["04NEWDELHI6040"]],
    ["USEU BRUSSELS 742", 2004, ["04USEUBRUSSELS742"]],
    // The UN mission in Vienna, written either way, is UNVIEVIENNA in the release's ids (09UNVIEVIENNA540).
    ["UNVIE VIENNA 0285", 2003, ["03UNVIEVIENNA285"]],
    ["UNVIE 00810", 2003, ["03UNVIEVIENNA810"]],
    ["PHNOM PENH 1925", 2004, ["04PHNOMPENH1925"]],
    ["HANOI 3601 (1999)", 2002, ["99HANOI3601"]],
    ["(98) HANOI 3067", 2002, ["98HANOI3067"]],
    ["HCMC 1255 (01)", 2002, ["01HOCHIMINHCITY1255"]],
    ["BRATISLAVA 03 1079", 2004, ["03BRATISLAVA1079"]],
    ["Tegucigalpa 1487", 2003, ["03TEGUCIGALPA1487"]],
    ["ADANA 369", 1993, ["93ADANA369"]],
    ["DUBAI 1058 28 AUG 01", 2001, ["01DUBAI1058"]],
    ["FBIS 110839Z AUG 03", 2003, []],
    ["USDAO TEGUCIGALPA IIR 68419867 04", 2004, []],
    ["PARA 3 OF STATE 1234", 2004, ["04STATE1234"]],
    ["LIMA 218", null, []],
    // Ids written run together, as the release writes them.
    ["91JAKARTA14899", 1992, ["91JAKARTA14899"]],
    ["SANAA5295", 2003, ["03SANAA5295"]],
    // A slash ends the serial; a date's slash does not make serials.
    ["BAGHDAD 386/CPA/1047", 2004, ["04BAGHDAD386"]],
    ["GLAZEROFF-MCMULLEN 5/1 EMAIL", 2003, []],
    ["REF: 1 TEGUCIGALPA 2409", 2004, ["04TEGUCIGALPA2409"]],
  ])("%s (%s)", (text, year, ids) => {
    expect(citedIds(text, year)).toEqual(ids);
  });
});

describe("resolveItem", () => {
  it.each([
    ["CATO E-MAILS", "email"],
    ["PALMER/LINDWALL/PIERCE E-MAILS 3/31 AND 4/1", "email"],
    ["12/27 EMBASSY-CA TASK FORCE EMAIL", "email"],
    ["MEMCON OF 3/14", "memcon"],
    ["MCDONALD/OPSCENTER TACSAT TELCONS 6/14/85", "telcon"],
    ["12 FAH-5 H-300", "fam"],
    ["9 FAM 41.31", "fam"],
    ["FBIS 110839Z AUG 03", "report"],
    // An FBIS report from Nicosia, not the cable NICOSIA 17 (85BEIRUT1676).
    ["FBIS NICOSIA 17 MARCH 85", "report"],
    ["DAMASCUS DAO IIR 6 891 0161 00", "report"],
    ["Golos Armenii Article, 30 March 2004", "report"],
    ["151244Z OCT 04", "other"],
  ])("%s is %s", (text, kind) => {
    expect(resolveItem(text, 2004)).toEqual([{ id: null, kind }]);
  });

  it.each([
    // The prose run on after the citation names a report or a telephone: the item still cites the cable.
    ["SECSTATE 176146 demarche regarding the African Union's position was delivered by telephone", ["04STATE176146"]],
    ["STATE 254401 I. SUMMARY: In 2004, Spain continued its efforts (see the annual report)", ["04STATE254401"]],
  ])("%s opens with a cable", (text, ids) => {
    expect(resolveItem(text, 2004)).toEqual(ids.map((id) => ({ id, kind: "cable" })));
  });
});
