import { GAP_TEXT, gap, type Block, type Inline } from "./model";

// A clause is edited in step 4 as plain text and shown in documents as blocks. These two
// functions are the only translation between the forms, so a clause reads the same everywhere:
// paragraphs are separated by a blank line, list items start with "– ", and "[…]" is a gap.

const LIST_ITEM = /^\s*[–•-]\s+/;

function inlineToText(content: readonly Inline[]): string {
  return content.map((inline) => (typeof inline === "string" ? inline : inline.kind === "gap" ? GAP_TEXT : inline.text)).join("");
}

/** The text an editor sees in step 4 for these blocks. */
export function blocksToClauseText(blocks: readonly Block[]): string {
  const parts: string[] = [];
  let text = "";
  blocks.forEach((block, index) => {
    const before = parts.length;
    emit(block, parts);
    if (parts.length === before) return;
    const part = parts.pop()!;
    // A sentence that introduces a list ("… följande uppgifter:") stays on the line above it.
    const previous = blocks[index - 1];
    const introduces = previous?.kind === "paragraph" && text.endsWith(":") && (block.kind === "list" || block.kind === "table");
    text = text ? `${text}${introduces ? "\n" : "\n\n"}${part}` : part;
  });
  return text;
}

function emit(block: Block, parts: string[]): void {
  {
    if (block.kind === "paragraph") parts.push(inlineToText(block.content).trim());
    else if (block.kind === "list") parts.push(block.items.map((item) => `– ${inlineToText(item)}`).join("\n"));
    else if (block.kind === "heading") parts.push(block.text);
    else if (block.kind === "table") {
      const [first, ...rest] = block.header;
      const caption = `${block.caption} (${first?.toLocaleLowerCase("sv")}: ${rest.map((h) => h.toLocaleLowerCase("sv")).join(", ")}):`;
      const rows = block.rows.map((row) => {
        const [head, ...cells] = row.map(inlineToText);
        return `– ${head}: ${cells.join(", ")}`;
      });
      parts.push([caption, ...rows].join("\n"));
    }
  }
}

function textToInlines(text: string, gapWhat: string): Inline[] {
  const pieces = text.split(GAP_TEXT);
  const content: Inline[] = [];
  pieces.forEach((piece, index) => {
    if (piece) content.push(piece);
    if (index < pieces.length - 1) content.push(gap(gapWhat));
  });
  return content;
}

/** The blocks of an editor's clause text; "[…]" left in it stays an open point. */
export function clauseTextToBlocks(text: string, gapWhat: string): Block[] {
  const blocks: Block[] = [];
  for (const chunk of text.replace(/\r\n?/g, "\n").split(/\n\s*\n/)) {
    const lines = chunk.split("\n").filter((line) => line.trim());
    let prose: string[] = [];
    let items: Inline[][] = [];
    const flushProse = () => {
      if (prose.length) blocks.push({ kind: "paragraph", content: textToInlines(prose.join(" "), gapWhat) });
      prose = [];
    };
    const flushItems = () => {
      if (items.length) blocks.push({ kind: "list", ordered: false, items });
      items = [];
    };
    for (const line of lines) {
      if (LIST_ITEM.test(line)) {
        flushProse();
        items.push(textToInlines(line.replace(LIST_ITEM, "").trim(), gapWhat));
      } else {
        flushItems();
        prose.push(line.trim());
      }
    }
    flushProse();
    flushItems();
  }
  return blocks;
}
