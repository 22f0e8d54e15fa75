// Reading a rendered report (pdftotext -layout output): its pages, and the entries of its three lists.

/** The pages of pdftotext's output, `count` of them. */
export function pagesOf(text: string, count: number): string[] {
  return text.split("\f").slice(0, count);
}

/**
 * The entries of Daftar Isi, Daftar Tabel and Daftar Gambar (title and page number as printed) that do not point at
 * the page showing that number in its footer with the title on it. Also gives how many entries were read.
 */
export function entriesOffPage(pageTexts: readonly string[]): { count: number; wrong: [string, string][] } {
  const norm = (t: string) => t.replace(/\s+/g, " ");
  const byFooter = new Map<string, number>();
  pageTexts.forEach((p, i) => {
    const footer = p.trim().split("\n").pop()!.trim();
    if (!byFooter.has(footer)) byFooter.set(footer, i);
  });
  // the lists sit on the pages after Ikhtisar and before BAB I; an entry may wrap onto two lines
  const bab1 = pageTexts.findIndex((p) => /^\s*BAB I PENDAHULUAN\s*$/m.test(p));
  const entries: [string, string][] = [];
  for (const page of pageTexts.slice(3, bab1)) {
    let pending = "";
    for (const line of page.split("\n").slice(1, -1)) {
      const m = /^\s*(.*?)\.{3,}\s*([ivx]+|\d+)\s*$/.exec(line);
      if (m) {
        entries.push([`${pending} ${m[1]}`.trim(), m[2]!]);
        pending = "";
      } else if (line.trim() && !/^(DAFTAR (ISI|TABEL|GAMBAR)|[ivx]+)$/.test(line.trim())) pending = line.trim();
    }
  }
  const wrong = entries.filter(([title, page]) => {
    const at = byFooter.get(page);
    return at === undefined || !norm(pageTexts[at]!).includes(norm(title).slice(0, 35));
  });
  return { count: entries.length, wrong };
}
