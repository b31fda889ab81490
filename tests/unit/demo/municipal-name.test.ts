import { describe, expect, it } from "vitest";
import { municipalName } from "@/lib/demo/example-cases";

// The demo showed "Ales kommun", "Eskilstunas kommun" and "Gotlands kommun": every name took a
// genitive s. The official names (SCB's list of municipalities) take none after a vowel.
describe("a demo municipality's name", () => {
  it("takes the genitive s after a consonant only", () => {
    expect(municipalName({ name: "Danderyd" })).toBe("Danderyds kommun");
    expect(municipalName({ name: "Ale" })).toBe("Ale kommun");
    expect(municipalName({ name: "Eskilstuna" })).toBe("Eskilstuna kommun");
    expect(municipalName({ name: "Kiruna" })).toBe("Kiruna kommun");
    expect(municipalName({ name: "Täby" })).toBe("Täby kommun");
    expect(municipalName({ name: "Alingsås" })).toBe("Alingsås kommun");
  });

  it("uses the names of their own", () => {
    expect(municipalName({ name: "Gotland" })).toBe("Region Gotland");
    expect(municipalName({ name: "Falun" })).toBe("Falu kommun");
    expect(municipalName({ name: "Orust" })).toBe("Orust kommun");
  });
});
