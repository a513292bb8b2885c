import type { Metadata } from "next";
import Link from "next/link";
import { headers } from "next/headers";
import { MissingCable } from "@/components/missing-cable";
import { MISSING_CABLE_HEADER } from "@/lib/queries/missing-cable-route";
import { getCitingCables } from "@/lib/queries/citing-cables";
import { CableId } from "@/lib/record/schema";

export async function generateMetadata(): Promise<Metadata> {
  const missingSlug = (await headers()).get(MISSING_CABLE_HEADER);
  return { title: missingSlug === null ? "Page not found" : `${missingSlug} is not in the archive` };
}

/** Every 404. A missing cable arrives here from proxy.ts with its slug in a header. */
export default async function NotFound() {
  const missingSlug = (await headers()).get(MISSING_CABLE_HEADER);
  if (missingSlug !== null) {
    // Only a canonical id can be cited; any other slug cannot have citing cables.
    const id = CableId.safeParse(missingSlug);
    const citations = id.success ? await getCitingCables(id.data) : [];
    return <MissingCable slug={missingSlug} citations={citations} />;
  }
  return (
    <div className="max-w-2xl space-y-3">
      <h1 className="text-2xl font-semibold tracking-tight">Page not found</h1>
      <p className="text-stone-700">There is nothing at this address.</p>
      <p>
        <Link href="/" className="text-amber-800 underline">
          Go to the home page
        </Link>
      </p>
    </div>
  );
}
