import { SPAN_KINDS, type Span } from "@/lib/anonymisation";

/**
 * The text with each removal and generalisation marked. The kind is in the title and,
 * for screen readers, in visually hidden text, so the highlight is not colour alone.
 */
export function HighlightedText({ text, spans }: { text: string; spans: readonly Span[] }) {
  const parts: React.ReactNode[] = [];
  let cursor = 0;
  spans.forEach((span, i) => {
    if (span.start < cursor || span.end > text.length) return;
    parts.push(text.slice(cursor, span.start));
    parts.push(
      <mark
        key={i}
        data-kind={span.kind}
        title={`${SPAN_KINDS[span.kind]} (${span.action === "removed" ? "borttaget" : "generaliserat"})`}
        className={span.action === "removed" ? "rounded bg-amber-200 px-0.5 text-slate-950 underline decoration-dotted" : "rounded bg-sky-100 px-0.5 text-slate-950 underline decoration-dashed"}
      >
        <span className="sr-only">{span.action === "removed" ? "Borttaget: " : "Generaliserat: "}</span>
        {text.slice(span.start, span.end)}
      </mark>,
    );
    cursor = span.end;
  });
  parts.push(text.slice(cursor));
  return <p className="whitespace-pre-line">{parts}</p>;
}
