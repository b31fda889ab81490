import type { Case, ClauseId } from "@/lib/case";
import { CLAUSE_GAP } from "@/lib/case/enums";
import { clauseDraftBlocks } from "@/lib/documents/clauses";
import { blocksToClauseText } from "@/lib/documents/clause-text";

// Step 4 shows the same clause drafts as the agreement document (lib/documents), as editable
// text. Anything the answers do not settle reads "[…]" so it cannot pass unnoticed into a
// signed agreement.

/** A draft text for the clause built from the case's answers; gaps are marked "[…]". */
export function draftClause(c: Case, clauseId: ClauseId): string {
  return blocksToClauseText(clauseDraftBlocks(c, clauseId));
}

export const DRAFT_GAP = CLAUSE_GAP;
