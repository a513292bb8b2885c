/**
 * Posts: the station of a canonical id ("LIMA", "HOCHIMINHCITY") and the origin the release writes
 * for it ("Embassy Lima"). The tables are data built from the sample (scripts/build-stations.ts),
 * filled in by stations-curated.json for posts named in the release's documentation but absent from
 * the sample; FM lines of posts the tables lack follow the release's naming of embassies and consulates.
 */
import STATIONS from "./data/stations.json";
import CURATED_STATIONS from "./data/stations-curated.json";
import FROM_NAMES from "./data/from-names.json";
import STATION_ALIASES from "./data/station-aliases.json";
import STATION_TYPOS from "./data/station-typos.json";
import REFERENCE_STATIONS from "./data/reference-stations.json";
import { splitCableId } from "./serial-line";
import { singleSpaced } from "./text";

const STATION_ORIGINS: Readonly<Record<string, string>> = { ...CURATED_STATIONS, ...STATIONS };
const FROM_ORIGINS: Readonly<Record<string, string>> = FROM_NAMES;
/**
 * Other names of a station ("SECSTATE" -> "STATE"), and misspellings the sample's texts write for
 * one ("CHAING MAI 115", "INFO AMEMBASSY BANDKOK"), so a citation of either links to the post's cables.
 */
const ALIASES: Readonly<Record<string, string>> = { ...STATION_TYPOS, ...STATION_ALIASES };
/** Stations a reference may cite: posts, aliases and what they stand for. */
const CITABLE: ReadonlySet<string> = new Set([...REFERENCE_STATIONS, ...Object.keys(CURATED_STATIONS), ...Object.keys(ALIASES), ...Object.values(ALIASES)]);

/** FM-line prefixes and the release's word for the post. */
const POST_KINDS: ReadonlyArray<[prefix: string, kind: string]> = [
  ["AMEMBASSY ", "Embassy"],
  ["AMCONSUL ", "Consulate"],
];

function titleCase(words: string): string {
  return words
    .toLowerCase()
    .split(" ")
    .map((w) => (w === "" ? w : w[0].toUpperCase() + w.slice(1)))
    .join(" ");
}

const WRITING_DROPPED = /[\s.'-]+/g;
/** Capitals and digits only: written as the canonical form is, nothing to upper-case or drop. */
const PLAIN_CAPITALS = /^[A-Z0-9]*$/;

/** The canonical station for a written one: spaces dropped, aliases and known misspellings resolved ("SECSTATE" -> "STATE"). */
export function canonicalStation(written: string): string {
  const joined = PLAIN_CAPITALS.test(written) ? written : written.toUpperCase().replace(WRITING_DROPPED, "");
  return ALIASES[joined] ?? joined;
}

/** True for a station a reference may cite, written without spaces ("PHNOMPENH", "SECSTATE"). */
export function isKnownStation(station: string): boolean {
  return CITABLE.has(station);
}

/**
 * The post a cable comes from: by its FM line when the table knows it (a mission shares its city's
 * station: "USEU BRUSSELS"), else by its station, else by the FM line's kind of post.
 */
export function originOf(station: string | null, from: string | null): string | null {
  const name = singleSpaced(from?.toUpperCase() ?? "");
  if (FROM_ORIGINS[name]) return FROM_ORIGINS[name];
  if (station && STATION_ORIGINS[station]) return STATION_ORIGINS[station];
  const kind = POST_KINDS.find(([prefix]) => name.startsWith(prefix));
  return kind ? `${kind[1]} ${titleCase(name.slice(kind[0].length))}` : null;
}

/** Origin -> station, for posts the tables name ("Consulate Shenyang" -> "SHENYANG"); the first station wins. */
let stationsByOrigin: Map<string, string> | null = null;

/** The station of the post an FM line names ("AMCONSUL SHENYANG" -> "SHENYANG"), or null. */
export function stationOfFrom(from: string | null): string | null {
  const origin = originOf(null, from);
  if (origin === null) return null;
  if (!stationsByOrigin) {
    stationsByOrigin = new Map();
    for (const [station, name] of Object.entries(STATION_ORIGINS)) if (!stationsByOrigin.has(name)) stationsByOrigin.set(name, station);
  }
  return stationsByOrigin.get(origin) ?? null;
}

/** An id with its station canonical and the serial's leading zeros dropped: "04SECSTATE0126527" -> "04STATE126527". */
export function canonicalId(id: string): string {
  const parts = splitCableId(id);
  return parts ? `${parts.yearDigits}${canonicalStation(parts.station)}${parts.serial}${parts.rest.toUpperCase()}` : id.trim().toUpperCase();
}
