/**
 * Looks at a PDF the way a reader would: page 1 rendered to a PNG (poppler's pdftoppm, from
 * Debian's poppler-utils, which .ci/run installs), the text a reader's viewer extracts, and the
 * fonts embedded. A font without Vietnamese glyphs shows in all three.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface PdfLook {
  pages: number;
  /** page 1 as PNG at 50 dpi */
  png: Buffer;
  /** the text of every page, as pdftotext extracts it (layout kept) */
  text: string;
  /** names of the embedded fonts */
  fonts: string[];
  /** share of page 1's pixels that are not white: 0 for a blank page */
  inked: number;
}

export function lookAtPdf(pdf: Buffer, keepPngAt?: string): PdfLook {
  const dir = mkdtempSync(join(tmpdir(), 'epicenter-pdf-'));
  try {
    const file = join(dir, 'doc.pdf');
    writeFileSync(file, pdf);
    const info = execFileSync('pdfinfo', [file]).toString();
    const pages = Number(/^Pages:\s+(\d+)/m.exec(info)?.[1] ?? 0);
    execFileSync('pdftoppm', ['-png', '-r', '50', '-f', '1', '-l', '1', '-singlefile', file, join(dir, 'page')]);
    const png = readFileSync(join(dir, 'page.png'));
    if (keepPngAt) writeFileSync(keepPngAt, png);
    // grey levels of page 1 (PGM from pdftoppm -gray) to measure ink without a PNG decoder
    execFileSync('pdftoppm', ['-gray', '-r', '20', '-f', '1', '-l', '1', '-singlefile', file, join(dir, 'grey')]);
    const pgm = readFileSync(join(dir, 'grey.pgm'));
    const header = /^P5\s+(\d+)\s+(\d+)\s+(\d+)\s/.exec(pgm.subarray(0, 50).toString('latin1'))!;
    const pixels = pgm.subarray(header[0].length);
    let dark = 0;
    for (const p of pixels) if (p < 200) dark++;
    const text = execFileSync('pdftotext', ['-layout', file, '-']).toString();
    const fonts = execFileSync('pdffonts', [file]).toString().split('\n').slice(2).filter(Boolean).map((l) => l.split(/\s+/)[0]!.replace(/^[A-Z]{6}\+/, ''));
    return { pages, png, text, fonts, inked: dark / pixels.length };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
