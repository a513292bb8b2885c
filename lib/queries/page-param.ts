import { z } from "zod";

/** Page numbers beyond this are nonsense for 250,000 cables at 50 a page. */
const MAX_PAGE = 100_000;
const PageParam = z.coerce.number().int().min(1).max(MAX_PAGE).catch(1);

/** The `page` query parameter; anything but a sensible page number reads as page 1. */
export function pageFromParams(raw: string | string[] | undefined): number {
  return PageParam.parse(Array.isArray(raw) ? raw[0] : raw);
}
