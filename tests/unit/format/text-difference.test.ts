import { describe, expect, it } from "vitest";
import { textDifference } from "@/lib/format/text-difference";

describe("textDifference", () => {
  it("marks the words only in the suggestion and only in the written text, in reading order", () => {
    const parts = textDifference("Uppsägningstiden är 12 månader.", "Uppsägningstiden är sex månader.");
    expect(parts).toEqual([
      { kind: "same", text: "Uppsägningstiden är " },
      { kind: "removed", text: "12" },
      { kind: "added", text: "sex" },
      { kind: "same", text: " månader." },
    ]);
  });

  it("takes å, ä and ö as letters of a word, not as its ends", () => {
    const parts = textDifference("Fjällvikens kommun betalar", "Norrströms kommun betalar");
    expect(parts?.filter((part) => part.kind !== "same").map((part) => part.text)).toEqual(["Fjällvikens", "Norrströms"]);
  });

  it("finds no difference in spaces or line breaks alone", () => {
    expect(textDifference("Avtalet gäller\ni tre år.", "Avtalet gäller i  tre år.")?.every((part) => part.kind === "same")).toBe(true);
  });

  it("takes a text sharing fewer than half its words with the suggestion as another text, not an edit of it", () => {
    const suggestion = "Varje part får säga upp avtalet skriftligen med sex månaders uppsägningstid.";
    expect(textDifference(suggestion, "Ömsesidig uppsägningstid om sex månader.")).toBeUndefined();
    expect(textDifference(suggestion, "Varje part får säga upp avtalet med tolv månaders uppsägningstid.")).toBeDefined();
  });

  it("gives up on texts that differ in too many words to show word by word", () => {
    const words = (prefix: string) => Array.from({ length: 400 }, (_, index) => `${prefix}${index}`).join(" ");
    expect(textDifference(words("a"), words("b"))).toBeUndefined();
    expect(textDifference(words("a"), `${words("a")} och mer`)).toBeDefined();
  });
});
