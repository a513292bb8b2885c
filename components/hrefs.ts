/** Where a cable lives; slugs are ids or keys from station, serial and source, encoded in case. */
export function cableHref(slug: string): string {
  return `/cable/${encodeURIComponent(slug)}`;
}

/** Anchor of a numbered paragraph: `#para-3`. */
export function paragraphAnchor(number: string): string {
  return `para-${number}`;
}
