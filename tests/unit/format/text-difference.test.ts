import { describe, expect, it } from "vitest";
import { aroundChanges, sameWords, textDifference } from "@/lib/format/text-difference";

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

  it("gives up on texts with too many changes to show word by word, though they share most of their words", () => {
    const text = Array.from({ length: 1000 }, (_, index) => `ord${index}`);
    // Each word replaced is two changes: 200 replaced are 400 changes, past the limit; 100 are 200, within it.
    const replaced = (count: number) => text.map((word, index) => (index % 5 === 0 && index / 5 < count ? `nytt${index}` : word)).join(" ");
    expect(textDifference(text.join(" "), replaced(200))).toBeUndefined();
    expect(textDifference(text.join(" "), replaced(100))?.filter((part) => part.kind === "added")).toHaveLength(100);
  });
});

describe("aroundChanges", () => {
  const sentence = (n: number) => `Mening ${n} om hur uppgiften utförs och följs upp av nämnden.`;
  const long = Array.from({ length: 20 }, (_, i) => sentence(i + 1)).join(" ");

  it("cuts long unchanged stretches to the words beside a change, marked …, never inside a word", () => {
    const parts = aroundChanges(textDifference(long, long.replace("Mening 10 om", "Mening tio om"))!);
    const changed = parts.filter((part) => part.kind !== "same").map((part) => part.text);
    expect(changed).toEqual(["10", "tio"]);
    const [first, , , last] = parts;
    expect(first!.text.startsWith("… ")).toBe(true);
    expect(first!.text.length).toBeLessThan(100);
    expect(first!.text.endsWith("Mening ")).toBe(true);
    expect(last!.text.startsWith(" om hur uppgiften")).toBe(true);
    expect(last!.text.endsWith(" …")).toBe(true);
    // Every kept piece is whole words of the text.
    for (const part of parts) for (const word of part.text.replace(/…/g, "").split(/\s+/).filter(Boolean)) expect(long.split(/\s+/)).toContain(word === "tio" ? "10" : word);
  });

  it("keeps a short stretch, and a text with no change, whole", () => {
    const parts = textDifference("Avtalet gäller i tre år.", "Avtalet gäller i fyra år.")!;
    expect(aroundChanges(parts)).toEqual(parts);
    const same = textDifference(long, long)!;
    expect(aroundChanges(same)).toEqual(same);
  });
});

describe("sameWords", () => {
  it("takes two texts that differ only in spaces and line breaks as the same, and no others", () => {
    expect(sameWords("Avtalet gäller\ni tre år. ", "Avtalet gäller i  tre år.")).toBe(true);
    expect(sameWords("Avtalet gäller i tre år.", "Avtalet gäller i fyra år.")).toBe(false);
  });
});
