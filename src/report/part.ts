// A run of pages with one page setup: each becomes a section of the Word document (a new page, its orientation, and
// where its page numbering restarts).
import type { FileChild } from "docx";
import type { Orientation } from "./tables.js";

export interface Part {
  children: FileChild[];
  orientation?: Orientation;
  /** Restart page numbering here: roman for the front matter, decimal from BAB I. */
  restart?: "roman" | "decimal";
  /** No header and footer (the cover). */
  bare?: boolean;
}
