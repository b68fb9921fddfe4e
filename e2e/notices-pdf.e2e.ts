/**
 * A notice of conclusions as a PDF in the official layout, checked the way a reader sees it:
 * page 1 rendered to an image (kept with the PDF at /tmp/notice-*.png to look at), the text a viewer
 * extracts with every Vietnamese letter intact, and only the Be Vietnam Pro font embedded.
 */
import { writeFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, unitId, type Session, type TestApp } from '../test/helpers/app.ts';
import { lookAtPdf } from './pdf.ts';

let t: TestApp;
let officer: Session;
let haLong: number;
let uongBi: number;
let quangNinh: number;

const flat = (s: string) => s.replace(/\s+/g, ' ');

beforeAll(async () => {
  t = await createTestApp();
  [quangNinh, haLong, uongBi] = (await Promise.all(['22', '193', '196'].map((c) => unitId(t.db, c)))) as [number, number, number];
  officer = await t.login('tinh.quangninh');
});
afterAll(() => t?.close());

async function notice(issue: boolean) {
  const tpl = (await officer.request({ method: 'GET', url: '/api/notices/template' })).json();
  const res = await officer.request({
    method: 'POST',
    url: '/api/notices',
    payload: {
      issuingBody: tpl.issuingBody,
      place: tpl.place,
      closing: tpl.closing,
      issuingUnitId: quangNinh,
      number: '125/TB-BCĐ',
      issuedOn: '2021-12-10',
      title: 'Kết luận của đồng chí Trưởng Ban Chỉ đạo tại hội nghị trực tuyến toàn tỉnh về công tác phòng, chống dịch Covid-19',
      body: 'Ngày 07 tháng 12 năm 2021, Ban Chỉ đạo phòng, chống dịch Covid-19 tỉnh tổ chức hội nghị trực tuyến toàn tỉnh để đánh giá tình hình thực hiện công tác phòng, chống dịch, trọng tâm là công tác tiêm chủng vắc xin, truy vết, cách ly và điều trị bệnh nhân Covid-19 trên địa bàn tỉnh thời gian qua.\nSau khi nghe Sở Y tế báo cáo và ý kiến phát biểu của các đại biểu, đồng chí Trưởng Ban Chỉ đạo kết luận như sau:',
      recipients: ['Thường trực Tỉnh ủy (b/c)', 'Thành phố Hạ Long', 'Thành phố Uông Bí', 'Lưu: VT'],
      signerTitle: 'KT. TRƯỞNG BAN\nPHÓ TRƯỞNG BAN',
      signerName: 'Đặng Hữu Trường',
      tasks: [
        {
          text: 'Rà soát, thống kê đầy đủ, chính xác tổng số người từ 18 tuổi trở lên đang cư trú tại địa phương; số người chưa tiêm (nêu rõ lý do chưa tiêm), đặc biệt là những người chữa bệnh dài ngày.',
          unitIds: [haLong, uongBi],
          deadline: '2021-12-12T10:00:00.000Z',
          reportExpected: 'Báo cáo kết quả về Sở Y tế',
        },
        { text: 'Tổng hợp, báo cáo Thường trực Tỉnh ủy, UBND tỉnh.', unitIds: [quangNinh], deadline: '2021-12-11T04:00:00.000Z', reportExpected: '' },
      ],
    },
  });
  expect(res.statusCode, res.body).toBe(201);
  const id = res.json().id as number;
  if (issue) expect((await officer.request({ method: 'POST', url: `/api/notices/${id}/issue`, payload: {} })).statusCode).toBe(200);
  const pdf = await officer.request({ method: 'GET', url: `/api/notices/${id}/pdf` });
  expect(pdf.statusCode).toBe(200);
  writeFileSync(`/tmp/notice-${issue ? 'issued' : 'draft'}.pdf`, pdf.rawPayload);
  return pdf.rawPayload;
}

describe('notice PDF', () => {
  it('is laid out as an official notice, with Vietnamese text intact in the one embedded font', async () => {
    const look = lookAtPdf(await notice(true), '/tmp/notice-issued.png');
    const text = flat(look.text);
    for (const s of [
      'UBND TỈNH QUẢNG NINH', 'BAN CHỈ ĐẠO PHÒNG, CHỐNG', 'DỊCH COVID-19', 'Số: 125/TB-BCĐ', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc',
      'Quảng Ninh, ngày 10 tháng 12 năm 2021', 'THÔNG BÁO', 'trước 17 giờ 00 ngày 12/12/2021', 'trước 11 giờ 00 ngày 11/12/2021',
      'Nơi nhận:', '- Thường trực Tỉnh ủy (b/c);', '- Lưu: VT.', 'KT. TRƯỞNG BAN', 'PHÓ TRƯỞNG BAN', 'Đặng Hữu Trường',
      'chữa bệnh dài ngày', 'Đơn vị thực hiện: Thành phố Hạ Long, Thành phố Uông Bí', 'thực hiện./.',
    ]) expect(text).toContain(s);
    // ặ ữ ờ Đ survive extraction: the glyphs are real letters, not boxes or decomposed marks
    expect(text).toMatch(/Đặng/);
    expect(text).toMatch(/chữa/);
    expect(text).toMatch(/Trường/);
    expect(text).not.toContain('DỰ');
    expect(new Set(look.fonts.map((f) => f.replace(/-.*$/, '')))).toEqual(new Set(['BeVietnamPro']));
    expect(look.inked).toBeGreaterThan(0.01);
  });

  it('marks a draft DỰ THẢO', async () => {
    const look = lookAtPdf(await notice(false), '/tmp/notice-draft.png');
    // the watermark runs across the page, so a viewer extracts it in pieces
    expect(flat(look.text)).toMatch(/DỰ/);
    expect(flat(look.text)).toMatch(/TH/);
    expect(new Set(look.fonts.map((f) => f.replace(/-.*$/, '')))).toEqual(new Set(['BeVietnamPro']));
  });
});
