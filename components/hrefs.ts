/** Where a cable lives; slugs are ids or keys from station, serial and source, encoded in case. */
export function cableHref(slug: string): string {
  return `/cable/${encodeURIComponent(slug)}`;
}

/** Anchor of a numbered paragraph: `#para-3`. */
export function paragraphAnchor(number: string): string {
  return `para-${number}`;
}

export function tagHref(tag: string): string {
  return `/tags/${encodeURIComponent(tag)}`;
}

export function originHref(origin: string): string {
  return `/origins/${encodeURIComponent(origin)}`;
}

/**
 * A dynamic route segment as text. Tags and post names hold spaces, slashes and commas
 * ("HIV/AIDS", "American Institute Taiwan, Taipei"), so links encode them; decode once here.
 */
export function routeParam(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}
