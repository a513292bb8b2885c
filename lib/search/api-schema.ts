/**
 * The JSON of `/api/cables`: one zod schema, exported so clients can validate what they receive and
 * the README can show it. `/api/cable/<id>` returns a CableRecord (lib/record/schema.ts).
 */
import { z } from "zod";
import { SORT_ORDERS } from "@/lib/queries/cable-filters";
import { CableId, Classification, IsoDateTime } from "@/lib/record/schema";

export const ValueCount = z.object({ value: z.string(), count: z.number().int().nonnegative() });

/** Snippet text in pieces; `hit` marks the words the query matched. Plain text, never HTML. */
export const SnippetSegment = z.object({ text: z.string(), hit: z.boolean() });

export const CablesApiItem = z.object({
  /** Canonical id ("07LIMA218"); null when the text does not give the year. */
  id: CableId.nullable(),
  /** Key of the cable's page and of `/api/cable/<slug>`. */
  slug: z.string(),
  station: z.string().nullable(),
  serial: z.number().int().nullable(),
  date: IsoDateTime.nullable(),
  subject: z.string().nullable(),
  classification: Classification.nullable(),
  origin: z.string().nullable(),
  tags: z.array(z.string()),
  /** With `q`: body text around the hits. */
  snippet: z.array(SnippetSegment).optional(),
  /** With `q`: number of the first paragraph with a hit (the page anchors it as `#para-N`). */
  paragraph: z.string().nullable().optional(),
  /** The cable's page, at the hit's paragraph when there is one. */
  url: z.string(),
});
export type CablesApiItem = z.infer<typeof CablesApiItem>;

export const CablesApiResponse = z.object({
  /** Cables in the result set (every page). */
  total: z.number().int().nonnegative(),
  page: z.number().int().positive(),
  pageSize: z.number().int().positive(),
  /** "relevance" (best match first, the default with `q`), "desc" (newest first, the default without) or "asc". */
  sort: z.enum(SORT_ORDERS),
  items: z.array(CablesApiItem),
  /** Counts over the whole result set: the 20 most frequent tags and origins, every classification and year. */
  facets: z.object({
    tags: z.array(ValueCount),
    origins: z.array(ValueCount),
    classifications: z.array(ValueCount),
    years: z.array(ValueCount),
  }),
  /** Cables of the result set per month ("2007-01"), oldest first, and how many have no date. */
  timeline: z.object({
    months: z.array(z.object({ month: z.string().regex(/^\d{4}-\d{2}$/), count: z.number().int().nonnegative() })),
    undated: z.number().int().nonnegative(),
  }),
});
export type CablesApiResponse = z.infer<typeof CablesApiResponse>;

/** Every error answer: 400 for bad parameters (each named in `problems`), 404 for an unknown cable. */
export const ApiError = z.object({
  error: z.string(),
  problems: z.array(z.object({ param: z.string(), value: z.string(), message: z.string() })).optional(),
});
export type ApiError = z.infer<typeof ApiError>;
