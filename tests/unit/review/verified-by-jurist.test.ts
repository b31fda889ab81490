import { describe, expect, it } from "vitest";
import type { Finding } from "@/lib/rules";
import { type KeyedFinding, type StandingDecision, verifiedByJuristText } from "@/lib/review/findings";

const finding = (code: string, verify: boolean) => ({ code, verify, severity: verify ? "warning" : "blocker" }) as unknown as Finding;

describe("the counts beside what a jurist verified", () => {
  const a = { key: "A", finding: finding("A", true) };
  const b = { key: "B", finding: finding("B", true) };
  const c = { key: "C", finding: finding("C", false) };
  const keyed: KeyedFinding[] = [a, b, c];
  const all = new Set(keyed.map((k) => k.finding));

  it("say how many points to verify a jurist has verified, on the facts as they are", () => {
    const decisions: StandingDecision[] = [
      { findingKey: "A", kind: "VERIFIED", holds: true },
      { findingKey: "B", kind: "VERIFIED", holds: false },
      { findingKey: "C", kind: "ACCEPTED_RISK", holds: true },
    ];
    expect(verifiedByJuristText(keyed, all, decisions)).toBe("Av punkterna att verifiera har 1 av 2 markerats som verifierade av en jurist. Varje parts jurist tar ställning till dem för sin egen part.");
    expect(verifiedByJuristText(keyed, all, [...decisions, { findingKey: "B", kind: "VERIFIED", holds: true }])).toBe(
      "Av punkterna att verifiera har alla markerats som verifierade av en jurist. Varje parts jurist tar ställning till dem för sin egen part.",
    );
  });

  it("count only the points the page's count is over, and say nothing while none is verified", () => {
    expect(verifiedByJuristText(keyed, new Set([a.finding]), [{ findingKey: "A", kind: "VERIFIED", holds: true }])).toBe(
      "Av punkterna att verifiera har alla markerats som verifierade av en jurist. Varje parts jurist tar ställning till dem för sin egen part.",
    );
    expect(verifiedByJuristText(keyed, all, [{ findingKey: "A", kind: "MUST_FIX", holds: true }])).toBe("");
  });

  it("count a point one party's jurist verified as unsettled while another party's jurist holds 'Ska åtgärdas' on it", () => {
    // Verification is of a fact; the other party's "Ska åtgärdas" says the fact does not hold as it stands.
    const withOther = (kind: StandingDecision["kind"]): StandingDecision[] => [
      { findingKey: "A", kind: "VERIFIED", holds: true },
      { findingKey: "A", kind, holds: true },
      { findingKey: "B", kind: "VERIFIED", holds: true },
    ];
    expect(verifiedByJuristText(keyed, all, withOther("MUST_FIX"))).toBe("Av punkterna att verifiera har 1 av 2 markerats som verifierade av en jurist. Varje parts jurist tar ställning till dem för sin egen part.");
    // A risk the other party takes, or a point not applicable to it, says nothing against the fact checked.
    for (const kind of ["ACCEPTED_RISK", "NOT_APPLICABLE"] as const) {
      expect(verifiedByJuristText(keyed, all, withOther(kind))).toBe("Av punkterna att verifiera har alla markerats som verifierade av en jurist. Varje parts jurist tar ställning till dem för sin egen part.");
    }
    // A decision of the other party on facts since changed no longer holds, and no longer stands in the way.
    expect(verifiedByJuristText(keyed, all, [
      { findingKey: "A", kind: "VERIFIED", holds: true },
      { findingKey: "A", kind: "MUST_FIX", holds: false },
      { findingKey: "B", kind: "VERIFIED", holds: true },
    ])).toBe("Av punkterna att verifiera har alla markerats som verifierade av en jurist. Varje parts jurist tar ställning till dem för sin egen part.");
  });

  it("with two parties, say how many each party's own jurist has verified", () => {
    // A walk: Norrström's jurist verified both points, and Fjällviken's jurist, who had decided
    // nothing, read "alla markerats som verifierade" above her own "2 punkter … är inte avgjorda".
    const parties = [
      { id: "nor", name: "Norrströms kommun" },
      { id: "fja", name: "Fjällvikens kommun" },
    ];
    const byNorrstrom = [
      { findingKey: "A", kind: "VERIFIED" as const, holds: true, organizationId: "nor" },
      { findingKey: "B", kind: "VERIFIED" as const, holds: true, organizationId: "nor" },
    ];
    expect(verifiedByJuristText(keyed, all, byNorrstrom, parties)).toBe(
      "Av punkterna att verifiera har alla markerats som verifierade av en jurist. Verifierade av respektive parts jurist: Norrströms kommun 2 av 2 och Fjällvikens kommun 0 av 2.",
    );
    // Fjällviken's jurist disputes one ("Ska åtgärdas"): it is not verified for Fjällviken, nor in the count of all.
    expect(verifiedByJuristText(keyed, all, [...byNorrstrom, { findingKey: "A", kind: "VERIFIED", holds: true, organizationId: "fja" }, { findingKey: "B", kind: "MUST_FIX", holds: true, organizationId: "fja" }], parties)).toBe(
      "Av punkterna att verifiera har 1 av 2 markerats som verifierade av en jurist. Verifierade av respektive parts jurist: Norrströms kommun 2 av 2 och Fjällvikens kommun 1 av 2.",
    );
  });
});
