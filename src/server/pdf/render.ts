/**
 * PDF documents (notices of conclusions, briefings) with pdfmake and a full TrueType font that
 * carries every Vietnamese letter (Be Vietnam Pro): subsetted web fonts lose the stacked
 * diacritics (ặ, ữ, ờ…). No document may read a URL or any file but the fonts.
 */
import { createRequire } from 'node:module';
import pdfmake from 'pdfmake';
import type { TDocumentDefinitions } from 'pdfmake/interfaces.js';

const require = createRequire(import.meta.url);
const fontFile = (weight: string) => require.resolve(`@expo-google-fonts/be-vietnam-pro/${weight}/BeVietnamPro_${weight}.ttf`);

export const PDF_FONT = 'BeVietnamPro';
const FONT = {
  normal: fontFile('400Regular'),
  bold: fontFile('700Bold'),
  italics: fontFile('400Regular_Italic'),
  bolditalics: fontFile('700Bold_Italic'),
};
const allowed = new Set(Object.values(FONT));

pdfmake.setFonts({ [PDF_FONT]: FONT });
pdfmake.setUrlAccessPolicy(() => false);
pdfmake.setLocalAccessPolicy((path: string) => allowed.has(path));

export type PdfDocument = TDocumentDefinitions;

/** Renders a document; the default style is the Vietnamese font at 13 pt (official documents). */
export async function renderPdf(doc: PdfDocument): Promise<Buffer> {
  return pdfmake.createPdf({ ...doc, defaultStyle: { font: PDF_FONT, fontSize: 13, ...doc.defaultStyle } }).getBuffer();
}
