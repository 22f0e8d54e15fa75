// styles.xml: the number format of each cell style (`s` of a cell indexes `cellXfs`), custom `numFmts` first, then
// the built-in ids. A number whose format shows a date is a date (`isDateFormat`); percent formats stay numbers and
// number.ts decides from the format code.
import { decodePart, parseXml, type Attrs } from "./xml.js";

/** Built-in format codes (ECMA-376 §18.8.30); the East Asian date ids map to a plain date code. */
const BUILT_IN: Record<number, string> = {
  1: "0",
  2: "0.00",
  3: "#,##0",
  4: "#,##0.00",
  9: "0%",
  10: "0.00%",
  11: "0.00E+00",
  12: "# ?/?",
  13: "# ??/??",
  14: "mm-dd-yy",
  15: "d-mmm-yy",
  16: "d-mmm",
  17: "mmm-yy",
  18: "h:mm AM/PM",
  19: "h:mm:ss AM/PM",
  20: "h:mm",
  21: "h:mm:ss",
  22: 'm/d/yy "h":mm',
  37: "#,##0 ;(#,##0)",
  38: "#,##0 ;[Red](#,##0)",
  39: "#,##0.00 ;(#,##0.00)",
  40: "#,##0.00 ;[Red](#,##0.00)",
  45: "mm:ss",
  46: "[h]:mm:ss",
  47: "mmss.0",
  48: "##0.0E+0",
  49: "@",
};
for (const id of [27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 50, 51, 52, 53, 54, 55, 56, 57, 58]) BUILT_IN[id] = "yyyy-mm-dd";

/** Whether a format code shows a date or time (quoted text and `[…]` sections aside), as Excel readers decide. */
export function isDateFormat(code: string | undefined): boolean {
  if (!code) return false;
  return /[ymdhsb]/i.test(code.replace(/\[[^\]]*]/g, "").replace(/"[^"]*"/g, "").replace(/\\./g, ""));
}

export interface Styles {
  /** Format code by cell style index; undefined for General. */
  numFmt(styleIndex: number): string | undefined;
}

export const NO_STYLES: Styles = { numFmt: () => undefined };

export function parseStyles(bytes: Uint8Array): Styles {
  const custom = new Map<number, string>();
  const xfFormats: number[] = [];
  let inCellXfs = false;
  parseXml(decodePart(bytes), {
    wantsText: false,
    open(name: string, a: Attrs, selfClosing: boolean) {
      if (name === "numFmt" && a.numFmtId !== undefined && a.formatCode !== undefined) custom.set(Number(a.numFmtId), a.formatCode);
      else if (name === "cellXfs") inCellXfs = !selfClosing;
      else if (name === "xf" && inCellXfs) xfFormats.push(Number(a.numFmtId ?? 0));
    },
    close(name: string) {
      if (name === "cellXfs") inCellXfs = false;
    },
    text() {},
  });
  return {
    numFmt(styleIndex: number) {
      const id = xfFormats[styleIndex];
      if (id === undefined || id === 0 || !Number.isFinite(id)) return undefined;
      const code = custom.get(id) ?? BUILT_IN[id];
      return code === undefined || /^general$/i.test(code) ? undefined : code;
    },
  };
}
