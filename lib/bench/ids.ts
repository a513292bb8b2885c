/**
 * Cable ids and the places a cable's own serial is written in its text, so that a generated
 * cable can take a new serial and stay consistent with itself.
 */
import { type CableIdParts, cableId, splitCableId } from "@/lib/parser/serial-line";

/**
 * An id as the generator renumbers it: year, station, serial. The serial is the id's last number,
 * so an id with a tail after its serial ("90STATE255195TOSEC140301", "02RANGOON575AND578") keeps
 * everything before that number as its station ("STATE255195TOSEC") and is renumbered in its own
 * series.
 */
export type GeneratorIdParts = Omit<CableIdParts, "rest">;

/**
 * An id split for renumbering (metadata-values' parseCableId is another thing: an id from a source in
 * canonical form). Upper-case ids only, as the release writes its own: "04Tegucigalpa232" is left out.
 */
export function parseGeneratorId(id: string): GeneratorIdParts | null {
  const parts = splitCableId(id);
  if (!parts || id !== id.trim() || parts.station !== parts.station.toUpperCase()) return null;
  const { yearDigits, station, serial, rest } = parts;
  if (rest === "") return { yearDigits, station, serial };
  const tail = parseGeneratorId(yearDigits + rest);
  return tail && { yearDigits, station: id.slice(2, id.length - rest.length) + tail.station, serial: tail.serial };
}

/** The id of renumbered parts: "07LIMA4471". */
export function formatGeneratorId(parts: GeneratorIdParts): string {
  return cableId(Number(parts.yearDigits), parts.station, parts.serial);
}

/** The key serials are allocated under: one sequence per station and year. */
export function serialKey(parts: Pick<GeneratorIdParts, "yearDigits" | "station">): string {
  return `${parts.yearDigits}${parts.station}`;
}

/** Zero-padded serial as serial lines write it ("LIMA 000218", "ALEXANDRIA 00524"): 5 digits or more. */
const PADDED_NUMBER = /(?<![\d.#/])\d{5,}(?![\d/])/g;
/**
 * A serial line with a short serial ("UNCLAS IZMIR 373", "UNCLAS SECTION 01 OF 02 HALIFAX 0086"):
 * a classification marking opens the line and the serial ends it. Site pages end lines with &#x000A;.
 */
const SERIAL_LINE =
  /(^|\n|<pre>|&#x000A;)([ \t]*(?:UNCLAS|C O N F I D E N T I A L|S E C R E T|CONFIDENTIAL|SECRET|LIMITED OFFICIAL USE)\b[^\n&]*?[ \t])(\d{1,4})(?=[ \t]*(?:\n|&#x000A;|$))/g;
/** Transmission line "DE RUEHPE #0218/01 0261812": the serial's last four digits. */
const TRANSMISSION_SERIAL = /#(\d{4})\//g;

/**
 * Writes newSerial wherever text writes oldSerial as its own: the padded serial in the serial line
 * and PAGE lines, a short serial ending a serial line, and the four digits of the DE transmission line. Returns the text and how many
 * places changed (0 means the text never states its serial).
 */
export function rewriteOwnSerial(text: string, oldSerial: number, newSerial: number): { text: string; count: number } {
  let count = 0;
  const padded = text.replace(PADDED_NUMBER, (token) => {
    if (Number(token) !== oldSerial) return token;
    count++;
    return String(newSerial).padStart(token.length, "0");
  });
  const serialLine = padded.replace(SERIAL_LINE, (line, start: string, marking: string, digits: string) => {
    if (Number(digits) !== oldSerial) return line;
    count++;
    return start + marking + (digits.startsWith("0") ? String(newSerial).padStart(digits.length, "0") : String(newSerial));
  });
  const oldTail = oldSerial % 10_000;
  const rewritten = serialLine.replace(TRANSMISSION_SERIAL, (token, digits: string) => {
    if (Number(digits) !== oldTail) return token;
    count++;
    return `#${String(newSerial % 10_000).padStart(4, "0")}/`;
  });
  return { text: rewritten, count };
}
