/**
 * The header fields' keywords (E.O., TAGS, SUBJECT, REF, Classified By) and SIPDIS, each spelled
 * once. The layout, the line preparation and each field's parser build their patterns from these
 * sources, so a spelling added here is read everywhere. Sources are unanchored regex text, read
 * case-insensitively ("Subject:", "Ref:", "Tags:"), with no nested quantifiers.
 */

export type FieldName = "eo" | "tags" | "subject" | "ref" | "classifiedBy";

/** "E.O. 12958", "E. O. 12958", "E.O.12958", "E.O 12958", site pages' "EO 12958": the blank before the number included. */
export const EO = String.raw`E\.?\s?O\.?\s?`;
/**
 * Only "E.O." with both dots, for a keyword found inside a line: a bare "EO 13224" there is
 * more likely a subject's words than a field run into the line before.
 */
export const EO_DOTTED = String.raw`E\.\s?O\.\s?`;
/** The executive order's number: "12958", "12356", "13526". */
export const ORDER_NUMBER = String.raw`\d{4,5}`;
/** "TAGS", and the singular "TAG". */
export const TAGS = String.raw`TAGS?`;
/** "SUBJECT", "SUBJ". */
export const SUBJECT = String.raw`SUBJ(?:ECT)?`;
/** "REF", "REFS", "REFTEL", "REFTELS", "REFERENCE", "REFERENCES". */
export const REF = String.raw`(?:REFS?|REFTELS?|REFERENCES?)`;
/** "Classified By", "CLASSIFIED  BY" (blanks of a tokenised or wrapped copy). */
export const CLASSIFIED_BY = String.raw`CLASSIFIED\s+BY`;
/** A paragraph marking written before the authority line: "(U) Classified By", "(C)  CLASSIFIED BY". */
export const MARKING_BEFORE = String.raw`(?:\([A-Z]{1,3}\)\s*)?`;
export const SIPDIS = "SIPDIS";
/** A field's colon; tokenised copies put a blank before it ("SUBJECT :"). */
export const COLON = String.raw`\s?:`;
/** The TAGS colon, or the semicolon a typist struck for it ("TAGS;  PGOV, TU"). */
export const TAGS_COLON = String.raw`\s?[:;]`;
/** Site pages drop the TAGS colon ("TAGS PREL, PGOV"): then a code of two letters or more must follow. */
const TAGS_CODE_FOLLOWS = String.raw`\s+(?=[A-Za-z]{2,}[\s,])`;

/**
 * How each field's first line starts (a trimmed line). REF needs no colon ("REF A. STATE 12",
 * "REFTEL. ..."); the layout tells a REF line from prose that opens with the word.
 */
export const FIELD_LINE_STARTS: Readonly<Record<FieldName, string>> = {
  eo: `${EO}${ORDER_NUMBER}\\b`,
  tags: `${TAGS}(?:${TAGS_COLON}|${TAGS_CODE_FOLLOWS})`,
  subject: `${SUBJECT}${COLON}`,
  ref: `${REF}\\b`,
  classifiedBy: `${MARKING_BEFORE}${CLASSIFIED_BY}\\b`,
};

/**
 * TAGS, SUBJECT or REF with its colon: a field for certain. Where a field is only guessed at
 * (inside a run-together line, below stray header lines) the colon is required, so prose such as
 * "REFTEL. The minister said", "TAGS PREL" in a sentence or "SUBJECT TO" is no field.
 */
export const KEYWORD_WITH_COLON = `(?:${TAGS}|${SUBJECT}|${REF})${COLON}`;

/** The characters a field's first line opens with (E, T, S, R, C, "(U) Classified"): most lines open with none. */
export const FIELD_FIRST_CHARACTERS: ReadonlySet<string> = new Set(["E", "e", "T", "t", "S", "s", "R", "r", "C", "c", "("]);
