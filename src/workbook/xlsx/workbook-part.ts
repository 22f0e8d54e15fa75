// workbook.xml: the sheets in their order (names of any length, as other writers allow), their state and
// relationship ids, and the date system (`date1904`).
import { decodePart, parseXml, type Attrs } from "./xml.js";

export interface SheetEntry {
  name: string;
  /** `visible`, `hidden` or `veryHidden`. */
  state: string;
  relId: string;
}

export interface WorkbookPart {
  sheets: SheetEntry[];
  date1904: boolean;
}

const truthy = (v: string | undefined) => v === "1" || v === "true" || v === "on";

export function parseWorkbookPart(bytes: Uint8Array): WorkbookPart {
  const out: WorkbookPart = { sheets: [], date1904: false };
  let inSheets = false;
  parseXml(decodePart(bytes), {
    wantsText: false,
    open(name: string, a: Attrs, selfClosing: boolean) {
      if (name === "workbookPr") out.date1904 = truthy(a.date1904);
      else if (name === "sheets") inSheets = !selfClosing;
      else if (name === "sheet" && inSheets && a.name !== undefined) {
        out.sheets.push({ name: a.name, state: a.state ?? "visible", relId: a.id ?? "" });
      }
    },
    close(name: string) {
      if (name === "sheets") inSheets = false;
    },
    text() {},
  });
  return out;
}
