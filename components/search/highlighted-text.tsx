import { Fragment } from "react";
import type { SnippetSegment } from "@/lib/search/snippet";

/** Text with the search's hits in <mark>; every piece is rendered as text, never as HTML. */
export function HighlightedText({ segments }: { segments: readonly SnippetSegment[] }) {
  return (
    <>
      {segments.map((segment, index) =>
        segment.hit ? (
          <mark key={index} className="hit">
            {segment.text}
          </mark>
        ) : (
          <Fragment key={index}>{segment.text}</Fragment>
        ),
      )}
    </>
  );
}
