import { describe, expect, it } from "vitest";
import { characterCount, clipAtWord, endSentence, inSentence, joinSentences, labelledMessage, startSentence } from "@/lib/format";

// Swedish typography (Språkrådet): one full stop ends a sentence, also when the sentence ends
// with an abbreviation ("kap."); a question mark is not followed by a colon.
const NBSP = "\u00a0";

describe("joining sentences", () => {
  it("ends a sentence once, also after an abbreviation", () => {
    expect(endSentence("Grund: KL 9 kap. 37 §")).toBe("Grund: KL 9 kap. 37 §.");
    expect(endSentence("Grund: OSL 19 a kap.")).toBe("Grund: OSL 19 a kap.");
    expect(endSentence("Vad ska lösas?")).toBe("Vad ska lösas?");
    expect(endSentence("  ")).toBe("");
  });

  it("joins pieces without doubled punctuation and leaves out empty ones", () => {
    expect(joinSentences(["Grund: OSL 19 a kap.", "Rapporten: avsnitt 6.2"])).toBe("Grund: OSL 19 a kap. Rapporten: avsnitt 6.2.");
    expect(joinSentences(["Kortare väntan.", null, "", "Nyckeltal: dagar"])).toBe("Kortare väntan. Nyckeltal: dagar.");
    expect(joinSentences([])).toBe("");
  });

  it("leads a message with its field's label, without a colon after a question", () => {
    expect(labelledMessage("Vilket konkret problem ska samverkan lösa?", "Texten är för lång.")).toBe("Vilket konkret problem ska samverkan lösa? Texten är för lång.");
    expect(labelledMessage("Enhet", "Texten är för lång.")).toBe("Enhet: Texten är för lång.");
    expect(labelledMessage("", "Texten är för lång")).toBe("Texten är för lång.");
  });
});

describe("a text field's limit and count", () => {
  it("states the limit with a thousands space and counts down what is left", () => {
    const count = characterCount(130, 20_000);
    expect(count.limit).toBe(`Högst 20${NBSP}000 tecken.`);
    expect(count.remaining).toBe(`19${NBSP}870 tecken kvar`);
    expect(count.near).toBe(false);
  });

  it("warns within the last tenth and says by how much a text is too long", () => {
    expect(characterCount(18_000, 20_000).near).toBe(true);
    expect(characterCount(17_999, 20_000).near).toBe(false);
    expect(characterCount(19_999, 20_000).remaining).toBe("1 tecken kvar");
    const over = characterCount(20_012, 20_000);
    expect(over).toMatchObject({ remaining: "12 tecken för mycket", near: true, over: true });
  });
});

// "Vad betyder facklig samverkan (mbl)?" and "… av myndighetsutövning (utanför lou)": the whole
// title was put in lower case, abbreviations too.
describe("a title inside a sentence", () => {
  it("lowers the first letter only, so abbreviations keep their capitals", () => {
    expect(inSentence("Facklig samverkan (MBL)")).toBe("facklig samverkan (MBL)");
    expect(inSentence("Myndighetsutövning (utanför LOU)")).toBe("myndighetsutövning (utanför LOU)");
    expect(inSentence("Ändamålsenlig samverkan")).toBe("ändamålsenlig samverkan");
  });

  it("keeps a title that starts with an abbreviation", () => {
    expect(inSentence("LOU-undantaget")).toBe("LOU-undantaget");
    expect(inSentence("KL 9 kap. 37 §")).toBe("KL 9 kap. 37 §");
    expect(inSentence("")).toBe("");
  });
});

describe("clipAtWord", () => {
  it("keeps a short text whole, on one line", () => {
    expect(clipAtWord("Komplettera\nmålen.", 200)).toBe("Komplettera målen.");
  });

  it("cuts a long text after a whole word and marks the cut", () => {
    const text = "Målen behöver nyckeltal, och uppföljningen ska beskrivas i avtalet.";
    const short = clipAtWord(text, 30);
    expect(short).toBe("Målen behöver nyckeltal, och …");
    expect(short.length).toBeLessThanOrEqual(32);
    expect(text.startsWith(short.slice(0, -2))).toBe(true);
  });
});

describe("a label that starts a line", () => {
  it("starts with a capital, and only its first letter changes", () => {
    expect(startSentence("part 2: 120 000 kr")).toBe("Part 2: 120 000 kr");
    expect(startSentence("Fjällvikens kommun (part 2)")).toBe("Fjällvikens kommun (part 2)");
    expect(startSentence("överskott delas")).toBe("Överskott delas");
    expect(startSentence("")).toBe("");
  });
});
