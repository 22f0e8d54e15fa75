// sharedStrings.xml: one string per `<si>`, rich-text runs joined, phonetic guides (`<rPh>`) skipped.
import { decodePart, parseXml } from "./xml.js";

/**
 * OOXML's escape for characters XML cannot hold (ST_Xstring): `_x001B_` is ESC, `_x005F_` an underscore. Excel, exceljs
 * and openpyxl write control characters so; the text read is what the user typed.
 */
export function unescapeXstring(s: string): string {
  return s.includes("_x") ? s.replace(/_x([0-9A-Fa-f]{4})_/g, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16))) : s;
}

/** Collects the text of `<t>` elements inside an `<si>`/`<is>`, skipping `<rPh>`; shared with inline strings. */
export class StringItemText {
  private parts: string[] = [];
  private inT = false;
  private phonetic = 0;
  /** Characters collected so far for the current item. */
  length = 0;
  open(name: string): void {
    if (name === "rPh") this.phonetic++;
    else if (name === "t" && this.phonetic === 0) this.inT = true;
  }
  close(name: string): void {
    if (name === "rPh") this.phonetic--;
    else if (name === "t") this.inT = false;
  }
  get wantsText(): boolean {
    return this.inT;
  }
  text(t: string): void {
    this.parts.push(t);
    this.length += t.length;
  }
  /** The joined text, and a fresh start for the next item. */
  take(): string {
    const s = unescapeXstring(this.parts.length === 1 ? this.parts[0]! : this.parts.join(""));
    this.parts = [];
    this.length = 0;
    this.inT = false;
    this.phonetic = 0;
    return s;
  }
}

export function parseSharedStrings(bytes: Uint8Array): string[] {
  const out: string[] = [];
  const item = new StringItemText();
  let inSi = false;
  parseXml(decodePart(bytes), {
    get wantsText() {
      return inSi && item.wantsText;
    },
    open(name: string, _a, selfClosing: boolean) {
      if (name === "si") {
        inSi = true;
        if (selfClosing) {
          out.push(item.take());
          inSi = false;
        }
      } else if (inSi && !selfClosing) item.open(name);
    },
    close(name: string) {
      if (name === "si") {
        out.push(item.take());
        inSi = false;
      } else if (inSi) item.close(name);
    },
    text(t: string) {
      item.text(t);
    },
  });
  return out;
}
