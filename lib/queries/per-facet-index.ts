/**
 * A figure over the whole archive read from the facet index (lib/search/facet-index.ts): computed
 * once per index, so it changes exactly when the lists it links to do (the index reloads on a change
 * of the archive, at most every RELOAD_INTERVAL_MS).
 */
import { getReadDb } from "@/lib/db/read-connection";
import { getFacetIndex, type FacetIndex } from "@/lib/search/facet-index";

/** The figure of the current index; shared between callers: read it, never change it. */
export function perFacetIndex<T>(compute: (index: FacetIndex) => T): () => T {
  const computed = new WeakMap<FacetIndex, T>();
  return () => {
    const index = getFacetIndex(getReadDb());
    if (!computed.has(index)) computed.set(index, compute(index));
    return computed.get(index) as T;
  };
}

/** A facet-index day (20070126) as an ISO day ("2007-01-26"). */
export function isoDay(day: number): string {
  const month = Math.floor(day / 100) % 100;
  return `${Math.floor(day / 10_000)}-${String(month).padStart(2, "0")}-${String(day % 100).padStart(2, "0")}`;
}
