/** The parse CLI as a user runs it: JSON Lines on stdout and nothing else, problems on stderr, exit codes. */
import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { CableRecord } from "@/lib/record/schema";

const TSX = join(process.cwd(), "node_modules/.bin/tsx");

function parse(...args: string[]) {
  const result = spawnSync(TSX, ["scripts/parse.ts", ...args], { cwd: process.cwd(), encoding: "utf8" });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe("npm run parse", () => {
  it("prints one valid record a line for the seeds, and only that, on stdout", () => {
    const { status, stdout, stderr } = parse("seeds", "no-such-file.txt");
    const lines = stdout.trimEnd().split("\n");
    expect(lines).toHaveLength(5);
    for (const line of lines) expect(CableRecord.safeParse(JSON.parse(line)).success).toBe(true);
    expect(stderr).toContain("no-such-file.txt: no such file or folder (ENOENT)\n");
    expect(stderr).toContain("parse: 5 cables, 1 problem\n");
    expect(status).toBe(0);
  });

  it("names file and row of a problem on stderr", () => {
    const { stderr, status } = parse("tests/fixtures/adapters/README.md");
    expect(stderr).toMatch(/^tests\/fixtures\/adapters\/README\.md: no cable found: /);
    expect(status).toBe(1); // nothing parsed
  });

  it("answers a usage error with exit status 2 and the help on stderr", () => {
    const { status, stdout, stderr } = parse();
    expect(status).toBe(2);
    expect(stdout).toBe("");
    expect(stderr).toContain("Usage: npm run --silent parse --");
  });
});
