import { describe, expect, it } from "vitest";
import { createPrng, permutation } from "@/lib/bench/prng";

const draw = (seed: number, n: number) => {
  const prng = createPrng(seed);
  return Array.from({ length: n }, () => prng.next());
};

describe("createPrng", () => {
  it("repeats its sequence for the same seed and differs for another", () => {
    expect(draw(42, 20)).toEqual(draw(42, 20));
    expect(draw(42, 20)).not.toEqual(draw(43, 20));
  });

  it("forks independent, reproducible streams by label", () => {
    const a = createPrng(7).fork("csv");
    const b = createPrng(7).fork("csv");
    const c = createPrng(7).fork("html");
    const take = (prng: ReturnType<typeof createPrng>) => Array.from({ length: 5 }, () => prng.int(1000));
    expect(take(a)).toEqual(take(b));
    expect(take(createPrng(7).fork("csv"))).not.toEqual(take(c));
  });

  it("keeps int and range within bounds and roughly uniform", () => {
    const prng = createPrng(1);
    const buckets = new Array(10).fill(0);
    for (let i = 0; i < 10_000; i++) buckets[prng.int(10)]++;
    for (const count of buckets) expect(count).toBeGreaterThan(850);
    for (let i = 0; i < 1000; i++) {
      const value = prng.range(3, 5);
      expect(value).toBeGreaterThanOrEqual(3);
      expect(value).toBeLessThanOrEqual(5);
    }
  });
});

describe("permutation", () => {
  it("holds every index once", () => {
    const order = permutation(1000, createPrng(3));
    expect([...order].sort((a, b) => a - b)).toEqual(Array.from({ length: 1000 }, (_, i) => i));
    expect([...order.slice(0, 10)]).not.toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
  });
});
