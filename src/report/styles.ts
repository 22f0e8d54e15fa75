// Page geometry and paragraph styles of the document. Arial is rendered by LibreOffice with Liberation Sans, which has
// the same widths, so the page numbers estimated when the document is written match what Word and LibreOffice show.
import { AlignmentType, type IStylesOptions, LineRuleType } from "docx";

export const FONT = "Arial";

/** The document's language (BCP 47), written as the default run language of its styles. */
export const LANGUAGE = "id-ID";

/** Half-points. */
export const SIZE = {
  body: 22,
  table: 18,
  small: 16,
  caption: 20,
  h1: 28,
  h2: 24,
  h3: 22,
  h4: 22,
  coverTitle: 40,
  coverOffice: 30,
} as const;

const CM = 567;
/** A4 in DXA (twentieths of a point). Margins 3 cm top, right and bottom, 4 cm left (binding edge). */
export const PAGE = {
  width: 11906,
  height: 16838,
  margin: { top: 3 * CM, right: 3 * CM, bottom: 3 * CM, left: 4 * CM, header: Math.round(1.5 * CM), footer: Math.round(1.5 * CM) },
} as const;

/** Width of the text column in DXA. */
export const TEXT_WIDTH = {
  portrait: PAGE.width - PAGE.margin.left - PAGE.margin.right,
  landscape: PAGE.height - PAGE.margin.left - PAGE.margin.right,
} as const;

export const COLOR = {
  headerFill: "D9E2F3",
  groupFill: "F2F2F2",
  totalFill: "E7E6E6",
  border: "7F7F7F",
  heading: "1F3864",
  chart: ["2E75B6", "ED7D31", "70AD47", "FFC000"],
  placeholder: "yellow",
} as const;

/** The figure caption style: its id and name are the same, as the list of figures (TOC \t switch) names it. */
const STYLE_GAMBAR_NAME = "CaptionGambar";

export const STYLE = {
  caption: "Caption",
  gambar: STYLE_GAMBAR_NAME,
  sumber: "Sumber",
  tableText: "TeksTabel",
  list: "Daftar",
  coverTitle: "JudulSampul",
  centered: "TengahTebal",
} as const;

/** Body paragraph spacing: 1.15 lines, 6 pt after. */
export const BODY_SPACING = { line: 276, lineRule: LineRuleType.AUTO, after: 120 } as const;

/** Word's widow and orphan control. */
const WIDOW_CONTROL = { widowControl: true } as const;

export function documentStyles(): IStylesOptions {
  return {
    default: {
      document: {
        // Indonesian as the text's language, so Word checks the spelling in Indonesian and not as misspelled English
        run: { font: FONT, size: SIZE.body, language: { value: LANGUAGE } },
        // widow and orphan control, as Word's Normal style has: no paragraph leaves one line alone at a page's foot or top
        // (docx writes the setting in the document defaults, though its type for them does not list it)
        paragraph: { spacing: BODY_SPACING, ...WIDOW_CONTROL },
      },
      heading1: {
        run: { font: FONT, size: SIZE.h1, bold: true, color: "000000" },
        paragraph: { alignment: AlignmentType.CENTER, spacing: { before: 0, after: 360 }, keepNext: true, keepLines: true },
      },
      heading2: {
        run: { font: FONT, size: SIZE.h2, bold: true, color: "000000" },
        paragraph: { spacing: { before: 240, after: 120 }, keepNext: true, keepLines: true },
      },
      heading3: {
        run: { font: FONT, size: SIZE.h3, bold: true, color: "000000" },
        paragraph: { spacing: { before: 240, after: 120 }, keepNext: true, keepLines: true, indent: { left: 567, hanging: 567 } },
      },
      heading4: {
        run: { font: FONT, size: SIZE.h4, bold: true, italics: false, color: "000000" },
        paragraph: { spacing: { before: 200, after: 100 }, keepNext: true, keepLines: true },
      },
      caption: {
        run: { font: FONT, size: SIZE.caption, bold: true, italics: false, color: "000000" },
        paragraph: { alignment: AlignmentType.CENTER, spacing: { before: 200, after: 120, line: 240, lineRule: LineRuleType.AUTO }, keepNext: true, keepLines: true },
      },
    },
    paragraphStyles: [
      // entries of the tables of contents (Word's TOC 1–3): single spacing, so the lists stay compact
      ...[1, 2, 3].map((n) => ({
        id: `TOC${n}`,
        name: `toc ${n}`,
        basedOn: "Normal",
        next: "Normal",
        run: { font: FONT, size: SIZE.body },
        paragraph: { spacing: { before: n === 1 ? 60 : 0, after: 40, line: 252, lineRule: LineRuleType.AUTO }, indent: { left: (n - 1) * 283 } },
      })),
      {
        id: STYLE.gambar,
        name: STYLE_GAMBAR_NAME,
        basedOn: "Normal",
        next: "Normal",
        quickFormat: true,
        run: { font: FONT, size: SIZE.caption, bold: true },
        paragraph: { alignment: AlignmentType.CENTER, spacing: { before: 60, after: 240, line: 240, lineRule: LineRuleType.AUTO } },
      },
      {
        id: STYLE.sumber,
        name: "Sumber Tabel",
        basedOn: "Normal",
        next: "Normal",
        run: { font: FONT, size: SIZE.small, italics: true },
        paragraph: { spacing: { before: 60, after: 240, line: 240, lineRule: LineRuleType.AUTO } },
      },
      {
        id: STYLE.tableText,
        name: "Teks Tabel",
        basedOn: "Normal",
        next: STYLE.tableText,
        run: { font: FONT, size: SIZE.table },
        paragraph: { spacing: { before: 20, after: 20, line: 240, lineRule: LineRuleType.AUTO } },
      },
      {
        id: STYLE.list,
        name: "Daftar Bernomor",
        basedOn: "Normal",
        next: STYLE.list,
        run: { font: FONT, size: SIZE.body },
        paragraph: { alignment: AlignmentType.JUSTIFIED, spacing: { after: 60, line: 276, lineRule: LineRuleType.AUTO }, indent: { left: 425, hanging: 425 } },
      },
      {
        id: STYLE.centered,
        name: "Tengah Tebal",
        basedOn: "Normal",
        next: "Normal",
        run: { font: FONT, size: SIZE.body, bold: true },
        paragraph: { alignment: AlignmentType.CENTER, spacing: { after: 60 } },
      },
      {
        id: STYLE.coverTitle,
        name: "Judul Sampul",
        basedOn: "Normal",
        next: STYLE.coverTitle,
        run: { font: FONT, size: SIZE.coverTitle, bold: true, color: COLOR.heading },
        paragraph: { alignment: AlignmentType.CENTER, spacing: { after: 120, line: 240, lineRule: LineRuleType.AUTO } },
      },
    ],
  };
}
