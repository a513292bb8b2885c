/**
 * The signer: the name on the body's last line ("POWERS", "MCKINLEY", "STRUBLE"), after any
 * transmission trailer ("BT", "NNNN", "#0218").
 */

/**
 * Lines after the signature that close a transmission, an export or a printed copy: "BT", "NNNN",
 * "#0218", rules, the printout's running classification, its "NOTE: NOT PASSED TO ..." footer.
 */
const TRAILER = /^(?:BT|NNNN|#\d+|=+.*=+|-+|UNCLASSIFIED|CONFIDENTIAL|SECRET|LIMITED OFFICIAL USE|NOTE: .*)$/;
/** An upper-case name of one to four words: "POWERS", "VAN VOORST", "O'BRIEN". */
const NAME = /^[A-Z][A-Z'.-]*(?: [A-Z][A-Z'.-]*){0,3}$/;
/** Upper-case closing lines that are no name. */
const NOT_NAMES = new Set(["END", "END SUMMARY", "END COMMENT", "END TEXT", "END QUOTE", "UNQUOTE", "SIPDIS", "NOFORN", "UNCLASSIFIED", "CONFIDENTIAL", "SECRET", "CLASSIFIED"]);
const MAX_NAME_LENGTH = 40;

export interface SignerFinding {
  signer: string | null;
  /** Index of the signature line in the body lines, or -1. */
  index: number;
}

export function findSigner(body: readonly string[]): SignerFinding {
  for (let i = body.length - 1; i >= 0; i--) {
    const line = body[i].trim();
    if (line === "" || TRAILER.test(line)) continue;
    const name = line.replace(/[.,]$/, "");
    const isName = name.length <= MAX_NAME_LENGTH && NAME.test(name) && !NOT_NAMES.has(name);
    return isName ? { signer: name, index: i } : { signer: null, index: -1 };
  }
  return { signer: null, index: -1 };
}
