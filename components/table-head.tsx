/** A column of an index table; numbers are right-aligned. */
export type Column = { label: string; numeric?: boolean };

/** Caption (for screen readers) and column headers of the index tables (/tags, /origins). */
export function TableHead({ caption, columns }: { caption: string; columns: readonly Column[] }) {
  return (
    <>
      <caption className="sr-only">{caption}</caption>
      <thead className="border-b border-stone-200 bg-stone-50 text-xs uppercase tracking-wide text-stone-500">
        <tr>
          {columns.map((column) => (
            <th key={column.label} scope="col" className={`px-4 py-2 font-medium ${column.numeric ? "text-right" : ""}`}>
              {column.label}
            </th>
          ))}
        </tr>
      </thead>
    </>
  );
}
