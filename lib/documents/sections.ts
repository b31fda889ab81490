import { heading, type Block } from "./model";

export interface Section {
  readonly title: string;
  readonly blocks: readonly Block[];
}

/**
 * Numbers sections ("1", "2", …) and their paragraphs ("1.1", "1.2", …), the way Swedish
 * agreements are referred to ("enligt punkt 5.2"). Lists, tables and signatures are not numbered.
 */
export function numberSections(sections: readonly Section[], level: 1 | 2 = 1): Block[] {
  const out: Block[] = [];
  sections.forEach((section, index) => {
    const number = String(index + 1);
    out.push(heading(level, section.title, number));
    let paragraphIndex = 0;
    for (const block of section.blocks) {
      if (block.kind === "paragraph") {
        paragraphIndex += 1;
        out.push({ ...block, number: `${number}.${paragraphIndex}` });
      } else out.push(block);
    }
  });
  return out;
}

/** Sections with plain headings at a level, unnumbered (memos are not referred to by number). */
export function plainSections(sections: readonly Section[], level: 1 | 2 | 3 = 2): Block[] {
  return sections.flatMap((section) => [heading(level, section.title), ...section.blocks]);
}
