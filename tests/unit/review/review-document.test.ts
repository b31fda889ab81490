import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { caseSchema, emptyCase, upgradeWithReport } from "@/lib/case";
import { caseV1Arbitrary } from "@/lib/case/v1/arbitrary-v1";
import { reviewDocument } from "@/lib/review/document";

// The review reads, assesses and hashes the stored document. A document stored in an older
// format version must reach the reviewer with its answers, as the wizard shows them, and not as
// an empty case (which a reviewer could approve without having seen a single answer).
describe("the document the legal review reads", () => {
  it("is a version-1 document upgraded, as the wizard reads it, with its answers", () => {
    fc.assert(
      fc.property(caseV1Arbitrary, (v1) => {
        const expected = caseSchema.parse(upgradeWithReport(v1, { salvage: true }).value);
        expect(reviewDocument({ data: v1, title: "Titel" })).toEqual(expected);
      }),
      { numRuns: 50 },
    );
  });

  it("is an empty case with the row's title when nothing is stored", () => {
    expect(reviewDocument({ data: {}, title: "Nytt ärende" })).toEqual({ ...emptyCase(), title: "Nytt ärende" });
  });
});
