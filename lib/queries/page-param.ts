import { PageNumber } from "@/lib/queries/cable-filters";

const PageParam = PageNumber.catch(1);

/** The `page` query parameter; anything but a sensible page number reads as page 1. */
export function pageFromParams(raw: string | string[] | undefined): number {
  return PageParam.parse(Array.isArray(raw) ? raw[0] : raw);
}
