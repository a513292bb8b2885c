/**
 * Peak memory of a child process and everything it starts (npm → tsx → node), sampled from
 * /proc: the largest VmHWM (peak resident set) any one process reported, and the largest sum of
 * VmRSS over the whole tree at one sampling instant; also the CPU time the tree used, the time it
 * waited for a CPU held by other processes and the bytes it wrote to storage, to tell a CPU-bound
 * run from one slowed by a busy machine or the disk. Linux only; elsewhere all stay 0.
 */
import { readFileSync, readdirSync } from "node:fs";

const KIB = 1024;
const STATUS_FIELD = /^(VmRSS|VmHWM):\s+(\d+) kB$/gm;

export interface ProcessMemory {
  rss: number;
  hwm: number;
}

/** Resident and peak resident bytes of one process; null once it has gone. */
export function readProcessMemory(pid: number): ProcessMemory | null {
  let status: string;
  try {
    status = readFileSync(`/proc/${pid}/status`, "utf8");
  } catch {
    return null;
  }
  const memory: ProcessMemory = { rss: 0, hwm: 0 };
  for (const [, field, kib] of status.matchAll(STATUS_FIELD)) {
    memory[field === "VmRSS" ? "rss" : "hwm"] = Number(kib) * KIB;
  }
  return memory;
}

/** Kernel clock ticks per second of /proc/<pid>/stat times (USER_HZ, 100 on Linux). */
const CLOCK_TICKS = 100;

/** The fields of /proc/<pid>/stat after the command name, which is in parentheses and may hold spaces. */
function statFields(stat: string): string[] {
  return stat.slice(stat.lastIndexOf(")") + 2).split(" ");
}

export function parentPid(stat: string): number {
  return Number(statFields(stat)[1]);
}

/** User plus system CPU seconds a process has used. */
export function cpuSeconds(stat: string): number {
  const fields = statFields(stat);
  return (Number(fields[11]) + Number(fields[12])) / CLOCK_TICKS;
}

const STORAGE_WRITES = /^write_bytes:\s+(\d+)$/m;

/** Bytes a process has caused to be written to storage (/proc/<pid>/io write_bytes). */
export function storageWriteBytes(io: string): number {
  return Number(STORAGE_WRITES.exec(io)?.[1] ?? 0);
}

function readStorageWrites(pid: number): number {
  try {
    return storageWriteBytes(readFileSync(`/proc/${pid}/io`, "utf8"));
  } catch {
    return 0;
  }
}

const NANOSECONDS = 1e9;

/** Seconds a thread spent runnable but waiting for a CPU (/proc/<pid>/task/<tid>/schedstat, second field). */
export function runQueueSeconds(schedstat: string): number {
  return Number(schedstat.split(" ")[1] ?? 0) / NANOSECONDS;
}

/** Summed over the process's threads (libuv's pool and V8's helpers run beside the main one). */
function readRunQueueSeconds(pid: number): number {
  try {
    return readdirSync(`/proc/${pid}/task`).reduce((sum, tid) => {
      try {
        return sum + runQueueSeconds(readFileSync(`/proc/${pid}/task/${tid}/schedstat`, "utf8"));
      } catch {
        return sum;
      }
    }, 0);
  } catch {
    return 0;
  }
}

function readCpuSeconds(pid: number): number | null {
  try {
    return cpuSeconds(readFileSync(`/proc/${pid}/stat`, "utf8"));
  } catch {
    return null;
  }
}

/** pid and every process below it. */
export function processTree(root: number): number[] {
  const children = new Map<number, number[]>();
  for (const name of readdirSync("/proc")) {
    const pid = Number(name);
    if (!Number.isInteger(pid)) continue;
    try {
      const parent = parentPid(readFileSync(`/proc/${pid}/stat`, "utf8"));
      children.set(parent, [...(children.get(parent) ?? []), pid]);
    } catch {
      // the process ended while we looked
    }
  }
  const tree = [root];
  for (let at = 0; at < tree.length; at++) tree.push(...(children.get(tree[at]) ?? []));
  return tree;
}

export interface MemoryPeak {
  /** Largest peak resident set of any single process of the tree. */
  processHwm: number;
  /** Largest resident set of the whole tree at one instant. */
  treeRss: number;
  /** CPU seconds of the tree, as of the last sample each process was seen in. */
  cpuSeconds: number;
  /** Bytes the tree wrote to storage, likewise. */
  storageWrites: number;
  /** Seconds its threads were ready to run but other processes held the CPUs, likewise. */
  runQueueSeconds: number;
  samples: number;
}

/** Samples the tree under `pid` every `intervalMs` until stopped. */
export function sampleMemory(pid: number, intervalMs = 200): { stop(): MemoryPeak } {
  const peak: MemoryPeak = { processHwm: 0, treeRss: 0, cpuSeconds: 0, storageWrites: 0, runQueueSeconds: 0, samples: 0 };
  const cpu = new Map<number, number>();
  const writes = new Map<number, number>();
  const waits = new Map<number, number>();
  const sample = () => {
    let treeRss = 0;
    for (const member of processTree(pid)) {
      const memory = readProcessMemory(member);
      const seconds = readCpuSeconds(member);
      if (!memory || seconds === null) continue;
      treeRss += memory.rss;
      peak.processHwm = Math.max(peak.processHwm, memory.hwm);
      cpu.set(member, seconds);
      writes.set(member, readStorageWrites(member));
      waits.set(member, readRunQueueSeconds(member));
    }
    peak.treeRss = Math.max(peak.treeRss, treeRss);
    peak.cpuSeconds = [...cpu.values()].reduce((sum, seconds) => sum + seconds, 0);
    peak.storageWrites = [...writes.values()].reduce((sum, bytes) => sum + bytes, 0);
    peak.runQueueSeconds = [...waits.values()].reduce((sum, seconds) => sum + seconds, 0);
    peak.samples++;
  };
  sample();
  const timer = setInterval(sample, intervalMs);
  return {
    stop() {
      clearInterval(timer);
      return peak;
    },
  };
}
