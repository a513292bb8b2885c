/** Cable text with its REF and paragraph mentions as links; every segment rendered as escaped text. */
import Link from "next/link";
import { linkify } from "@/lib/linkify/linkify";
import type { LinkContext } from "@/lib/linkify/segment";

const LINK_CLASS = "text-amber-800 underline decoration-amber-800/40 underline-offset-2 hover:decoration-amber-800";

export function LinkedText({ text, context }: { text: string; context?: LinkContext }) {
  if (!context) return <>{text}</>;
  return (
    <>
      {linkify(text, context).map((segment, index) =>
        !("href" in segment) ? (
          segment.text
        ) : segment.href.startsWith("#") ? (
          // Same-page anchors: a plain link scrolls and marks :target without a router round trip.
          <a key={index} href={segment.href} title={segment.title} className={LINK_CLASS}>
            {segment.text}
          </a>
        ) : (
          <Link key={index} href={segment.href} title={segment.title} className={LINK_CLASS}>
            {segment.text}
          </Link>
        ),
      )}
    </>
  );
}
