/**
 * A notice in the official layout of Nghị định 30/2020/NĐ-CP: the issuing body and number at
 * the top left, the national motto and the place and date at the top right, the title centred,
 * justified paragraphs with a first-line indent, Nơi nhận at the bottom left beside the
 * signature. A draft carries "DỰ THẢO" across every page.
 */
import type { Content } from 'pdfmake/interfaces.js';
import { deadlineText, issuingBodyLines, placeAndDate, recipientLines } from '../../../domain/notice.ts';
import { PDF_FONT, type PdfDocument } from '../../pdf/render.ts';
import type { Notice } from './schema.ts';

const MM = 72 / 25.4;
/** Left 30 mm, right 15 mm, top and bottom 20 mm. */
const MARGINS: [number, number, number, number] = [30 * MM, 20 * MM, 15 * MM, 20 * MM];
const PAGE_WIDTH = 595.28;
const CONTENT_WIDTH = PAGE_WIDTH - MARGINS[0] - MARGINS[2];
const LEFT_HEADER = 190;
const RIGHT_HEADER = CONTENT_WIDTH - LEFT_HEADER;
const INDENT = 1.27 / 2.54 * 72;
const BODY = 13;

/** A horizontal rule of `length` centred in a box `width` wide. */
const rule = (width: number, length: number, margin: [number, number, number, number] = [0, 2, 0, 0]): Content => ({
  canvas: [{ type: 'line', x1: (width - length) / 2, y1: 0, x2: (width + length) / 2, y2: 0, lineWidth: 0.6 }],
  margin,
});

/** Text centred with a rule exactly as wide as the text below it (the motto, as the decree wants). */
const underlined = (text: string, fontSize: number): Content => ({
  columns: [
    { width: '*', text: '' },
    {
      width: 'auto',
      table: { body: [[{ text, bold: true, fontSize }]] },
      layout: {
        hLineWidth: (i: number) => (i === 1 ? 0.6 : 0),
        vLineWidth: () => 0,
        paddingLeft: () => 0,
        paddingRight: () => 0,
        paddingTop: () => 0,
        paddingBottom: () => 1,
      },
    },
    { width: '*', text: '' },
  ],
});

const paragraph = (text: Content | Content[], extra: Record<string, unknown> = {}): Content => ({
  text: text as never,
  alignment: 'justify',
  leadingIndent: INDENT,
  margin: [0, 0, 0, 6],
  ...extra,
});

const paragraphs = (text: string): Content[] => text.split(/\n\s*\n|\n/).map((p) => p.trim()).filter(Boolean).map((p) => paragraph(p));

function header(n: Notice): Content {
  const number = n.number ? `Số: ${n.number}` : 'Số:        /TB';
  const body = issuingBodyLines(n.issuingBody);
  return {
    columns: [
      {
        width: LEFT_HEADER,
        stack: [
          ...(body.parent ? [{ text: body.parent, fontSize: 12, alignment: 'center' } as Content] : []),
          { text: body.own.join('\n'), bold: true, fontSize: 12, alignment: 'center' },
          rule(LEFT_HEADER, 60),
          { text: number, fontSize: BODY, alignment: 'center', margin: [0, 6, 0, 0] },
        ],
      },
      {
        width: RIGHT_HEADER,
        stack: [
          { text: 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', bold: true, fontSize: 11.5, alignment: 'center' },
          underlined('Độc lập - Tự do - Hạnh phúc', 12.5),
          { text: placeAndDate(n.place, n.issuedOn), italics: true, fontSize: BODY, alignment: 'center', margin: [0, 8, 0, 0] },
        ],
      },
    ],
  };
}

function tasks(n: Notice): Content[] {
  return n.tasks.flatMap((t) => {
    const lines: Content[] = [paragraph([{ text: `${t.seq}. `, bold: true }, t.text], { margin: [0, 0, 0, 2] })];
    if (t.units.length) lines.push(paragraph(`- Đơn vị thực hiện: ${t.units.map((u) => u.fullName).join(', ')}.`, { margin: [0, 0, 0, 2] }));
    lines.push(paragraph(['- Thời hạn hoàn thành: ', { text: deadlineText(new Date(t.deadline)), bold: true }, '.'], { margin: [0, 0, 0, 2] }));
    if (t.reportExpected) lines.push(paragraph(`- Báo cáo: ${t.reportExpected.replace(/[.;]$/, '')}.`, { margin: [0, 0, 0, 2] }));
    (lines[lines.length - 1] as { margin: number[] }).margin = [0, 0, 0, 6];
    return lines;
  });
}

function signature(n: Notice): Content {
  const titleLines = n.signerTitle.split('\n').map((l) => l.trim()).filter(Boolean);
  return {
    unbreakable: true,
    margin: [0, 10, 0, 0],
    columns: [
      {
        width: 215,
        stack: [
          { text: 'Nơi nhận:', bold: true, italics: true, fontSize: 12 },
          ...recipientLines(n.recipients).map((l): Content => ({ text: l, fontSize: 11 })),
        ],
      },
      {
        width: '*',
        stack: [
          ...titleLines.map((l): Content => ({ text: l.toUpperCase(), bold: true, fontSize: BODY, alignment: 'center' })),
          { text: n.signerName, bold: true, fontSize: BODY + 1, alignment: 'center', margin: [0, n.signerName ? 64 : 0, 0, 0] },
        ],
      },
    ],
  };
}

export function noticeDocument(n: Notice): PdfDocument {
  const draft = n.status === 'draft';
  return {
    pageSize: 'A4',
    pageMargins: MARGINS,
    info: { title: `Thông báo ${n.number ?? ''} ${n.title}`.replace(/\s+/g, ' ').trim(), creator: 'EpiCenter' },
    defaultStyle: { fontSize: BODY, lineHeight: 1.15 },
    ...(draft ? { watermark: { text: 'DỰ THẢO', font: PDF_FONT, bold: true, color: '#c0392b', opacity: 0.12 } } : {}),
    // pages are numbered from the second, at the top centre
    header: (page: number) => (page > 1 ? { text: String(page), alignment: 'center', fontSize: BODY, margin: [0, 28, 0, 0] } : null),
    content: [
      header(n),
      { text: 'THÔNG BÁO', bold: true, fontSize: 14, alignment: 'center', margin: [0, 24, 0, 0] },
      { text: n.title, bold: true, fontSize: 14, alignment: 'center', margin: [20, 0, 20, 0] },
      rule(CONTENT_WIDTH, 80, [0, 3, 0, 14]),
      ...paragraphs(n.body),
      ...tasks(n),
      ...paragraphs(n.closing),
      signature(n),
    ],
  };
}
