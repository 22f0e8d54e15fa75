// Daftar Isi, Daftar Tabel and Daftar Gambar: tables of contents written with their entries and page numbers, so Word
// and LibreOffice show them filled in without asking to update fields. Captions are plain paragraphs in their own
// styles (Caption for tables, CaptionGambar for figures), which the lists of tables and figures collect.
import { StyleLevel, TableOfContents } from "docx";
import { heading } from "../blocks.js";
import type { Ctx } from "../context.js";
import type { Part } from "../part.js";
import { STYLE } from "../styles.js";
import * as msg from "../../text/messages/report.js";

export function daftar(_ctx: Ctx): Part[] {
  return [
    { children: [heading(1, msg.H.daftarIsi), new TableOfContents(msg.H.daftarIsi, { hyperlink: true, headingStyleRange: "1-3" })] },
    {
      children: [
        heading(1, msg.H.daftarTabel),
        new TableOfContents(msg.H.daftarTabel, { hyperlink: true, stylesWithLevels: [new StyleLevel(STYLE.caption, 1)] }),
      ],
    },
    {
      children: [
        heading(1, msg.H.daftarGambar),
        new TableOfContents(msg.H.daftarGambar, { hyperlink: true, stylesWithLevels: [new StyleLevel(STYLE.gambar, 1)] }),
      ],
    },
  ];
}
