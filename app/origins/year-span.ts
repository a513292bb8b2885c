/** "1985–2010", "2007" for a single year, "Date unknown" when no cable of the post is dated. */
export function yearSpan(firstDate: string | null, lastDate: string | null): string {
  if (!firstDate || !lastDate) return "Date unknown";
  const first = firstDate.slice(0, 4);
  const last = lastDate.slice(0, 4);
  return first === last ? first : `${first}–${last}`;
}
