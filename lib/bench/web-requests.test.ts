import { describe, expect, it } from "vitest";
import type { CorpusSample, SampledCable } from "@/lib/bench/corpus-sample";
import { createPrng } from "@/lib/bench/prng";
import { REQUEST_KINDS, buildRequests } from "@/lib/bench/web-requests";

const CABLES: SampledCable[] = [
  { id: "07LIMA218", day: "2007-01-26", origin: "Embassy Lima", classification: "UNCLASSIFIED", tags: ["PREL", "SNAR"], subjectWords: ["embassy", "cocalero"] },
  { id: "05QUITO149", day: "2005-03-01", origin: "Embassy Quito", classification: "CONFIDENTIAL", tags: ["SNAR"], subjectWords: ["opium"] },
];
const SAMPLE: CorpusSample = { cables: CABLES, randomId: (prng) => `07LIMA${prng.range(1, 40)}` };

describe("buildRequests", () => {
  it("asks each route with values the corpus holds", () => {
    const [search] = buildRequests("search", 1, SAMPLE, createPrng(1));
    expect(search).toMatch(/^\/cables\?q=(embassy|cocalero|opium)(\+(embassy|cocalero|opium))?$/);
    const list = new URL(buildRequests("filtered list", 1, SAMPLE, createPrng(2))[0], "http://x");
    const cable = CABLES.find((c) => c.origin === list.searchParams.get("origin"))!;
    expect(cable.tags).toContain(list.searchParams.get("tag"));
    expect(list.searchParams.get("from")! <= cable.day && cable.day <= list.searchParams.get("to")!).toBe(true);
    expect(buildRequests("cable page", 1, SAMPLE, createPrng(3))[0]).toMatch(/^\/cable\/07LIMA\d+$/);
    expect(buildRequests("api list", 1, SAMPLE, createPrng(4))[0]).toMatch(/^\/api\/cables\?.*page=[123]$/);
  });

  it("varies its requests and repeats them for a seed", () => {
    for (const kind of REQUEST_KINDS) {
      const requests = buildRequests(kind, 50, SAMPLE, createPrng(5));
      expect(new Set(requests).size).toBeGreaterThan(1);
      expect(buildRequests(kind, 50, SAMPLE, createPrng(5))).toEqual(requests);
    }
  });
});
