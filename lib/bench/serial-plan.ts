/**
 * Which generated cable gets which serial, decided before any is written, so that a reference can
 * point at a cable that exists (or, on purpose, at one that does not) wherever it sits in the output.
 * Serials run 1..count within each station and year, so existence is a comparison.
 */
import { type GeneratorIdParts, serialKey } from "@/lib/bench/ids";
import { type Prng } from "@/lib/bench/prng";

export class SerialPlan {
  private readonly counts: ReadonlyMap<string, number>;
  private readonly issued = new Map<string, number>();

  constructor(counts: ReadonlyMap<string, number>) {
    this.counts = counts;
  }

  /** How many generated cables share this station and year. */
  count(parts: Pick<GeneratorIdParts, "yearDigits" | "station">): number {
    return this.counts.get(serialKey(parts)) ?? 0;
  }

  exists(parts: GeneratorIdParts): boolean {
    return parts.serial >= 1 && parts.serial <= this.count(parts);
  }

  /** The next serial of this station and year, in output order. */
  issue(parts: Pick<GeneratorIdParts, "yearDigits" | "station">): number {
    const key = serialKey(parts);
    const serial = (this.issued.get(key) ?? 0) + 1;
    if (serial > (this.counts.get(key) ?? 0)) throw new Error(`serial plan: more ${key} cables than counted`);
    this.issued.set(key, serial);
    return serial;
  }

  /**
   * A new serial for a cited cable: with probability `resolveShare` one that a generated cable
   * carries, else one past every generated serial (cited, not in the corpus). A station and year the
   * corpus lacks keeps its serial: it cannot resolve anyway.
   */
  citeSerial(cited: GeneratorIdParts, prng: Prng, resolveShare: number): number {
    const count = this.count(cited);
    if (count === 0) return cited.serial;
    if (prng.chance(resolveShare)) return 1 + prng.int(count);
    return count + 1 + prng.int(Math.max(count, 100));
  }
}
