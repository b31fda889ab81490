import type { LegalBasis } from "../reference/legal";

const key = (basis: LegalBasis) => `${basis.statute}\u0000${basis.provision}`;

function merge(first: LegalBasis, next: LegalBasis): LegalBasis {
  const notes = [first.note, next.note].filter((note): note is string => note !== undefined && note.length > 0);
  const note = [...new Set(notes)].join(" ");
  const verify = first.verify === true || next.verify === true;
  if (note === (first.note ?? "") && verify === (first.verify === true)) return first;
  const merged: { statute: string; provision: string; note?: string; verify?: boolean } = { statute: first.statute, provision: first.provision };
  if (note.length > 0) merged.note = note;
  if (verify) merged.verify = true;
  return Object.freeze(merged);
}

/**
 * The legal bases of one ground (a finding, a procurement verdict, a clause requirement) with each
 * reference (statute and provision) listed once, in the order it is first cited. Bases that are
 * already distinct come back as the same array.
 *
 * Two bases can cite the same provision with different confidence: LOU 19 a kap. is the confirmed
 * chapter on direct award, while the documentation duty and guidelines cite the same chapter with
 * `verify` because their paragraph numbers are not checked against the statute text. Listed as they
 * are, the ground reads "LOU 19 a kap.; LOU 19 a kap. (verifiera)". Merged, the one reference keeps
 * `verify` if any source sets it, and carries both sources' notes:
 * - Keeping the unmarked one would silently promote what one source says is unconfirmed. The text
 *   cites only the chapter in both cases, so nothing in the data says the unconfirmed part is
 *   narrower than the citation; and the mark is the only part of a basis that the surfaces rendering a
 *   ground show (the wizard's and the review's "Grund:", the tjänsteskrivelse, its attachments and
 *   the plain-text report); the notes are not shown. A reader must be told there is something to check.
 * - A chapter-level citation marked "verifiera" already means "the paragraph numbers are not checked"
 *   in this catalogue (LOU 5 kap. for the main valuation rule), so "LOU 19 a kap. (verifiera)" says
 *   no more and no less than the unconfirmed source did; the note says the chapter itself is settled.
 * References that differ in provision ("5 kap." and "5 kap. 13 §") are distinct and both kept.
 */
export function citeOnce(bases: readonly LegalBasis[]): readonly LegalBasis[] {
  const byKey = new Map<string, LegalBasis>();
  for (const basis of bases) {
    const seen = byKey.get(key(basis));
    byKey.set(key(basis), seen === undefined ? basis : merge(seen, basis));
  }
  return byKey.size === bases.length ? bases : Object.freeze([...byKey.values()]);
}
