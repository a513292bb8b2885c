/**
 * The request mix of the web benchmark: varied, seeded, drawn from a corpus sample so every
 * request asks for something the archive holds.
 */
import type { CorpusSample, SampledCable } from "@/lib/bench/corpus-sample";
import type { Prng } from "@/lib/bench/prng";

export const REQUEST_KINDS = ["search", "filtered list", "cable page", "api list"] as const;
export type RequestKind = (typeof REQUEST_KINDS)[number];

/** Filters span this many years either side of a sampled cable's year. */
const YEAR_SPREAD = 1;

function query(params: Record<string, string | undefined>): string {
  const search = new URLSearchParams();
  for (const [name, value] of Object.entries(params)) if (value !== undefined && value !== "") search.set(name, value);
  return search.toString();
}

function searchWords(prng: Prng, sample: CorpusSample): string {
  const withWords = (): SampledCable => {
    for (;;) {
      const cable = prng.pick(sample.cables);
      if (cable.subjectWords.length > 0) return cable;
    }
  };
  const first = prng.pick(withWords().subjectWords);
  return prng.chance(0.25) ? `${first} ${prng.pick(withWords().subjectWords)}` : first;
}

/** tag, origin and a date range around one real cable, so the filter matches something. */
function filters(prng: Prng, cable: SampledCable): Record<string, string | undefined> {
  const year = Number(cable.day.slice(0, 4));
  return {
    tag: cable.tags.length > 0 ? prng.pick(cable.tags) : undefined,
    origin: cable.origin,
    classification: prng.chance(0.25) ? cable.classification : undefined,
    from: `${year - YEAR_SPREAD}-01-01`,
    to: `${year + YEAR_SPREAD}-12-31`,
  };
}

export function buildRequests(kind: RequestKind, count: number, sample: CorpusSample, prng: Prng): string[] {
  const hasWords = sample.cables.some((cable) => cable.subjectWords.length > 0);
  return Array.from({ length: count }, () => {
    switch (kind) {
      case "search":
        return `/cables?${query({ q: hasWords ? searchWords(prng, sample) : "embassy" })}`;
      case "filtered list":
        return `/cables?${query(filters(prng, prng.pick(sample.cables)))}`;
      case "cable page":
        return `/cable/${sample.randomId(prng)}`;
      case "api list":
        return `/api/cables?${query({
          q: hasWords && prng.chance(0.5) ? searchWords(prng, sample) : undefined,
          ...filters(prng, prng.pick(sample.cables)),
          page: String(prng.range(1, 3)),
        })}`;
    }
  });
}
