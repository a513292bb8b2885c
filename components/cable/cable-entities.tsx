import type { Entity } from "@/lib/record/schema";

const ENTITY_TYPE_NAMES: Record<Entity["type"], string> = {
  PER: "People",
  ORG: "Organizations",
  LOC: "Places",
  MISC: "Other",
};

/** The named-entity annotations some sources carry, grouped by type, most mentioned first. */
export function CableEntities({ entities }: { entities: Entity[] }) {
  const types = (Object.keys(ENTITY_TYPE_NAMES) as Entity["type"][]).filter((type) =>
    entities.some((entity) => entity.type === type),
  );
  return (
    <div className="space-y-3 text-sm">
      {types.map((type) => (
        <div key={type}>
          <h4 className="text-xs font-medium uppercase tracking-wide text-stone-500">{ENTITY_TYPE_NAMES[type]}</h4>
          <ul aria-label={ENTITY_TYPE_NAMES[type]} className="mt-1 flex flex-wrap gap-1.5">
            {entities
              .filter((entity) => entity.type === type)
              .sort((a, b) => b.count - a.count || a.text.localeCompare(b.text))
              .map((entity) => (
                <li key={entity.text} className="rounded bg-stone-100 px-1.5 py-0.5">
                  {entity.text}
                  {entity.count > 1 && <span className="ml-1 text-stone-500">×{entity.count}</span>}
                </li>
              ))}
          </ul>
        </div>
      ))}
    </div>
  );
}
