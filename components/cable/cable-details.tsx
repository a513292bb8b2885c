import type { ReactNode } from "react";
import { ClassificationBadge } from "@/components/classification-badge";
import { formatDateTime } from "@/components/format";
import type { CableRecord } from "@/lib/record/schema";

type Row = { term: string; value: ReactNode };

function unknown(text = "Unknown") {
  return <span className="italic text-stone-500">{text}</span>;
}

function idValue(record: CableRecord): ReactNode {
  if (record.id) return <span className="font-mono">{record.id}</span>;
  const known = [record.station, record.serial].filter((part) => part !== null).join(" ");
  return (
    <>
      {known && <span className="font-mono">{known}</span>} {unknown("year unknown, so no canonical id")}
    </>
  );
}

function declassificationValue(record: CableRecord): ReactNode {
  if (!record.declassification && !record.executiveOrder) return unknown("Not stated");
  return [record.executiveOrder && `E.O. ${record.executiveOrder}`, record.declassification && `DECL: ${record.declassification}`]
    .filter(Boolean)
    .join(" · ");
}

/** Every metadata field, with unknown values said to be unknown rather than left out. */
function detailRows(record: CableRecord): Row[] {
  const rows: Row[] = [
    { term: "Reference id", value: idValue(record) },
    { term: "Date", value: record.date ? formatDateTime(record.date) : unknown() },
    { term: "Classification", value: <ClassificationBadge classification={record.classification} /> },
    { term: "Origin", value: record.origin ?? unknown() },
    { term: "Subject", value: record.subject ?? unknown("No subject") },
    { term: "Section", value: record.section ?? unknown("Not stated") },
    { term: "Signed", value: record.signer ?? unknown("Not stated") },
    { term: "Caveats", value: record.caveats.length > 0 ? record.caveats.join(", ") : unknown("None") },
    { term: "Declassification", value: declassificationValue(record) },
    { term: "Classified by", value: record.classifiedBy ?? unknown("Not stated") },
    { term: "Reason", value: record.reason ?? unknown("Not stated") },
  ];
  if (record.released) rows.push({ term: "Released", value: formatDateTime(record.released) });
  rows.push({
    term: "Source",
    value: (
      <span className="break-all">
        {record.source.path}
        {record.source.row !== undefined && `, record ${record.source.row}`} ({record.source.format})
      </span>
    ),
  });
  return rows;
}

export function CableDetails({ record }: { record: CableRecord }) {
  return (
    <dl className="divide-y divide-stone-100 text-sm">
      {detailRows(record).map((row) => (
        <div key={row.term} className="grid grid-cols-[8.5rem_minmax(0,1fr)] gap-2 py-1.5">
          <dt className="text-stone-500">{row.term}</dt>
          <dd className="text-stone-900">{row.value}</dd>
        </div>
      ))}
    </dl>
  );
}
