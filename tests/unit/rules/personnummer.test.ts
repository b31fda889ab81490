import { describe, expect, it } from "vitest";
import { findIdentityNumbers } from "@/lib/rules/personnummer";
import { scanForIdentityNumbers } from "@/lib/rules/free-text";
import { mutate } from "./helpers";

describe("identity numbers", () => {
  it.each(["811218-9876", "8112189876", "811218+9876", "19811218-9876", "198112189876", "Ring om 19121212-1212 i dag"])(
    "detects personnummer in %s",
    (text) => {
      expect(findIdentityNumbers(text)).toContain("personnummer");
    },
  );

  it("detects samordningsnummer (day + 60)", () => {
    expect(findIdentityNumbers("701063-2391")).toEqual(["samordningsnummer"]);
  });

  it.each([
    ["wrong check digit", "811218-9875"],
    ["organisation number (month 20+)", "212000-0142"],
    ["impossible date", "811232-9876"],
    ["phone number", "0701234567"],
    ["amount", "8109450 kr"],
    ["digits inside a longer run", "1234567811218987612"],
    ["invalid century", "21811218-9876"],
  ])("ignores %s", (_label, text) => {
    expect(findIdentityNumbers(text)).toEqual([]);
  });

  it("finds numbers in nested free text and reports the path", () => {
    const c = mutate((x) => {
      x.economy.costShares[1]!.partyId = "fjallviken";
      x.agreement.clauses.uppdrag = "Kontakt: 811218-9876";
      x.needs.benefits.push("Samordningsnummer 701063-2391");
    });
    const paths = scanForIdentityNumbers(c).map((h) => h.path);
    expect(paths).toEqual(expect.arrayContaining(["agreement.clauses.uppdrag", "needs.benefits[4]"]));
  });
});
