import type { HighlightSegment } from "#domain/catalogue/highlight.ts";

/** Search highlights as text with the matches in <mark>: segments, never HTML, so nothing is injected. */
export function Highlighted({ segments }: { segments: HighlightSegment[] }) {
  return (
    <>
      {segments.map((segment, i) =>
        // biome-ignore lint/suspicious/noArrayIndexKey: segments are fixed for one render
        segment.match ? <mark key={i}>{segment.text}</mark> : <span key={i}>{segment.text}</span>,
      )}
    </>
  );
}
