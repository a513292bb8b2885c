/**
 * Builds the parser's post tables from real metadata: lib/parser/data/stations.json (station code
 * of the canonical id -> origin as the release writes it: "LIMA" -> "Embassy Lima") and
 * lib/parser/data/from-names.json (FM line -> origin: "SECSTATE WASHDC" -> "Secretary of State"),
 * each value the one most rows agree on; and lib/parser/data/reference-stations.json, the stations
 * a REF may cite: those two tables' posts, the posts the routing headers address ("AMEMBASSY PHNOM
 * PENH") and the stations of the release's referenced ids seen at least twice.
 *
 *   npx tsx scripts/build-stations.ts <cables.csv | site-html folder | file | folder>... [--out-dir DIR]
 *
 * Inputs are read as `parse` and `ingest` read them (lib/pipeline readSources: any format, any
 * encoding); what cannot be read is listed with its reason on stderr. --out-dir writes the three
 * tables to DIR instead of lib/parser/data (to compare a build with the committed tables).
 */
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import type { TelegramSource } from "@/lib/adapters";
import { describeProblem, readSources } from "@/lib/pipeline";
import { prepareLines } from "@/lib/parser/lines";
import { layoutOf } from "@/lib/parser/layout";
import { parseRouting } from "@/lib/parser/routing";
import { splitCableId } from "@/lib/parser/serial-line";

const DATA_DIR = "lib/parser/data";
const STATIONS_FILE = "stations.json";
const FROM_NAMES_FILE = "from-names.json";
const REFERENCE_STATIONS_FILE = "reference-stations.json";
const USAGE = "usage: tsx scripts/build-stations.ts <cables.csv | folder>... [--out-dir DIR]";
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
  const args = process.argv.slice(2);
  const outAt = args.indexOf("--out-dir");
  const outDir = outAt >= 0 ? args.splice(outAt, 2)[1] : DATA_DIR;
  if (args.length === 0 || !outDir || args.some((arg) => arg.startsWith("--"))) throw new Error(USAGE);
  const stations: Votes = new Map();
  const fromNames: Votes = new Map();
  const cited = new Map<string, number>();
  let problems = 0;
  for await (const item of readSources(args)) {
    if (item.kind === "source") {
      count(item.source, stations, fromNames, cited);
      continue;
    }
    problems += 1;
    console.error(`not read: ${describeProblem(item.problem)}`);
  }
  const stationsFile = join(outDir, STATIONS_FILE);
  const fromNamesFile = join(outDir, FROM_NAMES_FILE);
  const referenceStationsFile = join(outDir, REFERENCE_STATIONS_FILE);
  writeFileSync(stationsFile, JSON.stringify(winners(stations), null, 2) + "\n");
  const referenceStations = new Set([...stations.keys()]);
  for (const [station, n] of cited) {
    const plausible = station.length >= MIN_STATION_LENGTH && !NOT_A_STATION.test(station) && !RUN_ON_WORDS.test(station);
    if (n >= MIN_REFERENCED_STATION_COUNT && plausible) referenceStations.add(station);
  }
  writeFileSync(referenceStationsFile, JSON.stringify([...referenceStations].sort(), null, 0).replace(/","/g, '", "') + "\n");
  writeFileSync(fromNamesFile, JSON.stringify(winners(fromNames), null, 2) + "\n");
  console.log(`${stations.size} stations -> ${stationsFile}, ${fromNames.size} FM names -> ${fromNamesFile}, ${referenceStations.size} -> ${referenceStationsFile}`);
  if (problems > 0) console.log(`${problems} files or rows not read (listed on stderr)`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
