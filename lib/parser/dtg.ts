/**
 * The date-time group: "P 261812Z JAN 07" is priority, the 26th at 18:12 UTC, January 2007.
 * The precedence letter is optional ("291359Z Nov 00" on site pages). Printed copies state the
 * year in their document number instead ("2002HOCHI00695 - UNCLASSIFIED").
 */

export interface DateTimeGroup {
  /** Precedence letters as written ("P", "O", "R", "Z"), or null. */
  precedence: string | null;
  /** The group as written, upper-cased: "261812Z JAN 07". */
  group: string;
  /** ISO 8601 instant: "2007-01-26T18:12:00Z". */
  date: string;
  year: number;
}

/**
 * Operating signals may follow the group, with whatever they carry: "R 231510Z SEP 00 ZDS",
 * "O 121212Z FEB 99 ZFF4", "O 031401Z JUN 08 ZDS CTG RUEHSD 0020 1580042". Action and info
 * precedence may both stand before it: "O R 181731Z FEB 10".
 */
const DTG = /^\s*(?:([A-Z](?: ?[A-Z])?)\s+)?(\d{2})(\d{2})(\d{2})Z\s+([A-Z]{3})[A-Z]*\.?\s+(\d{2}|\d{4})(?:\s+Z[A-Z0-9]{1,4}\b.*)?\s*$/;
const MONTHS = ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"];
/** Two-digit years from here on are 19xx: the archive runs from 1966 to 2010. */
const FIRST_CENTURY_YEAR = 66;

export function fullYear(digits: string): number {
  const n = Number(digits);
  if (digits.length === 4) return n;
  return n >= FIRST_CENTURY_YEAR ? 1900 + n : 2000 + n;
}

function twoDigits(n: number): string {
  return String(n).padStart(2, "0");
}

export function parseDateTimeGroup(line: string): DateTimeGroup | null {
  if (!line.includes("Z")) return null;
  const m = DTG.exec(line.toUpperCase());
  if (!m) return null;
  const [, precedence, day, hour, minute, monthName, yearDigits] = m;
  const month = MONTHS.indexOf(monthName) + 1;
  const d = Number(day);
  if (month === 0 || d < 1 || d > 31 || Number(hour) > 23 || Number(minute) > 59) return null;
  const year = fullYear(yearDigits);
  return {
    precedence: precedence ?? null,
    group: `${day}${hour}${minute}Z ${monthName} ${yearDigits}`,
    date: `${year}-${twoDigits(month)}-${day}T${hour}:${minute}:00Z`,
    year,
  };
}

/** "2002HOCHI00695 - UNCLASSIFIED": year, abbreviated station, serial, classification. */
const PRINTED_COPY_NUMBER = /^\s*((?:19|20)\d{2})[A-Z]{3,}\d{4,6}\s+-\s+[A-Z]/;

/** The year of a printed copy's document number line, or null. */
export function printedCopyYear(line: string): number | null {
  const m = PRINTED_COPY_NUMBER.exec(line);
  return m ? Number(m[1]) : null;
}
