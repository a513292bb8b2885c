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

export function tagHref(tag: string): string {
  return `/tags/${encodeURIComponent(tag)}`;
}

export function originHref(origin: string): string {
  return `/origins/${encodeURIComponent(origin)}`;
}
