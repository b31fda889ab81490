import { describe, expect, it } from "vitest";
import { inPartyOrder } from "@/lib/review/party-order";

describe("the order parties' review states are listed in", () => {
  it("is the case pages' order: the owner first, then the others by name in Swedish order", () => {
    const party = (organizationId: string, name: string) => ({ organizationId, name, state: "approved" });
    const listed = inPartyOrder([party("a", "Åmåls kommun"), party("o", "Örebro kommun"), party("z", "Zinkgruvans kommun"), party("b", "Borås stad")], "o");
    expect(listed.map((p) => p.name)).toEqual(["Örebro kommun", "Borås stad", "Zinkgruvans kommun", "Åmåls kommun"]);
  });
});
