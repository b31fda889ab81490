import { describe, expect, it } from "vitest";
import { partyLabel, taskLabel } from "@/lib/rules/labels";

describe("a task or party named in a finding", () => {
  it("is quoted whole when short", () => {
    expect(taskLabel({ id: "t", description: "Familjerättsliga utredningar" }, 0)).toBe("uppgift 1 (”Familjerättsliga utredningar”)");
    expect(partyLabel({ id: "p", name: "Fjällvikens kommun" }, 1)).toBe("Fjällvikens kommun (part 2)");
    // Unnamed yet: the number alone.
    expect(partyLabel({ id: "p" }, 0)).toBe("part 1");
  });

  // A walk's tjänsteskrivelse read "…på uppdrag av ti…": a long description is cut at a word.
  it("is cut at a word, never inside one, when long", () => {
    const label = taskLabel({ id: "t", description: "Utredningar om vårdnad, boende och umgänge som Norrström gör på uppdrag av tingsrätten i Fjällvikens ärenden" }, 0);
    expect(label).toBe("uppgift 1 (”Utredningar om vårdnad, boende och umgänge som Norrström …”)");
    const inner = label.slice("uppgift 1 (”".length, -"”)".length);
    expect(inner.length).toBeLessThanOrEqual(62);
    // Sixty characters are still quoted whole (a review: the shared cut took them one short).
    const sixty = "Gemensam nämnd för familjerätt i Norrström och Fjällviken AB";
    expect(sixty).toHaveLength(60);
    expect(partyLabel({ id: "p", name: sixty }, 0)).toBe(`${sixty} (part 1)`);
  });
});
