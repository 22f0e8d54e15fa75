// The formatted body (the object tree docx writes document.xml from) read into what the layout needs: paragraphs with
// their formatting, pieces of text, tabs and pictures, and bookmarks; tables with their grid, margins and rows; and the
// page setup of each section. Only what lkip's documents contain is read; anything else that could move text on the
// page throws `Unsupported`, and the caller falls back to docx's own layout.
import { isJustified, type LineRule, type ParaFormat, type StyleSheet } from "./styles.js";
import { attrsOf, childOf, childrenOf, nameOf, num, onOff, textOf, type XmlElement } from "./xml.js";

export class Unsupported extends Error {}

export type Piece =
  | { kind: "text"; text: string; bold: boolean; italic: boolean; size: number }
  /** A tab, to the paragraph's next tab stop. */
  | { kind: "tab" }
  /** A page number a field will show (a table of contents entry's), measured as "999". */
  | { kind: "number"; bold: boolean; italic: boolean; size: number }
  /** An inline picture or chart, its height in points. */
  | { kind: "picture"; height: number }
  /** A line break (`w:br` of no type): the line ends here, in the run's size. */
  | { kind: "break"; size: number };

export interface TabStop {
  pos: number;
  align: "left" | "right" | "center";
}

export interface Para {
  type: "p";
  format: ParaFormat;
  pieces: Piece[];
  tabs: TabStop[];
  bookmarks: string[];
  /** The paragraph holds its section's properties: the section ends with it. */
  endsSection: boolean;
}

export interface Cell {
  span: number;
  merge?: "restart" | "continue";
  blocks: Block[];
}

export interface Row {
  header: boolean;
  cantSplit: boolean;
  /** Kept on one page with the next row (or, the last, with what follows the table): as Word keeps a row whose first
   *  cell's first paragraph is kept with the next. */
  keepNext: boolean;
  height?: { value: number; rule: "atLeast" | "exact" };
  cells: Cell[];
}

export interface Table {
  type: "table";
  grid: number[];
  /** Cell margins in twips. */
  margins: { top: number; bottom: number; left: number; right: number };
  /** Widths of the horizontal borders in eighths of a point (0 without): above, between and below the rows. */
  borders: { top: number; inside: number; bottom: number };
  rows: Row[];
}

export type Block = Para | Table;

export interface Section {
  blocks: Block[];
  /** Page size and margins in twips. */
  width: number;
  height: number;
  top: number;
  bottom: number;
  left: number;
  right: number;
  header: number;
  footer: number;
  /** Page number the section restarts at, if it does. */
  start?: number;
  format: string;
}

const IGNORED_RUN_PROPS = new Set(["w:bCs", "w:iCs", "w:szCs", "w:color", "w:u", "w:highlight", "w:shd", "w:noProof", "w:lang", "w:rFonts", "w:webHidden"]);
const IGNORED_PARA_PROPS = new Set(["w:rPr", "w:shd", "w:pBdr", "w:outlineLvl"]);
const IGNORED_RUN_CHILDREN = new Set(["w:rPr", "w:instrText", "w:lastRenderedPageBreak"]);
const IGNORED_PARA_CHILDREN = new Set(["w:pPr", "w:bookmarkEnd", "w:proofErr"]);

export class BodyReader {
  constructor(private readonly styles: StyleSheet) {}

  read(body: XmlElement): Section[] {
    const sections: Section[] = [];
    let blocks: Block[] = [];
    for (const el of childrenOf(body)) {
      const name = nameOf(el);
      if (name === "w:sectPr") {
        sections.push(this.section(el, blocks));
        blocks = [];
      } else {
        const sect = this.blocks(el, blocks);
        if (sect !== undefined) {
          sections.push(this.section(sect, blocks));
          blocks = [];
        }
      }
    }
    if (blocks.length > 0) throw new Unsupported("body ends without its section properties");
    return sections;
  }

  /** Adds the blocks of a body element to `out`; returns the section properties a paragraph ends its section with. */
  private blocks(el: XmlElement, out: Block[]): XmlElement | undefined {
    const name = nameOf(el);
    if (name === "w:p") {
      const { para, section } = this.paragraph(el);
      out.push(para);
      return section;
    }
    if (name === "w:tbl") {
      out.push(this.table(el));
      return undefined;
    }
    if (name === "w:sdt") {
      const content = childOf(el, "w:sdtContent");
      let section: XmlElement | undefined;
      for (const c of content ? childrenOf(content) : []) {
        if (section !== undefined) throw new Unsupported("content after a section break in a content control");
        section = this.blocks(c, out);
      }
      return section;
    }
    if (name === "w:bookmarkStart" || name === "w:bookmarkEnd") return undefined;
    throw new Unsupported(`body element ${name}`);
  }

  private section(el: XmlElement, blocks: Block[]): Section {
    const size = childOf(el, "w:pgSz");
    const mar = childOf(el, "w:pgMar");
    const numType = childOf(el, "w:pgNumType");
    const type = childOf(el, "w:type");
    if (type !== undefined && attrsOf(type)["w:val"] !== "nextPage") throw new Unsupported("a section that does not start a page");
    if (childOf(el, "w:cols") !== undefined && (num(childOf(el, "w:cols"), "w:num") ?? 1) > 1) throw new Unsupported("columns");
    const start = num(numType, "w:start");
    const width = num(size, "w:w");
    const height = num(size, "w:h");
    if (width === undefined || height === undefined) throw new Unsupported("a section without its page size");
    return {
      blocks,
      width,
      height,
      top: num(mar, "w:top") ?? 1440,
      bottom: num(mar, "w:bottom") ?? 1440,
      left: num(mar, "w:left") ?? 1440,
      right: num(mar, "w:right") ?? 1440,
      header: num(mar, "w:header") ?? 720,
      footer: num(mar, "w:footer") ?? 720,
      ...(start !== undefined ? { start } : {}),
      format: String(attrsOf(numType ?? {})["w:fmt"] ?? "decimal"),
    };
  }

  private paragraph(el: XmlElement): { para: Para; section?: XmlElement } {
    const pPr = childOf(el, "w:pPr");
    let format = this.styles.normal;
    let section: XmlElement | undefined;
    const tabs: TabStop[] = [];
    if (pPr !== undefined) {
      const style = childOf(pPr, "w:pStyle");
      if (style !== undefined) {
        const id = String(attrsOf(style)["w:val"]);
        const f = this.styles.get(id);
        if (f === undefined) throw new Unsupported(`paragraph style ${id}`);
        format = f;
      }
      format = { ...format };
      for (const p of childrenOf(pPr)) {
        const n = nameOf(p);
        if (n === "w:pStyle" || IGNORED_PARA_PROPS.has(n)) continue;
        if (n === "w:spacing") {
          format.before = num(p, "w:before") ?? format.before;
          format.after = num(p, "w:after") ?? format.after;
          format.line = num(p, "w:line") ?? format.line;
          const rule = attrsOf(p)["w:lineRule"];
          if (rule !== undefined) format.lineRule = rule === "exact" ? "exact" : rule === "atLeast" ? "atLeast" : ("auto" as LineRule);
          if (attrsOf(p)["w:beforeAutospacing"] !== undefined || attrsOf(p)["w:afterAutospacing"] !== undefined) throw new Unsupported("automatic spacing");
        } else if (n === "w:ind") {
          format.left = num(p, "w:left") ?? num(p, "w:start") ?? format.left;
          format.hanging = num(p, "w:hanging") ?? format.hanging;
          format.firstLine = num(p, "w:firstLine") ?? format.firstLine;
          format.right = num(p, "w:right") ?? num(p, "w:end") ?? format.right;
        } else if (n === "w:jc") {
          const jc = String(attrsOf(p)["w:val"]);
          if (!["left", "start", "center", "right", "end", "both"].includes(jc)) throw new Unsupported(`alignment ${jc}`);
          format.justified = isJustified(jc);
        } else if (n === "w:keepNext") format.keepNext = onOff(p) ?? false;
        else if (n === "w:keepLines") format.keepLines = onOff(p) ?? false;
        else if (n === "w:pageBreakBefore") format.pageBreakBefore = onOff(p) ?? false;
        else if (n === "w:widowControl") format.widowControl = onOff(p) ?? false;
        else if (n === "w:tabs") {
          for (const t of childrenOf(p)) {
            const val = String(attrsOf(t)["w:val"]);
            const pos = num(t, "w:pos") ?? 0;
            if (val === "clear") continue;
            if (val !== "left" && val !== "right" && val !== "center") throw new Unsupported(`tab stop ${val}`);
            tabs.push({ pos, align: val });
          }
        } else if (n === "w:sectPr") section = p;
        else throw new Unsupported(`paragraph property ${n}`);
      }
      // the paragraph mark's own size decides an empty line's height
      const markSize = num(childOf(childOf(pPr, "w:rPr") ?? {}, "w:sz"), "w:val");
      if (markSize !== undefined) format.size = markSize;
    }
    tabs.sort((a, b) => a.pos - b.pos);
    const para: Para = { type: "p", format, pieces: [], tabs, bookmarks: [], endsSection: section !== undefined };
    const fields: { instr: string; result: boolean }[] = [];
    for (const c of childrenOf(el)) this.inline(c, para, fields);
    return section ? { para, section } : { para };
  }

  private inline(el: XmlElement, para: Para, fields: { instr: string; result: boolean }[]): void {
    const name = nameOf(el);
    if (IGNORED_PARA_CHILDREN.has(name)) return;
    if (name === "w:bookmarkStart") {
      const n = attrsOf(el)["w:name"];
      if (typeof n === "string") para.bookmarks.push(n);
      return;
    }
    if (name === "w:hyperlink") {
      for (const c of childrenOf(el)) this.inline(c, para, fields);
      return;
    }
    if (name !== "w:r") throw new Unsupported(`paragraph content ${name}`);
    const f = para.format;
    let bold = f.bold;
    let italic = f.italic;
    let size = f.size;
    const rPr = childOf(el, "w:rPr");
    for (const p of rPr ? childrenOf(rPr) : []) {
      const n = nameOf(p);
      if (n === "w:b") bold = onOff(p) ?? false;
      else if (n === "w:i") italic = onOff(p) ?? false;
      else if (n === "w:sz") size = num(p, "w:val") ?? size;
      else if (n === "w:rStyle" && attrsOf(p)["w:val"] === "Hyperlink") continue;
      else if (n === "w:rFonts") {
        const a = attrsOf(p);
        for (const k of ["w:ascii", "w:hAnsi"]) if (a[k] !== undefined && a[k] !== "Arial") throw new Unsupported(`font ${String(a[k])}`);
      } else if (!IGNORED_RUN_PROPS.has(n)) throw new Unsupported(`run property ${n}`);
    }
    const field = fields[fields.length - 1];
    for (const c of childrenOf(el)) {
      const n = nameOf(c);
      if (IGNORED_RUN_CHILDREN.has(n)) {
        if (n === "w:instrText" && field !== undefined) field.instr += textOf(c);
        continue;
      }
      if (n === "w:fldChar") {
        const type = attrsOf(c)["w:fldCharType"];
        if (type === "begin") fields.push({ instr: "", result: false });
        else if (type === "separate") {
          const open = fields[fields.length - 1];
          if (open) open.result = true;
        } else if (type === "end") {
          const open = fields.pop();
          // a page reference written without its number yet: it will show one
          if (open && /^\s*PAGEREF\b/.test(open.instr)) para.pieces.push({ kind: "number", bold, italic, size });
        }
        continue;
      }
      const inInstruction = fields.length > 0 && !fields[fields.length - 1]!.result;
      if (inInstruction) continue;
      if (n === "w:t") {
        // a tab character in the text is a tab, as Word reads it
        textOf(c)
          .split("\t")
          .forEach((text, i) => {
            if (i > 0) para.pieces.push({ kind: "tab" });
            if (text !== "") para.pieces.push({ kind: "text", text, bold, italic, size });
          });
      }
      else if (n === "w:tab") para.pieces.push({ kind: "tab" });
      else if (n === "w:drawing") para.pieces.push({ kind: "picture", height: pictureHeight(c) });
      else if (n === "w:br" && (attrsOf(c)["w:type"] ?? "textWrapping") === "textWrapping") para.pieces.push({ kind: "break", size });
      else throw new Unsupported(`run content ${n}${n === "w:br" ? ` ${String(attrsOf(c)["w:type"])}` : ""}`);
    }
  }

  private table(el: XmlElement): Table {
    const grid = childrenOf(childOf(el, "w:tblGrid") ?? {}).map((g) => num(g, "w:w") ?? 0);
    const tblPr = childOf(el, "w:tblPr");
    const mar = tblPr ? childOf(tblPr, "w:tblCellMar") : undefined;
    const margin = (side: string, dflt: number): number => num(mar ? childOf(mar, side) : undefined, "w:w") ?? dflt;
    const borders = tblPr ? childOf(tblPr, "w:tblBorders") : undefined;
    const border = (side: string): number => {
      const b = borders ? childOf(borders, side) : undefined;
      const val = b ? attrsOf(b)["w:val"] : undefined;
      return b === undefined || val === "none" || val === "nil" ? 0 : (num(b, "w:sz") ?? 0);
    };
    const rows: Row[] = [];
    for (const tr of childrenOf(el)) {
      if (nameOf(tr) !== "w:tr") continue;
      const trPr = childOf(tr, "w:trPr");
      const h = trPr ? childOf(trPr, "w:trHeight") : undefined;
      const cells: Cell[] = [];
      for (const tc of childrenOf(tr)) {
        if (nameOf(tc) !== "w:tc") continue;
        const tcPr = childOf(tc, "w:tcPr");
        if (tcPr && childOf(tcPr, "w:tcMar") !== undefined) throw new Unsupported("a cell's own margins");
        // a cell's own left/right borders take no height, nor do any in a row of exact height (the organisation chart's
        // connector lines); a drawn top or bottom border elsewhere would
        const tcBorders = tcPr ? childOf(tcPr, "w:tcBorders") : undefined;
        const exactHeight = h !== undefined && attrsOf(h)["w:hRule"] === "exact";
        if (tcBorders && !exactHeight) {
          for (const side of ["w:top", "w:bottom"]) {
            const b = childOf(tcBorders, side);
            const val = b ? attrsOf(b)["w:val"] : undefined;
            if (b !== undefined && val !== "none" && val !== "nil" && (num(b, "w:sz") ?? 0) > 0) throw new Unsupported("a cell's own top or bottom border");
          }
        }
        const vMerge = tcPr ? childOf(tcPr, "w:vMerge") : undefined;
        const blocks: Block[] = [];
        for (const c of childrenOf(tc)) {
          if (nameOf(c) === "w:tcPr") continue;
          if (this.blocks(c, blocks) !== undefined) throw new Unsupported("a section break in a table");
        }
        cells.push({
          span: num(tcPr ? childOf(tcPr, "w:gridSpan") : undefined, "w:val") ?? 1,
          ...(vMerge !== undefined ? { merge: attrsOf(vMerge)["w:val"] === "restart" ? ("restart" as const) : ("continue" as const) } : {}),
          blocks,
        });
      }
      const hValue = num(h, "w:val");
      const first = cells[0]?.blocks[0];
      rows.push({
        keepNext: first?.type === "p" && first.format.keepNext,
        header: onOff(trPr ? childOf(trPr, "w:tblHeader") : undefined) ?? false,
        cantSplit: onOff(trPr ? childOf(trPr, "w:cantSplit") : undefined) ?? false,
        ...(hValue !== undefined ? { height: { value: hValue, rule: attrsOf(h!)["w:hRule"] === "exact" ? ("exact" as const) : ("atLeast" as const) } } : {}),
        cells,
      });
    }
    return { type: "table", grid, margins: { top: margin("w:top", 0), bottom: margin("w:bottom", 0), left: margin("w:left", 108), right: margin("w:right", 108) },
      borders: { top: border("w:top"), inside: border("w:insideH"), bottom: border("w:bottom") },
      rows,
    };
  }
}

const EMU_PER_POINT = 12700;

function pictureHeight(drawing: XmlElement): number {
  const inline = childOf(drawing, "wp:inline");
  if (inline === undefined) throw new Unsupported("a floating drawing");
  const cy = num(childOf(inline, "wp:extent"), "cy");
  if (cy === undefined) throw new Unsupported("a drawing without its size");
  return cy / EMU_PER_POINT;
}

