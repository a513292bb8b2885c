import { spawn } from "node:child_process";
import { describe, expect, it } from "vitest";
import { cpuSeconds, parentPid, processTree, readProcessMemory, runQueueSeconds, sampleMemory, storageWriteBytes } from "@/lib/bench/process-memory";

/** A /proc/<pid>/stat line whose command name holds a space and a parenthesis. */
const STAT = "4242 (node (tsx) x) S 4200 4242 4200 0 -1 4194560 5000 0 0 0 250 50 0 0 20 0 11 0 1000 1000000 5000";

describe("/proc parsing", () => {
  it("reads the parent pid and CPU seconds after the command name", () => {
    expect(parentPid(STAT)).toBe(4200);
    expect(cpuSeconds(STAT)).toBe(3);
    expect(runQueueSeconds("2000000000 1500000000 37\n")).toBe(1.5);
    expect(storageWriteBytes("rchar: 10\nwchar: 20\nread_bytes: 4096\nwrite_bytes: 8192\ncancelled_write_bytes: 0\n")).toBe(8192);
  });

  it.runIf(process.platform === "linux")("reads this process's memory and finds a child in its tree", async () => {
    const memory = readProcessMemory(process.pid)!;
    expect(memory.rss).toBeGreaterThan(1024 * 1024);
    expect(memory.hwm).toBeGreaterThanOrEqual(memory.rss);
    const child = spawn(process.execPath, ["-e", "setTimeout(() => {}, 2000)"]);
    try {
      await new Promise((done) => setTimeout(done, 200));
      expect(processTree(process.pid)).toContain(child.pid);
      const peak = sampleMemory(child.pid!, 50);
      await new Promise((done) => setTimeout(done, 200));
      const result = peak.stop();
      expect(result.processHwm).toBeGreaterThan(1024 * 1024);
      expect(result.samples).toBeGreaterThan(1);
    } finally {
      child.kill();
    }
  });

  it("reports nothing for a process that does not exist", () => {
    expect(readProcessMemory(2 ** 30)).toBeNull();
  });
});
