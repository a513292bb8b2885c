/**
 * The routing header above the serial line: transmission lines (VZCZC..., "DE RUEHPE #0218/01
 * 0261812"), the date-time group, FM, and the TO and INFO recipients. Headers of the 1960s-80s
 * start at the date-time group; printed copies carry a distribution block before FM.
 */
import type { Recipient, Routing } from "@/lib/record/schema";
import { parseDateTimeGroup, printedCopyYear, type DateTimeGroup } from "./dtg";
import { singleSpaced } from "./text";

/** Precedence words a recipient line may end with, longest first. */
const PRECEDENCES = ["NIACT IMMEDIATE", "IMMEDIATE", "PRIORITY", "ROUTINE", "FLASH"];
const INDICATOR = /^([A-Z0-9]{3,9})\/(.+)$/;
const SERIAL = /^\d{1,6}$/;
const SPACE = 32;
/** "BT" and "NNNN" close the header; the serial line follows. */
const HEADER_END = new Set(["BT", "NNNN"]);

type Section = "transmission" | "distribution" | "to" | "info";
/** Lines that switch the header to a new section, and what they open. */
const SECTION_KEYWORDS: ReadonlyArray<[prefix: string, section: Section]> = [
  ["TO ", "to"],
  ["INFO ", "info"],
];

/** "ZNY CCCCC ZZH": the transmission's own security line, five letters of the level. */
const SECURITY_LINE = /^ZN[RY]\s+([UCS])\1{4}\b/;
const SECURITY_LEVELS: Readonly<Record<string, string>> = { U: "UNCLASSIFIED", C: "CONFIDENTIAL", S: "SECRET" };

export interface RoutingResult {
  routing: Routing;
  dtg: DateTimeGroup | null;
  /** The level of the transmission's security line ("ZNY SSSSS ZZH" -> "SECRET"), or null. */
  securityLevel: string | null;
  /** Year of a printed copy's document number, for headers without a date-time group. */
  printedYear: number | null;
}

/** The precedence word a recipient line ends with (after a space), or undefined. */
function precedenceAtEnd(text: string): string | undefined {
  for (const precedence of PRECEDENCES) {
    if (text.length > precedence.length && text.endsWith(precedence) && text.charCodeAt(text.length - precedence.length - 1) === SPACE) return precedence;
  }
  return undefined;
}

/** The header section a line opens ("TO ", "INFO "), with its keyword; undefined for other lines. */
function sectionOpener(line: string): [prefix: string, section: Section] | undefined {
  for (const opener of SECTION_KEYWORDS) if (line.startsWith(opener[0])) return opener;
  return undefined;
}

export function parseRecipient(text: string): Recipient | null {
  let rest = singleSpaced(text);
  if (rest === "") return null;
  let indicator: string | null = null;
  const ind = INDICATOR.exec(rest);
  if (ind) {
    indicator = ind[1];
    rest = ind[2];
  }
  let serial: string | null = null;
  const lastSpace = rest.lastIndexOf(" ");
  if (lastSpace > 0 && SERIAL.test(rest.slice(lastSpace + 1))) {
    serial = rest.slice(lastSpace + 1);
    rest = rest.slice(0, lastSpace);
  }
  let precedence: string | null = null;
  const word = precedenceAtEnd(rest);
  if (word) {
    precedence = word;
    rest = rest.slice(0, rest.length - word.length - 1);
  }
  return { indicator, name: rest, precedence, serial };
}

/** Parses the header lines above the serial line. */
export function parseRouting(lines: readonly string[]): RoutingResult {
  const routing: Routing = { precedence: null, dateTimeGroup: null, from: null, to: [], info: [], transmission: [] };
  let dtg: DateTimeGroup | null = null;
  let printedYear: number | null = null;
  let securityLevel: string | null = null;
  let section: Section = "transmission";
  for (const raw of lines) {
    const line = raw.trim();
    if (line === "") continue;
    if (HEADER_END.has(line)) {
      section = "distribution";
      continue;
    }
    if (printedYear === null && routing.from === null) printedYear = printedCopyYear(line);
    if (!dtg) {
      const group = parseDateTimeGroup(line);
      if (group) {
        dtg = group;
        routing.precedence = group.precedence;
        routing.dateTimeGroup = group.group;
        section = "distribution";
        continue;
      }
    }
    if (line.startsWith("FM ")) {
      routing.from = singleSpaced(line.slice(3));
      section = "to";
      continue;
    }
    const opener = routing.from === null ? undefined : sectionOpener(line);
    const body = opener ? line.slice(opener[0].length) : line;
    if (opener) section = opener[1];
    if (section === "transmission") {
      routing.transmission.push(line);
      const security = SECURITY_LINE.exec(line);
      if (security) securityLevel = SECURITY_LEVELS[security[1]];
    }
    else if (section === "to" || section === "info") {
      const recipient = parseRecipient(body);
      if (recipient && routing.from !== null) routing[section].push(recipient);
    }
  }
  return { routing, dtg, printedYear, securityLevel };
}
