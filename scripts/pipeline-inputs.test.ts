/**
 * parse:check, glossary-coverage and build-stations read their inputs through the pipeline, as
 * `parse` and `ingest` do: any format whatever the file's name, a BOM, Latin-1, and a file that
 * cannot be read reported with its reason.
 */
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";

const TSX = join(process.cwd(), "node_modules/.bin/tsx");
const FIXTURES = join(process.cwd(), "tests/fixtures/adapters");
const UTF8_BOM = Buffer.from([0xef, 0xbb, 0xbf]);
const LATIN1_E_ACUTE = Buffer.from([0xe9]);

const scratch = mkdtempSync(join(tmpdir(), "pipeline-inputs-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** Three cables.csv rows behind a BOM in a file not named .csv, a site page in Latin-1, a binary file. */
const inputs = join(scratch, "inputs");
mkdirSync(inputs);
writeFileSync(join(inputs, "cables.txt"), Buffer.concat([UTF8_BOM, readFileSync(join(FIXTURES, "cables-3rows.csv"))]));
const page = readFileSync(join(FIXTURES, "04OTTAWA3115.html"));
writeFileSync(join(inputs, "page-latin1.html"), Buffer.concat([page, Buffer.from("<!-- caf"), LATIN1_E_ACUTE, Buffer.from(" -->\n")]));
writeFileSync(join(inputs, "blob.bin"), Buffer.from("abc\0def"));
const BINARY_PROBLEM = `${join(inputs, "blob.bin")}: binary file: NUL byte at offset 3`;

function run(script: string, ...args: string[]) {
  const result = spawnSync(TSX, [`scripts/${script}.ts`, ...args], { cwd: process.cwd(), encoding: "utf8" });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe("scripts that measure the parser read inputs as parse does", () => {
  it("parse:check accounts for every row and file, and says which was decoded as Latin-1", () => {
    const { status, stdout } = run("parse-check", inputs);
    expect(status).toBe(0);
    expect(stdout).toContain(`${inputs}: 5 rows, 4 parsed twice, 1 problems`);
    expect(stdout).toContain(`problem: ${BINARY_PROBLEM}`);
    expect(stdout).toMatch(/read with warnings \(encoding, truncation, metadata\)\s+1 rows\n.*page-latin1\.html 04OTTAWA3115: text is not valid UTF-8: read as Latin-1/);
  });

  it("glossary-coverage reads every format and lists what it could not read", () => {
    const { status, stdout } = run("glossary-coverage", inputs);
    expect(status).toBe(0);
    expect(stdout).toContain("cables read: 4 (1 without a TAGS line)");
    expect(stdout).toContain(`not read: 1 (files or rows, each with its reason)\n  ${BINARY_PROBLEM}\n`);
  });

  it("build-stations writes its tables to --out-dir, the BOM row included", () => {
    const out = join(scratch, "tables");
    mkdirSync(out);
    const { status, stderr } = run("build-stations", inputs, "--out-dir", out);
    expect(status).toBe(0);
    expect(stderr).toContain(`not read: ${BINARY_PROBLEM}`);
    const stations = JSON.parse(readFileSync(join(out, "stations.json"), "utf8"));
    expect(stations).toEqual({ ALEXANDRIA: "Consulate Alexandria", OTTAWA: "Embassy Ottawa", TEGUCIGALPA: "Embassy Tegucigalpa" });
    expect(JSON.parse(readFileSync(join(out, "from-names.json"), "utf8"))).toEqual({ "AMCONSUL ALEXANDRIA": "Consulate Alexandria" });
    expect(JSON.parse(readFileSync(join(out, "reference-stations.json"), "utf8"))).toEqual(["ALEXANDRIA", "CAIRO", "OTTAWA", "TEGUCIGALPA"]);
  });

  it("build-stations refuses an unknown option rather than reading it as a path", () => {
    const { status, stderr } = run("build-stations", inputs, "--out", scratch);
    expect(status).toBe(1);
    expect(stderr).toContain("usage: tsx scripts/build-stations.ts");
  });
});
