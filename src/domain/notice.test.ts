import { describe, expect, it } from 'vitest';
import {
  closingOf, conferenceNoticeTitle, conferenceOpening, deadlineText, defaultRecipients, issuingBodyLines, issuingBodyOf, noticeProblems, placeAndDate,
  placeOf, recipientLines, vietnameseDate, withRecipients, type NoticeDraft,
} from './notice.ts';

const draft = (over: Partial<NoticeDraft> = {}): NoticeDraft => ({
  issuingBody: 'BAN CHỈ ĐẠO PHÒNG, CHỐNG DỊCH COVID-19 TỈNH QUẢNG NINH',
  title: 'Kết luận của Trưởng Ban Chỉ đạo',
  number: null,
  issuedOn: '2021-12-10',
  tasks: [{ text: 'Rà soát số người chưa tiêm', unitIds: [1], deadline: '2021-12-12T10:00:00Z', reportExpected: '' }],
  ...over,
});

describe('notice checks', () => {
  it('accept a draft without number, and ask for number and date to issue', () => {
    expect(noticeProblems(draft(), false)).toEqual([]);
    expect(noticeProblems(draft({ issuedOn: null }), true).map((p) => p.field)).toEqual(['number', 'issuedOn']);
    expect(noticeProblems(draft({ number: '125/TB-BCĐ' }), true)).toEqual([]);
  });

  it('name each bad field of each task with its printed number', () => {
    const problems = noticeProblems(draft({
      title: '  ',
      tasks: [
        draft().tasks[0]!,
        { text: '', unitIds: [], deadline: null, reportExpected: '' },
        { text: 'x', unitIds: [2], deadline: 'not a date', reportExpected: '' },
      ],
    }), false);
    expect(problems).toEqual([
      { field: 'title', key: 'titleRequired' },
      { field: 'tasks.1.text', key: 'taskTextRequired', task: 2 },
      { field: 'tasks.1.unitIds', key: 'taskUnitsRequired', task: 2 },
      { field: 'tasks.1.deadline', key: 'deadlineRequired', task: 2 },
      { field: 'tasks.2.deadline', key: 'deadlineInvalid', task: 3 },
    ]);
  });

  it('refuse a deadline before the day of the notice, in Vietnam time', () => {
    // 23:30 on 9/12 in Vietnam is before 10/12; 00:30 on 10/12 is not
    const at = (deadline: string) => noticeProblems(draft({ tasks: [{ ...draft().tasks[0]!, deadline }] }), false).map((p) => p.key);
    expect(at('2021-12-09T16:30:00Z')).toEqual(['deadlineBeforeDate']);
    expect(at('2021-12-09T17:30:00Z')).toEqual([]);
  });
});

describe('notice wording', () => {
  it('writes dates as the decree wants: leading zeros on days below 10 and on January and February', () => {
    expect(vietnameseDate('2021-12-07')).toBe('ngày 07 tháng 12 năm 2021');
    expect(vietnameseDate('2022-02-08')).toBe('ngày 08 tháng 02 năm 2022');
    expect(vietnameseDate('2022-03-15')).toBe('ngày 15 tháng 3 năm 2022');
    expect(placeAndDate('Quảng Ninh', '2021-12-10')).toBe('Quảng Ninh, ngày 10 tháng 12 năm 2021');
    expect(placeAndDate('Quảng Ninh', null)).toMatch(/^Quảng Ninh, ngày\s+tháng\s+năm/);
  });

  it('writes deadlines to the hour in Vietnam time', () => {
    expect(deadlineText(new Date('2021-12-12T10:00:00Z'))).toBe('trước 17 giờ 00 ngày 12/12/2021');
    expect(deadlineText(new Date('2021-12-11T04:30:00Z'))).toBe('trước 11 giờ 30 ngày 11/12/2021');
  });

  it('prints Nơi nhận with a dash on each line, semicolons and a final full stop', () => {
    expect(recipientLines(['Thành phố Hạ Long', ' ', 'Thành phố Uông Bí;', 'Lưu: VT'])).toEqual([
      '- Thành phố Hạ Long;', '- Thành phố Uông Bí;', '- Lưu: VT.',
    ]);
    expect(defaultRecipients(['Thành phố Hạ Long', 'Thành phố Hạ Long'])).toEqual(['Thành phố Hạ Long', 'Lưu: VT']);
  });

  it('adds newly picked units to the list before the archive line, once', () => {
    expect(withRecipients(['Thường trực Tỉnh ủy (b/c)', 'Lưu: VT'], ['Thành phố Hạ Long', 'Thường trực Tỉnh ủy (b/c)'])).toEqual([
      'Thường trực Tỉnh ủy (b/c)', 'Thành phố Hạ Long', 'Lưu: VT',
    ]);
    expect(withRecipients(['A'], ['B'])).toEqual(['A', 'B']);
  });

  it('names the issuing body, the place and the closing of a unit', () => {
    const province = { level: 1, name: 'Quảng Ninh', fullName: 'Tỉnh Quảng Ninh' };
    expect(issuingBodyOf(province)).toBe('UBND TỈNH QUẢNG NINH\nBAN CHỈ ĐẠO PHÒNG, CHỐNG DỊCH COVID-19');
    expect(issuingBodyLines(issuingBodyOf(province))).toEqual({ parent: 'UBND TỈNH QUẢNG NINH', own: ['BAN CHỈ ĐẠO PHÒNG, CHỐNG DỊCH COVID-19'] });
    expect(issuingBodyLines(' Ban chỉ đạo quốc gia ')).toEqual({ parent: null, own: ['BAN CHỈ ĐẠO QUỐC GIA'] });
    expect(issuingBodyOf({ level: 0, name: 'Việt Nam', fullName: 'Việt Nam' })).toBe('BAN CHỈ ĐẠO QUỐC GIA PHÒNG, CHỐNG DỊCH COVID-19');
    expect(placeOf(province)).toBe('Quảng Ninh');
    expect(placeOf({ level: 0, name: 'Việt Nam', fullName: 'Việt Nam' })).toBe('Hà Nội');
    expect(closingOf(province)).toBe('Ban Chỉ đạo phòng, chống dịch Covid-19 tỉnh Quảng Ninh thông báo để các cơ quan, đơn vị liên quan biết, thực hiện./.');
  });

  it('titles and opens the conclusions of a conference', () => {
    expect(conferenceNoticeTitle('Hội nghị trực tuyến toàn tỉnh về phòng, chống dịch', { name: 'Nguyễn Văn A', title: 'Chủ tịch UBND tỉnh' }))
      .toBe('Kết luận của đồng chí Nguyễn Văn A, Chủ tịch UBND tỉnh tại hội nghị trực tuyến toàn tỉnh về phòng, chống dịch');
    expect(conferenceNoticeTitle('Triển khai tiêm mũi 3', null)).toBe('Kết luận của Trưởng Ban Chỉ đạo tại hội nghị Triển khai tiêm mũi 3');
    expect(conferenceOpening('Hội nghị trực tuyến toàn tỉnh', '2021-12-07', { level: 1, name: 'Quảng Ninh', fullName: 'Tỉnh Quảng Ninh' }))
      .toBe('Ngày 07 tháng 12 năm 2021, Ban Chỉ đạo phòng, chống dịch Covid-19 tỉnh Quảng Ninh tổ chức hội nghị trực tuyến toàn tỉnh.');
  });
});
