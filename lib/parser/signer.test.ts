import { describe, expect, it } from "vitest";
import { findSigner } from "./signer";

describe("findSigner", () => {
  it.each([
    [["...hostile sector. End", "Comment.", "", "", "POWERS"], "POWERS", 4],
    [["policy however it can.", "MCKINLEY"], "MCKINLEY", 1],
    [["on all fronts .", "STRUBLE", "", "=======================CABLE ENDS============================"], "STRUBLE", 1],
    [["REPORT FURTHER AS WARRANTED.  END COMMENT.", "", "", "COOK"], "COOK", 3],
    [["THE MEETING WAS CORDIAL.", "BAKER", "BT", "#1501", "NNNN"], "BAKER", 1],
    [["IN THE WEEKS AHEAD.", "RAY", "", "                       UNCLASSIFIED"], "RAY", 1],
    [["growing domestic drug consumption problem in Peru."], null, -1],
    [["END SUMMARY"], null, -1],
  ])("%j", (body, signer, index) => {
    expect(findSigner(body)).toEqual({ signer, index });
  });
});
