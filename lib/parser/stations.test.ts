import { describe, expect, it } from "vitest";
import { canonicalId, canonicalStation, originOf, stationOfFrom } from "./stations";

describe("originOf", () => {
  it.each([
    ["LIMA", null, "Embassy Lima"],
    ["TAIPEI", null, "American Institute Taiwan, Taipei"],
    ["JEDDAH", "AMCONSUL JEDDAH", "Consulate Jeddah"],
    ["STATE", "SECSTATE WASHDC", "Secretary of State"],
    ["USUNNEWYORK", "USMISSION USUN NEW YORK", "USUN New York"],
    // A mission shares its city's station; the FM line tells them apart.
    ["BRUSSELS", "USEU BRUSSELS", "USEU Brussels"],
    ["BRUSSELS", "AMEMBASSY BRUSSELS", "Embassy Brussels"],
    // Posts the tables lack: the release's naming of embassies and consulates.
    ["NOWHEREVILLE", "AMEMBASSY PORT MORESBY", "Embassy Port Moresby"],
    ["NOWHEREVILLE", "AMCONSUL CIUDAD JUAREZ", "Consulate Ciudad Juarez"],
    ["NOWHEREVILLE", null, null],
  ])("%s / %s", (station, from, origin) => {
    expect(originOf(station, from)).toBe(origin);
  });
});

describe("stationOfFrom", () => {
  it.each([
    ["AMCONSUL SHENYANG", "SHENYANG"],
    ["AMEMBASSY SAN SALVADOR", "SANSALVADOR"],
    ["AMEMBASSY PORT MORESBY", null],
    [null, null],
  ])("%s -> %s", (from, station) => {
    expect(stationOfFrom(from)).toBe(station);
  });
});

describe("canonicalStation", () => {
  it.each([
    ["SECSTATE", "STATE"],
    ["USUN", "USUNNEWYORK"],
    ["HO CHI MINH CITY", "HOCHIMINHCITY"],
    ["HCMC", "HOCHIMINHCITY"],
    ["Lima", "LIMA"],
    // Known misspellings, as the sample writes them.
    ["CHAING MAI", "CHIANGMAI"],
    ["ADDIS ABAB", "ADDISABABA"],
    ["BANDKOK", "BANGKOK"],
  ])("%s -> %s", (written, station) => {
    expect(canonicalStation(written)).toBe(station);
  });
});

describe("canonicalId", () => {
  it.each([
    ["04SECSTATE126527", "04STATE126527"],
    ["03Tegucigalpa1487", "03TEGUCIGALPA1487"],
    ["05LIMA0004", "05LIMA4"],
    ["07LIMA218", "07LIMA218"],
  ])("%s -> %s", (id, canonical) => {
    expect(canonicalId(id)).toBe(canonical);
  });
});
