/** Display formats shared by the pages. Fixed English formats in UTC: the same on server and client. */

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"] as const;

/** "2007-01-26T18:12:00Z" → "26 Jan 2007". */
export function formatDay(iso: string): string {
  const [year, month, day] = iso.slice(0, 10).split("-");
  return `${Number(day)} ${MONTHS[Number(month) - 1]} ${year}`;
}

/** "2007-01-26T18:12:00Z" → "26 Jan 2007, 18:12 UTC"; midnight stays a plain day (metadata gives no time). */
export function formatDateTime(iso: string): string {
  const time = iso.slice(11, 16);
  return time === "00:00" ? formatDay(iso) : `${formatDay(iso)}, ${time} UTC`;
}

type CableName = { id: string | null; station: string | null; serial: number | null };

/** The canonical id, or what is known of it when the year is not: "LIMA 2158". */
export function cableName(cable: CableName): string {
  if (cable.id) return cable.id;
  const known = [cable.station, cable.serial].filter((part) => part !== null).join(" ");
  return known || "Unidentified cable";
}

export function plural(count: number, one: string, many = `${one}s`): string {
  return `${count.toLocaleString("en-US")} ${count === 1 ? one : many}`;
}
