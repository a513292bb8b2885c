import { textBlocks } from "@/components/cable-text";
import { LinkedText } from "@/components/cable-text/linked-text";
import { paragraphAnchor } from "@/components/hrefs";
import type { LinkContext } from "@/lib/linkify/segment";
import type { Paragraph } from "@/lib/record/schema";

/** Text in blocks (split at blank lines), each line kept, its REF and paragraph mentions linked. */
export function CableTextBlock({ text, links }: { text: string; links?: LinkContext }) {
  return (
    <>
      {textBlocks(text).map((lines, blockIndex) => (
        <p key={blockIndex} className="mt-2 first:mt-0">
          {lines.map((line, lineIndex) => (
            <span key={lineIndex} className="block">
              <LinkedText text={line} context={links} />
            </span>
          ))}
        </p>
      ))}
    </>
  );
}

/** The anchor of each numbered paragraph; a number repeated (a later section restarting) anchors once. */
function anchorsOf(paragraphs: Paragraph[]): (string | null)[] {
  const seen = new Set<string>();
  return paragraphs.map(({ number }) => {
    if (number === null || seen.has(number)) return null;
    seen.add(number);
    return paragraphAnchor(number);
  });
}

/** `links`: REF and paragraph mentions in the text become links (lib/linkify). */
export function CableParagraphs({ paragraphs, links }: { paragraphs: Paragraph[]; links?: LinkContext }) {
  const anchors = anchorsOf(paragraphs);
  return (
    <ol aria-label="Paragraphs" className="space-y-4">
      {paragraphs.map((paragraph, index) => {
        const anchor = anchors[index];
        return (
          <li
            key={index}
            id={anchor ?? undefined}
            className="scroll-mt-6 rounded-md border-l-4 border-transparent py-1 pl-3 leading-relaxed target:border-amber-500 target:bg-amber-50"
          >
            <div className="mb-1 flex items-baseline gap-2 text-sm">
              {paragraph.number !== null &&
                (anchor ? (
                  <a
                    href={`#${anchor}`}
                    aria-label={`Paragraph ${paragraph.number}, link to this paragraph`}
                    className="cable-link"
                  >
                    ¶{paragraph.number}
                  </a>
                ) : (
                  <span className="font-mono font-semibold text-stone-600">¶{paragraph.number}</span>
                ))}
              {paragraph.classification && (
                <span
                  title="Paragraph marking"
                  className="rounded bg-stone-100 px-1.5 font-mono text-xs text-stone-700"
                >
                  ({paragraph.classification})
                </span>
              )}
            </div>
            <CableTextBlock text={paragraph.text} links={links} />
          </li>
        );
      })}
    </ol>
  );
}
