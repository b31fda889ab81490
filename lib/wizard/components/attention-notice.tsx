import Link from "@/components/Link";
import type { AttentionItem } from "@/lib/case";
import { describeAttentionItem } from "../attention";
import { NOUNS, formatCount } from "@/lib/format/count";

/**
 * Shown on the case page: answers from an older format version that could not be converted
 * without guessing. They are kept, never dropped, until an editor has dealt with them in step 2A.
 */
export function AttentionNotice({ caseId, items }: { caseId: string; items: readonly AttentionItem[] }) {
  if (items.length === 0) return null;
  return (
    <section aria-labelledby="se-over-rubrik" className="mt-6 max-w-3xl rounded border-l-4 border-amber-600 bg-amber-50 p-4">
      <h2 id="se-over-rubrik" className="text-xl font-semibold">
        {items.length === 1 ? "Ett svar behöver ses över" : `${formatCount(items.length, NOUNS.answer)} behöver ses över`}
      </h2>
      <p className="mt-1">Ärendet har flyttats till en ny modell för ekonomin. Följande svar kunde inte flyttas utan att gissa vad de betydde. De finns kvar tills någon har hanterat dem.</p>
      <ul className="mt-2 list-disc pl-6">
        {items.map((item) => {
          const d = describeAttentionItem(item);
          return (
            <li key={item.path}>
              <strong>{d.label}: {d.value}.</strong> {d.reason}
            </li>
          );
        })}
      </ul>
      <p className="mt-2">
        <Link href={`/arenden/${caseId}/steg/2a/ekonomi#f-needsAttention`} className="text-brand-700 underline">
          Se över svaren i steg 2A
        </Link>
      </p>
    </section>
  );
}
