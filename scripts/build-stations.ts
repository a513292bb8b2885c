/**
 * Builds the parser's post tables from real metadata: lib/parser/data/stations.json (station code
 * of the canonical id -> origin as the release writes it: "LIMA" -> "Embassy Lima") and
 * lib/parser/data/from-names.json (FM line -> origin: "SECSTATE WASHDC" -> "Secretary of State"),
 * each value the one most rows agree on; and lib/parser/data/reference-stations.json, the stations
 * a REF may cite: those two tables' posts, the posts the routing headers address ("AMEMBASSY PHNOM
 * PENH") and the stations of the release's referenced ids seen at least twice.
 *
 *   npx tsx scripts/build-stations.ts <cables.csv> [site-html folder]
 */
import { createReadStream, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { readCablesCsv } from "@/lib/adapters";
import { adaptSiteHtml } from "@/lib/adapters/site-html";
import type { TelegramSource } from "@/lib/adapters";
import { prepareLines } from "@/lib/parser/lines";
import { layoutOf } from "@/lib/parser/layout";
import { parseRouting } from "@/lib/parser/routing";
import { splitCableId } from "@/lib/parser/serial-line";

const STATIONS_FILE = "lib/parser/data/stations.json";
const FROM_NAMES_FILE = "lib/parser/data/from-names.json";
const REFERENCE_STATIONS_FILE = "lib/parser/data/reference-stations.json";
/** A referenced id's station must recur this often to count: single ones are often the release's slips. */
const MIN_REFERENCED_STATION_COUNT = 2;
/** Words a garbled header or id ran into a station name ("LAPAZJAN", "LONDONIMMEDIATE", "USDAOTEGUCIGALPAIIR"). */
const RUN_ON_WORDS = /(?:JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC|IMMEDIATE|PRIORITY|ROUTINE|PROI|IIR|TWX|POUCH|SUSTEL)$|IMMEDIATE/;
const MIN_STATION_LENGTH = 4;
/** Addressees that name a post: "AMEMBASSY PHNOM PENH" -> PHNOMPENH. */
const POST_ADDRESSEE = /^(?:AMEMBASSY|AMCONSUL|USMISSION)\s+([A-Z][A-Z ]*[A-Z])$/;
/** Ids the release built from a marking, not a station ("85NOFORNMOGADISHU1643"). */
const NOT_A_STATION = /^(?:NOFORN|CONFIDENTIAL|SECRET|UNCLAS)/;

type Votes = Map<string, Map<string, number>>;

function vote(votes: Votes, key: string, value: string): void {
  const counts = votes.get(key) ?? new Map<string, number>();
  counts.set(value, (counts.get(value) ?? 0) + 1);
  votes.set(key, counts);
}

function winners(votes: Votes): Record<string, string> {
  const out: Record<string, string> = {};
  for (const key of [...votes.keys()].sort()) {
    const ranked = [...votes.get(key)!.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
    out[key] = ranked[0][0];
  }
  return out;
}

function count(source: TelegramSource, stations: Votes, fromNames: Votes, cited: Map<string, number>): void {
  const { id, origin, referencedIds } = source.metadata;
  for (const ref of referencedIds ?? []) {
    const station = splitCableId(ref)?.station.toUpperCase();
    if (station) cited.set(station, (cited.get(station) ?? 0) + 1);
  }
  const routing = parseRouting(layoutOf(prepareLines(source.text)).header).routing;
  for (const recipient of [...routing.to, ...routing.info]) {
    const post = POST_ADDRESSEE.exec(recipient.name)?.[1];
    if (post) cited.set(post.replace(/ /g, ""), MIN_REFERENCED_STATION_COUNT);
  }
  if (!id || !origin) return;
  const station = splitCableId(id)?.station;
  if (station && !NOT_A_STATION.test(station)) vote(stations, station, origin);
  const from = routing.from;
  if (from) vote(fromNames, from, origin);
}

async function main(): Promise<void> {
  const [csvPath, siteDir] = process.argv.slice(2);
  if (!csvPath) throw new Error("usage: tsx scripts/build-stations.ts <cables.csv> [site-html folder]");
  const stations: Votes = new Map();
  const fromNames: Votes = new Map();
  const cited = new Map<string, number>();
  for await (const result of readCablesCsv(createReadStream(csvPath, { encoding: "utf8" }), csvPath)) {
    if (result.ok) count(result.value, stations, fromNames, cited);
  }
  for (const name of siteDir ? readdirSync(siteDir).filter((f) => f.endsWith(".html")) : []) {
    const path = join(siteDir, name);
    for (const result of adaptSiteHtml(readFileSync(path, "utf8"), path)) if (result.ok) count(result.value, stations, fromNames, cited);
  }
  writeFileSync(STATIONS_FILE, JSON.stringify(winners(stations), null, 2) + "\n");
  const referenceStations = new Set([...stations.keys()]);
  for (const [station, n] of cited) {
    const plausible = station.length >= MIN_STATION_LENGTH && !NOT_A_STATION.test(station) && !RUN_ON_WORDS.test(station);
    if (n >= MIN_REFERENCED_STATION_COUNT && plausible) referenceStations.add(station);
  }
  writeFileSync(REFERENCE_STATIONS_FILE, JSON.stringify([...referenceStations].sort(), null, 0).replace(/","/g, '", "') + "\n");
  writeFileSync(FROM_NAMES_FILE, JSON.stringify(winners(fromNames), null, 2) + "\n");
  console.log(`${stations.size} stations -> ${STATIONS_FILE}, ${fromNames.size} FM names -> ${FROM_NAMES_FILE}, ${referenceStations.size} -> ${REFERENCE_STATIONS_FILE}`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
