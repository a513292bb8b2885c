/**
 * Metadata values as the formats write them, turned into the record's types. Each returns
 * undefined (and the caller warns) rather than guessing when a value does not fit.
 */
import { cableId, splitCableId } from "@/lib/parser/serial-line";
import { CLASSIFICATIONS, CABLE_ID_PATTERN, type Classification } from "@/lib/record/schema";

const MONTHS: Readonly<Record<string, number>> = {
  jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, oct: 10, nov: 11, dec: 12,
};

/** cables.csv and record dumps: "3/14/2005 21:05". */
const US_DATE_TIME = /^(\d{1,2})\/(\d{1,2})\/(\d{4})(?:\s+(\d{1,2}):(\d{2}))?$/;
/** Cablegate site pages: "2004-01-20 12:12". */
const ISO_LIKE_DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})(?:[ T](\d{2}):(\d{2}))?/;
/** Text exports: "Fri Jan 26 00:00:00 +0100 2007" (the offset is the exporter's, not the cable's). */
const EXPORT_DATE_TIME = /^[A-Z][a-z]{2} ([A-Z][a-z]{2}) (\d{1,2}) (\d{2}):(\d{2}):\d{2} [+-]\d{4} (\d{4})$/;

function pad(n: number): string {
  return String(n).padStart(2, "0");
}

function isoInstant(year: number, month: number, day: number, hour = 0, minute = 0): string | undefined {
  const probe = new Date(Date.UTC(year, month - 1, day, hour, minute));
  const valid =
    probe.getUTCFullYear() === year && probe.getUTCMonth() === month - 1 && probe.getUTCDate() === day && hour < 24 && minute < 60;
  return valid ? `${year}-${pad(month)}-${pad(day)}T${pad(hour)}:${pad(minute)}:00Z` : undefined;
}

const DATE_FORMATS: ReadonlyArray<(value: string) => string | undefined> = [
  (value) => {
    const m = US_DATE_TIME.exec(value);
    return m ? isoInstant(+m[3], +m[1], +m[2], +(m[4] ?? 0), +(m[5] ?? 0)) : undefined;
  },
  (value) => {
    const m = ISO_LIKE_DATE_TIME.exec(value);
    return m ? isoInstant(+m[1], +m[2], +m[3], +(m[4] ?? 0), +(m[5] ?? 0)) : undefined;
  },
  (value) => {
    // Wall-clock calendar date: the export wrote local midnight, the day is what matters.
    const m = EXPORT_DATE_TIME.exec(value);
    const month = m ? MONTHS[m[1].toLowerCase()] : undefined;
    return m && month ? isoInstant(+m[5], month, +m[2], +m[3], +m[4]) : undefined;
  },
];

/** Any metadata date the formats use, as an ISO 8601 UTC instant; undefined when unreadable. */
export function parseMetadataDate(value: string): string | undefined {
  const trimmed = value.trim();
  for (const format of DATE_FORMATS) {
    const iso = format(trimmed);
    if (iso) return iso;
  }
  return undefined;
}

export function parseClassification(value: string): Classification | undefined {
  const upper = value.trim().toUpperCase();
  return (CLASSIFICATIONS as readonly string[]).includes(upper) ? (upper as Classification) : undefined;
}

/**
 * A metadata id in canonical form (upper case, the serial without leading zeros: "10MAPUTO086" ->
 * "10MAPUTO86", a series tail kept: "90STATE255195TOSEC140301"): the one place ids from a source's
 * metadata enter; undefined for what is no cable id, or whose serial is too long to keep exactly.
 */
export function parseCableId(value: string): string | undefined {
  const parts = splitCableId(value);
  // A serial past 2^53 would come back with other digits: no cable id has one (the longest have 7).
  if (!parts || !Number.isSafeInteger(parts.serial)) return undefined;
  const canonical = cableId(Number(parts.yearDigits), parts.station.toUpperCase(), parts.serial, parts.rest.toUpperCase());
  // The record's pattern turns away a tail that is no series number ("04STATE123AB", "04STATE:1").
  return CABLE_ID_PATTERN.test(canonical) ? canonical : undefined;
}

const ID_LIST_SEPARATOR = /[|,\s]+/;

/** "02HALIFAX91|03STATE36401" (cables.csv) or a space/comma list (record dumps). */
export function parseIdList(value: string): string[] {
  return value.split(ID_LIST_SEPARATOR).filter((id) => id.length > 0);
}
