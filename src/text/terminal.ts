// Text that came from a workbook (an office name, a cell's text inside a message, a file name) is printed to the
// terminal with its control characters made visible, so a cell cannot clear the screen, set the window title, or
// start a new line that forges "✔ Tidak ada temuan". Applied where lkip writes such text to a terminal: table cells
// (`capaian`, `batch`), `check`'s stylish lines, `build`'s finding and warning lines, and the one-line error.

// C0 controls and DEL (shown as their Unicode "control pictures": ESC → ␛, newline → ↵), C1 controls (a lone 0x9B is
// a CSI in some terminals), and the bidirectional overrides and isolates that can reorder what a line appears to say.
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

function picture(c: string): string {
  const code = c.charCodeAt(0);
  if (c === "\n") return "↵";
  if (code < 0x20) return String.fromCharCode(0x2400 + code); // ␀ … ␟ (␛ for ESC, ␍ for CR, ␉ for tab)
  if (code === 0x7f) return "␡";
  return `\\u${code.toString(16).padStart(4, "0")}`;
}

/** The text with every control character replaced by a visible stand-in; the same string when there is none. */
export function visible(text: string): string {
  CONTROL.lastIndex = 0;
  if (!CONTROL.test(text)) return text;
  CONTROL.lastIndex = 0;
  return text.replace(CONTROL, picture);
}
