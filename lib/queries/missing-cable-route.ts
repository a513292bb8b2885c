/**
 * How the page of a cable that is not in the archive gets a server-rendered 404 body.
 *
 * A page that calls notFound() answers 404 with an empty HTML body: Next.js draws the not-found
 * UI on the client only (vercel/next.js#62228). An unmatched URL, though, is rendered on the
 * server by app/not-found.tsx. So proxy.ts rewrites the URL of a missing cable to a path no route
 * matches and passes the slug in a request header for the not-found page to name the cable and
 * list the cables that cite it.
 */
export const MISSING_CABLE_HEADER = "x-missing-cable";

/** Matches no route, so Next.js answers it with the root not-found page and status 404. */
export const MISSING_CABLE_PATH = "/_missing-cable";

const CABLE_PATH = /^\/cable\/([^/]+)\/?$/;

/** The decoded slug of a cable page path, or null for any other path or a malformed escape. */
export function slugFromPath(pathname: string): string | null {
  const match = CABLE_PATH.exec(pathname);
  if (!match) return null;
  try {
    return decodeURIComponent(match[1]);
  } catch {
    return null;
  }
}
