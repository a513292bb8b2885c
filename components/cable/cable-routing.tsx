import type { Recipient, Routing } from "@/lib/record/schema";

/** Precedence letters of the date-time group line. */
const PRECEDENCE_NAMES: Record<string, string> = {
  Z: "FLASH",
  O: "IMMEDIATE",
  P: "PRIORITY",
  R: "ROUTINE",
};

function precedenceText(precedence: string): string {
  const name = PRECEDENCE_NAMES[precedence];
  return name ? `${precedence} (${name})` : precedence;
}

function RecipientList({ role, recipients }: { role: string; recipients: Recipient[] }) {
  if (recipients.length === 0) return null;
  return (
    <div>
      <h4 className="text-xs font-medium uppercase tracking-wide text-stone-500">{role}</h4>
      <ul aria-label={`${role} recipients`} className="mt-1 space-y-1">
        {recipients.map((recipient, index) => (
          <li key={index} className="flex flex-wrap gap-x-2">
            {recipient.indicator && <span className="font-mono text-stone-500">{recipient.indicator}/</span>}
            <span>{recipient.name}</span>
            {recipient.precedence && <span className="text-stone-500">{recipient.precedence}</span>}
            {recipient.serial && <span className="font-mono text-stone-500">serial {recipient.serial}</span>}
          </li>
        ))}
      </ul>
    </div>
  );
}

export function CableRouting({ routing }: { routing: Routing | null }) {
  if (!routing) return <p className="text-sm italic text-stone-500">No routing header in this source.</p>;
  return (
    <div className="space-y-3 text-sm">
      <dl className="grid grid-cols-[8.5rem_minmax(0,1fr)] gap-x-2 gap-y-1">
        <dt className="text-stone-500">Precedence</dt>
        <dd>{routing.precedence ? precedenceText(routing.precedence) : <i className="text-stone-500">Not stated</i>}</dd>
        <dt className="text-stone-500">Date-time group</dt>
        <dd className="font-mono">{routing.dateTimeGroup ?? <i className="font-sans text-stone-500">Not stated</i>}</dd>
        <dt className="text-stone-500">From</dt>
        <dd>{routing.from ?? <i className="text-stone-500">Not stated</i>}</dd>
      </dl>
      <RecipientList role="To" recipients={routing.to} />
      <RecipientList role="Info" recipients={routing.info} />
      {routing.transmission.length > 0 && (
        <div>
          <h4 className="text-xs font-medium uppercase tracking-wide text-stone-500">Transmission lines</h4>
          <pre className="mt-1 overflow-x-auto rounded bg-stone-100 px-2 py-1.5 font-mono text-xs">
            {routing.transmission.join("\n")}
          </pre>
        </div>
      )}
    </div>
  );
}
