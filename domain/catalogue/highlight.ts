// Highlighted matches travel as segments, never as HTML: a page renders each segment as text,
// the matching ones inside <mark>, so nothing a project's text or a query holds can become markup.
// PostgreSQL's ts_headline marks matches with two control characters (start \u0002, stop \u0003),
// which the catalogue's stored text never contains (cleanText removes control characters).

export const highlightStart = "\u0002";
export const highlightStop = "\u0003";

export interface HighlightSegment {
  text: string;
  match: boolean;
}

/** Splits marked text into segments; stray or unbalanced markers are dropped, never shown. */
export function segmentsOf(marked: string): HighlightSegment[] {
  const segments: HighlightSegment[] = [];
  let match = false;
  let current = "";
  const push = () => {
    if (current === "") return;
    const last = segments[segments.length - 1];
    if (last && last.match === match) last.text += current;
    else segments.push({ text: current, match });
    current = "";
  };
  for (const char of marked) {
    if (char === highlightStart || char === highlightStop) {
      push();
      match = char === highlightStart;
    } else {
      current += char;
    }
  }
  push();
  return segments;
}

/** Plain text as one unmatched segment (nothing to highlight). */
export function plainSegments(text: string): HighlightSegment[] {
  return text === "" ? [] : [{ text, match: false }];
}

/** The first `maxWords` words of a text, with an ellipsis when cut: the snippet without a search. */
export function leadingWords(text: string, maxWords = 35): string {
  const words = text.split(/\s+/).filter(Boolean);
  return words.length <= maxWords ? words.join(" ") : `${words.slice(0, maxWords).join(" ")} …`;
}
