import { HIT_END, HIT_START } from "../data";

/** ts_headline output with the hits marked; the text is rendered as text, never as HTML. */
export function Headline({ value }: { value: string }) {
  const parts = value.split(HIT_START);
  return (
    <p className="mt-1 text-slate-800">
      {parts.map((part, i) => {
        if (i === 0) return <span key={i}>{part}</span>;
        const [hit, rest] = part.split(HIT_END);
        return (
          <span key={i}>
            <mark className="bg-yellow-200 font-semibold text-slate-950">{hit}</mark>
            {rest}
          </span>
        );
      })}
    </p>
  );
}
