import type { Classification } from "@/lib/record/schema";

const BADGE_STYLES: Record<Classification, string> = {
  UNCLASSIFIED: "bg-emerald-50 text-emerald-800 ring-emerald-200",
  "UNCLASSIFIED//FOR OFFICIAL USE ONLY": "bg-teal-50 text-teal-800 ring-teal-200",
  CONFIDENTIAL: "bg-sky-50 text-sky-800 ring-sky-200",
  "CONFIDENTIAL//NOFORN": "bg-indigo-50 text-indigo-800 ring-indigo-200",
  SECRET: "bg-rose-50 text-rose-800 ring-rose-200",
  "SECRET//NOFORN": "bg-red-100 text-red-900 ring-red-300",
};
const UNKNOWN_STYLE = "bg-stone-100 text-stone-700 ring-stone-300";

export function ClassificationBadge({ classification }: { classification: string | null }) {
  const style = (classification && BADGE_STYLES[classification as Classification]) || UNKNOWN_STYLE;
  return (
    <span className={`badge ${style}`}>
      {classification ?? "Classification unknown"}
    </span>
  );
}
