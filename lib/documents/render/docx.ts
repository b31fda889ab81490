import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  Header,
  HeadingLevel,
  HighlightColor,
  LevelFormat,
  Packer,
  PageNumber,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
  type ParagraphChild,
} from "docx";
import { keepReferencesTogether } from "../typography";
import { DOCUMENT_KIND_LABELS, GAP_TEXT, footerLine, statusLine, type Block, type DocumentModel, type Inline } from "../model";
import { documentTitle } from "./html";

// DOCX through the `docx` library: Word's built-in heading styles (the navigation pane works),
// real numbered and bulleted lists, tables with header rows, Swedish set as the language of the
// text, and the status, Dnr, case version and page numbers in the header and footer.

const LANGUAGE = { value: "sv-SE" } as const;
const HEADINGS = [HeadingLevel.HEADING_1, HeadingLevel.HEADING_2, HeadingLevel.HEADING_3] as const;

function runs(content: readonly Inline[]): TextRun[] {
  return content.map((inline) => {
    if (typeof inline === "string") return new TextRun({ text: keepReferencesTogether(inline), language: LANGUAGE });
    if (inline.kind === "strong") return new TextRun({ text: keepReferencesTogether(inline.text), bold: true, language: LANGUAGE });
    return new TextRun({ text: GAP_TEXT, bold: true, highlight: HighlightColor.YELLOW, language: LANGUAGE });
  });
}

const CELL_BORDER = { style: BorderStyle.SINGLE, size: 4, color: "666666" } as const;
const BORDERS = { top: CELL_BORDER, bottom: CELL_BORDER, left: CELL_BORDER, right: CELL_BORDER };

function table(b: Extract<Block, { kind: "table" }>): (Paragraph | Table)[] {
  const numeric = new Set(b.numericColumns ?? []);
  const cell = (content: readonly Inline[], index: number, header: boolean) =>
    new TableCell({
      borders: BORDERS,
      children: [
        new Paragraph({
          alignment: numeric.has(index) ? AlignmentType.RIGHT : AlignmentType.LEFT,
          children: header ? [new TextRun({ text: keepReferencesTogether(typeof content[0] === "string" ? content[0] : ""), bold: true, language: LANGUAGE })] : runs(content),
        }),
      ],
    });
  return [
    new Paragraph({ style: "Caption", keepNext: true, children: [new TextRun({ text: keepReferencesTogether(b.caption), language: LANGUAGE })] }),
    new Table({
      width: { size: 100, type: WidthType.PERCENTAGE },
      rows: [
        new TableRow({ tableHeader: true, cantSplit: true, children: b.header.map((h, i) => cell([h], i, true)) }),
        ...b.rows.map((row) => new TableRow({ cantSplit: true, children: row.map((content, i) => cell(content, i, false)) })),
      ],
    }),
    new Paragraph({ children: [] }),
  ];
}

function signatures(b: Extract<Block, { kind: "signatures" }>): (Paragraph | Table)[] {
  const out: (Paragraph | Table)[] = [];
  for (const party of b.parties) {
    out.push(new Paragraph({ keepNext: true, spacing: { before: 360 }, children: [new TextRun({ text: `För ${party.partyName}`, bold: true, language: LANGUAGE })] }));
    for (const label of ["Ort och datum", "Underskrift", "Namnförtydligande", "Titel"]) {
      out.push(
        new Paragraph({ keepNext: label !== "Titel", spacing: { before: 360 }, border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: "000000", space: 1 } }, children: [] }),
        new Paragraph({ keepNext: label !== "Titel", children: [new TextRun({ text: label, size: 18, language: LANGUAGE })] }),
      );
    }
  }
  return out;
}

function body(blocks: readonly Block[]): (Paragraph | Table)[] {
  const out: (Paragraph | Table)[] = [];
  let orderedInstance = 0;
  for (const b of blocks) {
    switch (b.kind) {
      case "heading":
        out.push(new Paragraph({ heading: HEADINGS[b.level - 1], children: [new TextRun({ text: keepReferencesTogether(b.number ? `${b.number}. ${b.text}` : b.text), language: LANGUAGE })] }));
        break;
      case "paragraph":
        out.push(
          new Paragraph({
            children: [...(b.number ? [new TextRun({ text: `${b.number}\t`, language: LANGUAGE })] : []), ...runs(b.content)] as ParagraphChild[],
            indent: b.number ? { left: 680, hanging: 680 } : undefined,
            tabStops: b.number ? [{ type: "left", position: 680 }] : undefined,
          }),
        );
        break;
      case "list": {
        orderedInstance += b.ordered ? 1 : 0;
        for (const item of b.items) {
          out.push(new Paragraph({ numbering: b.ordered ? { reference: "ordered", level: 0, instance: orderedInstance } : { reference: "bullets", level: 0 }, children: runs(item) }));
        }
        break;
      }
      case "table":
        out.push(...table(b));
        break;
      case "signatures":
        out.push(...signatures(b));
        break;
    }
  }
  return out;
}

export async function renderDocx(doc: DocumentModel): Promise<Buffer> {
  const status = statusLine(doc.meta);
  const front: Paragraph[] = (doc.frontMatter ?? []).map(
    (line) => new Paragraph({ children: [new TextRun({ text: `${line.label}: `, bold: true, language: LANGUAGE }), ...runs(line.value)] }),
  );
  const document = new Document({
    creator: "Samverka",
    title: documentTitle(doc),
    subject: DOCUMENT_KIND_LABELS[doc.kind],
    description: `${doc.meta.caseTitle}, ärendeversion ${doc.meta.caseVersion}`,
    styles: {
      default: {
        document: { run: { font: "Times New Roman", size: 23, language: LANGUAGE } },
        heading1: { run: { font: "Arial", size: 30, bold: true, color: "111111" }, paragraph: { spacing: { before: 360, after: 120 }, keepNext: true, outlineLevel: 0 } },
        heading2: { run: { font: "Arial", size: 26, bold: true, color: "111111" }, paragraph: { spacing: { before: 240, after: 80 }, keepNext: true, outlineLevel: 1 } },
        heading3: { run: { font: "Arial", size: 23, bold: true, color: "111111" }, paragraph: { spacing: { before: 200, after: 60 }, keepNext: true, outlineLevel: 2 } },
        title: { run: { font: "Arial", size: 40, bold: true, color: "111111" } },
      },
    },
    numbering: {
      config: [
        { reference: "bullets", levels: [{ level: 0, format: LevelFormat.BULLET, text: "–", alignment: AlignmentType.LEFT, style: { paragraph: { indent: { left: 567, hanging: 283 } } } }] },
        { reference: "ordered", levels: [{ level: 0, format: LevelFormat.DECIMAL, text: "%1.", alignment: AlignmentType.LEFT, style: { paragraph: { indent: { left: 567, hanging: 397 } } } }] },
      ],
    },
    sections: [
      {
        properties: { page: { size: { width: 11906, height: 16838 }, margin: { top: 1247, bottom: 1134, left: 1247, right: 1134 } } },
        headers: {
          default: new Header({
            children: [new Paragraph({ children: [new TextRun({ text: status, bold: true, color: doc.meta.approval ? "1B5E20" : "8A1C1C", size: 18, language: LANGUAGE })] })],
          }),
        },
        footers: {
          default: new Footer({
            children: [
              new Paragraph({
                children: [
                  new TextRun({ text: `${footerLine(doc.meta)} · Sida `, size: 16, language: LANGUAGE }),
                  new TextRun({ children: [PageNumber.CURRENT], size: 16 }),
                  new TextRun({ text: " av ", size: 16, language: LANGUAGE }),
                  new TextRun({ children: [PageNumber.TOTAL_PAGES], size: 16 }),
                ],
              }),
            ],
          }),
        },
        children: [
          ...(doc.kind === "tjansteskrivelse" ? [new Paragraph({ children: [new TextRun({ text: "TJÄNSTESKRIVELSE", bold: true, language: LANGUAGE })] })] : []),
          new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun({ text: doc.title, language: LANGUAGE })] }),
          ...(doc.subtitle ? [new Paragraph({ children: [new TextRun({ text: doc.subtitle, size: 26, language: LANGUAGE })] })] : []),
          ...front,
          ...body(doc.blocks),
        ],
      },
    ],
  });
  return Packer.toBuffer(document);
}
