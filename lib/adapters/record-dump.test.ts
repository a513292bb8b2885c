import { describe, expect, it } from "vitest";
import { adaptRecordDump } from "./record-dump";

const record = (id: number, refid: string, body: string, end = "=======================CABLE ENDS============================\n") =>
  `id: ${id}\ndate: 3/14/2005 21:05\nrefid: ${refid}\norigin: Embassy Lima\nclassification: UNCLASSIFIED\ndestination: \nheader:\nR 141200Z MAR 05\n\n----------------- header ends ----------------\n\n${body}\n${end}`;

describe("adaptRecordDump", () => {
  it("reads every record of a dump, numbered; header + newline + body", () => {
    const results = adaptRecordDump(record(1, "05LIMA1", "UNCLAS LIMA 000001\nONE") + "\n" + record(2, "05LIMA2", "UNCLAS LIMA 000002\nTWO"), "dump.txt");
    expect(results.map((r) => (r.ok ? [r.value.metadata.id, r.value.source.row, r.value.text] : r.problem))).toEqual([
      ["05LIMA1", 1, "R 141200Z MAR 05\n\n\n\nUNCLAS LIMA 000001\nONE"],
      ["05LIMA2", 2, "R 141200Z MAR 05\n\n\n\nUNCLAS LIMA 000002\nTWO"],
    ]);
  });

  it("parses a record cut before CABLE ENDS, with a warning", () => {
    const [result] = adaptRecordDump(record(1, "05LIMA1", "UNCLAS LIMA 000001\nCUT SH", ""), "dump.txt");
    expect(result.ok && result.value.warnings).toEqual(["record dump ends without its CABLE ENDS line: the cable may be truncated"]);
    expect(result.ok && result.value.text.endsWith("CUT SH")).toBe(true);
  });

  it("warns about a metadata value it cannot read instead of guessing", () => {
    const [result] = adaptRecordDump(record(1, "05LIMA1", "X").replace("3/14/2005 21:05", "sometime in March"), "dump.txt");
    expect(result.ok && result.value.metadata.date).toBeUndefined();
    expect(result.ok && result.value.warnings).toEqual(['metadata date not understood: "sometime in March"']);
  });
});
