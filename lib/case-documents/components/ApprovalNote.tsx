import { approvedBy, awaitedParties, partialMark, type Approval, type PartialApproval } from "@/lib/documents/model";

/**
 * What the documents created now say about the legal review: approved, with the version, who
 * approved for which party and for whom it was not reviewed (as every page of the documents
 * says); approved by some parties and not yet by others (still drafts, marked so); or drafts
 * marked "UTKAST" on every page. The same approval as generation's (lib/review/approval.ts), so
 * the page and the files never disagree.
 */
export function ApprovalNote({ approval, partial }: { approval: Approval | undefined; partial: PartialApproval | undefined }) {
  return (
    <p className="mt-2 max-w-3xl font-semibold">
      {approval
        ? `Ärendet är juridiskt granskat och godkänt i version ${approval.version} den ${approval.approvedAt.slice(0, 10)}${approvedBy(approval)}. Dokumenten som skapas nu är märkta med godkännandet.`
        : partial
          ? `Ärendet är juridiskt godkänt för en del av parterna, ännu inte för ${awaitedParties(partial)}. Dokumenten som skapas nu är utkast och säger det på varje sida: ”${partialMark(partial)}”.`
          : "Dokumenten är utkast tills ärendet har granskats och godkänts juridiskt: varje sida är märkt ”UTKAST – ej juridiskt granskat”."}
    </p>
  );
}
