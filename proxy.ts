import { NextResponse, type NextRequest } from "next/server";
import { cableExists } from "@/lib/queries/cable-exists";
import { MISSING_CABLE_HEADER, MISSING_CABLE_PATH, slugFromPath } from "@/lib/queries/missing-cable-route";

/** Sends a cable that is not in the archive to the server-rendered not-found page (see cable-slug-header.ts). */
export async function proxy(request: NextRequest) {
  const headers = new Headers(request.headers);
  headers.delete(MISSING_CABLE_HEADER); // only the proxy may say a cable is missing
  const slug = slugFromPath(request.nextUrl.pathname);
  if (slug !== null && !(await cableExists(slug))) {
    headers.set(MISSING_CABLE_HEADER, slug);
    return NextResponse.rewrite(new URL(MISSING_CABLE_PATH, request.url), { request: { headers } });
  }
  return NextResponse.next({ request: { headers } });
}

export const config = { matcher: "/cable/:slug" };
