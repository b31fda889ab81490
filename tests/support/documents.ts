import { readFileSync } from "node:fs";
import { join } from "node:path";
import { DOMParser, type Document as XmlDocument } from "@xmldom/xmldom";
import JSZip from "jszip";
import { parseCase, type Case } from "@/lib/case";

export function exampleCase(name = "norrstrom-fjallviken"): Case {
  const parsed = parseCase(JSON.parse(readFileSync(join(__dirname, "../../examples/cases", `${name}.json`), "utf8")));
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
  return parsed.case;
}

export interface OpenedDocx {
  document: XmlDocument;
  styles: XmlDocument;
  headers: XmlDocument[];
  footers: XmlDocument[];
  numbering: XmlDocument | undefined;
  core: XmlDocument;
  /** The body's text, paragraph by paragraph. */
  paragraphs: string[];
}

const W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

function parse(xml: string): XmlDocument {
  return new DOMParser().parseFromString(xml, "text/xml");
}

export function paragraphTexts(doc: XmlDocument): string[] {
  return Array.from(doc.getElementsByTagNameNS(W, "p")).map((p) => Array.from(p.getElementsByTagNameNS(W, "t")).map((t) => t.textContent ?? "").join(""));
}

/** Unzips a DOCX and parses the parts the tests look at. */
export async function openDocx(bytes: Buffer): Promise<OpenedDocx> {
  const zip = await JSZip.loadAsync(bytes);
  const read = async (name: string) => {
    const file = zip.file(name);
    if (!file) throw new Error(`${name} missing from the DOCX`);
    return parse(await file.async("string"));
  };
  const names = Object.keys(zip.files);
  const document = await read("word/document.xml");
  return {
    document,
    styles: await read("word/styles.xml"),
    headers: await Promise.all(names.filter((n) => /^word\/header\d*\.xml$/.test(n)).map(read)),
    footers: await Promise.all(names.filter((n) => /^word\/footer\d*\.xml$/.test(n)).map(read)),
    numbering: names.includes("word/numbering.xml") ? await read("word/numbering.xml") : undefined,
    core: await read("docProps/core.xml"),
    paragraphs: paragraphTexts(document),
  };
}

/** Values of an attribute w:val on every element named `tag` (e.g. "pStyle", "lang"). */
export function wordValues(doc: XmlDocument, tag: string): string[] {
  return Array.from(doc.getElementsByTagNameNS(W, tag)).map((el) => el.getAttributeNS(W, "val") ?? "");
}

export function headingStyles(opened: OpenedDocx): { styleId: string; name: string }[] {
  return Array.from(opened.styles.getElementsByTagNameNS(W, "style"))
    .map((style) => ({ styleId: style.getAttributeNS(W, "styleId") ?? "", name: style.getElementsByTagNameNS(W, "name")[0]?.getAttributeNS(W, "val") ?? "" }))
    .filter((s) => /^Heading\d$/.test(s.styleId));
}

export function wordElements(doc: XmlDocument, tag: string) {
  return Array.from(doc.getElementsByTagNameNS(W, tag));
}
